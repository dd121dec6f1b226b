import { beforeEach, describe, expect, it } from 'vitest';
import { useCorpusStore } from '../../../src/store/corpus-store';
import { useFilterStore } from '../../../src/store/filter-store';
import { selectAdjacent } from '../../../src/store/navigation';
import { useViewStore } from '../../../src/store/view-store';
import { fixtureIndex } from '../../fixtures/corpus';

const day = (iso: string) => new Date(`${iso}T00:00`).getTime();

beforeEach(() => {
  useCorpusStore.getState().setCorpus(fixtureIndex().index);
  useFilterStore.setState({ actorIds: [], match: 'any', query: '' });
});

describe('keyboard walk', () => {
  it('from nothing in view, → takes the next event after the window centre and ← the one before', () => {
    // Events: a2 2021-06-16, a1.m1 2024-03, a1 2024-06-19, a3 2024-06-25. A window in 2022 holds none.
    const empty = { start: day('2022-01-01'), end: day('2022-02-01') };
    useViewStore.setState({ window: empty, selectedEventId: null });
    selectAdjacent(1);
    expect(useViewStore.getState().selectedEventId).toBe('a1.m1');
    useViewStore.setState({ window: empty, selectedEventId: null });
    selectAdjacent(-1);
    expect(useViewStore.getState().selectedEventId).toBe('a2.published');
  });

  it('skips events the filter leaves out and stops at the ends', () => {
    useFilterStore.setState({ actorIds: ['person:vladimir-putin'] });
    useViewStore.setState({ window: { start: day('2022-01-01'), end: day('2022-02-01') }, selectedEventId: null });
    selectAdjacent(1);
    expect(useViewStore.getState().selectedEventId).toBe('a1.published');
    selectAdjacent(1);
    expect(useViewStore.getState().selectedEventId).toBe('a1.published');
  });
});
