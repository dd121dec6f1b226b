import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../../../src/corpus/schema';
import {
  FINEST,
  TOP_PER_TILE,
  dayOfLocal,
  localOfDay,
  tilePath,
  type ActorsFile,
  type ActorTilesFile,
  type Tile,
  type TilesManifest,
} from '../../../src/corpus/tiles';
import { tiledCounts, type CorpusIndex } from '../../../src/model/corpus-index';
import { applyFilters } from '../../../src/query/filters';
import { actorRoots, actorWindowTiles } from '../../../src/tiled/actor-window';
import { TileCache } from '../../../src/tiled/tile-cache';
import { tilesFor } from '../../../src/tiled/tiled-source';
import { tiledCorpus, windowIndex, withActors, withActorTiles } from '../../../src/tiled/window-corpus';
import { layoutItems } from '../../../src/timeline/layout';
import { buildInTemp, type BuiltTiles } from './built-tiles';
import { histogram } from '../../../src/timeline/overview-data';

/** 600 articles over 2020, three a day... each with a dated mention; actor A in every other one. */
function corpus(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  c.actors.push({ id: 'person:a', name: 'A', kind: 'person', aliases: [] }, { id: 'country:b', name: 'B', kind: 'country', aliases: [] });
  for (let i = 0; i < 600; i++) {
    const date = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
    const id = `a${i}`;
    c.articles.push({ id, date, title: `Story ${i}`, text: `Text ${i}` });
    const actorIds = i % 2 ? ['person:a'] : ['country:b'];
    c.events.push({
      id: `${id}.published`,
      articleId: id,
      kind: 'published',
      date: { start: date },
      title: `Story ${i}`,
      span: [0, 4],
      actorIds,
    });
    // A quote of A's in every tenth article (A's own).
    if (i % 10 === 1) c.quotes.push({ id: `${id}.q1`, articleId: id, text: `Words ${i}`, speakerId: 'person:a', span: [10, 18] });
  }
  return c;
}

let built: BuiltTiles;
let manifest: TilesManifest;
const read = <T>(rel: string): T => built.read<T>(rel);

beforeAll(async () => {
  built = await buildInTemp(corpus(), 'tiled-test-');
  ({ manifest } = built);
});
afterAll(() => fs.rmSync(built.dir, { recursive: true, force: true }));

describe('tilesFor', () => {
  it('picks the level whose tiles are as wide as the window, over the window and a margin', () => {
    const start = localOfDay(dayOfLocal(new Date(2020, 3, 10).getTime()));
    const { z, xs } = tilesFor(manifest, { start, end: start + 864e5 });
    expect(z).toBe(FINEST);
    expect(xs).toEqual([-1, 0, 1].map((d) => dayOfLocal(start) + d));
    const year = tilesFor(manifest, { start: new Date(2020, 0, 1).getTime(), end: new Date(2021, 0, 1).getTime() });
    expect(year.z).toBe(2);
    expect(year.xs.length).toBeGreaterThan(0);
  });
});

