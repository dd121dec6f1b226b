// The names one actor was found under, with how many mentions each has: a
// disclosure under the actor's row, so a reader can see (and doubt) a merge.
import type { Actor } from '../../corpus/schema';
import { aliasesOf } from './actor-groups';

export function ActorAliases({ actor }: { actor: Actor }) {
  const aliases = aliasesOf(actor);
  if (aliases.length < 2) return null;
  return (
    <details className="dl-actor-aliases">
      {/* The accessible name starts with the visible text (axe: label-content-name-mismatch). */}
      <summary aria-label={`${aliases.length} names of ${actor.name}`}>{aliases.length} names</summary>
      <ul aria-label={`Names of ${actor.name} with their mentions`}>
        {aliases.map(({ alias, count }) => (
          <li key={alias}>
            <span>{alias}</span>
            {count !== undefined && (
              <span className="dl-count" aria-label={`${count} mentions`}>
                {count.toLocaleString('en')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
