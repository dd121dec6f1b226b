import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCorpus } from '../../../src/corpus/schema';
import { ingestFolder } from '../../../src/ingest/ingest';

const dirs: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

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

  it('writes events that point at real articles, with spans inside the text', () => {
    const { corpus } = ingestFolder(path.resolve('examples/wikinews'));
    expect(corpus.articles).toHaveLength(295);
    const ids = new Set(corpus.articles.map((a) => a.id));
    for (const e of corpus.events) {
      expect(ids.has(e.articleId)).toBe(true);
      const text = corpus.articles.find((a) => a.id === e.articleId)!.text;
      expect(e.span[1]).toBeLessThanOrEqual(text.length);
    }
  });
});
