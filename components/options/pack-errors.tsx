import type { Translate } from '@/lib/i18n';
import { getPackErrorText } from '@/lib/packs/error-text';
import type { PackError } from '@/lib/packs/schema';

export interface PackErrorListProps {
  t: Translate;
  /** The sentence above the list (what was refused, and that nothing changed). */
  intro: string;
  errors: readonly PackError[];
}

/**
 * Why a pack was refused: one line per problem in the interface language, each naming the field path
 * (`templates[3].body`, as written in the file).
 */
export function PackErrorList({ t, intro, errors }: PackErrorListProps) {
  return (
    <div class="rw-pack-errors">
      <p>{intro}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code dir="ltr">{error.path}</code>: <span>{getPackErrorText(t, error)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
