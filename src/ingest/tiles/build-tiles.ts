// Builds the tiled index (docs/tiles.md) from corpora read one at a time, in
// bounded memory. Pass 1 reads each corpus once: actors are merged by id and
// counted, bodies are written in files of BODY_GROUP articles, and each event
// becomes one line spilled to the temp file of its SPILL_LEVEL tile (256
// days). Pass 2 loads one spill file at a time, writes every tile at that
// level and below it, and folds the coarser levels' counts and top events
// into a few small accumulators written at the end. Memory holds the actors,
// one spill file's events and the coarse accumulators, whatever the corpus size.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { publishedEventId, type ActorKind, type Corpus } from '../../corpus/schema';
import { nameOrderOf } from '../../corpus/name-order';
import {
  ACTOR_KINDS,
  ACTOR_LEVEL,
  LEVEL_DAYS,
  TILES_VERSION,
  TITLE_MAX,
  dayAfterPartial,
  dayOfPartial,
  tileOfDay,
  type ActorRow,
  type ActorsFile,
  type ActorTilesFile,
  type ArticleRow,
  type TileEventRow,
  type TilesManifest,
} from '../../corpus/tiles';
import { salienceOf } from '../../model/salience';
import { ACTOR_DIR, ActorPyramids } from './actor-pyramids';
import { IdShards } from './id-shards';
import { SearchTerms } from './search-terms';
import { Spill } from './spill';
import { SPILL_LEVEL, writeTiles, type SpillQuote, type SpillRow } from './write-tiles';

/** Articles per body file, as the whole-index build groups them. */
const BODY_GROUP = 32;

const sha = (data: string | Buffer) => createHash('sha1').update(data).digest('hex').slice(0, 16);

interface ActorAcc {
  ord: number;
  id: string;
  name: string;
  kind: ActorKind;
  events: number;
  perTile: Map<number, number>;
}

export interface TileBuildResult {
  /** The manifest's file name in the output folder. */
  manifestFile: string;
  /** The folder (in the output folder) every other file is in. */
  root: string;
  /** The actors file's name in `root`. */
  actorsFile: string;
  articles: number;
  events: number;
  actors: number;
  tiles: number;
  /** Files of the actors' own tiles. */
  actorTiles: number;
  /** Bytes written (tiles gzipped, bodies plain). */
  bytes: number;
}

export interface TileBuildOptions {
  name?: string;
  /** Where spill files go; the system's temp folder by default. */
  tmpDir?: string;
  onProgress?: (message: string) => void;
}

