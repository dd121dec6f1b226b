import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCorpusStore } from '../../../src/store/corpus-store';
import { useFilterStore } from '../../../src/store/filter-store';
import { useNoticeStore } from '../../../src/store/notice-store';
import { startUrlSync, type HistoryAdapter } from '../../../src/store/url-sync';
import { useViewStore } from '../../../src/store/view-store';
import { fixtureIndex } from '../../fixtures/corpus';

/** An in-memory history: entries, a cursor, and popstate on back/forward. */
function fakeHistory(initial: string) {
  const entries = [initial];
  let at = 0;
  const listeners = new Set<() => void>();
  const split = (url: string) => ({ search: url.split('#')[0], hash: url.includes('#') ? `#${url.split('#')[1]}` : '' });
  const adapter: HistoryAdapter = {
    read: () => split(entries[at]),
    write: (url, mode) => {
      if (mode === 'push') {
        entries.splice(at + 1);
        entries.push(url);
        at++;
      } else entries[at] = url;
    },
    onPop: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const go = (step: number) => {
    at += step;
    listeners.forEach((l) => l());
  };
  return { adapter, entries, current: () => entries[at], back: () => go(-1), forward: () => go(1) };
}

let stop = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  useCorpusStore.getState().setCorpus(fixtureIndex().index);
  useViewStore.setState({ window: null, selectedEventId: null });
  useFilterStore.setState({ actorIds: [], match: 'any', query: '' });
  useNoticeStore.setState({ notices: [] });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it('applies a date link, keeps the address as given until the reader moves, then shows the resulting window', () => {
    const h = fakeHistory('?date=2024-06-19');
    stop = startUrlSync(h.adapter);
    expect(useViewStore.getState()).toMatchObject({ selectedEventId: 'a1.published', focusDate: '2024-06-19' });
    expect(h.current()).toBe('?date=2024-06-19');
    const { window: w } = useViewStore.getState();
    useViewStore.getState().setWindow({ start: w!.start + 864e5, end: w!.end + 864e5 });
    vi.runAllTimers();
    expect(useViewStore.getState().focusDate).toBeNull();
    expect(h.current()).toMatch(/^\?from=2024-06-(09|10)T.*&to=2024-(06-(30|31|01)|07-01)T.*&event=a1\.published$/);
    expect(h.entries).toHaveLength(1);
  });

  it('a link without a date shows the resulting window at once', () => {
    const h = fakeHistory('?event=a1.published');
    stop = startUrlSync(h.adapter);
    expect(h.current()).toMatch(/^\?from=.*&to=.*&event=a1\.published$/);
    expect(useViewStore.getState().focusDate).toBeNull();
  });

  it('names what it ignored and applies the rest', () => {
    const h = fakeHistory('?actors=person:nobody,country:russia&from=2024-07-01&to=2024-06-01');
    stop = startUrlSync(h.adapter);
    expect(useFilterStore.getState().actorIds).toEqual(['country:russia']);
    expect(useNoticeStore.getState().notices.map((n) => n.message)).toEqual([
      'Ignored from/to "2024-07-01 … 2024-06-01": "from" is not before "to".',
      'Ignored actor "person:nobody": no such actor in this corpus.',
    ]);
  });

  it('replaces on pan and zoom, pushes on select and filter; Back and Forward restore', () => {
    const h = fakeHistory('?from=2024-06-01&to=2024-07-01');
    stop = startUrlSync(h.adapter);
    useViewStore.getState().setWindow({ start: new Date(2024, 5, 10).getTime(), end: new Date(2024, 5, 20).getTime() });
    vi.advanceTimersByTime(1000);
    expect(h.entries).toHaveLength(1);
    useViewStore.getState().select('a3.published');
    useFilterStore.getState().toggleActor('person:vladimir-putin');
    expect(h.entries).toHaveLength(3);
    expect(h.current()).toMatch(/actors=person:vladimir-putin&event=a3\.published$/);

    h.back();
    expect(useFilterStore.getState().actorIds).toEqual([]);
    expect(useViewStore.getState().selectedEventId).toBe('a3.published');
    h.back();
    expect(useViewStore.getState().selectedEventId).toBeNull();
    expect(h.entries).toHaveLength(3); // going back writes nothing
    h.forward();
    expect(useViewStore.getState().selectedEventId).toBe('a3.published');
  });

  it('on Back or Forward, reads the entry once what it names is loaded, and only the last of several pops', async () => {
    const h = fakeHistory('?event=a1.published');
    const loaded: string[] = [];
    const releases: (() => void)[] = [];
    stop = startUrlSync(h.adapter, async ({ search }) => {
      loaded.push(search);
      await new Promise<void>((r) => releases.push(r));
    });
    useViewStore.getState().select('a2.published');
    useViewStore.getState().select('a3.published');
    h.back();
    h.back();
    expect(loaded).toEqual([h.entries[1], h.entries[0]]);
    // Nothing read while loading.
    expect(useViewStore.getState().selectedEventId).toBe('a3.published');
    releases[1]();
    await vi.waitFor(() => expect(useViewStore.getState().selectedEventId).toBe('a1.published'));
    // The first pop's load ends last: it changes nothing.
    releases[0]();
    await Promise.resolve();
    await Promise.resolve();
    expect(useViewStore.getState().selectedEventId).toBe('a1.published');
  });

  it('pushes one entry per burst of typing', () => {
    const h = fakeHistory('');
    stop = startUrlSync(h.adapter);
    for (const q of ['p', 'pu', 'put', 'puti', 'putin']) useFilterStore.getState().setQuery(q);
    expect(h.entries).toHaveLength(2);
    expect(h.current()).toMatch(/q=putin$/);
  });
});
