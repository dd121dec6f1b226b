// @vitest-environment jsdom
// applyBatched: a relayout's item draws write first and measure after, so the
// browser lays the page out once, not once per item. jsdom does no layout, so
// this records the order of DOM writes (appends) and size reads instead: each
// read that follows a write is a forced layout in a browser.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { applyBatched } from '../../src/timeline/vis-batch';

const SIZES = ['clientWidth', 'clientHeight', 'offsetWidth', 'offsetHeight'] as const;
let log: ('write' | 'read')[] = [];
const saved = new Map<string, PropertyDescriptor | undefined>();
let append: typeof Node.prototype.appendChild;

beforeEach(() => {
  // vis-timeline draws nothing at width 0: every element gets a size, and each read is logged.
  for (const name of SIZES) {
    saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get() {
        log.push('read');
        return 100;
      },
    });
  }
  append = Node.prototype.appendChild;
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    log.push('write');
    return append.call(this, node) as T;
  };
});

afterEach(() => {
  for (const name of SIZES) {
    const descriptor = saved.get(name);
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  }
  Node.prototype.appendChild = append;
});

/** Reads that come after a write: the layouts a browser would be forced into. */
const forcedLayouts = (events: typeof log) => events.filter((e, k) => e === 'read' && events[k - 1] === 'write').length;

function timelineWith(count: number) {
  const el = document.createElement('div');
  document.body.append(el);
  const items = new DataSet<{ id: string; content: string; start: Date; group: string }>();
  const groups = new DataSet([{ id: 'row0', content: '' }]);
  const timeline = new Timeline(el, items, groups, { start: new Date(2020, 0, 1), end: new Date(2020, 1, 1), stack: false });
  const next = Array.from({ length: count }, (_, k) => ({
    id: `e${k}`,
    content: `Event ${k}`,
    start: new Date(2020, 0, 2 + k),
    group: 'row0',
  }));
  return { el, items, timeline, next };
}

describe('applyBatched', () => {
  it('draws every added item, measuring them after all of them are written', () => {
    const { el, items, timeline, next } = timelineWith(20);
    log = [];
    applyBatched(timeline, () => items.update(next));
    expect(el.querySelectorAll('.vis-item.vis-box')).toHaveLength(20);
    expect(forcedLayouts(log)).toBeLessThanOrEqual(1);
    timeline.destroy();
  });

  it('is what makes the difference: the same change applied plainly reads after each item', () => {
    const { items, timeline, next } = timelineWith(20);
    log = [];
    items.update(next);
    expect(forcedLayouts(log)).toBeGreaterThanOrEqual(20);
    timeline.destroy();
  });

  it('measures changed items again, and leaves item types and redraws as they were', () => {
    const { el, items, timeline, next } = timelineWith(5);
    applyBatched(timeline, () => items.update(next));
    const proto = Object.getPrototypeOf((timeline as unknown as { itemSet: { items: Record<string, object> } }).itemSet.items.e0);
    const redraw = proto.redraw;
    log = [];
    applyBatched(timeline, () => {
      items.update(next.map((item) => ({ ...item, content: `${item.content}, longer` })));
      timeline.setSelection(['e1']);
    });
    expect(log.filter((e) => e === 'read').length).toBeGreaterThan(0);
    expect(forcedLayouts(log)).toBeLessThanOrEqual(1);
    expect(el.querySelector('.vis-box.vis-selected .vis-item-content')?.textContent).toBe('Event 1, longer');
    expect(proto.redraw).toBe(redraw);
    timeline.destroy();
  });
});
