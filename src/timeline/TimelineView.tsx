// The vis-timeline wrapper: the only place that knows DataSets and vis events.
// It mirrors the view store both ways: the reader's pans and zooms write the
// window, and windows set elsewhere (buttons, links) move the timeline.
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useCorpusStore, type TimeWindow } from '../store/corpus-store';
import { fitWindow, MAX_WINDOW_MS, MIN_WINDOW_MS, useViewStore } from '../store/view-store';
import { renderItem, toItem, type EventItem } from './items';

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  const tolerance = (a.end - a.start) / 1000;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

export function TimelineView() {
  const container = useRef<HTMLDivElement>(null);
  const events = useCorpusStore((s) => s.corpus.events);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const view = useViewStore.getState();
    const initial = view.window ?? fitWindow(useCorpusStore.getState().extent);
    const items = new DataSet<EventItem>(events.map(toItem));
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
      template: (item?: EventItem) => (item ? renderItem(item) : ''),
    };
    const timeline = new Timeline(el, items, options);
    if (view.selectedEventId) timeline.setSelection(view.selectedEventId);
    if (!view.window) view.setWindow(initial);

    timeline.on('select', ({ items: ids }: { items: string[] }) => {
      useViewStore.getState().select(ids[0] ?? null);
    });
    timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      const next = { start: start.getTime(), end: end.getTime() };
      const current = useViewStore.getState().window;
      if (!current || !sameWindow(current, next)) useViewStore.getState().setWindow(next);
    });
    const unsubscribe = useViewStore.subscribe((state, prev) => {
      if (state.window && state.window !== prev.window) {
        const shown = timeline.getWindow();
        const now = { start: shown.start.getTime(), end: shown.end.getTime() };
        if (!sameWindow(now, state.window)) {
          timeline.setWindow(state.window.start, state.window.end, { animation: { duration: 250, easingFunction: 'easeInOutQuad' } });
        }
      }
      if (state.selectedEventId !== prev.selectedEventId) {
        timeline.setSelection(state.selectedEventId ? [state.selectedEventId] : []);
      }
    });
    return () => {
      unsubscribe();
      timeline.destroy();
    };
  }, [events]);

  return <div ref={container} className="dl-timeline" data-testid="timeline" />;
}
