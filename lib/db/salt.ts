import type { ReplywellDatabase } from './schema';

/** The `meta` key of the per-install salt. */
export const SALT_KEY = 'salt';

const isSalt = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/**
 * The per-install salt (32 random bytes, hex), created once in the `meta` table with crypto.getRandomValues and read
 * back after that. Created inside a transaction, so two callers racing on a fresh database get the same salt.
 */
export async function getInstallSalt(db: ReplywellDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(SALT_KEY);
    if (isSalt(row?.value)) return row.value;
    if (row) throw new Error(`The stored install salt (meta "${SALT_KEY}") is damaged; it is left as it is so that no remembered key is lost.`);
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const salt = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    await db.meta.add({ key: SALT_KEY, value: salt });
    return salt;
  });
}

/** SHA-256 of the salt and a value, hex: a stable key that does not reveal the value (an email, a thread id). */
export async function getSaltedHash(salt: string, value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${value}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
