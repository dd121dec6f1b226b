// Keeps the address bar and the stores in step, in one place. Panning and
// zooming replace the current history entry; selecting and filtering push a
// new one, so Back and Forward walk through them; Back re-applies the link.
import { checkPartial } from '../corpus/dates';
import { useCorpusStore } from './corpus-store';
import { useFilterStore } from './filter-store';
import { applyFilters } from '../query/filters';
import { eventsOn } from '../query/window-scan';
import { useNoticeStore } from './notice-store';
import { useUiStore } from './ui-store';
import { parseUrl, serializeUrl, windowForDate, type UrlState } from './url-state';
import { clampWindow, fitWindow, useViewStore } from './view-store';

/** The browser side: swapped in tests. */
export interface HistoryAdapter {
  read: () => { search: string; hash: string };
  write: (url: string, mode: 'push' | 'replace') => void;
  onPop: (listener: () => void) => () => void;
}

export const browserHistory: HistoryAdapter = {
  read: () => ({ search: window.location.search, hash: window.location.hash }),
  write: (url, mode) => {
    const { pathname, search, hash } = window.location;
    const target = `${pathname}${url}`;
    if (target === `${pathname}${search}${hash}`) return;
    if (mode === 'push') window.history.pushState(null, '', target);
    else window.history.replaceState(null, '', target);
  },
  onPop: (listener) => {
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  },
};

const WINDOW_WRITE_MS = 300;
const QUERY_BURST_MS = 800;

export function currentUrlState(): UrlState {
  const { window: w, selectedEventId } = useViewStore.getState();
  const { actorIds, match, query } = useFilterStore.getState();
  return { window: w ?? undefined, actorIds, match, eventId: selectedEventId ?? undefined, query, embed: useUiStore.getState().embed };
}

/** What a `date=` link selects: the day's first article, else its first event. */
function firstEventOn(date: string): string | null {
  const index = useCorpusStore.getState().index;
  const { mask } = applyFilters(index, useFilterStore.getState());
  const on = eventsOn(index, mask, date).map((i) => index.eventsInOrder[i]);
  return (on.find((e) => e.kind === 'published') ?? on[0])?.id ?? null;
}

/** Applies the link in the address bar to the stores; returns its notices. */
export function applyUrl(adapter: HistoryAdapter): string[] {
  const index = useCorpusStore.getState().index;
  const { search, hash } = adapter.read();
  const { state, notices } = parseUrl(search, hash, index);
  useFilterStore.setState({ actorIds: state.actorIds ?? [], match: state.match ?? 'any', query: state.query ?? '' });
  useUiStore.setState({ embed: state.embed ?? false });
  let win = state.window;
  let selected = state.eventId ?? null;
  const focusDate = state.date && checkPartial(state.date) ? state.date : null;
  if (focusDate) {
    win ??= windowForDate(focusDate);
    selected ??= firstEventOn(focusDate);
  }
  useViewStore.setState({ window: clampWindow(win ?? fitWindow(index.newsExtent)), selectedEventId: selected, focusDate });
  return notices;
}

/**
 * Starts syncing; returns a function that stops it. `beforePop`: what must be
 * loaded before a Back or Forward entry is read (a tiled corpus fetches the
 * event it names); a later pop meanwhile wins.
 */
export function startUrlSync(
  adapter: HistoryAdapter = browserHistory,
  beforePop?: (link: { search: string; hash: string }) => Promise<unknown>,
): () => void {
  const notify = useNoticeStore.getState().notify;
  let applying = false;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;
  const write = (mode: 'push' | 'replace') => {
    clearTimeout(windowTimer);
    adapter.write(serializeUrl(currentUrlState()), mode);
  };
  const apply = () => {
    applying = true;
    try {
      for (const n of applyUrl(adapter)) notify(n);
    } finally {
      applying = false;
    }
  };

  apply();
  // The link now shows the resulting from/to; a `date=` link stays as given until the reader moves.
  if (!useViewStore.getState().focusDate) write('replace');

  /** The reader moved: the view is no longer the one the `date=` link named. */
  const moved = () => {
    if (useViewStore.getState().focusDate) useViewStore.setState({ focusDate: null });
  };
  const stopView = useViewStore.subscribe((s, prev) => {
    if (applying || s.focusDate !== prev.focusDate) return;
    if (s.selectedEventId !== prev.selectedEventId || s.window !== prev.window) moved();
    if (s.selectedEventId !== prev.selectedEventId) write('push');
    else if (s.window !== prev.window) {
      clearTimeout(windowTimer);
      windowTimer = setTimeout(() => write('replace'), WINDOW_WRITE_MS);
    }
  });
  const stopFilters = useFilterStore.subscribe((s, prev) => {
    if (applying) return;
    moved();
    if (s.actorIds !== prev.actorIds || s.match !== prev.match) write('push');
    else if (s.query !== prev.query) {
      // One history entry per burst of typing, not one per key.
      write(queryTimer === undefined ? 'push' : 'replace');
      clearTimeout(queryTimer);
      queryTimer = setTimeout(() => (queryTimer = undefined), QUERY_BURST_MS);
    }
  });
  let pops = 0;
  const popped = () => {
    if (!beforePop) return apply();
    const pop = ++pops;
    const ready = beforePop(adapter.read()).catch(() => undefined);
    void ready.then(() => pop === pops && apply());
  };
  const stopPop = adapter.onPop(popped);
  return () => {
    clearTimeout(windowTimer);
    clearTimeout(queryTimer);
    stopView();
    stopFilters();
    stopPop();
  };
}
