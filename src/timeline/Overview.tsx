// The overview under the timeline: how many events (for the current filters)
// fall in each slice of time, with the timeline's window marked. Dragging
// across it selects a window, clicking a bar zooms there, and the keyboard
// moves the window (it is a slider over time for assistive technology).
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useCorpusStore, type TimeWindow } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { applyFilters } from '../query/filters';
import { fitWindow, MIN_WINDOW_MS, useViewStore, zoomWindow } from '../store/view-store';
import { histogram, overviewSpan, statusText, type ShownCounts } from './overview-data';

const BAR_PX = 4;
const HEIGHT_PX = 34;
/** A drag shorter than this is a click. */
const CLICK_PX = 4;

function day(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

function moveBy(span: TimeWindow, share: number): TimeWindow {
  const shift = (span.end - span.start) * share;
  return { start: span.start + shift, end: span.end + shift };
}

/** `counts`: what the timeline shows by title, for the line under the strip. */
export function Overview({ counts }: { counts: ShownCounts | null }) {
  const index = useCorpusStore((s) => s.index);
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const query = useFilterStore((s) => s.query);
  const { mask, count } = applyFilters(index, { actorIds, match, query });
  const view = useViewStore((s) => s.window);
  const setWindow = useViewStore((s) => s.setWindow);
  const box = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  const [brush, setBrush] = useState<{ from: number; to: number } | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const resize = new ResizeObserver(() => setWidthPx(el.clientWidth));
    resize.observe(el);
    setWidthPx(el.clientWidth);
    return () => resize.disconnect();
  }, []);

  // The span moves only when the window leaves it, so the strip stays put while panning inside.
  // (Two scans of typed arrays: cheap enough for every render at 100,000 events.)
  const bulk = overviewSpan(index, mask, null);
  const outside = view !== null && (view.start < bulk.start || view.end > bulk.end);
  const span = outside ? overviewSpan(index, mask, view) : bulk;
  const data = histogram(index, mask, span, Math.floor(widthPx / BAR_PX), { actorIds, match, query });
  const msPerPx = (span.end - span.start) / Math.max(widthPx, 1);
  const xOf = (ms: number) => (ms - span.start) / msPerPx;
  const msAt = (x: number) => span.start + x * msPerPx;
  let peak = 1;
  for (const c of data.bins) peak = Math.max(peak, c);
  // Square-root heights: a quiet month stays visible next to a crisis.
  const barHeight = (c: number) => Math.max(2, Math.sqrt(c / peak) * (HEIGHT_PX - 2));

  const localX = (e: PointerEvent) => e.clientX - (box.current?.getBoundingClientRect().left ?? 0);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const x = localX(e);
    setBrush({ from: x, to: x });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (brush) setBrush({ ...brush, to: localX(e) });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!brush) return;
    const to = localX(e);
    setBrush(null);
    if (Math.abs(to - brush.from) < CLICK_PX) {
      // A bar: zoom to a few bars' width around it.
      const centre = msAt((Math.floor(to / BAR_PX) + 0.5) * BAR_PX);
      const half = Math.max(3 * BAR_PX * msPerPx, MIN_WINDOW_MS) / 2;
      setWindow({ start: centre - half, end: centre + half });
    } else {
      setWindow({ start: msAt(Math.min(brush.from, to)), end: msAt(Math.max(brush.from, to)) });
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!view) return;
    const steps: Record<string, () => TimeWindow> = {
      ArrowLeft: () => moveBy(view, -0.1),
      ArrowRight: () => moveBy(view, 0.1),
      PageUp: () => moveBy(view, -1),
      PageDown: () => moveBy(view, 1),
      ArrowUp: () => zoomWindow(view, 0.5),
      ArrowDown: () => zoomWindow(view, 2),
      Home: () => fitWindow(bulk),
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    e.stopPropagation(); // the keys are the slider's here, not the timeline's walk
    setWindow(step());
  };

  const summary =
    data.total === 0
      ? 'No events to show.'
      : `${data.total.toLocaleString('en')} events, most between ${day(bulk.start)} and ${day(bulk.end)}` +
        (data.before + data.after > 0 ? `; ${data.before} earlier and ${data.after} later, off the strip.` : '.');
  const mark = view ? { left: xOf(view.start), right: xOf(view.end) } : null;
  const drawn = brush ? { left: Math.min(brush.from, brush.to), right: Math.max(brush.from, brush.to) } : null;
  return (
    <div className="dl-overview">
      <div
        ref={box}
        className="dl-overview-strip"
        role="slider"
        tabIndex={0}
        aria-label="Overview: events over time. Drag to choose a window; arrows move it, up and down zoom."
        aria-valuemin={Math.round(span.start)}
        aria-valuemax={Math.round(span.end)}
        aria-valuenow={Math.round(view ? (view.start + view.end) / 2 : span.start)}
        aria-valuetext={view ? `Timeline shows ${day(view.start)} to ${day(view.end)}. ${summary}` : summary}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
      >
        <svg width="100%" height={HEIGHT_PX} aria-hidden="true">
          {Array.from(data.bins, (c, b) =>
            c === 0 ? null : (
              <rect
                key={b}
                className="dl-overview-bar"
                x={b * BAR_PX}
                width={BAR_PX - 1}
                y={HEIGHT_PX - barHeight(c)}
                height={barHeight(c)}
              />
            ),
          )}
          {mark && (
            <rect className="dl-overview-window" x={mark.left} width={Math.max(2, mark.right - mark.left)} y={0} height={HEIGHT_PX} />
          )}
          {drawn && <rect className="dl-overview-brush" x={drawn.left} width={drawn.right - drawn.left} y={0} height={HEIGHT_PX} />}
        </svg>
      </div>
      <p className="dl-overview-legend">
        <span>{day(span.start)}</span>
        <span className="dl-overview-summary" title={summary}>
          {statusText(index.eventsInOrder.length, count, counts)}
        </span>
        <span>{day(span.end)}</span>
      </p>
    </div>
  );
}
