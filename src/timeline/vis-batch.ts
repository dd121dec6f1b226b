// One relayout's changes to vis-timeline, applied so that the browser lays
// the page out a few times instead of once per item. vis-timeline measures an
// item the moment it draws it: each added or changed item is a DOM write
// followed by a read (offsetWidth), which forces a layout, so a relayout that
// touches 60 items laid the page out 60 times, and its item set redrew
// (measuring again) after each DataSet event. Here the items' writes happen
// at once, their reads are held and done together (one layout), and the
// item set's redraw is left to the timeline's own redraw on the next frame.
// This leans on vis-timeline internals (ItemSet.types, the steps of
// Item.redraw, itemSet.redraw); where they are missing it applies the
// changes as vis-timeline would on its own.
import type { Timeline } from 'vis-timeline/esnext';

type Step = () => unknown;

interface VisItem {
  displayed?: boolean;
  redraw(returnQueue?: boolean): unknown;
}

interface ItemSet {
  redraw?: () => unknown;
  constructor: { types?: Record<string, { prototype: VisItem }> };
}

/**
 * Item.redraw's steps, in vis-timeline 8: create the DOM, append it, update
 * its content (writes); measure it (the read); apply the sizes, repaint the
 * extras (writes).
 */
const STEPS = 6;
const READ = 3;

export function applyBatched(timeline: Timeline, apply: () => void): void {
  const internals = timeline as unknown as { itemSet?: ItemSet; emit?: (name: string, params: object) => void };
  const itemSet = internals.itemSet;
  const redraw = itemSet?.redraw;
  const prototypes = new Set(Object.values(itemSet?.constructor.types ?? {}).map((type) => type.prototype));
  if (!itemSet || typeof redraw !== 'function' || typeof internals.emit !== 'function') return apply();

  const held = new Map<VisItem, Step[]>();
  const originals = new Map<VisItem, VisItem['redraw']>();
  for (const proto of prototypes) {
    const own = Object.getOwnPropertyDescriptor(proto, 'redraw')?.value as VisItem['redraw'] | undefined;
    if (typeof own !== 'function') continue;
    originals.set(proto, own);
    proto.redraw = function (this: VisItem, returnQueue?: boolean) {
      const steps = own.call(this, true);
      if (returnQueue) return steps;
      if (!Array.isArray(steps) || steps.length !== STEPS) {
        // Not the steps this expects: run them as vis-timeline would.
        return Array.isArray(steps) ? steps.reduce((_: unknown, step: Step) => step(), undefined) : steps;
      }
      for (let k = 0; k < READ; k++) steps[k]();
      held.set(this, steps); // a later redraw of the same item supersedes this one
      return undefined;
    };
  }
  let asked = false;
  itemSet.redraw = () => ((asked = true), false);
  try {
    apply();
  } finally {
    itemSet.redraw = redraw;
    for (const [proto, own] of originals) proto.redraw = own;
  }
  // Reads together, then writes. An item hidden since keeps its measure for
  // when it shows again (it stays dirty, so vis-timeline measures it then).
  const shown = [...held].filter(([item]) => item.displayed).map(([, steps]) => steps);
  for (const steps of shown) steps[READ]();
  for (const steps of shown) for (let k = READ + 1; k < STEPS; k++) steps[k]();
  // The item set's redraw (stacking, positions) runs with the timeline's next
  // frame, once, instead of after each DataSet event.
  if (asked) internals.emit('_change', { queue: true });
}
