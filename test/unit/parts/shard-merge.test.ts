// The sharded ingest and the merge: N shards merged are the corpus one ingest of the folder makes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus, type Corpus } from '../../../src/corpus/schema';
import { listArticleFiles } from '../../../src/ingest/files';
import { ingestFolder } from '../../../src/ingest/ingest';
import { CorpusPart } from '../../../src/ingest/parts/format';
import { mergeParts, mergePartsFolder } from '../../../src/ingest/parts/merge';
import { compareWalkOrder, parseShard, shardOf } from '../../../src/ingest/parts/shard';
import { tempFolders } from '../temp-folders';

const WIKINEWS = 'examples/wikinews/articles';
const { dir: tempDir, folder } = tempFolders('dateline-parts-');

/** Each shard's part written to a folder as `npm run ingest -- --shard K/N --out part-K.json` does. */
function ingestShards(dir: string, n: number): string {
  const out = tempDir();
  for (let k = 0; k < n; k++) {
    const { corpus } = ingestFolder(dir, undefined, { cacheDir: false, shard: { index: k, count: n } });
    fs.writeFileSync(path.join(out, `part-${k}.json`), JSON.stringify(corpus));
  }
  return out;
}

describe('shards', () => {
  it('reads K/N with 0 <= K < N and says what is wrong otherwise', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 0 / 1 ')).toEqual({ index: 0, count: 1 });
    expect(parseShard('3/3')).toMatch(/K must be below N \(shards are numbered 0 to 2\)/);
    expect(parseShard('0/0')).toMatch(/N must be at least 1/);
    expect(parseShard('1-3')).toMatch(/--shard K\/N takes two whole numbers/);
    expect(parseShard('-1/3')).toMatch(/bad shard/);
  });

  it('puts every file in exactly one shard, by its path alone', () => {
    const { files } = listArticleFiles(WIKINEWS);
    const sizes = [0, 0, 0];
    for (const f of files) sizes[shardOf(f, 3)]++;
    expect(sizes.reduce((a, b) => a + b)).toBe(files.length);
    // 295 files: each shard near a third.
    for (const s of sizes) expect(s).toBeGreaterThan(files.length / 5);
    expect(files.map((f) => shardOf(f, 3))).toEqual(files.map((f) => shardOf(f, 3)));
  });

  it('orders paths as the folder walk reads them', () => {
    const dir = folder({ 'b.txt': 'x', 'a/z.txt': 'x', 'a-b.txt': 'x', 'A/c/d.txt': 'x', 'a/b.txt': 'x', 'c10.txt': 'x', 'c2.txt': 'x' });
    const { files } = listArticleFiles(dir);
    expect([...files].reverse().sort(compareWalkOrder)).toEqual(files);
  });
});

