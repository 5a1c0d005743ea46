/** A site Replywell supports out of the box; its match patterns go into the manifest's content script. */
export interface SupportedSite {
  /** Equals the adapter's file name in lib/sites/. */
  id: string;
  name: string;
  matches: string[];
}

// Test URLs (check by hand after a change here):
// https://mail.google.com/mail/u/0/#inbox
// https://outlook.office.com/mail/  https://outlook.live.com/mail/0/
// https://acme.zendesk.com/agent/tickets/1
// https://acme.freshdesk.com/a/tickets/1
// https://secure.helpscout.net/conversation/1/1
// https://app.intercom.com/a/inbox/abc/inbox/conversation/1
// https://app.frontapp.com/inboxes/teammates/1
// https://www.linkedin.com/messaging/thread/1/
// https://x.com/messages/1-2
// https://www.messenger.com/t/1  https://www.facebook.com/messages/t/1
// https://web.whatsapp.com/
export const SUPPORTED_SITES: readonly SupportedSite[] = [
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    name: 'Outlook on the web',
    matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  },
  { id: 'zendesk', name: 'Zendesk', matches: ['https://*.zendesk.com/agent/*'] },
  { id: 'freshdesk', name: 'Freshdesk', matches: ['https://*.freshdesk.com/*'] },
  { id: 'helpscout', name: 'Help Scout', matches: ['https://secure.helpscout.net/*'] },
  { id: 'intercom', name: 'Intercom', matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'] },
  { id: 'front', name: 'Front', matches: ['https://app.frontapp.com/*'] },
  // LinkedIn and Facebook are single-page apps: messaging opens without a page load, so the whole host matches
  // and the sidebar's launcher stays small until a composer is found.
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { id: 'x', name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { id: 'messenger', name: 'Messenger', matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'] },
  { id: 'whatsapp', name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'] },
];

/** Every match pattern of the supported sites, in manifest order. */
export const SUPPORTED_MATCHES: readonly string[] = SUPPORTED_SITES.flatMap((site) => site.matches);
