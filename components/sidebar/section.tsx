import { Component, type ComponentChildren } from 'preact';
import type { Translate } from '@/lib/i18n';

interface SectionProps {
  id: string;
  title: string;
  t: Translate;
  children: ComponentChildren;
}

interface SectionState {
  error: unknown;
}

/**
 * One sidebar section. It is its own error boundary: a section that throws shows a short notice with a retry
 * button and the other sections keep working.
 */
export class Section extends Component<SectionProps, SectionState> {
  override state: SectionState = { error: undefined };

  override componentDidCatch(error: unknown): void {
    this.setState({ error });
  }

  override render({ id, title, t, children }: SectionProps, { error }: SectionState) {
    const headingId = `rw-section-${id}`;
    return (
      <section class="rw-section" aria-labelledby={headingId} data-section={id}>
        <h2 id={headingId} class="rw-section-title">
          {title}
        </h2>
        {error === undefined ? (
          children
        ) : (
          <div class="rw-section-failed" role="alert">
            <p>{t('sectionFailed')}</p>
            <button type="button" class="rw-button" onClick={() => this.setState({ error: undefined })}>
              {t('sectionRetry')}
            </button>
          </div>
        )}
      </section>
    );
  }
}
