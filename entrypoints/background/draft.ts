import { disabledRulesItem, readDisabledRules } from '@/lib/platform/storage';
import { checkDraft, type DraftCheckRequest, type DraftReport } from '@/lib/rewrite/report';
import { getPacksOverview } from './packs';

/** The draft check for the sidebar: the rules and the team's rules from the installed packs, the agent's switches. */
export async function checkDraftRequest(request: DraftCheckRequest): Promise<DraftReport> {
  const [overview, disabled] = await Promise.all([getPacksOverview().catch(() => undefined), disabledRulesItem.getValue()]);
  return checkDraft(request, { teamRules: overview?.packs.flatMap((pack) => pack.rules) ?? [], disabledRules: readDisabledRules(disabled) });
}
