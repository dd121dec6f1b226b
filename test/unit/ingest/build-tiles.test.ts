import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../../../src/corpus/schema';
import {
  FINEST,
  TOP_PER_TILE,
  dayAfterPartial,
  dayOfPartial,
  idShardOf,
  idShardPath,
  tilePath,
  type IdShard,
  type ActorsFile,
  type ActorTilesFile,
  type Tile,
  type TilesManifest,
} from '../../../src/corpus/tiles';
import { buildTiles } from '../../../src/ingest/tiles/build-tiles';
import { readParts } from '../../../src/ingest/tiles/read-parts';

/** A corpus of `n` articles from `first`, one a day, each with a published and a mentioned event. */
function part(first: number, n: number, extraOnDay = 0): Corpus {
  const corpus: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  for (let i = first; i < first + n; i++) {
    const id = `a${i}`;
    corpus.articles.push({ id, date: day(i), title: `Article ${i}`, text: `Body of article ${i}.` });
    const actor = i % 3 === 0 ? 'country:france' : `person:p${i}`;
    corpus.events.push({
      id: `${id}.published`,
      articleId: id,
      kind: 'published',
      date: { start: day(i) },
      title: `Article ${i}`,
      span: [0, 4],
      actorIds: [actor],
    });
    corpus.events.push({
      id: `${id}.m1`,
      articleId: id,
      kind: 'mentioned',
      date: { start: '2019' },
      title: `Back then ${i}`,
      span: [0, 4],
      actorIds: [],
    });
  }
  corpus.actors.push({ id: 'country:france', name: 'France', kind: 'country', aliases: [] });
  for (let i = first; i < first + n; i++)
    if (i % 3 !== 0) corpus.actors.push({ id: `person:p${i}`, name: `P ${i}`, kind: 'person', aliases: [] });
  // Many events on the first day, with rising salience: more than a coarse tile keeps.
  for (let k = 0; k < extraOnDay; k++) {
    corpus.events.push({
      id: `a${first}.x${k}`,
      articleId: `a${first}`,
      kind: 'mentioned',
      date: { start: day(first) },
      title: `Crowd ${k}`,
      span: [0, 4],
      actorIds: [],
      salience: k / extraOnDay,
    });
  }
  return corpus;
}

async function* from(...corpora: Corpus[]) {
  yield* corpora;
}

const readTile = (dir: string, z: number, x: number): Tile =>
  JSON.parse(gunzipSync(fs.readFileSync(path.join(dir, tilePath(z, x)))).toString());

