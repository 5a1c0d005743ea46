// The demo workspace's pages and the production URLs that scripts/start.mjs serves them at. Plain JavaScript so
// that both the pages (through Vite) and scripts/start.mjs (plain Node) read this one list; types in pages.d.mts.
//
// The three site pages use URLs inside the content script's match patterns (lib/sites/supported.ts), so the
// extension runs there exactly as on the real sites; the index is outside them on purpose.

/** The page that introduces the demo. */
export const DEMO_INDEX = { id: 'index', title: 'Replywell demo workspace', file: 'index.html', url: 'https://demo.replywell.invalid/' };

/** The pages that stand in for real support tools, in the order the index lists them. */
export const DEMO_SITES = [
  {
    id: 'mail',
    title: 'Mail',
    file: 'mail.html',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    editor: 'plain contenteditable, one <div> per line',
    summary: 'An email thread with a reply box, as in a webmail client.',
  },
  {
    id: 'helpdesk',
    title: 'Helpdesk',
    file: 'helpdesk.html',
    url: 'https://acme.zendesk.com/agent/tickets/1042',
    editor: 'CKEditor 5',
    summary: 'A support ticket with the requester’s fields (time zone, language) and a rich-text composer.',
  },
  {
    id: 'chat',
    title: 'Chat',
    file: 'chat.html',
    url: 'https://web.whatsapp.com/',
    editor: 'Lexical',
    summary: 'A one-to-one customer chat where Enter sends.',
  },
];
