import type { ResponseEvent } from '../../lib/responses/stats';

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES = ['gmail', 'zendesk', 'intercom', 'whatsapp', 'outlook', 'freshdesk'] as const;
const CHANNEL = { gmail: 'email', outlook: 'email', zendesk: 'email', freshdesk: 'email', intercom: 'chat', whatsapp: 'social' } as const;

/**
 * A deterministic reply log shaped like a busy agent's year from `start`: threads of 1–8 events, mostly in time
 * order as they are stored, a few repeated reports (a retry), ids made as the background makes them.
 */
export function generateLog(count: number, seed = 7, start = Date.UTC(2025, 10, 1)): ResponseEvent[] {
  const random = createRandom(seed);
  const year = 365 * 86_400_000;
  const events: ResponseEvent[] = [];
  let thread = 0;
  while (events.length < count) {
    const threadKey = (0x1000000 + thread++).toString(16).padStart(32, 'a');
    const site = SITES[Math.floor(random() * SITES.length)]!;
    const channel = CHANNEL[site];
    let at = start + Math.floor(random() * year);
    const length = 1 + Math.floor(random() * 8);
    for (let i = 0; i < length && events.length < count; i++) {
      const kind = i === 0 || random() < 0.45 ? 'inbound' : 'reply';
      at += 1 + Math.floor(random() * (channel === 'chat' ? 600_000 : 20 * 3_600_000));
      const event: ResponseEvent = { id: `${threadKey}:${kind}:${at}`, threadKey, kind, at, site, channel };
      if (random() < 0.2) event.observed = true;
      if (kind === 'reply' && random() < 0.3) event.templateId = `tpl-${Math.floor(random() * 50)}`;
      events.push(event);
      if (random() < 0.002) events.push({ ...event });
    }
  }
  return events;
}
