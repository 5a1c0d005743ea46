import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Placement } from '@/lib/sidebar/placement';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from '@/lib/sidebar/limits';

export interface SidebarProps {
  t: Translate;
  dir: 'ltr' | 'rtl';
  open: Signal<boolean>;
  width: Signal<number>;
  /** Where the open panel goes, kept clear of the composer's send button. */
  panelPlacement: Signal<Placement>;
  /** Where the launcher goes when the panel is closed. */
  launcherPlacement: Signal<Placement>;
  /** A notice for the whole sidebar, such as "reload the page". */
  notice: Signal<string | undefined>;
  onToggle: () => void;
  /** Called while resizing; `done` is true once the pointer or key is released. */
  onResize: (width: number, done: boolean) => void;
  children: ComponentChildren;
}

const RESIZE_STEP = 16;

/** The product's mark (a reply bubble with a tick), drawn inline so that no file is fetched from the page. */
function LauncherIcon() {
  return (
    <svg class="rw-launcher-icon" viewBox="0 0 128 128" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M30 36h68a10 10 0 0 1 10 10v34a10 10 0 0 1-10 10H62l-20 16v-16H30a10 10 0 0 1-10-10V46a10 10 0 0 1 10-10z" fill="currentColor" />
      <path d="M44 64l12 12 28-26" fill="none" stroke="var(--rw-accent)" stroke-width="10" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** The launcher button and the panel holding the sections. */
export function Sidebar(props: SidebarProps) {
  const { t, dir, open, width, panelPlacement, launcherPlacement, notice } = props;
  const launcherRef = useRef<HTMLButtonElement>(null);
  // Closing from inside the panel hands the focus back to the launcher as soon as the closed state is in the DOM,
  // in the same task (a layout effect): later, the browser would already have dropped the focus of the hidden
  // panel's field onto the host page's <body>.
  const focusLauncher = useRef(false);
  useLayoutEffect(() => {
    if (open.value || !focusLauncher.current) return;
    focusLauncher.current = false;
    launcherRef.current?.focus();
  });
  const closeFromPanel = () => {
    focusLauncher.current = true;
    props.onToggle();
  };
  const panelId = 'rw-panel';
  const panel = panelPlacement.value;
  const launcher = launcherPlacement.value;

  const clamp = (value: number) => Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, value)));

  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const view = handle.ownerDocument.defaultView;
    const widthAt = (x: number) => clamp(panel.side === 'right' ? (view?.innerWidth ?? 0) - x : x);
    const onMove = (move: PointerEvent) => props.onResize(widthAt(move.clientX), false);
    const onUp = (up: PointerEvent) => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      props.onResize(widthAt(up.clientX), true);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    event.preventDefault();
  };

  const onResizeKey = (event: KeyboardEvent) => {
    // Arrow keys move the inner edge: towards the page widens the panel.
    const widen = panel.side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrow = panel.side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === widen ? width.value + RESIZE_STEP
      : event.key === narrow ? width.value - RESIZE_STEP
      : event.key === 'Home' ? SIDEBAR_MIN_WIDTH
      : event.key === 'End' ? SIDEBAR_MAX_WIDTH
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    props.onResize(clamp(next), true);
  };

  const onPanelKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    closeFromPanel();
  };

  return (
    <div class="rw-root" dir={dir} data-side={open.value ? panel.side : launcher.side}>
      <button
        ref={launcherRef}
        type="button"
        class="rw-launcher"
        aria-label={t('launcherLabel')}
        aria-expanded="false"
        aria-controls={panelId}
        hidden={open.value}
        style={{ top: `${launcher.top + launcher.height / 2 - 20}px`, [launcher.side]: '0px' }}
        onClick={props.onToggle}
      >
        <LauncherIcon />
      </button>
      <aside
        id={panelId}
        class="rw-panel"
        aria-label={t('sidebarTitle')}
        hidden={!open.value}
        onKeyDown={onPanelKey}
        style={{ width: `${width.value}px`, top: `${panel.top}px`, height: `${panel.height}px`, [panel.side]: '0px' }}
      >
        <div
          class="rw-resize"
          role="separator"
          aria-orientation="vertical"
          aria-label={t('sidebarResize')}
          aria-valuemin={SIDEBAR_MIN_WIDTH}
          aria-valuemax={SIDEBAR_MAX_WIDTH}
          aria-valuenow={width.value}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onKeyDown={onResizeKey}
        />
        <header class="rw-header">
          <h1 class="rw-title">{t('sidebarTitle')}</h1>
          <button type="button" class="rw-icon-button" aria-label={t('sidebarClose')} aria-expanded="true" aria-controls={panelId} onClick={closeFromPanel}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {notice.value && (
          <p class="rw-notice" role="status">
            {notice.value}
          </p>
        )}
        <div class="rw-sections">{props.children}</div>
      </aside>
    </div>
  );
}
