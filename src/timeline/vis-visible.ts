// vis-timeline draws, in each row, every item whose start lies within a
// quarter window either side of the visible one (Group._traceVisible), but
// keeps only those its item types call visible (`isVisible`: inside the window,
// by a width measured once drawn). An item in that margin but out of view was
// therefore drawn on every redraw and taken off again on the next: its DOM
// rebuilt and measured, one forced layout per row, on every redraw (each tick,
// each frame of a pan). The layout hands vis-timeline items up to a window
// either side, so every row had one. Here an item in that margin counts as
// visible: it is drawn once and stays, as it stayed between redraws anyway.
// This leans on vis-timeline internals (ItemSet.types, Item.isVisible); where
// they are missing nothing is changed.
import type { Timeline } from 'vis-timeline/esnext';

interface Range {
  start: number;
  end: number;
}

interface VisItem {
  data: { start: Date | number };
  isVisible(range: Range): boolean;
}

interface ItemSet {
  constructor: { types?: Record<string, { prototype: VisItem }> };
}

const patched = new WeakSet<object>();

/** True when vis-timeline's row trace would draw an item starting at `start` (Group._updateItemsInRange). */
export function inTraceMargin(start: number, range: Range): boolean {
  const margin = (range.end - range.start) / 4;
  return start >= range.start - margin && start <= range.end + margin;
}

export function keepTracedItemsDrawn(timeline: Timeline): void {
  const itemSet = (timeline as unknown as { itemSet?: ItemSet }).itemSet;
  const types = itemSet?.constructor.types ?? {};
  for (const name of ['box', 'point', 'range']) {
    const proto = types[name]?.prototype;
    if (!proto) continue;
    const own = Object.getOwnPropertyDescriptor(proto, 'isVisible')?.value as VisItem['isVisible'] | undefined;
    if (typeof own !== 'function' || patched.has(proto)) continue;
    patched.add(proto);
    proto.isVisible = function (this: VisItem, range: Range) {
      return own.call(this, range) || inTraceMargin(+this.data.start, range);
    };
  }
}
