import type { ComponentChildren } from 'preact';
import type { Translate } from '@/lib/i18n';

/** One page of the options: a link in the navigation and what it shows. The list is in entrypoints/options/main.tsx. */
export interface OptionsView {
  /** The URL fragment that opens it (`#templates`). */
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export interface OptionsPageProps {
  t: Translate;
  views: readonly OptionsView[];
  /** The id of the view shown; an unknown id shows the first. */
  current: string;
}

/** The options page: a navigation between its views (one per feature), each reachable by its own address. */
export function OptionsPage({ t, views, current }: OptionsPageProps) {
  const shown = views.find((view) => view.id === current) ?? views[0];
  return (
    <div class="rw-options">
      <header class="rw-options-head">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNavLabel')}>
          <ul class="rw-nav">
            {views.map((view) => (
              <li key={view.id}>
                <a href={`#${view.id}`} class="rw-nav-link" aria-current={view === shown ? 'page' : undefined}>
                  {view.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="rw-view" aria-label={shown?.label}>
        {shown?.render()}
      </main>
    </div>
  );
}