export async function buildTiles(corpora: AsyncIterable<Corpus>, outDir: string, options: TileBuildOptions = {}): Promise<TileBuildResult> {
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(outDir, '.building-'));
  // Made inside the try: a spill folder that cannot be made (a bad `--tmp`) must not leave `work` behind.
  let spill: Spill | undefined;
  let ids: IdShards | undefined;
  let pyramids: ActorPyramids | undefined;
  const folderHash = createHash('sha1');
  let bytes = 0;
  const write = (rel: string, content: Buffer | string) => {
    const file = path.join(work, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    folderHash.update(`${rel}\0${sha(content)}\n`);
    bytes += content.length;
  };
  try {
    spill = new Spill(options.tmpDir);
    ids = new IdShards(options.tmpDir);
    pyramids = new ActorPyramids(options.tmpDir);
    const pass1 = await readAll(corpora, spill, ids, write, options.onProgress);
    const { order, kindOf, rows: actorRows, perTile: actorTiles, byName } = rankActors(pass1.actors);
    const search = new SearchTerms(write);
    const tiles = writeTiles(spill, order, kindOf, write, search, pyramids, options.onProgress);
    pyramids.write(kindOf, write, options.onProgress);
    const shards = search.writeShards();
    const idBits = ids.write(pass1.events, write);
    const actorsJson = JSON.stringify({ actors: actorRows, byName } satisfies ActorsFile);
    const actorsName = `actors.${sha(actorsJson)}.json.gz`;
    write(actorsName, gzipSync(actorsJson));
    const actorTilesJson = JSON.stringify({ level: ACTOR_LEVEL, perTile: actorTiles } satisfies ActorTilesFile);
    const actorTilesName = `actor-tiles.${sha(actorTilesJson)}.json.gz`;
    write(actorTilesName, gzipSync(actorTilesJson));

    const root = folderHash.digest('hex').slice(0, 16);
    const final = path.join(outDir, root);
    if (fs.existsSync(final)) fs.rmSync(work, { recursive: true, force: true });
    else fs.renameSync(work, final);
    const manifest: TilesManifest = {
      tiles: TILES_VERSION,
      name: options.name,
      root: `${root}/`,
      articles: pass1.articles,
      events: pass1.events,
      extent: pass1.extent,
      newsExtent: pass1.newsExtent.from <= pass1.newsExtent.to ? pass1.newsExtent : pass1.extent,
      levelDays: [...LEVEL_DAYS],
      present: tiles.present,
      shards,
      actorsFile: actorsName,
      actorTilesFile: actorTilesName,
      articlesDir: 'articles/',
      idBits,
      actorDir: ACTOR_DIR,
    };
    const manifestJson = JSON.stringify(manifest);
    const manifestFile = `manifest.${sha(manifestJson)}.json`;
    fs.writeFileSync(path.join(outDir, manifestFile), manifestJson);
    return {
      manifestFile,
      root,
      actorsFile: actorsName,
      articles: pass1.articles,
      events: pass1.events,
      actors: actorRows.length,
      tiles: tiles.count,
      actorTiles: pyramids.tiles,
      bytes: bytes + manifestJson.length,
    };
  } finally {
    spill?.remove();
    ids?.remove();
    pyramids?.remove();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Pass 1: actors merged and counted, bodies written, events spilled. */
async function readAll(
  corpora: AsyncIterable<Corpus>,
  spill: Spill,
  ids: IdShards,
  write: (rel: string, content: string) => void,
  onProgress?: (message: string) => void,
) {
  const actors = new Map<string, ActorAcc>();
  const byOrd: ActorAcc[] = [];
  const addActor = (id: string, name: string, kind: ActorKind): ActorAcc => {
    const actor: ActorAcc = { ord: byOrd.length, id, name, kind, events: 0, perTile: new Map() };
    actors.set(id, actor);
    byOrd.push(actor);
    return actor;
  };
  const extent = { from: Infinity, to: -Infinity };
  const newsExtent = { from: Infinity, to: -Infinity };
  let articles = 0;
  let events = 0;
  let seq = 0;
  for await (const corpus of corpora) {
    for (const a of corpus.actors) {
      if (!actors.has(a.id)) addActor(a.id, a.name, a.kind);
    }
    const heads = writeBodies(corpus, write);
    articles += corpus.articles.length;
    const quotes = quotesByEvent(corpus, (id) => actors.get(id)?.ord ?? -1);
    for (const e of corpus.events) {
      const head = heads.get(e.articleId);
      if (!head) throw new Error(`event ${e.id} of an unknown article "${e.articleId}"`);
      const day = dayOfPartial(e.date.start);
      const last = dayAfterPartial(e.date.end ?? e.date.start) - 1;
      extent.from = Math.min(extent.from, day);
      extent.to = Math.max(extent.to, last);
      if (e.kind === 'published') {
        newsExtent.from = Math.min(newsExtent.from, day);
        newsExtent.to = Math.max(newsExtent.to, last);
      }
      const ords: number[] = [];
      const said = quotes.get(e.id) ?? [];
      // An actor's events are those it is in or a quote of which it said, as the page's filter counts them.
      for (const id of new Set(e.actorIds)) {
        // An id that names no listed actor is kept, as the whole-index wire does.
        ords.push((actors.get(id) ?? addActor(id, id, 'group')).ord);
      }
      for (const ord of new Set([...ords, ...said.map((q) => q[2]).filter((o) => o >= 0)])) {
        const actor = byOrd[ord];
        actor.events++;
        const x = tileOfDay(ACTOR_LEVEL, day);
        actor.perTile.set(x, (actor.perTile.get(x) ?? 0) + 1);
      }
      const title = e.title.length > TITLE_MAX ? `${e.title.slice(0, TITLE_MAX - 1).trimEnd()}…` : e.title;
      const event: TileEventRow = [
        e.id,
        -1,
        e.kind === 'published' ? 0 : 1,
        e.date.start,
        e.date.end ?? 0,
        e.date.approximate ? 1 : 0,
        title,
        e.span[0],
        e.span[1],
        ords,
        salienceOf(e),
      ];
      const row: SpillRow = [event, head, day, seq++, said];
      spill.add(tileOfDay(SPILL_LEVEL, day), JSON.stringify(row));
      ids.add(e.id, day);
      events++;
    }
    onProgress?.(`read ${articles.toLocaleString('en')} articles, ${events.toLocaleString('en')} events`);
  }
  if (!Number.isFinite(extent.from)) extent.from = extent.to = 0;
  return { actors, extent, newsExtent, articles, events };
}

/**
 * A corpus's quotes by the event they belong to (a quote naming no event of
 * the corpus: its article's published event, as the page's index does),
 * speakers as actor ordinals (-1: none or unknown).
 */
function quotesByEvent(corpus: Corpus, ordOf: (actorId: string) => number): Map<string, SpillQuote[]> {
  const eventIds = new Set(corpus.events.map((e) => e.id));
  const out = new Map<string, SpillQuote[]>();
  for (const q of corpus.quotes) {
    const eventId = q.eventId && eventIds.has(q.eventId) ? q.eventId : publishedEventId(q.articleId);
    const quote: SpillQuote = [q.id, q.text, q.speakerId === null ? -1 : ordOf(q.speakerId), q.span[0], q.span[1]];
    const list = out.get(eventId);
    if (list) list.push(quote);
    else out.set(eventId, [quote]);
  }
  return out;
}

/** One corpus's bodies in files of BODY_GROUP articles named by content; its article heads by id. */
function writeBodies(corpus: Corpus, write: (rel: string, content: string) => void): Map<string, ArticleRow> {
  const heads = new Map<string, ArticleRow>();
  for (let i = 0; i < corpus.articles.length; i += BODY_GROUP) {
    const group = corpus.articles.slice(i, i + BODY_GROUP);
    const json = JSON.stringify(Object.fromEntries(group.map((a) => [a.id, a.text])));
    const name = sha(json);
    write(`articles/${name}.json`, json);
    for (const a of group) heads.set(a.id, [a.id, a.date, a.title, name, a.text.length, a.source ?? 0]);
  }
  return heads;
}

/**
 * Actors most events first, ties in name order, as the Actors panel lists them unfiltered, so
 * the page takes that order as it is: their rows, pass-1 ordinal -> position and kind, and the name order.
 */
function rankActors(actors: Map<string, ActorAcc>) {
  const all = [...actors.values()];
  const nameRank = new Int32Array(all.length);
  nameOrderOf(all.map((a) => a.name)).forEach((at, r) => (nameRank[at] = r));
  const ranked = all.map((a, at) => ({ a, r: nameRank[at] }));
  ranked.sort((p, q) => q.a.events - p.a.events || p.r - q.r);
  const sorted = ranked.map((x) => x.a);
  // Positions in name order: the ranks' inverse over the sorted list.
  const byName = new Array<number>(sorted.length);
  ranked.forEach((x, i) => (byName[x.r] = i));
  const order = new Int32Array(actors.size);
  const kindOf = new Uint8Array(actors.size);
  sorted.forEach((a, i) => {
    order[a.ord] = i;
    kindOf[i] = ACTOR_KINDS.indexOf(a.kind);
  });
  const rows = sorted.map((a): ActorRow => [a.id, a.name, a.kind, a.events]);
  const perTile = sorted.map((a) => [...a.perTile].sort((p, q) => p[0] - q[0]));
  return { order, kindOf, rows, perTile, byName };
}
