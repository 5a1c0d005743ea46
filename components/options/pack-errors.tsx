export interface PackErrorListProps {
  /** The sentence above the list (what was refused, and that nothing changed). */
  intro: string;
  errors: readonly { path: string; message: string }[];
}

/** Why a pack was refused: one line per problem, each naming the field path (`templates[3].body`). */
export function PackErrorList({ intro, errors }: PackErrorListProps) {
  return (
    <div class="rw-pack-errors">
      <p>{intro}</p>
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
