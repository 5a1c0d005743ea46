import { isMatchedBy, readOriginPattern } from './match-pattern';

/** Why an address typed in the options page cannot be added as a site. */
export type UserSiteInputError = 'empty' | 'invalid' | 'scheme' | 'supported' | 'duplicate';

export type UserSiteInput = { ok: true; pattern: string; host: string } | { ok: false; error: UserSiteInputError; host?: string };

/** Whether any page of `hostname` is covered by one of the supported sites' match patterns (any path). */
export function isSupportedHost(hostname: string, supportedMatches: readonly string[]): boolean {
  return ['https:', 'http:'].some((scheme) => {
    const url = new URL(`${scheme}//${hostname}/`);
    // A supported pattern may be limited to a path (Zendesk's /agent/*): the host still counts as supported.
    return supportedMatches.some((pattern) => isMatchedBy(pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'), url));
  });
}

/** The host of an origin match pattern (`https://help.acme.io/*` → `help.acme.io`). */
export function getPatternHost(pattern: string): string {
  return /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;
}

/**
 * Reads what the user typed into "Site address" as a site to add: an origin match pattern for a host that is not
 * supported already and not already added with its permission granted (a withdrawn one may be added again).
 */
export function readUserSiteInput(
  input: string,
  context: { supportedMatches: readonly string[]; userSites: readonly { pattern: string; granted: boolean }[] },
): UserSiteInput {
  const read = readOriginPattern(input);
  if (!read.ok) return read;
  const host = getPatternHost(read.pattern);
  if (isSupportedHost(host, context.supportedMatches)) return { ok: false, error: 'supported', host };
  if (context.userSites.some((site) => site.granted && site.pattern === read.pattern)) return { ok: false, error: 'duplicate', host };
  return { ok: true, pattern: read.pattern, host };
}
