import { describe, expect, it } from 'vitest';
import type { CorpusEvent, CorpusIndexFile } from '../../../src/corpus/schema';
import { bulkExtent, indexCorpus } from '../../../src/model/corpus-index';
import { fitWindow, MAX_WINDOW_MS, MIN_WINDOW_MS } from '../../../src/store/view-store';
import { bucketOf, unitFor } from '../../../src/timeline/buckets';
import type { EventItem } from '../../../src/timeline/items';
import {
  estimateWidth,
  LABEL_PAD_PX,
  layoutItems,
  MORE_GROUP,
  MORE_PREFIX,
  openMore,
  rowsFor,
  type TimelineLayout,
} from '../../../src/timeline/layout';
import { statusText } from '../../../src/timeline/overview-data';

const DAY = 864e5;
const HALF_DAY = DAY / 2;

function corpusOf(events: CorpusEvent[]): CorpusIndexFile {
  return { schemaVersion: 1, articles: [], actors: [], events, quotes: [], warnings: [] };
}
function published(id: string, day: string, salience?: number): CorpusEvent {
  return { id, articleId: id, kind: 'published', date: { start: day }, title: `Story ${id}`, span: [0, 1], actorIds: [], salience };
}
function dayOf(base: string, plus: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
}
interface Options {
  selectedId?: string | null;
  widthPx?: number;
  heightPx?: number;
  mask?: Uint8Array;
}
function layout(events: CorpusEvent[], from: string, to: string, o: Options = {}): TimelineLayout {
  const index = indexCorpus(corpusOf(events));
  const mask = o.mask ?? new Uint8Array(events.length).fill(1);
  const window = { start: new Date(from).getTime(), end: new Date(to).getTime() };
  return layoutItems({ index, mask, window, widthPx: o.widthPx ?? 1000, heightPx: o.heightPx ?? 400, selectedId: o.selectedId ?? null });
}
const titled = (l: TimelineLayout) => l.items.filter((i) => !i.id.startsWith(MORE_PREFIX));
const counts = (l: TimelineLayout) => l.items.filter((i) => i.id.startsWith(MORE_PREFIX));

/** Each titled item's horizontal extent in px, from what vis-timeline is told: date, type and label width. */
function extentsPx(items: EventItem[], from: string, to: string, widthPx = 1000) {
  const start = new Date(from).getTime();
  const msPerPx = (new Date(to).getTime() - start) / widthPx;
  return items.map((i) => {
    const x = (+(i.start as Date) - start) / msPerPx;
    const w = i.textPx! + LABEL_PAD_PX;
    if (i.type === 'box') {
      const left = i.align === 'left' ? x : i.align === 'right' ? x - w : x - w / 2;
      return { group: i.group, left, right: left + w };
    }
    if (i.type === 'point') return { group: i.group, left: x, right: x + w };
    return { group: i.group, left: x, right: Math.max((+(i.end as Date) - start) / msPerPx, Math.max(x, 0) + w) };
  });
}
function overlaps(items: EventItem[], from: string, to: string): number {
  const boxes = extentsPx(items, from, to);
  let n = 0;
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      if (boxes[a].group === boxes[b].group && boxes[a].left < boxes[b].right && boxes[b].left < boxes[a].right) n++;
    }
  }
  return n;
}

