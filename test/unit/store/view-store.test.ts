// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { clampWindow, fitWindow, MAX_WINDOW_MS, MIN_WINDOW_MS, useViewStore, zoomWindow } from '../../../src/store/view-store';

const DAY = 864e5;

describe('view store', () => {
  beforeEach(() => useViewStore.setState({ window: null, selectedEventId: null }));

  it('selects and clears an event', () => {
    const { result } = renderHook(() => useViewStore());
    act(() => result.current.select('a.published'));
    expect(result.current.selectedEventId).toBe('a.published');
    act(() => result.current.select(null));
    expect(result.current.selectedEventId).toBeNull();
  });

  it('keeps windows inside the zoom limits', () => {
    const { result } = renderHook(() => useViewStore());
    act(() => result.current.setWindow({ start: 0, end: 1000 }));
    expect(result.current.window!.end - result.current.window!.start).toBe(MIN_WINDOW_MS);
    expect(clampWindow({ start: 0, end: MAX_WINDOW_MS * 3 }).end - clampWindow({ start: 0, end: MAX_WINDOW_MS * 3 }).start).toBe(
      MAX_WINDOW_MS,
    );
  });

  it('zooms around the centre', () => {
    const w = zoomWindow({ start: 0, end: 10 * DAY }, 0.5);
    expect(w).toEqual({ start: 2.5 * DAY, end: 7.5 * DAY });
  });

  it('fits an extent with a margin on each side', () => {
    const w = fitWindow({ start: 100 * DAY, end: 101 * DAY });
    expect(w.start).toBeLessThan(100 * DAY);
    expect(w.end).toBeGreaterThan(101 * DAY);
  });
});
