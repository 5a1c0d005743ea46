import { useSignal, type Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import type { AgentProfile } from '@/lib/platform/storage';

export interface TemplateAgentSectionProps {
  t: Translate;
  profile: Signal<AgentProfile>;
  onSave: (profile: AgentProfile) => Promise<void>;
}

/** The agent's name and signature, which templates insert with {{agent.name}} and {{agent.signature}}. */
export function TemplateAgentSection({ t, profile, onSave }: TemplateAgentSectionProps) {
  const status = useSignal<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);
  const save = (patch: Partial<AgentProfile>) => {
    const next = { ...profile.value, ...patch };
    onSave(next).then(
      () => (status.value = { kind: 'ok', text: t('optionsSaved') }),
      (error: unknown) => (status.value = { kind: 'error', text: t('optionsSaveFailed', error instanceof Error ? error.message : String(error)) }),
    );
  };
  return (
    <section class="rw-card" aria-labelledby="rw-agent-title">
      <h2 id="rw-agent-title">{t('templatesAgentTitle')}</h2>
      <p class="rw-muted">{t('templatesAgentHelp')}</p>
      <div class="rw-field">
        <label for="rw-agent-name">{t('templatesAgentName')}</label>
        <input id="rw-agent-name" type="text" maxLength={120} value={profile.value.name} onChange={(event) => save({ name: (event.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="rw-field">
        <label for="rw-agent-signature">{t('templatesAgentSignature')}</label>
        <textarea id="rw-agent-signature" rows={3} maxLength={2000} value={profile.value.signature} onChange={(event) => save({ signature: (event.currentTarget as HTMLTextAreaElement).value })} />
      </div>
      <div class="rw-notice">
        <p role="status" class="rw-notice-ok">
          {status.value?.kind === 'ok' ? status.value.text : ''}
        </p>
        <p role="alert" class="rw-notice-error">
          {status.value?.kind === 'error' ? status.value.text : ''}
        </p>
      </div>
    </section>
  );
}
