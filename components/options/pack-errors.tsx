import type { Translate } from '@/lib/i18n';

export interface PackErrorListProps {
  t: Translate;
  /** What was being installed: a file name or an address. */
  what: string;
  errors: readonly { path: string; message: string }[];
}

/** Why a pack was refused: one line per problem, each naming the field path (`templates[3].body`). */
export function PackErrorList({ t, what, errors }: PackErrorListProps) {
  return (
    <div class="rw-pack-errors">
      <p>{t('packsErrorsIntro', what)}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code dir="ltr">{error.path}</code>: <span dir="auto">{error.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
