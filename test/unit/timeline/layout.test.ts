import { describe, expect, it } from 'vitest';
import type { CorpusEvent, CorpusIndexFile } from '../../../src/corpus/schema';
import { indexCorpus } from '../../../src/model/corpus-index';
import { bucketOf, unitFor } from '../../../src/timeline/buckets';
import { GROUP_PREFIX, layoutItems, MAX_PER_BUCKET } from '../../../src/timeline/layout';

const DAY = 864e5;

function corpusOf(events: CorpusEvent[]): CorpusIndexFile {
  return { schemaVersion: 1, articles: [], actors: [], events, quotes: [], warnings: [] };
}
function published(id: string, day: string): CorpusEvent {
  return { id, articleId: id, kind: 'published', date: { start: day }, title: `Story ${id}`, span: [0, 1], actorIds: [] };
}
function layout(events: CorpusEvent[], from: string, to: string, selectedId: string | null = null, widthPx = 1000) {
  const index = indexCorpus(corpusOf(events));
  const mask = new Uint8Array(events.length).fill(1);
  return layoutItems({ index, mask, window: { start: new Date(from).getTime(), end: new Date(to).getTime() }, widthPx, selectedId });
}

describe('timeline layout', () => {
  it('hands vis-timeline only what is near the window', () => {
    const events = Array.from({ length: 365 }, (_, d) => published(`e${d}`, new Date(2024, 0, 1 + d).toISOString().slice(0, 10)));
    const items = layout(events, '2024-06-10T00:00', '2024-06-13T00:00');
    // Three screens' worth (the window and one either side): 9 days of single stories.
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(11);
    expect(items.every((i) => !i.id.startsWith(GROUP_PREFIX))).toBe(true);
  });

  it('groups a crowded bucket into one item with its count and period', () => {
    const events = Array.from({ length: 40 }, (_, i) => published(`e${i}`, `2024-06-${String(1 + (i % 10)).padStart(2, '0')}`));
    const items = layout(events, '2024-03-01', '2024-09-01');
    const groups = items.filter((i) => i.id.startsWith(GROUP_PREFIX));
    expect(groups).toHaveLength(1);
    expect(groups[0].label).toBe('40 events');
    expect(groups[0].dateLabel).toBe('June 2024');
    expect(groups[0].groupRange!.end - groups[0].groupRange!.start).toBeGreaterThan(27 * DAY);
  });

  it('names a quarter or a half year by its months', () => {
    const events = Array.from({ length: 10 }, (_, i) => published(`e${i}`, '2024-05-05'));
    expect(layout(events, '2024-01-01', '2025-01-01').find((i) => i.id.startsWith(GROUP_PREFIX))?.dateLabel).toBe('Apr–Jun 2024');
  });

  it('shows a few events one by one, and the selected one always', () => {
    const few = Array.from({ length: MAX_PER_BUCKET }, (_, i) => published(`e${i}`, '2024-06-05'));
    expect(layout(few, '2024-01-01', '2025-01-01').map((i) => i.id).sort()).toEqual(['e0', 'e1', 'e2']);
    const many = Array.from({ length: 10 }, (_, i) => published(`e${i}`, '2024-06-05'));
    const items = layout(many, '2024-01-01', '2025-01-01', 'e7');
    expect(items.map((i) => i.id)).toContain('e7');
    expect(items.find((i) => i.id.startsWith(GROUP_PREFIX))?.label).toBe('9 events');
  });

  it('stacks a day of events at hour zoom, where no zoom could split them', () => {
    const many = Array.from({ length: 10 }, (_, i) => published(`e${i}`, '2024-06-05'));
    const items = layout(many, '2024-06-05T06:00', '2024-06-05T18:00');
    expect(items).toHaveLength(10);
  });

  it('leaves out a range much wider than the window, and draws it at its scale', () => {
    const year: CorpusEvent = { ...published('y', '2024'), kind: 'mentioned', date: { start: '2019' } };
    expect(layout([year], '2019-06-01', '2019-06-15')).toHaveLength(0);
    expect(layout([year], '2018-01-01', '2021-01-01').map((i) => i.type)).toEqual(['range']);
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