describe('windowIndex', () => {
  it('indexes the tiles as events with their articles and actors, and keeps the corpus totals', () => {
    const actors = read<ActorsFile>(manifest.actorsFile);
    const tc = tiledCorpus(manifest, actors, []);
    const { z, xs } = tilesFor(manifest, { start: new Date(2020, 0, 1).getTime(), end: new Date(2021, 0, 1).getTime() });
    const tiles = xs.map((x) => read<Tile>(tilePath(z, x)));
    const index = windowIndex(tc, tiles);
    expect(index.eventsInOrder.length).toBe(tiles.reduce((sum, t) => sum + Math.min(t.count, TOP_PER_TILE), 0));
    expect(index.eventsInOrder.length).toBeLessThan(600);
    const e = index.eventsInOrder[0];
    expect(index.articlesById.get(e.articleId)?.title).toMatch(/^Story/);
    expect(index.tiled).toMatchObject({ events: 600, articles: 600, complete: false });
    expect(index.tiled!.actorTotals.get('person:a')).toBe(300);
    // Unfiltered: the actor counts and the timeline's counts are the corpus's, not the loaded events'.
    const unfiltered = applyFilters(index, { actorIds: [], match: 'any', query: '' });
    expect(unfiltered.actorCounts.get('person:a')).toBe(300);
    expect(tiledCounts(index, unfiltered.mask, 'buckets')!.reduce((s, b) => s + b.count, 0)).toBe(600);
    const layout = layoutItems({
      index,
      mask: unfiltered.mask,
      selectedId: null,
      window: { start: new Date(2020, 0, 1).getTime(), end: new Date(2020, 6, 19).getTime() },
      widthPx: 1200,
      heightPx: 400,
    });
    expect(layout.inWindow).toBe(600);
    const more = layout.items.filter((i) => i.more).reduce((s, i) => s + i.more!.count, 0);
    expect(more + layout.titled).toBe(600);
    // Filtered: the loaded events are what there is to count.
    const filtered = applyFilters(index, { actorIds: ['person:a'], match: 'any', query: '' });
    expect(tiledCounts(index, filtered.mask, 'buckets')).toBeNull();
    expect(filtered.count).toBe(index.eventsInOrder.filter((ev) => ev.actorIds.includes('person:a')).length);
    // The chosen actor's own count is its corpus total, as in a whole index.
    expect(filtered.count).toBeLessThan(300);
    expect(filtered.actorCounts.get('person:a')).toBe(300);
    // The overview under that filter draws the actor's counts per coarse tile (once fetched): all of them.
    withActorTiles(tc, read<ActorTilesFile>(manifest.actorTilesFile));
    const strip = histogram(index, filtered.mask, { start: new Date(2019, 0, 1).getTime(), end: new Date(2022, 0, 1).getTime() }, 40, {
      actorIds: ['person:a'],
      match: 'any',
      query: '',
    });
    expect(strip.total).toBe(300);
  });

  it('indexes the tiles before the actors file is in, and names the actors once it is', () => {
    const tc = tiledCorpus(manifest, null, []);
    const day = new Date(2020, 1, 3).getTime();
    const { z, xs } = tilesFor(manifest, { start: day, end: day + 864e5 });
    const tiles = xs.map((x) => read<Tile>(tilePath(z, x)));
    const before = windowIndex(tc, tiles);
    expect(before.eventsInOrder.length).toBe(9);
    expect(before.corpus.actors).toEqual([]);
    expect(before.eventsInOrder.every((e) => e.actorIds.length === 0)).toBe(true);
    expect(before.tiled!.actorsPending).toBe(true);
    withActors(tc, read<ActorsFile>(manifest.actorsFile));
    const after = windowIndex(tc, tiles);
    expect(after.tiled!.actorsPending).toBeUndefined();
    expect(after.eventsInOrder.map((e) => e.actorIds)).toEqual(
      windowIndex(tiledCorpus(manifest, read<ActorsFile>(manifest.actorsFile), []), tiles).eventsInOrder.map((e) => e.actorIds),
    );
    expect(after.eventsInOrder.some((e) => e.actorIds.includes('person:a'))).toBe(true);
  });

  it('at the finest level holds every event of the day', () => {
    const tc = tiledCorpus(manifest, read<ActorsFile>(manifest.actorsFile), []);
    const day = new Date(2020, 1, 3).getTime();
    const { z, xs } = tilesFor(manifest, { start: day, end: day + 864e5 });
    const index = windowIndex(
      tc,
      xs.map((x) => read<Tile>(tilePath(z, x))),
    );
    expect(index.eventsInOrder.length).toBe(9);
    expect(index.tiled!.complete).toBe(true);
    expect(tiledCounts(index, new Uint8Array(9).fill(1), 'buckets')).toBeNull();
  });
});

describe('quotes in tiles', () => {
  it('come with their events and speakers, for the events the tiles carry', () => {
    const tc = tiledCorpus(manifest, read<ActorsFile>(manifest.actorsFile), []);
    // 2020-01-01 holds articles 0-2: article 1's quote.
    const day = new Date(2020, 0, 1).getTime();
    const { z, xs } = tilesFor(manifest, { start: day, end: day + 864e5 });
    const index = windowIndex(
      tc,
      xs.map((x) => read<Tile>(tilePath(z, x))),
    );
    expect(index.quotesByEvent.get('a1.published')).toEqual([
      { id: 'a1.q1', articleId: 'a1', text: 'Words 1', speakerId: 'person:a', span: [10, 18], eventId: 'a1.published' },
    ]);
    expect(index.eventOfQuote.get('a1.q1')).toBe('a1.published');
    // A coarse window: the quotes of the most salient events it loaded, each with its event loaded.
    const year = tilesFor(manifest, { start: new Date(2020, 0, 1).getTime(), end: new Date(2021, 0, 1).getTime() });
    const coarse = windowIndex(
      tc,
      year.xs.map((x) => read<Tile>(tilePath(year.z, x))),
    );
    const quotes = coarse.corpus.quotes;
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(coarse.eventsById.get(q.eventId!)?.articleId).toBe(q.articleId);
    expect(quotes.length).toBe(coarse.eventsInOrder.filter((e) => Number(e.articleId.slice(1)) % 10 === 1).length);
  });
});

/**
 * 100 days from 2020-03-01, 20 articles a day; A is in every fourth, the least
 * salient: a window's tiles, holding their most salient events, hold none of A's.
 */
function crowded(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  c.actors.push({ id: 'person:a', name: 'A', kind: 'person', aliases: [] }, { id: 'country:b', name: 'B', kind: 'country', aliases: [] });
  for (let i = 0; i < 2000; i++) {
    const date = new Date(Date.UTC(2020, 2, 1 + Math.floor(i / 20))).toISOString().slice(0, 10);
    const mine = i % 4 === 0;
    c.articles.push({ id: `c${i}`, date, title: `Crowd ${i}`, text: `Text ${i}` });
    c.events.push({
      id: `c${i}.published`,
      articleId: `c${i}`,
      kind: 'published',
      date: { start: date },
      title: `Crowd ${i}`,
      span: [0, 4],
      actorIds: mine ? ['person:a'] : ['country:b'],
      salience: mine ? 0.1 : 0.5,
    });
  }
  return c;
}

