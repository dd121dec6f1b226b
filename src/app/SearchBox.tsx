// Full-text search in the top bar, an ARIA combobox: typing filters the
// timeline; ↑/↓ move the highlight; Enter or a click opens the highlighted
// result: an event (or a quote's event) opens in the Event pane, an actor
// becomes a visible filter (the filter bar lists it) in place of the query.
// "More results" lists LISTED more, and reads the sharded search's next pages
// when the listed ones are all it has read (a tiled corpus, docs/tiles.md).
import { useId, useState } from 'react';
import type { Quote } from '../corpus/schema';
import type { CorpusIndex } from '../model/corpus-index';
import { useCorpusStore } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { applyFilters, quotePasses } from '../query/filters';
import { showEvent } from '../store/navigation';
import { useUiStore } from '../store/ui-store';
import type { SearchResult } from '../search/search-index';

const KIND_LABEL = { event: 'Event', quote: 'Quote', actor: 'Actor' } as const;
const LISTED = 12;

/** The last option while more results can be listed. */
interface MoreOption {
  kind: 'more';
}
type Option = SearchResult | MoreOption;

/**
 * "12 of 1,234 shown": a tiled corpus knows how many events its query's word is in, beyond those read; a whole
 * index's search lists its best 50 (searchCorpus), not a count of every match.
 */
function moreLabel(shown: number, read: number, index: CorpusIndex): string {
  const count = index.tiled?.search?.count;
  if (count === undefined) return `${shown.toLocaleString('en')} shown`;
  return `${shown.toLocaleString('en')} of ${Math.max(read, count).toLocaleString('en')} shown`;
}

const quoteMaps = new WeakMap<CorpusIndex, Map<string, Quote>>();
function quoteById(index: CorpusIndex, id: string): Quote | undefined {
  let map = quoteMaps.get(index);
  if (!map) quoteMaps.set(index, (map = new Map(index.corpus.quotes.map((q) => [q.id, q]))));
  return map.get(id);
}

/** The query's results that the actor filter lets through (actors always: choosing one adds it). */
function useResults(): SearchResult[] {
  const index = useCorpusStore((s) => s.index);
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const query = useFilterStore((s) => s.query);
  const { results } = applyFilters(index, { actorIds, match, query }).search;
  if (actorIds.length === 0) return results;
  const { mask } = applyFilters(index, { actorIds, match, query: '' });
  const passes = (eventId: string | undefined) => eventId !== undefined && mask[index.orderOf.get(eventId) ?? -1] === 1;
  return results.filter((r) => {
    if (r.kind === 'event') return passes(r.id);
    if (r.kind === 'quote') {
      const quote = quoteById(index, r.id);
      return quote !== undefined && quotePasses(index, quote, { actorIds, match, query: '' });
    }
    return true;
  });
}

export function SearchBox() {
  const index = useCorpusStore((s) => s.index);
  const query = useFilterStore((s) => s.query);
  const setQuery = useFilterStore((s) => s.setQuery);
  const addActor = useFilterStore((s) => s.addActor);
  const filtering = useFilterStore((s) => s.actorIds.length > 0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [listed, setListed] = useState(LISTED);
  const listId = useId();
  const all = useResults();
  const results = all.slice(0, listed);
  const readMore = index.tiled?.search?.query === query.trim() ? index.tiled.search.more : undefined;
  const more: MoreOption | null = all.length > listed || readMore ? { kind: 'more' } : null;
  const options: Option[] = more ? [...results, more] : results;
  const showing = open && query.trim() !== '';
  const highlighted = showing ? options[Math.min(active, options.length - 1)] : undefined;

  const choose = (r: Option) => {
    if (r.kind === 'more') {
      // The list grows by a screenful; past what is read, the next pages are fetched (and listed as they come).
      setListed(listed + LISTED);
      if (all.length <= listed + LISTED) readMore?.();
      return;
    }
    setOpen(false);
    if (r.kind === 'actor') {
      addActor(r.id);
      setQuery('');
      return;
    }
    showEvent(r.kind === 'event' ? r.id : index.eventOfQuote.get(r.id)!);
    useUiStore.getState().setTab('event');
  };
  const optionId = (r: Option) => (r.kind === 'more' ? `${listId}-more` : `${listId}-${r.kind}-${r.id}`);

  return (
    <div className="dl-search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        id="dl-search"
        type="search"
        className="dl-input"
        placeholder="Search events, quotes, actors  ( / )"
        aria-label="Search"
        role="combobox"
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={highlighted ? optionId(highlighted) : undefined}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setListed(LISTED);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // A search field clears itself on Escape: the first Escape only closes the list.
            if (showing) {
              e.preventDefault();
              setOpen(false);
            } else if (query) setQuery('');
            else e.currentTarget.blur();
            e.stopPropagation();
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            e.stopPropagation();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (Math.min(a, options.length - 1) + step + options.length) % Math.max(options.length, 1));
          } else if (e.key === 'Enter' && highlighted) {
            choose(highlighted);
          }
        }}
      />
      {showing && (
        <ul id={listId} className="dl-search-results" role="listbox" aria-label="Search results">
          {results.length === 0 && (
            <li className="dl-empty" role="presentation">
              Nothing found{filtering ? ' for the chosen actors' : ''}.
            </li>
          )}
          {options.map((r) => (
            <li
              key={optionId(r)}
              id={optionId(r)}
              role="option"
              aria-selected={r === highlighted}
              className={[r === highlighted && 'is-active', r.kind === 'more' && 'dl-result-more'].filter(Boolean).join(' ') || undefined}
              // mousedown, not click: the input keeps focus until the choice is made
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              {r.kind === 'more' ? (
                <span className="dl-result-label">More results ({moreLabel(results.length, all.length, index)})</span>
              ) : (
                <>
                  <span className={`dl-result-kind dl-result-${r.kind}`}>{KIND_LABEL[r.kind]}</span>
                  <span className="dl-result-label">{r.label}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