describe('level of detail by salience', () => {
  // A year of news, four stories a day, of varied salience.
  const year = Array.from({ length: 4 * 366 }, (_, k) => published(`e${k}`, dayOf('2024-01-01', k >> 2), ((k * 37) % 100) / 100));

  it('shows titles that fit without overlapping, at every zoom, and more as the reader zooms in', () => {
    const views: [string, string][] = [
      ['2024-01-01', '2025-01-01'],
      ['2024-06-01', '2024-07-01'],
      ['2024-06-10', '2024-06-17'],
      ['2024-06-12', '2024-06-13'],
    ];
    const shown = views.map(([from, to]) => {
      const l = layout(year, from, to);
      expect(overlaps(titled(l), from, to)).toBe(0);
      expect(titled(l).every((i) => i.group?.startsWith('row'))).toBe(true);
      expect(l.titled).toBeGreaterThan(0);
      return l.titled / l.inWindow;
    });
    // The share of the window's events with a title grows as the window narrows.
    for (let k = 1; k < shown.length; k++) expect(shown[k]).toBeGreaterThanOrEqual(shown[k - 1]);
    expect(shown[shown.length - 1]).toBe(1); // a day's four stories all show
  });

  it('gives the room to the most salient events of a crowded day', () => {
    const day = Array.from({ length: 40 }, (_, k) => published(`d${k}`, '2024-06-05', k / 40));
    const l = layout(day, '2024-06-01', '2024-06-10', { heightPx: 250 });
    const ids = titled(l).map((i) => Number(i.id.slice(1)));
    expect(ids.length).toBe(rowsFor(250));
    // Exactly the top ones by salience, whatever their position in time.
    expect(Math.min(...ids)).toBe(40 - ids.length);
  });

  it('re-ranks within what the filters pass: only passing events compete', () => {
    const day = Array.from({ length: 40 }, (_, k) => published(`d${k}`, '2024-06-05', k / 40));
    const mask = new Uint8Array(40).map((_, k) => (k < 20 ? 1 : 0)); // the 20 least salient only (time order = id order here)
    const index = indexCorpus(corpusOf(day));
    const passing = new Uint8Array(40);
    index.eventsInOrder.forEach((e, i) => (passing[i] = mask[Number(e.id.slice(1))]));
    const l = layout(day, '2024-06-01', '2024-06-10', { heightPx: 250, mask: passing });
    const ids = titled(l).map((i) => Number(i.id.slice(1)));
    expect(ids.every((k) => k < 20)).toBe(true);
    expect(Math.min(...ids)).toBe(20 - ids.length);
  });

  it('keeps a title in the row it was drawn in, where it still fits: a relayout moves fewer items', () => {
    // Four stories on one day, four rows: the two most salient take rows 0 and 1 first (see
    // the passes in layoutItems), the other two the rows above, lowest first.
    const day = ['w', 'x', 'y', 'z'].map((id, k) => published(id, '2024-06-05', 1 - k / 10));
    const index = indexCorpus(corpusOf(day));
    const input = {
      index,
      mask: new Uint8Array(4).fill(1),
      window: { start: Date.parse('2024-06-01'), end: Date.parse('2024-06-10') },
      widthPx: 1000,
      heightPx: rowsToHeight(4),
      selectedId: null,
    };
    const rows = (l: TimelineLayout) => Object.fromEntries(titled(l).map((i) => [i.id, i.group]));
    expect(rows(layoutItems(input))).toEqual({ w: 'row0', x: 'row1', y: 'row2', z: 'row3' });
    const previousRows = new Map([
      ['y', 3],
      ['z', 2],
    ]);
    expect(rows(layoutItems({ ...input, previousRows }))).toEqual({ w: 'row0', x: 'row1', y: 'row3', z: 'row2' });
    // A row taken by a more salient title, or one the height no longer holds, is no promise.
    const gone = new Map([
      ['x', 0],
      ['z', 7],
    ]);
    expect(rows(layoutItems({ ...input, previousRows: gone }))).toEqual({ w: 'row0', x: 'row1', y: 'row2', z: 'row3' });
  });

  it('falls back on published over mentioned, more actors over fewer, for corpora without salience', () => {
    const aside: CorpusEvent = { ...published('m0', '2024-06-05'), kind: 'mentioned', actorIds: ['a', 'b', 'c', 'd'] };
    const lone: CorpusEvent = { ...published('m1', '2024-06-05'), kind: 'mentioned', actorIds: [] };
    const l = layout([lone, aside, published('p0', '2024-06-05')], '2024-06-01', '2024-06-10', { heightPx: rowsToHeight(2) });
    expect(
      titled(l)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['m0', 'p0']);
  });

  it('counts the rest per bucket, as a slim item across its period, never instead of every title', () => {
    const from = '2024-01-01';
    const to = '2025-01-01';
    const l = layout(year, from, to);
    const more = counts(l);
    expect(more.length).toBeGreaterThan(3);
    for (const c of more) {
      expect(c.group).toBe(MORE_GROUP);
      expect(c.type).toBe('range');
      expect(+(c.end as Date) - +(c.start as Date)).toBeGreaterThan(6 * DAY); // drawn across its period
      expect(c.label).toMatch(/^\+\d/);
    }
    // Every passing event near the window is either titled or counted.
    const total = more.reduce((s, c) => s + c.more!.count, 0) + titled(l).length;
    const near = year.filter((e) => e.date.start >= '2023-01-01' && e.date.start < '2026-01-01').length;
    expect(total).toBe(near);
  });

  it('narrows the window whenever a count is opened, and says so where no zoom can', () => {
    let window = { start: Date.parse('2024-01-01'), end: Date.parse('2025-01-01') };
    for (let step = 0; step < 6; step++) {
      const l = layoutItems({
        index: indexCorpus(corpusOf(year)),
        mask: new Uint8Array(year.length).fill(1),
        window,
        widthPx: 1000,
        heightPx: 300,
        selectedId: null,
      });
      const visible = counts(l).filter((c) => c.more!.end > window.start && c.more!.start < window.end);
      if (visible.length === 0) break;
      const next = openMore(visible[0].more!, window, MIN_WINDOW_MS)!;
      expect(next.end - next.start).toBeLessThan((window.end - window.start) * 0.95);
      window = next;
    }
    const hour = { start: 0, end: MIN_WINDOW_MS };
    expect(openMore({ start: 0, end: DAY, centre: HALF_DAY, count: 3 }, hour, MIN_WINDOW_MS)).toBeNull();
  });

  it('always shows the selected event, even on a day it would lose', () => {
    const day = Array.from({ length: 40 }, (_, k) => published(`d${k}`, '2024-06-05', k / 40));
    const l = layout(day, '2024-06-01', '2024-06-10', { selectedId: 'd0', heightPx: 250 });
    expect(titled(l).map((i) => i.id)).toContain('d0');
  });

  it('leaves out a range much wider than the window, and draws it at its scale', () => {
    const y: CorpusEvent = { ...published('y', '2024'), kind: 'mentioned', date: { start: '2019' } };
    expect(layout([y], '2019-06-01', '2019-06-15').items).toHaveLength(0);
    expect(layout([y], '2018-01-01', '2021-01-01').items.map((i) => i.type)).toEqual(['range']);
  });

  it('labels show a headline whole: one line, or two balanced lines of at least 40 characters', () => {
    const long = { ...published('l', '2024-06-05'), title: 'x'.repeat(95) };
    const l = layout([long], '2024-06-01', '2024-06-10');
    const w = titled(l)[0].textPx!;
    expect(w).toBeGreaterThanOrEqual(estimateWidth('x'.repeat(48)));
    expect(2 * w).toBeGreaterThan(estimateWidth(long.title));
  });
});