describe('buildTiles', () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'tiles-test-'));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes every event once at the finest level and counts every event at each level', async () => {
    const result = await buildTiles(from(part(0, 200, 500), part(200, 200)), out, { name: 't' });
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const root = path.join(out, manifest.root);
    expect(manifest.articles).toBe(400);
    expect(manifest.events).toBe(400 * 2 + 500);
    expect(manifest.newsExtent).toEqual({ from: dayOfPartial('2020-01-01'), to: dayOfPartial('2020-01-01') + 399 });
    expect(manifest.extent.from).toBe(dayOfPartial('2019'));
    for (let z = 0; z <= FINEST; z++) {
      const tiles = manifest.present[z].map((x) => readTile(root, z, x));
      const counted = tiles.reduce((sum, t) => sum + t.count, 0);
      expect(counted, `level ${z}`).toBe(manifest.events);
      for (const t of tiles) expect(t.buckets.reduce((a, b) => a + b, 0)).toBe(t.count);
      if (z === FINEST) {
        const ids = tiles.flatMap((t) => t.events.map((e) => e[0]));
        expect(new Set(ids).size).toBe(manifest.events);
        expect(tiles.every((t) => t.complete)).toBe(true);
      } else {
        for (const t of tiles) expect(t.events.length).toBe(Math.min(t.count, TOP_PER_TILE));
      }
    }
  });

  it('keeps the most salient events in a coarse tile, in time order', async () => {
    const result = await buildTiles(from(part(0, 10, 3 * TOP_PER_TILE)), out);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const tile = readTile(
      path.join(out, manifest.root),
      4,
      manifest.present[4].find((x) => readTile(path.join(out, manifest.root), 4, x).count > TOP_PER_TILE)!,
    );
    const crowd = tile.events.filter((e) => e[6].startsWith('Crowd'));
    // The crowd's salience rises with k: the kept ones are the last ones.
    expect(Math.min(...crowd.map((e) => Number(e[6].slice(6))))).toBeGreaterThan(3 * TOP_PER_TILE - TOP_PER_TILE - 1);
    const days = tile.events.map((e) => dayOfPartial(e[3]));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('merges actors by id across parts and counts them per coarse tile', async () => {
    const result = await buildTiles(from(part(0, 30), part(30, 30)), out);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const actors = JSON.parse(gunzipSync(fs.readFileSync(path.join(out, manifest.root, manifest.actorsFile))).toString()) as ActorsFile;
    expect(actors.actors[0]).toEqual(['country:france', 'France', 'country', 20]);
    expect(actors.actors.filter((a) => a[0] === 'country:france')).toHaveLength(1);
    const tiles = JSON.parse(
      gunzipSync(fs.readFileSync(path.join(out, manifest.root, manifest.actorTilesFile))).toString(),
    ) as ActorTilesFile;
    expect(tiles.perTile).toHaveLength(actors.actors.length);
    expect(tiles.perTile[0].reduce((sum, [, n]) => sum + n, 0)).toBe(20);
    // Event rows name actors by their place in that list.
    const day = readTile(path.join(out, manifest.root), FINEST, dayOfPartial('2020-01-04'));
    expect(day.events[0][9]).toEqual([0]);
  });

  it('writes bodies the article heads name, and names the folder by its content', async () => {
    const a = await buildTiles(from(part(0, 40)), out);
    const root = path.join(out, a.root);
    const tile = readTile(root, FINEST, dayOfPartial('2020-01-02'));
    const [id, , , body] = tile.articles[0];
    const bodies = JSON.parse(fs.readFileSync(path.join(root, 'articles', `${body}.json`), 'utf8')) as Record<string, string>;
    expect(bodies[id]).toBe('Body of article 1.');
    const b = await buildTiles(from(part(0, 40)), out);
    expect(b.root).toBe(a.root);
    const c = await buildTiles(from(part(0, 41)), out);
    expect(c.root).not.toBe(a.root);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.building'))).toEqual([]);
  });

  it("carries each event's quotes in every tile that carries the event, speakers as actor positions", async () => {
    const corpus = part(0, 10);
    corpus.quotes.push(
      { id: 'q1', articleId: 'a3', text: 'We will.', speakerId: 'country:france', span: [5, 13], eventId: 'a3.m1' },
      // No event: its article's published event's.
      { id: 'q2', articleId: 'a4', text: 'Nor we.', speakerId: 'person:p5', span: [20, 27] },
      { id: 'q3', articleId: 'a4', text: 'Who said it?', speakerId: null, span: [30, 42] },
    );
    const result = await buildTiles(from(corpus), out);
    const root = path.join(out, result.root);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const actors = JSON.parse(gunzipSync(fs.readFileSync(path.join(root, manifest.actorsFile))).toString()) as ActorsFile;
    const at = (id: string) => actors.actors.findIndex((a) => a[0] === id);
    const mention = readTile(root, FINEST, dayOfPartial('2019'));
    const q1 = mention.quotes!.find((q) => q[0] === 'q1')!;
    expect(mention.events[q1[1]][0]).toBe('a3.m1');
    expect(q1.slice(2)).toEqual(['We will.', at('country:france'), 5, 13]);
    const day4 = readTile(root, FINEST, dayOfPartial('2020-01-05'));
    expect(day4.quotes!.map((q) => [q[0], day4.events[q[1]][0], q[3]])).toEqual([
      ['q2', 'a4.published', at('person:p5')],
      ['q3', 'a4.published', -1],
    ]);
    // A coarse tile holding the events holds their quotes.
    const coarse = readTile(root, 0, manifest.present[0][0]);
    expect(coarse.quotes!.map((q) => q[0]).sort()).toEqual(['q1', 'q2', 'q3']);
    // A speaker counts the event as theirs, as the page's filter does: p5 is in a5 and said q2 in a4.
    expect(actors.actors[at('person:p5')][3]).toBe(2);
  });

  it('writes an id lookup that gives every event its first day', async () => {
    const result = await buildTiles(from(part(0, 300, 0)), out);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const bits = manifest.idBits!;
    expect(bits).toBe(0);
    const shard = JSON.parse(gunzipSync(fs.readFileSync(path.join(out, manifest.root, idShardPath(0)))).toString()) as IdShard;
    expect(Object.keys(shard)).toHaveLength(600);
    expect(shard['a7.published']).toBe(dayOfPartial('2020-01-08'));
    expect(shard['a7.m1']).toBe(dayOfPartial('2019'));
  });

  it("splits the id lookup into shards by the ids' hash when there are many events", async () => {
    const big = part(0, 10, 4200);
    const result = await buildTiles(from(big), out);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const bits = manifest.idBits!;
    expect(bits).toBe(1); // 4,220 events, at most 4,096 a shard
    const shards = [0, 1].map(
      (k) => JSON.parse(gunzipSync(fs.readFileSync(path.join(out, manifest.root, idShardPath(k)))).toString()) as IdShard,
    );
    expect(shards.reduce((n, s) => n + Object.keys(s).length, 0)).toBe(4220);
    for (const e of big.events) expect(shards[idShardOf(e.id, bits)][e.id]).toBe(dayOfPartial(e.date.start));
  });

  it("writes each actor's own tiles down to the first that holds every one of its events", async () => {
    // France is in every third article's published event: 134 of 400; a crowd of 500 on day 0 has no actor.
    const result = await buildTiles(from(part(0, 400, 500)), out);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, result.manifestFile), 'utf8')) as TilesManifest;
    const root = path.join(out, manifest.root);
    const actors = JSON.parse(gunzipSync(fs.readFileSync(path.join(root, manifest.actorsFile))).toString()) as ActorsFile;
    const france = actors.actors.findIndex((a) => a[0] === 'country:france');
    const dir = path.join(root, manifest.actorDir!, String(france));
    // 134 events: one level-0 tile holds them all, and nothing is written below it.
    expect(fs.readdirSync(dir)).toEqual(['0']);
    const [file] = fs.readdirSync(path.join(dir, '0'));
    const tile = readTile(dir, 0, Number(file.split('.')[0]));
    expect(tile).toMatchObject({ z: 0, count: 134, complete: true });
    expect(tile.events.every((e) => e[9].includes(france))).toBe(true);
    // A person of one article: one level-0 tile, its one event.
    const p1 = actors.actors.findIndex((a) => a[0] === 'person:p1');
    expect(readTile(path.join(root, manifest.actorDir!, String(p1)), 0, tile.x).events.map((e) => e[0])).toEqual(['a1.published']);
    expect(result.actorTiles).toBe(actors.actors.length);
  });

  it('leaves no working folder behind when the build fails', async () => {
    // A temp folder under a file cannot be made: the build stops before reading anything.
    const blocker = path.join(out, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    await expect(buildTiles(from(part(0, 5)), out, { tmpDir: path.join(blocker, 'tmp') })).rejects.toThrow();
    expect(fs.readdirSync(out)).toEqual(['not-a-folder']);
  });

  it('reads a folder of parts in name order', async () => {
    const dir = path.join(out, 'parts');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'part-2.json'), JSON.stringify(part(5, 5)));
    fs.writeFileSync(path.join(dir, 'part-1.json'), JSON.stringify(part(0, 5)));
    const seen: string[] = [];
    for await (const { file, corpus } of readParts(dir)) seen.push(`${path.basename(file)}:${corpus.articles.length}`);
    expect(seen).toEqual(['part-1.json:5', 'part-2.json:5']);
  });
});

describe('calendar days', () => {
  it('counts partial dates from 1970 in whole days, before 1 CE too', () => {
    expect(dayOfPartial('1970-01-02')).toBe(1);
    expect(dayOfPartial('1969')).toBe(-365);
    expect(dayAfterPartial('2020-02')).toBe(dayOfPartial('2020-03-01'));
    expect(dayAfterPartial('2020')).toBe(dayOfPartial('2021'));
    expect(dayAfterPartial('-0479') - dayOfPartial('-0479')).toBe(365);
  });
});
