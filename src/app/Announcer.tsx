// A polite live region: after a filter or a search, how many events remain.
import { useEffect, useRef, useState } from 'react';
import { useFiltered } from '../panels/shared/use-filtered';
import { useFilterStore } from '../store/filter-store';

const SETTLE_MS = 400;

export function Announcer() {
  const { count } = useFiltered();
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const query = useFilterStore((s) => s.query);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Wait for typing to settle so a reader hears one count, not one per key.
    const timer = setTimeout(() => setMessage(`${count.toLocaleString('en')} event${count === 1 ? '' : 's'} match.`), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [count, actorIds, match, query]);
  return (
    <p className="dl-visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