describe('an actor filter over its own tiles', () => {
  let b: BuiltTiles;
  beforeAll(async () => {
    b = await buildInTemp(crowded(), 'tiled-actor-test-');
  });
  afterAll(() => fs.rmSync(b.dir, { recursive: true, force: true }));

  const filtered = async (start: Date, end: Date, actors = true) => {
    const { manifest: m, root: at, read: load } = b;
    const tc = tiledCorpus(m, load<ActorsFile>(m.actorsFile), []);
    withActorTiles(tc, load<ActorTilesFile>(m.actorTilesFile));
    const asked: string[] = [];
    const cache = new TileCache(path.join(at, m.actorDir!), 48, async (file) => {
      asked.push(path.relative(at, file));
      return JSON.parse(gunzipSync(fs.readFileSync(file)).toString()) as Tile;
    });
    const window = { start: start.getTime(), end: end.getTime() };
    const { z, xs, from, to } = tilesFor(m, window);
    const pos = tc.actorPos.get('person:a')!;
    const tiles = actors ? await actorWindowTiles(cache, pos, actorRoots(tc.actorTiles.get('person:a')!), z, from, to) : [];
    const index = windowIndex(
      tc,
      xs.map((x) => load<Tile>(tilePath(z, x))),
      { actors: { ids: ['person:a'], tiles } },
    );
    const { mask } = applyFilters(index, { actorIds: ['person:a'], match: 'any', query: '' });
    return { index, mask, tiles, window, asked };
  };
  const inSpan = (index: CorpusIndex, mask: Uint8Array, from: string, to: string) =>
    index.eventsInOrder.filter((e, i) => mask[i] && e.date.start >= from && e.date.start < to).length;

  it('zoomed in, loads every event of the actor in the window, however salient the others', async () => {
    // Two weeks, read from 16-day tiles of 320 events, 200 kept: none of A's.
    const without = await filtered(new Date(2020, 3, 1), new Date(2020, 3, 15), false);
    expect(inSpan(without.index, without.mask, '2020-04-01', '2020-04-15')).toBe(0);
    const { index, mask, tiles, asked } = await filtered(new Date(2020, 3, 1), new Date(2020, 3, 15));
    expect(tiles.every((t) => t.complete)).toBe(true);
    expect(inSpan(index, mask, '2020-04-01', '2020-04-15')).toBe(14 * 5);
    // The walk went down from level 0, through the tiles that were not complete, once each.
    expect(asked[0]).toMatch(/^actor\/\d+\/0\/\d+\.json\.gz$/);
    expect(new Set(asked).size).toBe(asked.length);
    expect(tiledCounts(index, mask, 'buckets')).toBeNull();
  });

  it('zoomed out, loads its most salient events and counts every one of its events', async () => {
    const { index, mask, tiles, window } = await filtered(new Date(2020, 1, 20), new Date(2020, 5, 20));
    expect(tiles.some((t) => !t.complete)).toBe(true);
    const loaded = mask.reduce((n, v) => n + v, 0);
    expect(loaded).toBeGreaterThanOrEqual(TOP_PER_TILE);
    expect(loaded).toBeLessThan(500);
    // The timeline's counts are A's 500, from its tiles, not the loaded ones.
    expect(tiledCounts(index, mask, 'buckets')!.reduce((n, b) => n + b.count, 0)).toBe(500);
    const layout = layoutItems({ index, mask, selectedId: null, window, widthPx: 1200, heightPx: 400 });
    expect(layout.inWindow).toBe(500);
    const more = layout.items.filter((i) => i.more).reduce((n, i) => n + i.more!.count, 0);
    expect(more + layout.titled).toBe(500);
    // Another filter's mask is not A's: A's counts are not used for it.
    const other = applyFilters(index, { actorIds: ['country:b'], match: 'any', query: '' });
    expect(tiledCounts(index, other.mask, 'buckets')).toBeNull();
  });
});

describe('TileCache', () => {
  it('fetches a tile once and evicts the least recently used past its capacity', async () => {
    const asked: string[] = [];
    const cache = new TileCache('/t/', 2, async (url) => {
      asked.push(url);
      return { z: 0, x: 0, count: 0, buckets: [], kinds: [], complete: true, events: [], articles: [] };
    });
    await cache.get(7, 1);
    await cache.get(7, 2);
    await cache.get(7, 1);
    await cache.get(7, 3); // evicts 7/2
    await cache.get(7, 1);
    await cache.get(7, 2);
    expect(asked).toEqual(['/t/7/1.json.gz', '/t/7/2.json.gz', '/t/7/3.json.gz', '/t/7/2.json.gz']);
    expect(cache.size).toBe(2);
  });
});
