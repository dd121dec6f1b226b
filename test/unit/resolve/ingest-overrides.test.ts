import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../../src/ingest/files';
import { ingestFolder } from '../../../src/ingest/ingest';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-resolve-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const ARTICLE = 'date 2024-01-02\ntitle Talks\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday. Merkel said the talks went well.';

describe('the overrides file in the corpus folder', () => {
  it('is no stray file, and is applied on every ingest', () => {
    const dir = folder({
      'a.txt': ARTICLE,
      'dateline.actors.json': JSON.stringify([{ rename: 'Angela Merkel', to: 'Chancellor Merkel' }]),
    });
    expect(listArticleFiles(dir).warnings).toEqual([]);
    const first = ingestFolder(dir, undefined, { cacheDir: false }).corpus;
    expect(first.actors.map((a) => a.name)).toContain('Chancellor Merkel');
    expect(first.warnings).toEqual([]);
    // Edited: the next ingest reads it again.
    fs.writeFileSync(path.join(dir, 'dateline.actors.json'), JSON.stringify([{ hide: 'Angela Merkel' }]));
    const second = ingestFolder(dir, undefined, { cacheDir: false }).corpus;
    expect(second.actors.map((a) => a.name)).not.toContain('Angela Merkel');
    expect(second.mentions.every((m) => !m.actorId.includes('merkel'))).toBe(true);
  });

  it('a malformed file is a warning naming it; the corpus is built', () => {
    const dir = folder({ 'a.txt': ARTICLE, 'dateline.actors.json': '[{"hide": ' });
    const { corpus } = ingestFolder(dir, undefined, { cacheDir: false });
    expect(corpus.warnings).toEqual([{ file: 'dateline.actors.json', message: expect.stringMatching(/^not valid JSON/) }]);
    expect(corpus.actors.map((a) => a.name)).toContain('Angela Merkel');
  });
});
