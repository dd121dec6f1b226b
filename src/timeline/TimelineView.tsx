// The vis-timeline wrapper: the only place that knows DataSets and vis events.
// It mirrors the view store both ways (pans and zooms write the window,
// windows set elsewhere move the timeline) and hands vis-timeline only the
// items `layoutItems` picks for the window, each in its row (a vis group),
// re-laid after each move.
import { useEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';
import { useCorpusStore, type TimeWindow } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { applyFilters } from '../query/filters';
import { useUiStore } from '../store/ui-store';
import { fitWindow, MAX_WINDOW_MS, MIN_WINDOW_MS, useViewStore } from '../store/view-store';
import { sameItem, renderItem, type EventItem } from './items';
import { layoutItems, MORE_GROUP, openMore, rowGroup, rowOf, type Measure } from './layout';
import { Overview } from './Overview';
import { attachRovingFocus } from './roving-focus';
import { applyBatched } from './vis-batch';
import { keepTracedItemsDrawn } from './vis-visible';
import type { ShownCounts } from './overview-data';

const YEAR_MS = 365.25 * 864e5;

/**
 * Label widths from a canvas with the labels' font, summed from each
 * character's width (measured once): at a wide zoom thousands of titles are
 * measured, and a table lookup per character is many times cheaper than
 * measureText per title. Without kerning the sum is a hair wider than the
 * drawn text, never narrower by more than the 1% added, so rows do not overlap.
 */
function canvasMeasure(el: HTMLElement): Measure | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = `12.5px ${getComputedStyle(el).fontFamily}`;
  const latin = new Float32Array(0x300).fill(-1);
  const other = new Map<string, number>();
  const widthOf = (ch: string): number => {
    const code = ch.codePointAt(0)!;
    if (code < latin.length) return latin[code] >= 0 ? latin[code] : (latin[code] = ctx.measureText(ch).width);
    let w = other.get(ch);
    if (w === undefined) other.set(ch, (w = ctx.measureText(ch).width));
    return w;
  };
  return (text) => {
    let sum = 0;
    for (const ch of text) sum += widthOf(ch);
    return sum * 1.01;
  };
}

