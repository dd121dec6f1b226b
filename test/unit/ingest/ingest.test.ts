import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../../src/corpus/schema';
import type { Extractor } from '../../../src/ingest/assemble';
import { extractArticle } from '../../../src/ingest/extract/extract-article';
import { ingestFolder } from '../../../src/ingest/ingest';
import { tempFolders } from '../temp-folders';

const { folder } = tempFolders();

describe('ingestFolder', () => {
  it('ingests the seed: one article, its published event', () => {
    const { corpus } = ingestFolder(path.resolve('seeds'));
    expect(corpus.articles.map((a) => a.id)).toEqual(['000_68410f3086cc2d37']);
    expect(corpus.articles[0].date).toBe('2024-06-19');
    expect(corpus.articles[0].text.startsWith('While hosting president Putin')).toBe(true);
    const published = corpus.events.filter((e) => e.kind === 'published');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ articleId: '000_68410f3086cc2d37', date: { start: '2024-06-19' } });
    const [s, e] = published[0].span;
    expect(corpus.articles[0].text.slice(s, e)).toMatch(/^While hosting .* in Ukraine\.$/);
    expect(corpus.warnings).toEqual([]);
  });

  it('reports every bad file by name and still ingests the good ones', () => {
    const dir = folder({
      'good.txt': 'date 2024-01-02\ntitle Good one\n\nFine text.',
      'nodate.txt': 'title Missing\n\nNo date.',
      'baddate.txt': 'date 2024-13-45\n\nText.',
      'empty.txt': '',
      'utf8.txt': new Uint8Array([...new TextEncoder().encode('date 2024-01-03\n\nA '), 0xc3, 0x28]),
      'a/dup.txt': 'date 2024-01-04\n\nFirst copy.',
      'b/dup.txt': 'date 2024-01-05\n\nSecond copy.',
      'notes.docx': 'binary-ish',
      'README.md': '# docs are not articles and not warnings',
      '.DS_Store': 'x',
    });
    const { corpus } = ingestFolder(dir);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['dup', 'good', 'utf8']);
    expect(corpus.articles.find((a) => a.id === 'dup')?.file).toBe('a/dup.txt');
    const byFile = Object.fromEntries(corpus.warnings.map((w) => [w.file, w.message]));
    expect(Object.keys(byFile).sort()).toEqual(['b/dup.txt', 'baddate.txt', 'empty.txt', 'nodate.txt', 'notes.docx', 'utf8.txt']);
    expect(byFile['b/dup.txt']).toMatch(/duplicate id "dup" \(also a\/dup\.txt\)/);
    expect(byFile['notes.docx']).toMatch(/not a \.txt article/);
    expect(corpus.warnings).toHaveLength(6);
    expect(() => validateCorpus(corpus)).not.toThrow();
  });

  it('drops an extracted item that breaks the contract, with a warning naming the file, and keeps the rest', () => {
    const dir = folder({
      'old.txt': 'date 2014-05-01\n\nThe city was founded close to 3000 years ago.',
      'fine.txt': 'date 2014-05-02\n\nFine.',
    });
    const extract: Extractor = (article) => ({
      actors: [{ id: 'place:city', name: 'City', kind: 'place', aliases: ['City'] }],
      mentions: [{ actorId: 'place:city', articleId: article.id, span: [4, 8] }],
      events: [
        {
          id: `${article.id}.m1`,
          articleId: article.id,
          kind: 'mentioned',
          date: { start: 'about 3000 years ago' },
          title: 'x',
          span: [0, 10],
          actorIds: [],
        },
        {
          id: `${article.id}.m2`,
          articleId: article.id,
          kind: 'mentioned',
          date: { start: '2014-04' },
          title: 'y',
          span: [0, 10],
          actorIds: ['place:city'],
        },
      ],
      quotes: [],
      warnings: [],
    });
    const { corpus } = ingestFolder(dir, extract);
    expect(corpus.articles).toHaveLength(2);
    expect(
      corpus.events
        .filter((e) => e.kind === 'mentioned')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['fine.m2', 'old.m2']);
    expect(corpus.mentions).toHaveLength(2);
    expect(corpus.warnings.map((w) => w.file).sort()).toEqual(['fine.txt', 'old.txt']);
    expect(corpus.warnings[0].message).toMatch(/1 extracted item\(s\) broke the contract and were dropped \(event date\.start/);
  });

  it('ingests the wikinews demo without the cache: counts, known speakers, spans inside real articles', () => {
    const { corpus } = ingestFolder(path.resolve('examples/wikinews'), extractArticle, { cacheDir: false });
    expect(corpus.articles).toHaveLength(295);
    expect(corpus.events.filter((e) => e.kind === 'published')).toHaveLength(295);
    expect(corpus.events.length).toBeGreaterThan(1500);
    expect(corpus.quotes.length).toBeGreaterThan(700);
    expect(corpus.actors.length).toBeGreaterThan(1000);
    const quotesBy = (name: string) => corpus.quotes.filter((q) => corpus.actors.find((a) => a.id === q.speakerId)?.name === name).length;
    expect(quotesBy('Donald Trump')).toBeGreaterThan(10);
    const attributed = corpus.quotes.filter((q) => q.speakerId !== null).length;
    expect(attributed / corpus.quotes.length).toBeGreaterThan(0.6);
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
    for (const q of corpus.quotes) expect(texts.get(q.articleId)!.slice(q.span[0], q.span[1])).toBe(q.text);
    for (const e of corpus.events) {
      expect(texts.has(e.articleId)).toBe(true);
      expect(e.span[1]).toBeLessThanOrEqual(texts.get(e.articleId)!.length);
    }
  }, 120_000); // a hang guard: 295 articles take seconds, more on a busy machine
});
