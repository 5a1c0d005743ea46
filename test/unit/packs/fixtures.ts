import type { PackInput, PackTemplate } from '@/lib/packs';

/** A small valid pack; tests change one thing at a time. */
export function makePack(overrides: Partial<PackInput> = {}): PackInput {
  return {
    format: 'replywell-pack',
    schemaVersion: 1,
    id: 'acme-support',
    name: 'Acme support',
    version: '1.0.0',
    author: 'Acme support team',
    description: 'Replies for the Acme help desk.',
    languages: ['en', 'nb'],
    templates: [makeTemplate('refund'), makeTemplate('thanks', { shortcut: ';ty' })],
    ...overrides,
  };
}

export function makeTemplate(id: string, overrides: Partial<PackTemplate> = {}): PackTemplate {
  return {
    id,
    title: `Title of ${id}`,
    body: `Hi {{customer.firstName | there}},\n\nText of ${id}.`,
    shortcut: `;${id}`,
    tags: ['tag'],
    folder: 'Folder',
    language: 'en',
    channels: ['email', 'chat'],
    ...overrides,
  };
}
