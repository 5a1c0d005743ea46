import type { ReadonlySignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { Translate } from '@/lib/i18n';
import type { ConversationContext } from '@/lib/sites/types';

export interface CustomerSectionProps {
  t: Translate;
  /** The site's name ("Gmail"), or the host of a site the user added. */
  siteName: string;
  /** The conversation the site adapter reads from the page. */
  context: ReadonlySignal<ConversationContext | undefined>;
  /** More about the customer below what the page shows (the time-zone and etiquette card). */
  children?: ComponentChildren;
}

/** The customer as the page shows them: name, email addresses, phone number and the conversation's subject. */
export function CustomerSection({ t, siteName, context, children }: CustomerSectionProps) {
  const current = context.value;
  const customer = current?.customer;
  const fields: { key: string; values: string[] }[] = [
    { key: 'siteCustomerName', values: customer?.name ? [customer.name] : [] },
    { key: 'siteCustomerEmail', values: customer?.emails ?? [] },
    { key: 'siteCustomerPhone', values: customer?.phone ? [customer.phone] : [] },
    { key: 'siteCustomerSubject', values: current?.subject ? [current.subject] : [] },
  ].filter((field) => field.values.length > 0);
  return (
    <div>
      <p class="rw-muted">{t('customerSite', siteName)}</p>
      {fields.length === 0 ? (
        <p class="rw-muted">{t('customerNothingRead')}</p>
      ) : (
        <dl class="rw-customer" style={{ margin: 0 }}>
          {fields.map(({ key, values }) => (
            <div key={key} class="rw-field" data-field={key}>
              <dt class="rw-label">{t(key)}</dt>
              {values.map((value) => (
                // Page text is rendered as text, never as HTML; a long address may wrap.
                <dd key={value} style={{ margin: 0, overflowWrap: 'anywhere' }} dir="auto">
                  {value}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
      {children}
    </div>
  );
}
