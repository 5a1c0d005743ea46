import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/platform/messaging';
import { route, type Handlers } from './router';
import { confirmCustomerLocation, createCustomerDeps, forgetCustomerLocation, getCustomerInsight } from './customer';
import { getDraftHintsFor } from './hints';
import { getThreadClock, logEvent, registerReplyLog } from './reply-log';
import { flushPendingReports } from './pending-reports';
import { checkPackUpdates, customiseTemplateById, getPacksOverview, installPackFromFile, installStarterPack, removePackById, startPacks, subscribePack } from './packs';
import { listTemplates, recordUse, saveTemplateFromPage, watchTemplates } from './templates';
import { checkDraftRequest } from './draft';
import { getUiMessages } from './ui-messages';
import { addUserSite, listUserSites, removeUserSite, syncUserSiteScripts } from './user-sites';

export default defineBackground(() => {
  const customer = createCustomerDeps();
  const handlers: Handlers = {
    getUiMessages: ({ lang }) => getUiMessages(lang),
    listTemplates: () => listTemplates(),
    saveTemplate: ({ template, isNew }) => saveTemplateFromPage(template, isNew ?? false),
    recordTemplateUse: ({ id }) => recordUse(id),
    addUserSite: ({ pattern }) => addUserSite(pattern),
    removeUserSite: ({ pattern }) => removeUserSite(pattern),
    listUserSites: () => listUserSites(),
    getCustomerInsight: (request) => getCustomerInsight(request, customer),
    confirmCustomerLocation: (request) => confirmCustomerLocation(request, customer),
    forgetCustomerLocation: (request) => forgetCustomerLocation(request, customer),
    getDraftHints: (request) => getDraftHintsFor(request, customer),
    logEvent: ({ event }) => logEvent(event),
    getThreadClock: (request) => getThreadClock(request),
    checkDraft: ({ type: _type, ...request }) => checkDraftRequest(request),
    openOptions: async ({ view }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${view}`) });
      return null;
    },
    installPack: ({ text }) => installPackFromFile(text),
    installStarterPack: ({ language }) => installStarterPack(language),
    listPacks: () => getPacksOverview(),
    removePack: ({ id }) => removePackById(id),
    subscribePack: ({ url }) => subscribePack(url),
    checkPackUpdates: ({ id }) => checkPackUpdates(id),
    customiseTemplate: ({ id }) => customiseTemplateById(id),
  };

  browser.runtime.onMessage.addListener((message, sender) => route(handlers, message, sender));
  registerReplyLog();
  void flushPendingReports(logEvent).catch(() => undefined);
  startPacks();
  watchTemplates();

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    // A tab without our content script (a page outside the patterns) has nobody to answer: nothing to toggle.
    if (tabId !== undefined) await sendToTab(tabId, { type: 'toggleSidebar' }).catch(() => undefined);
  });

  // Dynamic content scripts for user-added sites: registered again at start so that a permission withdrawn in
  // the browser's own settings, or a browser that does not persist registrations, never leaves a stale state.
  void syncUserSiteScripts();
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts());
  // Access granted in the browser's own site settings starts the content script there too.
  browser.permissions.onAdded.addListener(() => void syncUserSiteScripts());
});
