// Actors by kind with their event counts under the current filters; ticking
// one filters the timeline, the quotes and these counts.
import { memo, useMemo, useState } from 'react';
import type { Actor } from '../../corpus/schema';
import { useCorpusStore } from '../../store/corpus-store';
import { useFilterStore } from '../../store/filter-store';
import { useFiltered } from '../shared/use-filtered';
import { ActorAliases } from './ActorAliases';
import { aliasesOf, groupActors, type ActorSort } from './actor-groups';

/** Actors listed per kind before "Show all": thousands of checkboxes help nobody. */
const FIRST_SHOWN = 40;

export function ActorsPanel() {
  const actors = useCorpusStore((s) => s.index.corpus.actors);
  const actorsById = useCorpusStore((s) => s.index.actorsById);
  // A tiled corpus shows its first items before its actors file is in.
  const pending = useCorpusStore((s) => s.index.tiled?.actorsPending === true);
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const toggleActor = useFilterStore((s) => s.toggleActor);
  const setMatch = useFilterStore((s) => s.setMatch);
  const clearActors = useFilterStore((s) => s.clearActors);
  const { actorCounts } = useFiltered();
  const [sort, setSort] = useState<ActorSort>('count');
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const groups = useMemo(() => groupActors(actors, actorCounts, sort, search, actorsById), [actors, actorCounts, sort, search, actorsById]);
  const checked = new Set(actorIds);

  return (
    <section className="dl-panel dl-actors" aria-label="Actors">
      <header className="dl-panel-head">
        <h2>Actors</h2>
        <button type="button" className="dl-link-button" onClick={clearActors} disabled={actorIds.length === 0}>
          Clear
        </button>
      </header>
      <div className="dl-actor-tools">
        <input
          type="search"
          className="dl-input"
          placeholder="Find an actor"
          aria-label="Find an actor"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <div className="dl-segmented" role="radiogroup" aria-label="Match">
          {(['any', 'all'] as const).map((m) => (
            <label key={m} className={match === m ? 'is-active' : ''}>
              <input type="radio" name="dl-match" value={m} checked={match === m} onChange={() => setMatch(m)} />
              Match {m}
            </label>
          ))}
        </div>
        <label className="dl-sort">
          Sort
          <select className="dl-input" value={sort} onChange={(e) => setSort(e.target.value as ActorSort)}>
            <option value="count">by events</option>
            <option value="name">by name</option>
          </select>
        </label>
      </div>
      <div className="dl-actor-groups">
        {groups.length === 0 && <p className="dl-empty">{pending ? 'Loading the actors…' : 'No actor matches.'}</p>}
        {groups.map((group) => {
          const all = expanded.has(group.kind);
          const shown = all ? group.actors : withChecked(group.head(FIRST_SHOWN), group.kind, actorIds, actorsById);
          return (
            <fieldset key={group.kind} className="dl-actor-group">
              <legend>
                {group.label} <span className="dl-muted">{group.size.toLocaleString('en')}</span>
              </legend>
              <ul>
                {shown.map((actor) => (
                  <ActorRow
                    key={actor.id}
                    actor={actor}
                    count={actorCounts.get(actor.id) ?? 0}
                    checked={checked.has(actor.id)}
                    onToggle={toggleActor}
                  />
                ))}
              </ul>
              {group.size > shown.length && (
                <button type="button" className="dl-link-button" onClick={() => setExpanded(new Set(expanded).add(group.kind))}>
                  Show all {group.size.toLocaleString('en')}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}

/** The first rows of a group, and after them its ticked actors that are not among them: a ticked actor stays in sight. */
function withChecked(head: Actor[], kind: Actor['kind'], ticked: string[], byId: Map<string, Actor>): Actor[] {
  const more = ticked.map((id) => byId.get(id)).filter((a): a is Actor => a !== undefined && a.kind === kind && !head.includes(a));
  return more.length > 0 ? [...head, ...more] : head;
}

/**
 * One actor's row. Memoized: a tick re-renders the row ticked at once and the
 * rows whose counts changed when the filtered counts follow, not all of them.
 */
const ActorRow = memo(function ActorRow({
  actor,
  count,
  checked,
  onToggle,
}: {
  actor: Actor;
  count: number;
  checked: boolean;
  onToggle: (id: string) => void;
}) {
  return (
    <li className={count === 0 ? 'is-empty' : undefined}>
      <label className="dl-actor-row" title={aliasTitle(actor)}>
        <input type="checkbox" aria-label={actor.name} checked={checked} onChange={() => onToggle(actor.id)} />
        <span className="dl-actor-name">{actor.name}</span>
        <span className="dl-count" aria-label={`${count} events`}>
          {count.toLocaleString('en')}
        </span>
      </label>
      <ActorAliases actor={actor} />
    </li>
  );
});

/** "Also: Trump (346), Donald Trump (58)": the tooltip of a row. */
function aliasTitle(actor: Actor): string | undefined {
  const list = aliasesOf(actor);
  return list.length > 1
    ? `Also: ${list.map(({ alias, count }) => (count === undefined ? alias : `${alias} (${count})`)).join(', ')}`
    : undefined;
}
