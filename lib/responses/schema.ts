// zod/mini: the content script validates what it reports with the same schemas, and stays small.
import * as z from 'zod/mini';

const channel = z.enum(['email', 'chat', 'social']);
/** Epoch ms between 2000 and 2100: anything else is a broken clock or a broken file. */
const epochMs = z.number().check(z.int(), z.minimum(946_684_800_000), z.maximum(4_102_444_800_000));
const siteId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected a site id such as "gmail"'));
const templateId = z.string().check(z.minLength(1), z.maxLength(200));
const timeZone = z.string().check(z.regex(/^[A-Za-z_+-]+(\/[A-Za-z0-9_+-]+){0,2}$/, 'expected an IANA time zone such as "Europe/Oslo"'));

/** A stored log row: never message text, names, addresses or the site's own thread id. */
export const responseEventSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  threadKey: z.string().check(z.regex(/^[0-9a-f]{16,64}$/, 'expected a hexadecimal thread key')),
  kind: z.enum(['inbound', 'reply']),
  at: epochMs,
  site: siteId,
  channel,
  observed: z.optional(z.boolean()),
  templateId: z.optional(templateId),
  rewrites: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1000))),
  customerTimeZone: z.optional(timeZone),
});

/** What a content script reports: the site's own thread id, which the background turns into a salted key. */
export const siteEventReportSchema = z.object({
  kind: z.enum(['inbound', 'reply']),
  threadId: z.string().check(z.minLength(1), z.maxLength(2000)),
  at: epochMs,
  observed: z.boolean(),
  site: siteId,
  channel,
  templateId: z.optional(templateId),
  rewrites: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1000))),
  customerTimeZone: z.optional(timeZone),
});
export type SiteEventReport = z.infer<typeof siteEventReportSchema>;
