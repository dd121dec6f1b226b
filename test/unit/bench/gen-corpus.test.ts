import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { denseArticle, generateCorpus, loadSources, writeCorpus } from '../../../scripts/gen-corpus';
import { parseArticle } from '../../../src/ingest/parse';

const sources = loadSources();
const enc = (s: string) => new TextEncoder().encode(s);

describe('gen-corpus', () => {
  it('reads the 295 Wikinews articles as sources', () => {
    expect(sources.length).toBe(295);
  });

  it('is deterministic: the same seed gives byte-identical files, another seed differs', () => {
    const a = generateCorpus(400, 42, sources);
    expect(generateCorpus(400, 42, sources)).toEqual(a);
    expect(generateCorpus(400, 43, sources)).not.toEqual(a);
    expect(denseArticle(50, 42, sources)).toEqual(denseArticle(50, 42, sources));
  });

  it('writes valid articles: unique ids and titles, dates over 20 years, no parse warnings', () => {
    const files = [...generateCorpus(700, 3, sources), denseArticle(30, 3, sources)];
    const ids = new Set<string>();
    const titles = new Set<string>();
    const years = new Set<number>();
    for (const f of files) {
      const { article, warnings } = parseArticle(enc(f.content), f.name);
      expect(warnings).toEqual([]);
      expect(article).toBeDefined();
      ids.add(article!.id);
      titles.add(article!.title);
      years.add(Number(article!.date.slice(0, 4)));
      expect(article!.text.length).toBeGreaterThan(0);
    }
    expect(ids.size).toBe(files.length);
    expect(titles.size).toBe(files.length);
    expect(Math.min(...years)).toBe(2006);
    expect(Math.max(...years)).toBe(2025);
  });

  it('keeps the source titles, suffixing repeats', () => {
    const files = generateCorpus(sources.length + 1, 9, sources);
    const title = (f: { content: string }) => /^title (.*)$/m.exec(f.content)![1];
    const known = new Set(sources.map((s) => s.title));
    expect(files.slice(0, sources.length).every((f) => known.has(title(f)))).toBe(true);
    expect(title(files[sources.length])).toMatch(/ \(2\)$/);
  });

  it('puts one explicit date in each sentence of the dense article', () => {
    const { content } = denseArticle(25, 1, sources);
    expect(content.match(/^On \d{1,2} [A-Z][a-z]+ \d{4}, /gm)).toHaveLength(25);
  });

  it('refuses to clear a folder it did not write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-corpus-'));
    fs.writeFileSync(path.join(dir, 'mine.txt'), 'date 2020-01-01\n\nx');
    expect(() => writeCorpus(dir, generateCorpus(2, 1, sources))).toThrow(/did not write/);
    fs.rmSync(dir, { recursive: true });
  });
});
