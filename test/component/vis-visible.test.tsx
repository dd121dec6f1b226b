// @vitest-environment jsdom
// keepTracedItemsDrawn: an item just outside the window, in the margin that
// vis-timeline's rows draw anyway, stays drawn across redraws instead of being
// taken off and built again on each one. jsdom does no layout: every element
// gets a size (the timeline's root 1000 px, anything else 20), enough for
// vis-timeline to draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import { inTraceMargin, keepTracedItemsDrawn } from '../../src/timeline/vis-visible';

const SIZES = ['clientWidth', 'clientHeight', 'offsetWidth', 'offsetHeight'] as const;
const saved = new Map<string, PropertyDescriptor | undefined>();

beforeAll(() => {
  for (const name of SIZES) {
    saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('vis-timeline') ? 1000 : 20;
      },
    });
  }
});

afterAll(() => {
  for (const name of SIZES) {
    const descriptor = saved.get(name);
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  }
});

const DAY = 864e5;
const WINDOW = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2020, 0, 21) };

/**
 * A timeline over WINDOW, then what a relayout does: items added, one of each
 * kind starting two days after the window's end (a tenth of the window), and
 * redraws, each after another item in the row (so vis-timeline restacks it).
 * Reports how often those items' elements were taken off the page in the
 * redraws, and whether they are on it at the end.
 */
function relayoutAfterTheWindow() {
  const el = document.createElement('div');
  document.body.append(el);
  const items = new DataSet<DataItem>([{ id: 'in0', content: 'Inside', start: new Date(WINDOW.start + DAY), type: 'box', group: 'row0' }]);
  const groups = new DataSet([{ id: 'row0', content: '' }]);
  const timeline = new Timeline(el, items, groups, { start: new Date(WINDOW.start), end: new Date(WINDOW.end), stack: false });
  keep?.(timeline);
  const redraw = () => (timeline as unknown as { body: { emitter: { emit(name: string): void } } }).body.emitter.emit('_change');
  redraw();
  const after = WINDOW.end + 2 * DAY;
  items.add([
    { id: 'range', content: 'A range', start: new Date(after), end: new Date(after + 3 * DAY), type: 'range', group: 'row0' },
    { id: 'box', content: 'A box', start: new Date(after), type: 'box', group: 'row0' },
    { id: 'point', content: 'A point', start: new Date(after), type: 'point', group: 'row0' },
  ]);
  redraw();
  const drawn = TYPES.map((type) => el.querySelector(`.vis-item.vis-${type}`));
  const watch = new MutationObserver(() => {});
  watch.observe(el, { childList: true, subtree: true });
  for (let k = 1; k <= 3; k++) {
    items.add({ id: `in${k}`, content: 'Inside', start: new Date(WINDOW.start + (k + 1) * DAY), type: 'box', group: 'row0' });
    redraw();
  }
  const takenOff = watch
    .takeRecords()
    .flatMap((record) => [...record.removedNodes].filter((node) => drawn.includes(node as Element))).length;
  watch.disconnect();
  const stillDrawn = drawn.every((node) => node?.isConnected);
  timeline.destroy();
  return { takenOff, stillDrawn };
}

const TYPES = ['range', 'box', 'point'];
let keep: typeof keepTracedItemsDrawn | undefined;

describe('keepTracedItemsDrawn', () => {
  // First, while vis-timeline's item types are as shipped (the patch is for the page's lifetime).
  it('is what makes the difference: without it each redraw that restacks the row takes those items off and draws them again', () => {
    keep = undefined;
    expect(relayoutAfterTheWindow().takenOff).toBeGreaterThanOrEqual(3);
  });

  it('keeps items in the margin drawn through redraws', () => {
    keep = keepTracedItemsDrawn;
    expect(relayoutAfterTheWindow()).toEqual({ takenOff: 0, stillDrawn: true });
  });

  it('counts only the margin vis-timeline draws anyway: a quarter window either side', () => {
    expect(inTraceMargin(WINDOW.end + 4 * DAY, WINDOW)).toBe(true);
    expect(inTraceMargin(WINDOW.end + 6 * DAY, WINDOW)).toBe(false);
    expect(inTraceMargin(WINDOW.start - 5 * DAY, WINDOW)).toBe(true);
    expect(inTraceMargin(WINDOW.start - 6 * DAY, WINDOW)).toBe(false);
  });
});
