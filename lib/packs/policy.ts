import * as z from 'zod';
import { parsePack } from './index';
import type { Pack } from './schema';
import { readSubscriptionUrl } from './subscription';

// Enterprise policy (managed storage): IT admins list packs in Chrome's policy for the extension or in Firefox's
// policies.json ("3rdparty" → "Extensions" → "replywell@replywell.app"); public/managed-schema.json declares the
// shape for Chrome. docs/packs.md shows both.

/** One pack named by policy: by https address (kept up to date like a subscription) or written inline. */
export type PolicyPack = { kind: 'url'; url: string } | { kind: 'inline'; pack: Pack };

export interface PackPolicy {
  packs: PolicyPack[];
  /** Whether the starter pack of the interface language is installed on first run (default true). */
  installStarterPack: boolean;
  /** Entries that were skipped, with why, for the options page. */
  errors: string[];
}

const policySchema = z.object({
  packs: z.array(z.unknown()).optional(),
  installStarterPack: z.boolean().optional(),
});
const entrySchema = z.object({ url: z.string().optional(), pack: z.union([z.string(), z.record(z.string(), z.unknown())]).optional() });

/** Reads managed storage as policy; anything malformed is skipped with a message, never thrown. */
export function readPackPolicy(value: unknown): PackPolicy {
  const policy: PackPolicy = { packs: [], installStarterPack: true, errors: [] };
  const parsed = policySchema.safeParse(value ?? {});
  if (!parsed.success) {
    policy.errors.push(`The policy is not an object with "packs" and "installStarterPack": ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return policy;
  }
  policy.installStarterPack = parsed.data.installStarterPack ?? true;
  parsed.data.packs?.forEach((raw, index) => {
    const at = `packs[${index}]`;
    const entry = entrySchema.safeParse(raw);
    if (!entry.success || (entry.data.url === undefined) === (entry.data.pack === undefined)) {
      policy.errors.push(`${at}: give either "url" (an https address) or "pack" (the pack itself)`);
      return;
    }
    if (entry.data.url !== undefined) {
      const url = readSubscriptionUrl(entry.data.url);
      if (url.ok) policy.packs.push({ kind: 'url', url: url.url });
      else policy.errors.push(`${at}.url: expected an https address, found "${entry.data.url}"`);
      return;
    }
    const result = parsePack(entry.data.pack);
    if (result.ok) policy.packs.push({ kind: 'inline', pack: result.pack });
    else policy.errors.push(...result.errors.map((error) => `${at}.pack: ${error.path}: ${error.message}`));
  });
  return policy;
}
