// Full-text search in the top bar: typing filters the timeline; a result
// jumps to its event (or, for an actor, adds it to the filter).
import { useState } from 'react';
import { useCorpusStore } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { applyFilters } from '../store/filtering';
import { showEvent } from '../store/navigation';
import type { SearchResult } from './search-index';

const KIND_LABEL = { event: 'Event', quote: 'Quote', actor: 'Actor' } as const;

export function SearchBox() {
  const index = useCorpusStore();
  const filters = useFilterStore();
  const [open, setOpen] = useState(false);
  const { results } = applyFilters(index, filters).search;

  const choose = (r: SearchResult) => {
    setOpen(false);
    if (r.kind === 'actor') filters.addActor(r.id);
    else showEvent(r.kind === 'event' ? r.id : index.eventOfQuote.get(r.id)!);
  };

  return (
    <div className="dl-search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        id="dl-search"
        type="search"
        className="dl-input"
        placeholder="Search events, quotes, actors  ( / )"
        aria-label="Search"
        autoComplete="off"
        value={filters.query}
        onChange={(e) => {
          filters.setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            if (filters.query) filters.setQuery('');
            else e.currentTarget.blur();
            e.stopPropagation();
          }
          if (e.key === 'Enter' && results[0]) choose(results[0]);
        }}
      />
      {open && filters.query.trim() && (
        <ul className="dl-search-results" aria-label="Search results">
          {results.length === 0 && <li className="dl-empty">Nothing found.</li>}
          {results.slice(0, 12).map((r) => (
            <li key={`${r.kind}:${r.id}`}>
              <button type="button" onClick={() => choose(r)}>
                <span className={`dl-result-kind dl-result-${r.kind}`}>{KIND_LABEL[r.kind]}</span>
                <span className="dl-result-label">{r.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
