// The vis-timeline wrapper: the only place that knows DataSets and vis events.
// It mirrors the view store both ways (pans and zooms write the window,
// windows set elsewhere move the timeline) and hands vis-timeline only the
// items `layoutItems` picks for the window, re-laid after each move.
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';
import { useCorpusStore, type TimeWindow } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { applyFilters } from '../query/filters';
import { fitWindow, MAX_WINDOW_MS, MIN_WINDOW_MS, useViewStore } from '../store/view-store';
import { sameItem, renderItem, type EventItem } from './items';
import { GROUP_PREFIX, layoutItems } from './layout';

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  const tolerance = (a.end - a.start) / 1000;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

export function TimelineView() {
  const container = useRef<HTMLDivElement>(null);
  const index = useCorpusStore((s) => s.corpus);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const view = useViewStore.getState();
    const initial = view.window ?? fitWindow(useCorpusStore.getState().newsExtent);
    const items = new DataSet<EventItem>();
    const shown = new Map<string, EventItem>();
    const options: TimelineOptions = {
      height: '100%',
      start: initial.start,
      end: initial.end,
      zoomMin: MIN_WINDOW_MS,
      zoomMax: MAX_WINDOW_MS,
      orientation: { axis: 'bottom', item: 'bottom' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      showCurrentTime: false,
      verticalScroll: true,
      zoomFriction: 8,
      template: (item?: EventItem) => (item ? renderItem(item) : ''),
    };
    const timeline = new Timeline(el, items, options);
    // vis-timeline keeps itself hidden until a redraw after its first
    // 'rangechanged', which it sends only 200 ms after a window is set (and
    // never when the window is already right), so the timeline would stay
    // blank until its 1 s resize check. The initial window is final: say so.
    // (`emit` is the component-emitter every vis-timeline instance carries; its typings omit it.)
    (timeline as unknown as { emit: (name: string, params: object) => void })
      .emit('rangechanged', { start: new Date(initial.start), end: new Date(initial.end), byUser: false });
    if (!view.window) view.setWindow(initial);

    // Re-lay the items for the current window, filters and selection, and
    // apply only the difference: vis-timeline re-measures what it is handed.
    let frame = 0;
    const relayoutNow = () => {
      const corpus = useCorpusStore.getState();
      const { selectedEventId } = useViewStore.getState();
      const range = timeline.getWindow();
      const { mask } = applyFilters(corpus, useFilterStore.getState());
      const next = layoutItems({
        index: corpus, mask, selectedId: selectedEventId,
        window: { start: range.start.getTime(), end: range.end.getTime() },
        widthPx: el.clientWidth,
      });
      const nextIds = new Set(next.map((i) => i.id));
      const removed = [...shown.keys()].filter((id) => !nextIds.has(id));
      const changed = next.filter((i) => !shown.has(i.id) || !sameItem(shown.get(i.id)!, i));
      if (removed.length) items.remove(removed);
      if (changed.length) items.update(changed);
      for (const id of removed) shown.delete(id);
      for (const item of changed) shown.set(item.id, item);
      timeline.setSelection(selectedEventId && nextIds.has(selectedEventId) ? [selectedEventId] : []);
    };
    // After a move, once a frame; after a filter, at once: that is what the reader waits for.
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(relayoutNow);
    };
    relayoutNow(); // the first items go in with the first paint

    timeline.on('select', ({ items: ids }: { items: string[] }) => {
      const id = ids[0];
      const group = id?.startsWith(GROUP_PREFIX) ? shown.get(id)?.groupRange : undefined;
      if (group) {
        // A group opens into its period rather than being selected.
        const pad = (group.end - group.start) * 0.1;
        useViewStore.getState().setWindow({ start: group.start - pad, end: group.end + pad });
        timeline.setSelection([]);
        return;
      }
      useViewStore.getState().select(id ?? null);
    });
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
    const unsubscribeFilters = useFilterStore.subscribe(() => {
      cancelAnimationFrame(frame);
      relayoutNow();
    });
    const resize = new ResizeObserver(relayout);
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      unsubscribeView();
      unsubscribeFilters();
      timeline.destroy();
    };
  }, [index]);

  return <div ref={container} className="dl-timeline" data-testid="timeline" />;
}
