// The generator of corpus parts: contract-shaped parts in date order, realistic distributions, same seed same bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCorpus, type Corpus } from '../../../src/corpus/schema';
import { listArticleFiles } from '../../../src/ingest/files';
import { ingestFolder } from '../../../src/ingest/ingest';
import { mergeParts } from '../../../src/ingest/parts/merge';
import { generateParts, writeParts } from '../../../scripts/gen-parts/generate';

const WIKINEWS = 'examples/wikinews/articles';
let source: Corpus;
let parts: Corpus[];

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-gen-'));
  for (const f of listArticleFiles(WIKINEWS).files.slice(0, 40)) fs.copyFileSync(path.join(WIKINEWS, f), path.join(dir, f));
  source = ingestFolder(dir).corpus;
  fs.rmSync(dir, { recursive: true });
  parts = [...generateParts(source, { articles: 2500, seed: 7, perPart: 1000 })];
});

describe('generated corpus parts', () => {
  it('are contract-shaped parts of perPart articles each, with unique ids, in date order', () => {
    expect(parts.map((p) => p.articles.length)).toEqual([1000, 1000, 500]);
    for (const p of parts) expect(() => validateCorpus(p)).not.toThrow();
    const articles = parts.flatMap((p) => p.articles);
    expect(new Set(articles.map((a) => a.id)).size).toBe(2500);
    const dates = articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0] >= '2006-01-01' && dates.at(-1)! <= '2025-12-31').toBe(true);
  });

  it('hold what each part names: actors, speakers, countries of cities, spans on the text, salience', () => {
    for (const p of parts) {
      const ids = new Set(p.actors.map((a) => a.id));
      const text = new Map(p.articles.map((a) => [a.id, a.text]));
      expect(p.events.filter((e) => e.salience === undefined || e.span[1] > text.get(e.articleId)!.length)).toEqual([]);
      expect(p.events.flatMap((e) => e.actorIds).filter((id) => !ids.has(id))).toEqual([]);
      expect(p.quotes.filter((q) => !ids.has(q.speakerId!) || text.get(q.articleId)!.slice(q.span[0], q.span[1]) !== q.text)).toEqual([]);
      expect(p.actors.filter((a) => a.partOf && !ids.has(a.partOf))).toEqual([]);
      expect(p.quotes.length).toBeGreaterThan(p.articles.length / 4);
    }
  });

  it('have 2 to 15 events per article, some mentioned at other times, and bursts of articles around days', () => {
    const events = parts.flatMap((p) => p.events);
    const perArticle = new Map<string, number>();
    for (const e of events) perArticle.set(e.articleId, (perArticle.get(e.articleId) ?? 0) + 1);
    const counts = [...perArticle.values()];
    expect(Math.min(...counts)).toBe(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(15);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(12);
    expect(events.filter((e) => e.kind === 'published')).toHaveLength(2500);
    expect(new Set(events.filter((e) => e.kind === 'mentioned').map((e) => e.date.start.length))).toEqual(new Set([4, 7, 10]));
    const perDay = new Map<string, number>();
    for (const a of parts.flatMap((p) => p.articles)) perDay.set(a.date, (perDay.get(a.date) ?? 0) + 1);
    // 2,500 articles over ~7,300 days: a burst puts many on one day.
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(8);
  });

  it('name a few actors constantly and most rarely (Zipf-like), of every kind', () => {
    const merged = mergeParts(parts.map((p, i) => ({ file: `part-${i}.json`, data: p })));
    const uses = new Map<string, number>();
    for (const e of merged.events) for (const id of e.actorIds) uses.set(id, (uses.get(id) ?? 0) + 1);
    const sorted = [...uses.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]);
    expect(new Set(merged.actors.map((a) => a.kind))).toEqual(new Set(['person', 'country', 'organization', 'place', 'group', 'thing']));
    // Merged by id: one actor per id, with the counts of every part.
    expect(new Set(merged.actors.map((a) => a.id)).size).toBe(merged.actors.length);
  });

  it('are the same bytes for the same seed, other bytes for another', () => {
    const again = [...generateParts(source, { articles: 2500, seed: 7, perPart: 1000 })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(parts));
    const other = generateParts(source, { articles: 2500, seed: 8, perPart: 1000 }).next().value as Corpus;
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(parts[0]));
  });

  it('are written as part-NNNNN.json into an empty folder, never over foreign files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-gen-'));
    const out = writeParts(dir, parts.slice(0, 2));
    expect(out.parts).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(['part-00000.json', 'part-00001.json']);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(() => writeParts(dir, parts)).toThrow(/did not write \(notes\.txt\)/);
    fs.rmSync(dir, { recursive: true });
  });
});