/** Row groups, bottom up, over the row of counts: vis-timeline orders groups top down. */
function rowGroups(rows: number) {
  const groups = Array.from({ length: rows }, (_, r) => ({ id: rowGroup(r), content: '', order: -r }));
  return [...groups, { id: MORE_GROUP, content: '', order: 1, className: 'dl-more-row' }];
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  const tolerance = (a.end - a.start) / 1000;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

export function TimelineView() {
  const container = useRef<HTMLDivElement>(null);
  // A new corpus (articles added in the page) rebuilds the timeline; a tiled
  // corpus's next tiles (setWindowIndex) only re-lay it.
  const generation = useCorpusStore((s) => s.generation);
  const [counts, setCounts] = useState<ShownCounts | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const view = useViewStore.getState();
    const initial = view.window ?? fitWindow(useCorpusStore.getState().index.newsExtent);
    const items = new DataSet<EventItem>();
    const groups = new DataSet<{ id: string; content: string; order: number }>(rowGroups(1));
    const shown = new Map<string, EventItem>();
    const { extent } = useCorpusStore.getState().index;
    const measure = canvasMeasure(el);
    const options: TimelineOptions = {
      height: '100%',
      start: initial.start,
      end: initial.end,
      zoomMin: MIN_WINDOW_MS,
      // The corpus' whole span and some room, whatever it is (-0986 to 2103 is fine).
      zoomMax: Math.min(MAX_WINDOW_MS, Math.max((extent.end - extent.start) * 1.5, 10 * YEAR_MS)),
      orientation: { axis: 'bottom', item: 'bottom' },
      // The layout places every item in a row of its own choosing.
      stack: false,
      groupOrder: 'order',
      margin: { item: { horizontal: 0, vertical: 4 }, axis: 6 },
      showCurrentTime: false,
      // Day numbers are two characters, hours five: ask room for five, not seven,
      // or a month at phone width is labelled "Jan" alone.
      maxMinorChars: 5,
      verticalScroll: true,
      zoomFriction: 8,
      template: (item?: EventItem) => (item ? renderItem(item) : ''),
    };
    const timeline = new Timeline(el, items, groups, options);
    keepTracedItemsDrawn(timeline);
    // vis-timeline keeps itself hidden until a redraw after its first
    // 'rangechanged', which it sends only 200 ms after a window is set (and
    // never when the window is already right), so the timeline would stay
    // blank until its 1 s resize check. The initial window is final: say so.
    // (`emit` is the component-emitter every vis-timeline instance carries; its typings omit it.)
    (timeline as unknown as { emit: (name: string, params: object) => void }).emit('rangechanged', {
      start: new Date(initial.start),
      end: new Date(initial.end),
      byUser: false,
    });
    if (!view.window) view.setWindow(initial);

    // Re-lay the items for the current window, filters and selection, and
    // apply only the difference: vis-timeline re-measures what it is handed.
    let frame = 0;
    const laidFor = { width: 0, height: 0 };
    // The timeline's size as the browser last laid it out, kept by the
    // ResizeObserver below: reading clientWidth in a relayout right after
    // React's changes (a filter) would force a layout of the whole page just
    // for a size those changes leave as it was.
    const size = { width: el.clientWidth, height: el.clientHeight };
    const relayoutNow = () => {
      const index = useCorpusStore.getState().index;
      const { selectedEventId } = useViewStore.getState();
      const range = timeline.getWindow();
      const { mask } = applyFilters(index, useFilterStore.getState());
      laidFor.width = size.width;
      laidFor.height = size.height;
      const previousRows = new Map<string, number>();
      for (const [id, item] of shown) {
        const row = rowOf(item.group);
        if (row !== undefined) previousRows.set(id, row);
      }
      const layout = layoutItems({
        index,
        mask,
        selectedId: selectedEventId,
        measure,
        window: { start: range.start.getTime(), end: range.end.getTime() },
        widthPx: laidFor.width,
        heightPx: laidFor.height,
        previousRows,
      });
      const next = layout.items;
      // Rows come and go at the top: the others keep their items drawn (a
      // clear would take every item off and draw it again).
      const rows = rowGroups(layout.rows);
      const addedRows = rows.filter((g) => !groups.get(g.id));
      const removedRows = groups.getIds().filter((id) => !rows.some((g) => g.id === id));
      // The same counts keep the same object: no render of the overview for nothing.
      setCounts((prev) =>
        prev?.inWindow === layout.inWindow && prev.titled === layout.titled ? prev : { inWindow: layout.inWindow, titled: layout.titled },
      );
      const nextIds = new Set(next.map((i) => i.id));
      const removed = [...shown.keys()].filter((id) => !nextIds.has(id));
      const changed = next.filter((i) => !shown.has(i.id) || !sameItem(shown.get(i.id)!, i));
      applyBatched(timeline, () => {
        if (addedRows.length) groups.add(addedRows);
        if (removed.length) items.remove(removed);
        if (changed.length) items.update(changed);
        if (removedRows.length) groups.remove(removedRows);
        timeline.setSelection(selectedEventId && nextIds.has(selectedEventId) ? [selectedEventId] : []);
      });
      for (const id of removed) shown.delete(id);
      for (const item of changed) shown.set(item.id, item);
    };
    // After a move, once a frame; after a filter, at once: that is what the reader waits for.
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(relayoutNow);
    };
    relayoutNow(); // the first items go in with the first paint

    // A click or Enter on a title opens its event; on a count, its period.
    const openItem = (id: string | undefined) => {
      const more = id === undefined ? undefined : shown.get(id)?.more;
      if (more) {
        // A count opens into its period rather than being selected; where no
        // zoom can split it, the Events list names what it holds.
        const range = timeline.getWindow();
        const target = openMore(more, { start: range.start.getTime(), end: range.end.getTime() }, MIN_WINDOW_MS);
        if (target) useViewStore.getState().setWindow(target);
        else useUiStore.getState().setTab('events');
        timeline.setSelection([]);
        return;
      }
      useViewStore.getState().select(id ?? null);
    };
    timeline.on('select', ({ items: ids }: { items: string[] }) => openItem(ids[0]));
    const roving = attachRovingFocus(el, () => useViewStore.getState().selectedEventId, openItem);
    timeline.on('changed', roving.refresh);
    timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      const next = { start: start.getTime(), end: end.getTime() };
      // vis-timeline sends some of these late (200 ms after a change): one
      // that no longer describes the window would undo a newer move.
      const shownNow = timeline.getWindow();
      if (!sameWindow(next, { start: shownNow.start.getTime(), end: shownNow.end.getTime() })) return;
      const current = useViewStore.getState().window;
      if (!current || !sameWindow(current, next)) useViewStore.getState().setWindow(next);
      relayout();
    });
    const unsubscribeView = useViewStore.subscribe((state, prev) => {
      if (state.window && state.window !== prev.window) {
        const range = timeline.getWindow();
        const now = { start: range.start.getTime(), end: range.end.getTime() };
        if (!sameWindow(now, state.window)) {
          timeline.setWindow(state.window.start, state.window.end, { animation: { duration: 250, easingFunction: 'easeInOutQuad' } });
        }
      }
      if (state.selectedEventId !== prev.selectedEventId) relayout();
    });
    // After a filter, at once, but once React has drawn what the filter
    // changes around the timeline (the filter bar, which no longer takes
    // height from it), so the items' one batched measuring lays out both.
    let filterPending = false;
    let disposed = false;
    const unsubscribeFilters = useFilterStore.subscribe(() => {
      cancelAnimationFrame(frame);
      if (filterPending) return;
      filterPending = true;
      queueMicrotask(() => {
        filterPending = false;
        if (!disposed) relayoutNow();
      });
    });
    const unsubscribeCorpus = useCorpusStore.subscribe((s, prev) => {
      if (s.index !== prev.index && s.generation === prev.generation) relayout();
    });
    // Only a size the items were not laid out for.
    const resize = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      size.width = width;
      size.height = height;
      if (Math.abs(width - laidFor.width) >= 1 || Math.abs(height - laidFor.height) >= 1) relayout();
    });
    resize.observe(el);
    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      resize.disconnect();
      unsubscribeView();
      unsubscribeFilters();
      unsubscribeCorpus();
      roving.dispose();
      timeline.destroy();
    };
  }, [generation]);

  return (
    <>
      <div ref={container} className="dl-timeline" data-testid="timeline" />
      <Overview counts={counts} />
    </>
  );
}
