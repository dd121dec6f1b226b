// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFilterStore } from '../../../src/store/filter-store';

describe('filter store', () => {
  beforeEach(() => useFilterStore.setState({ actorIds: [], match: 'any', query: '' }));

  it('toggles actors in the order they were chosen', () => {
    const { result } = renderHook(() => useFilterStore());
    act(() => result.current.toggleActor('a'));
    act(() => result.current.toggleActor('b'));
    expect(result.current.actorIds).toEqual(['a', 'b']);
    act(() => result.current.toggleActor('a'));
    expect(result.current.actorIds).toEqual(['b']);
  });

  it('adds from a chip without toggling off, and keeps the same array when nothing changes', () => {
    const { result } = renderHook(() => useFilterStore());
    act(() => result.current.addActor('a'));
    const before = result.current.actorIds;
    act(() => result.current.addActor('a'));
    expect(result.current.actorIds).toBe(before);
  });

  it('sets the match mode and the query, and clears actors only', () => {
    const { result } = renderHook(() => useFilterStore());
    act(() => {
      result.current.addActor('a');
      result.current.setMatch('all');
      result.current.setQuery('putin');
      result.current.clearActors();
    });
    expect(result.current).toMatchObject({ actorIds: [], match: 'all', query: 'putin' });
  });
});