describe('merge of a sharded ingest', () => {
  it('gives the corpus of one ingest of the folder, byte for byte (30 wikinews articles, 3 shards)', () => {
    const dir = tempDir();
    for (const f of listArticleFiles(WIKINEWS).files.slice(0, 30)) fs.copyFileSync(path.join(WIKINEWS, f), path.join(dir, f));
    const whole = ingestFolder(dir, undefined, { cacheDir: false }).corpus;
    const partsDir = ingestShards(dir, 3);
    const parts = fs.readdirSync(partsDir).map((f) => JSON.parse(fs.readFileSync(path.join(partsDir, f), 'utf8')) as CorpusPart);
    // Each part holds its shard only, and is a contract-shaped corpus.
    expect(parts.map((p) => p.articles.length).reduce((a, b) => a + b)).toBe(30);
    for (const p of parts) {
      expect(p.articles.length).toBeGreaterThan(0);
      expect(() => validateCorpus(p)).not.toThrow();
    }
    const merged = mergePartsFolder(partsDir).corpus;
    expect(merged.actors.length).toBeGreaterThan(50);
    expect(merged.events.every((e) => e.salience !== undefined)).toBe(true);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
  });

  it('keeps the folder walk’s first of two articles with one id, naming both files and both parts', () => {
    const article = (title: string) =>
      `date 2024-03-0${title.length % 9}\ntitle ${title}\n\n${title} met Angela Merkel in Berlin on Monday.`;
    const files: Record<string, string> = { 'a/same.txt': article('First copy'), 'b/same.txt': article('Second copy') };
    for (let i = 0; i < 8; i++) files[`n${i}.txt`] = article(`Story ${i} about Paris`);
    // Two shard counts, so that the two copies land in two parts.
    const n = [2, 3, 4, 5].find((c) => shardOf('a/same.txt', c) !== shardOf('b/same.txt', c))!;
    const dir = folder(files);
    const whole = ingestFolder(dir, undefined, { cacheDir: false }).corpus;
    const merged = mergePartsFolder(ingestShards(dir, n)).corpus;
    const strip = (c: Corpus) => ({ ...c, warnings: [] });
    expect(strip(merged)).toEqual(strip(whole));
    expect(merged.articles.find((a) => a.id === 'same')?.title).toBe('First copy');
    const dup = merged.warnings.filter((w) => /duplicate id "same"/.test(w.message));
    expect(dup).toHaveLength(1);
    expect(dup[0].file).toBe(`part-${shardOf('b/same.txt', n)}.json`);
    expect(dup[0].message).toBe(`b/same.txt: duplicate id "same" (also a/same.txt in part-${shardOf('a/same.txt', n)}.json); skipped`);
  });

  it('applies the reader’s corrections of the article folder, which the parts carry, or those given to the merge', () => {
    const talk = (day: number) =>
      `date 2024-01-0${day}\ntitle Talks ${day}\n\nAngela Merkel met Emmanuel Macron in Berlin. Merkel said it went well.`;
    const dir = folder({
      'a.txt': talk(1),
      'b.txt': talk(2),
      'c.txt': talk(3),
      'dateline.actors.json': JSON.stringify([{ rename: 'Angela Merkel', to: 'Chancellor Merkel' }]),
    });
    const whole = ingestFolder(dir, undefined, { cacheDir: false }).corpus;
    expect(whole.actors.map((a) => a.name)).toContain('Chancellor Merkel');
    const partsDir = ingestShards(dir, 2);
    expect(JSON.stringify(mergePartsFolder(partsDir).corpus)).toBe(JSON.stringify(whole));
    const given = path.join(tempDir(), 'mine.json');
    fs.writeFileSync(given, JSON.stringify([{ hide: 'Angela Merkel' }]));
    const names = mergePartsFolder(partsDir, given).corpus.actors.map((a) => a.name);
    expect(names).not.toContain('Chancellor Merkel');
    expect(names).not.toContain('Angela Merkel');
    expect(names).toContain('Emmanuel Macron');
  });

  it('skips a broken part with a warning naming it and merges the rest', () => {
    const dir = folder({
      'one.txt': 'date 2024-01-02\ntitle One\n\nBarack Obama spoke in Chicago.',
      'two.txt': 'date 2024-01-03\ntitle Two\n\nObama visited Kenya in 2015.',
    });
    const partsDir = ingestShards(dir, 2);
    const before = mergePartsFolder(partsDir).corpus;
    fs.writeFileSync(path.join(partsDir, 'part-9.json'), '{"schemaVersion": 1, "articles": [');
    fs.writeFileSync(path.join(partsDir, 'part-10.json'), JSON.stringify({ schemaVersion: 1, articles: [{ id: 'x' }] }));
    const after = mergePartsFolder(partsDir);
    expect(after.parts).toBe(4);
    const warned = after.corpus.warnings.filter((w) => /^part-(9|10)\.json$/.test(w.file));
    expect(warned.map((w) => w.file).sort()).toEqual(['part-10.json', 'part-9.json']);
    for (const w of warned) expect(w.message).toMatch(/^not a corpus part \(.+\); skipped$/);
    expect({ ...after.corpus, warnings: [] }).toEqual({ ...before, warnings: [] });
  });
});

describe('merge of resolved parts', () => {
  it('merges actors by id, sums their alias counts and scores salience over the union', () => {
    const actor = (n: number) => ({
      id: 'person:ada-lovelace',
      name: 'Ada Lovelace',
      kind: 'person' as const,
      aliases: ['Lovelace'],
      aliasCounts: { Lovelace: n },
    });
    const part = (id: string, date: string) => ({
      schemaVersion: 1,
      articles: [{ id, date, title: id, text: 'Ada Lovelace wrote.' }],
      actors: [actor(2)],
      mentions: [],
      events: [
        {
          id: `${id}.published`,
          articleId: id,
          kind: 'published',
          date: { start: date },
          title: id,
          span: [0, 19],
          actorIds: ['person:ada-lovelace'],
        },
      ],
      quotes: [],
      warnings: [],
    });
    const merged = mergeParts([
      { file: 'a.json', data: part('a', '1843-01-01') },
      { file: 'b.json', data: part('b', '1843-02-01') },
    ]);
    expect(merged.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(merged.actors).toEqual([{ ...actor(4) }]);
    expect(merged.events.map((e) => e.salience)).toEqual([expect.any(Number), expect.any(Number)]);
  });
});
