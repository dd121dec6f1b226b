import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../../../src/corpus/schema';
import { HITS_PER_TERM, shardPath, type SearchShard } from '../../../src/corpus/tiles';
import { TiledSearch } from '../../../src/tiled/tiled-search';
import { buildInTemp, type BuiltTiles } from './built-tiles';

/** 100 articles: "Flood in Łódź" on even days, "Storm in Paris" on odd ones, salience rising with i. */
function corpus(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  for (let i = 0; i < 100; i++) {
    const date = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
    const title = i % 2 ? `Storm in Paris ${i}` : `Flood in Łódź ${i}`;
    c.articles.push({ id: `a${i}`, date, title, text: title });
    const e = {
      id: `a${i}.published`,
      articleId: `a${i}`,
      kind: 'published' as const,
      date: { start: date },
      title,
      span: [0, 3] as [number, number],
    };
    c.events.push({ ...e, actorIds: [], salience: i / 100 });
  }
  return c;
}

describe('sharded search', () => {
  let built: BuiltTiles;
  let search: TiledSearch;
  let fetched: string[];
  beforeAll(async () => {
    built = await buildInTemp(corpus(), 'search-test-');
    const { manifest, root } = built;
    fetched = [];
    search = new TiledSearch('/', manifest.shards, async (url) => {
      fetched.push(url);
      return JSON.parse(gunzipSync(fs.readFileSync(path.join(root, url.slice(1)))).toString()) as SearchShard;
    });
  });
  afterAll(() => fs.rmSync(built.dir, { recursive: true, force: true }));

  it('finds a word by its prefix, folded, most salient first, from its one shard', async () => {
    const found = await search.search('LODZ');
    expect(fetched).toEqual([`/${shardPath('lo')}`]);
    expect(found.count).toBe(50);
    expect(found.hits).toHaveLength(HITS_PER_TERM);
    expect(found.hits[0][2]).toBe('Flood in Łódź 98');
    expect(found.hits.map((h) => h[3])).toEqual([...found.hits.map((h) => h[3])].sort((a, b) => b - a));
    expect((await search.search('pari')).hits[0][0]).toBe('a99.published');
  });

  it('needs every word, and finds nothing for a word no title has', async () => {
    const both = await search.search('flood 42');
    expect(both.hits.map((h) => h[2])).toEqual(['Flood in Łódź 42']);
    expect((await search.search('storm lodz')).hits).toEqual([]);
    // "flood" keeps its 32 most salient (36 to 98): its 12th is found through the rarer "12".
    expect((await search.search('flood 12')).hits.map((h) => h[2])).toEqual(['Flood in Łódź 12']);
    expect((await search.search('zebra')).hits).toEqual([]);
    // A shard is fetched once.
    expect(fetched.filter((f) => f.endsWith('lo.json.gz'))).toHaveLength(1);
  });
});
