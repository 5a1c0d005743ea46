import { batch, computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CustomerSection } from '@/components/sidebar/customer-section';
import { DraftHints, type DraftHintsCustomer } from '@/components/sidebar/draft-hints';
import { DraftSection } from '@/components/sidebar/draft-section';
import { ReplyTimesSection } from '@/components/sidebar/reply-times-section';
import { Section } from '@/components/sidebar/section';
import { Sidebar } from '@/components/sidebar/sidebar';
import cardStyles from '@/components/sidebar/customer-card.css?inline';
import { CustomerCard } from '@/components/sidebar/customer-card';
import styles from '@/components/sidebar/sidebar.css?inline';
import { TemplatesSection } from '@/components/sidebar/templates-section';
import { getContextSignals, type CustomerInsight } from '@/lib/locale/insight';
import { createTranslator, getDirection, resolveUiLanguage, type Translate } from '@/lib/i18n';
import type { SiteEvent } from '@/lib/sites/types';
import { ContextInvalidatedError, sendToBackground } from '@/lib/platform/messaging';
import { customerHoursItem, layoutsItem, readLayout, readSettings, settingsItem, type Settings } from '@/lib/platform/storage';
import { LAUNCHER_SIZE, SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from '@/lib/sidebar/limits';
import { getPlacement, type Placement, type Rect } from '@/lib/sidebar/placement';
import { isMatchedBy } from '@/lib/sites/match-pattern';
import { SUPPORTED_SITES } from '@/lib/sites/supported';
import draftStyles from '@/components/sidebar/draft-section.css?inline';
import { trackComposer } from './composer';
import { startDraftCheck } from './draft';
import { startSiteReader } from './site';
import { createPasteDispatcher } from './paste-bridge';
import { createReplyLog, type Conversation } from './reply-log';
import { getThreadId } from '@/lib/sites/watch';
import { listenForShortcuts, renderForInsert } from './shortcuts';
import { startTemplates, type PendingTemplate } from './templates';

export interface MountedSidebar {
  siteId: string;
  /** The adapter reading the page, whether it fell back to the generic one, and the latest events it reported. */
  getSiteStatus(): { adapter: string; fallback: boolean; events: SiteEvent[] };
  /** Opens or closes the panel; returns whether it is now open. */
  toggle(): boolean;
  remove(): void;
}

async function loadTranslate(settings: Settings): Promise<{ t: Translate; lang: string }> {
  const lang = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  try {
    return { t: createTranslator(await sendToBackground({ type: 'getUiMessages', lang })), lang };
  } catch {
    // The background is unreachable (an update is under way): the browser's own language still works.
    return { t: (key, subs) => browser.i18n.getMessage(key as never, subs as string[]) || key, lang: browser.i18n.getUILanguage() };
  }
}

/** Mounts the launcher and sidebar in a shadow root and wires them to the page's composers. */
export async function mountSidebar(ctx: ContentScriptContext, doc: Document): Promise<MountedSidebar> {
  const view = doc.defaultView ?? window;
  const url = new URL(doc.location.href);
  const host = url.hostname;
  const site = SUPPORTED_SITES.find((s) => s.matches.some((pattern) => isMatchedBy(pattern, url)));
  const controller = new AbortController();
  const signalOpts = { signal: controller.signal };
  ctx.onInvalidated(() => controller.abort());

  const settings = readSettings(await settingsItem.getValue());
  const layout = readLayout(await layoutsItem.getValue(), host);
  const { t, lang } = await loadTranslate(settings);
  const uiLanguage = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  const dir = getDirection(lang);

  const open = signal(layout.open);
  const width = signal(layout.width);
  const preferredSide = dir === 'rtl' ? 'left' : 'right';
  const full: Placement = { side: preferredSide, top: 0, height: view.innerHeight };
  const panelPlacement = signal(full);
  const launcherPlacement = signal(full);
  const notice = signal<string | undefined>(undefined);
  const status = signal<string | undefined>(undefined);
  const draft = signal<string | undefined>(undefined);
  // The reply-time log: the conversation the page shows (set from the site adapter's context) and its clock.
  const replyLog = createReplyLog(controller.signal);
  const conversation = signal<Conversation | undefined>(undefined);
  const offerManualClock = signal(false);
  const replyTimesStatus = signal<string | undefined>(undefined);
  const disposeDiskFull = effect(() => {
    if (replyLog.diskFull.value) replyTimesStatus.value = t('replyTimesDiskFull');
  });
  controller.signal.addEventListener('abort', disposeDiskFull);
  const logManually = (kind: 'inbound' | 'reply') => {
    const current = conversation.value;
    if (!current) return;
    replyLog.report({ ...current, kind, at: Date.now(), observed: true });
    replyTimesStatus.value = t(kind === 'inbound' ? 'replyTimesClockStarted' : 'replyTimesMarkedAnswered');
  };
  const triggerKey = signal(settings.triggerKey);
  const triggerKeyLabel = computed(() => t(`optionsTrigger${triggerKey.value}`));

  const composer = trackComposer(doc, controller.signal, (text) => (draft.value = text));
  // The site adapter: the conversation on the page (`siteReader.context`: the customer card, template variables,
  // the draft check's customer message) and its inbound/reply events.
  const siteEvents: SiteEvent[] = [];
  const siteReader = startSiteReader(doc, controller.signal, {
    onSiteEvent(event) {
      // The latest few, for the page status (the popup, and the tests that check what was noticed).
      if (siteEvents.push(event) > 10) siteEvents.shift();
      // The reader may report during its own first read, before `siteReader` is assigned: read its context after.
      queueMicrotask(() => replyLog.report({ ...event, customerTimeZone: siteReader.context.peek()?.customer.timeZone }));
    },
  });
  const disposeFallbackNotice = effect(() => {
    const text = t('siteFallbackNotice');
    if (siteReader.fallback.value) notice.value ??= text;
    else if (notice.peek() === text) notice.value = undefined;
  });
  controller.signal.addEventListener('abort', disposeFallbackNotice);
  // The conversation the reply log follows; its clock is read again when the conversation changes.
  const disposeConversation = effect(() => {
    const context = siteReader.context.value;
    const next: Conversation | undefined = context
      ? { site: siteReader.adapter.value.id, threadId: getThreadId(context, url), channel: context.channel, customerTimeZone: context.customer.timeZone }
      : undefined;
    const previous = conversation.peek();
    // Sites that show no times for customer messages get the manual clock.
    offerManualClock.value = !!context && !context.messages.some((message) => message.from === 'customer' && message.at !== undefined && !message.observed);
    if (next?.threadId === previous?.threadId && next?.site === previous?.site && next?.channel === previous?.channel) return;
    conversation.value = next;
    replyLog.refresh(next);
  });
  controller.signal.addEventListener('abort', disposeConversation);
  const dispatchPaste = await createPasteDispatcher().catch(() => undefined);
  const templates = startTemplates({ doc, uiLanguage, siteContext: siteReader.context, dispatchPaste, signal: controller.signal, onError: (error) => report(error) });
  // The Customer card's latest answer, with the page facts it was asked for: the draft hints follow the card's
  // location (confirmed, else the best guess) only while it is about the conversation on screen.
  const customerInsight = signal<{ key: string; insight: CustomerInsight } | undefined>(undefined);
  // The agent's customer hours (Settings → Customer hours) change the card's business time: it asks again.
  const customerSettingsVersion = signal(0);
  const unwatchCustomerHours = customerHoursItem.watch(() => customerSettingsVersion.value++);
  controller.signal.addEventListener('abort', unwatchCustomerHours);
  const hintsCustomer = computed<DraftHintsCustomer | undefined>(() => {
    const context = siteReader.context.value;
    const current = customerInsight.value;
    const location = current?.insight.location;
    if (!location || current.key !== JSON.stringify(getContextSignals(context))) return undefined;
    const messages = context?.messages ?? [];
    return {
      country: location.country,
      timeZone: location.timeZone,
      customerName: context?.customer.name,
      firstContact: messages.length > 0 ? !messages.some((message) => message.from === 'agent') : undefined,
    };
  });
  const draftCheck = startDraftCheck({
    t,
    uiLang: uiLanguage,
    draft,
    context: siteReader.context,
    getTarget: () => composer.getActive(),
    getCaret: () => composer.getCaret(),
    dispatchPaste,
    signal: controller.signal,
    onApplied: (count) => {
      for (let i = 0; i < count; i++) replyLog.noteRewriteApplied();
    },
  });

  const saveLayout = async () => {
    const layouts = await layoutsItem.getValue();
    await layoutsItem.setValue({ ...layouts, [host]: { open: open.value, width: width.value } });
  };

  const report = (error: unknown) => {
    if (error instanceof ContextInvalidatedError) notice.value = t('contextInvalidated');
  };

  let frame = 0;
  const place = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const target = composer.getActive();
      const send = target && siteReader.findSendButton(target.element);
      const avoid: Rect[] = send ? [send.getBoundingClientRect()] : [];
      const base = { viewportWidth: view.innerWidth, viewportHeight: view.innerHeight, preferredSide, avoid } as const;
      batch(() => {
        panelPlacement.value = getPlacement({ ...base, width: width.value, minHeight: Math.min(240, view.innerHeight) });
        launcherPlacement.value = getPlacement({ ...base, width: LAUNCHER_SIZE, minHeight: LAUNCHER_SIZE + 16 });
      });
    });
  };

  const toggle = () => {
    open.value = !open.value;
    place();
    void saveLayout().catch(report);
    return open.value;
  };

  /** Inserts a template (from the list, the fill-in form or a typed shortcut) where the agent was typing. */
  const onInsert = async (pending: PendingTemplate, values: { fillIns: Record<string, string>; values: Record<string, string> }) => {
    const target = pending.target ?? composer.getActive();
    const rendered = renderForInsert(pending.version, { ...templates.context.value, ...values });
    if (!target) {
      status.value = t('templatesNoComposer');
      return;
    }
    const result = await templates.insert(target, pending.template, rendered, { caret: pending.target ? pending.caret : composer.getCaret(), replaceBefore: pending.replaceBefore });
    templates.pending.value = undefined;
    if (result.ok) {
      status.value = t('templatesInserted', pending.version.title);
      replyLog.noteTemplateUsed(pending.template.id);
      return;
    }
    await view.navigator.clipboard.writeText(rendered.text).catch(() => undefined);
    status.value = t('templatesInsertFailed');
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'replywell-sidebar',
    position: 'inline',
    anchor: doc.documentElement,
    append: 'last',
    css: styles + cardStyles + draftStyles,
    isolateEvents: true,
    onMount(container, _shadow, shadowHost) {
      shadowHost.dataset.replywell = '';
      render(
        <Sidebar
          t={t}
          dir={dir}
          open={open}
          width={width}
          panelPlacement={panelPlacement}
          launcherPlacement={launcherPlacement}
          notice={notice}
          onToggle={toggle}
          onResize={(next, done) => {
            width.value = Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, next));
            place();
            if (done) void saveLayout().catch(report);
          }}
        >
          <Section id="templates" title={t('sectionTemplates')} t={t}>
            <TemplatesSection
              t={t}
              templates={templates.templates}
              search={templates.search}
              context={templates.context}
              open={open}
              draft={draft}
              pending={templates.pending}
              needsForm={templates.needsForm}
              sanitize={templates.sanitize}
              triggerKey={triggerKeyLabel}
              status={status}
              onInsert={(choice, values) => void onInsert({ ...templates.pending.peek(), ...choice }, values).catch(report)}
              onCopy={(choice) => {
                const rendered = renderForInsert(choice.version, templates.context.value);
                void view.navigator.clipboard.writeText(rendered.text).then(() => (status.value = t('templatesCopied', choice.version.title)), report);
              }}
              onSaveDraft={async (title, shortcut) => {
                const saved = await sendToBackground({ type: 'saveTemplate', isNew: true, template: { title, shortcut, body: draft.value ?? '', language: templates.language.value } });
                status.value = t('templatesSaved', saved.title);
              }}
            />
          </Section>
          <Section id="draft" title={t('sectionDraft')} t={t}>
            <DraftSection t={t} {...draftCheck} />
            <DraftHints
              t={t}
              draft={draft}
              customer={hintsCustomer}
              load={(text, customer) =>
                sendToBackground({ type: 'getDraftHints', draft: text.slice(0, 20_000), ...customer, lang: uiLanguage }).catch((error: unknown) => {
                  report(error);
                  throw error;
                })
              }
            />
          </Section>
          <Section id="customer" title={t('sectionCustomer')} t={t}>
            <CustomerSection t={t} siteName={site?.name ?? host} context={siteReader.context}>
              <CustomerCard
                t={t}
                lang={lang}
                context={siteReader.context}
                zones={Intl.supportedValuesOf('timeZone')}
                settingsVersion={customerSettingsVersion}
                load={async (context) => {
                  const key = JSON.stringify(getContextSignals(context));
                  try {
                    const insight = await sendToBackground({ type: 'getCustomerInsight', ...getContextSignals(context), lang: uiLanguage });
                    customerInsight.value = { key, insight };
                    return insight;
                  } catch (error) {
                    customerInsight.value = undefined;
                    throw error;
                  }
                }}
                confirm={(identity, timeZone, country) => sendToBackground({ type: 'confirmCustomerLocation', identity, timeZone, country })}
                forget={(identity) => sendToBackground({ type: 'forgetCustomerLocation', identity })}
              />
            </CustomerSection>
          </Section>
          <Section id="reply-times" title={t('sectionReplyTimes')} t={t}>
            <ReplyTimesSection
              t={t}
              lang={lang}
              clock={replyLog.clock}
              channel={computed(() => conversation.value?.channel)}
              offerManual={offerManualClock}
              status={replyTimesStatus}
              onStartClock={() => logManually('inbound')}
              onMarkAnswered={() => logManually('reply')}
              onOpenDashboard={() => void sendToBackground({ type: 'openOptions', view: 'reply-times' }).catch(report)}
            />
          </Section>
        </Sidebar>,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  performance.measure('replywell:mount', 'replywell:start');

  view.addEventListener('resize', place, signalOpts);
  doc.addEventListener('focusin', place, { ...signalOpts, capture: true });
  doc.addEventListener('scroll', place, { ...signalOpts, capture: true, passive: true });
  const resizeObserver = new ResizeObserver(place);
  resizeObserver.observe(doc.documentElement);
  controller.signal.addEventListener('abort', () => resizeObserver.disconnect());
  place();

  templates
    .reload()
    .catch((error: unknown) => {
      report(error);
      status.value = t('templatesLoadFailed', error instanceof Error ? error.message : String(error));
    });
  const unwatchSettings = settingsItem.watch((value) => (triggerKey.value = readSettings(value).triggerKey));
  controller.signal.addEventListener('abort', unwatchSettings);

  listenForShortcuts(doc, controller.signal, {
    getTemplates: () => templates.templates.value,
    getTriggerKey: () => triggerKey.value,
    getLanguage: () => templates.language.value,
    getContext: () => templates.context.value,
    needsForm: templates.needsForm,
    insert: (target, template, version, context, { replaceBefore }) =>
      void templates
        .insert(target, template, renderForInsert(version, context), { replaceBefore })
        .then((result) => result.ok && replyLog.noteTemplateUsed(template.id))
        .catch(report),
    openForm: (pending) => {
      templates.pending.value = pending;
      if (!open.value) toggle();
    },
  });

  return {
    siteId: site?.id ?? 'generic',
    getSiteStatus: () => ({ adapter: siteReader.adapter.value.id, fallback: siteReader.fallback.value, events: [...siteEvents] }),
    toggle,
    remove() {
      controller.abort();
      ui.remove();
    },
  };
}