function rowsToHeight(rows: number): number {
  let h = 60;
  while (rowsFor(h) < rows) h++;
  return h;
}

describe('bad input', () => {
  it('5,000 events on one day: a few titles, the rest counted, at any zoom', () => {
    const day = Array.from({ length: 5000 }, (_, k) => published(`d${k}`, '2024-06-05', (k % 97) / 97));
    for (const [from, to] of [
      ['2024-01-01', '2025-01-01'],
      ['2024-06-05T06:00', '2024-06-05T18:00'],
    ]) {
      const l = layout(day, from, to);
      expect(l.titled).toBe(rowsFor(400));
      expect(l.inWindow).toBe(5000);
      expect(counts(l).reduce((s, c) => s + c.more!.count, 0)).toBe(5000 - l.titled);
      expect(l.items.length).toBeLessThan(40); // vis-timeline is handed what fits, not 5,000
      expect(statusText(5000, 5000, l)).toMatch(/most prominent of 5,000 events/);
    }
  });

  it('all events on one day, one event, an empty corpus: a usable window and a sentence saying so', () => {
    const day = Array.from({ length: 30 }, (_, k) => published(`d${k}`, '2024-06-05'));
    const index = indexCorpus(corpusOf(day));
    const fit = fitWindow(bulkExtent(index, new Uint8Array(30).fill(1))!);
    expect(fit.end - fit.start).toBeGreaterThanOrEqual(7 * DAY);
    expect(fit.start).toBeLessThan(Date.parse('2024-06-05'));
    const one = layout([published('only', '2024-06-05')], new Date(fit.start).toISOString(), new Date(fit.end).toISOString());
    expect(titled(one).map((i) => i.id)).toEqual(['only']);
    expect(statusText(1, 1, one)).toBe('All 1 event of this window by title.');

    const empty = indexCorpus(corpusOf([]));
    expect(bulkExtent(empty, new Uint8Array(0))).toBeNull();
    const none = layout([], '2024-01-01', '2025-01-01');
    expect(none.items).toEqual([]);
    expect(statusText(0, 0, none)).toBe('No events in this corpus.');
    expect(statusText(10, 0, none)).toBe('No event passes the filters.');
  });

  it('centuries of history around two years of news: Fit all takes the bulk, zoom limits the whole span', () => {
    const news = Array.from({ length: 300 }, (_, k) => published(`n${k}`, dayOf('2019-01-01', k * 2)));
    const history: CorpusEvent[] = ['1119', '1500', '2103'].map((y, k) => ({
      ...published(`h${k}`, '2019-01-01'),
      kind: 'mentioned',
      date: { start: y },
    }));
    const index = indexCorpus(corpusOf([...news, ...history]));
    const bulk = bulkExtent(index, new Uint8Array(index.eventsInOrder.length).fill(1))!;
    expect(new Date(bulk.start).getFullYear()).toBe(2019);
    expect(new Date(bulk.end).getFullYear()).toBe(2020);
    expect(index.extent.end - index.extent.start).toBeLessThan(MAX_WINDOW_MS);
  });
});

describe('buckets', () => {
  it('picks the smallest calendar unit at least as wide as asked', () => {
    expect(unitFor(20 * 3600e3).name).toBe('day');
    expect(unitFor(3 * DAY).name).toBe('week');
    expect(unitFor(20 * DAY).name).toBe('month');
    expect(unitFor(300 * DAY).name).toBe('year');
  });

  it('aligns weeks to Monday and months to the 1st', () => {
    const week = bucketOf(new Date(2024, 5, 19, 15).getTime(), unitFor(3 * DAY));
    expect(new Date(week.start).getDay()).toBe(1);
    const month = bucketOf(new Date(2024, 5, 19).getTime(), unitFor(20 * DAY));
    expect(new Date(month.start)).toEqual(new Date(2024, 5, 1));
    expect(new Date(month.end)).toEqual(new Date(2024, 6, 1));
  });
});
