// The README's recipe for one machine, run for real: GNU parallel runs the
// shards of a sharded ingest side by side, then npm run merge joins the parts.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../../src/ingest/files';
import { ingestFolder } from '../../../src/ingest/ingest';

const WIKINEWS = 'examples/wikinews/articles';
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasParallel) console.warn('gnu-parallel.test.ts: skipped, GNU parallel is not installed (apt-get install parallel); CI installs it');

describe.skipIf(!hasParallel)('GNU parallel running the shards', () => {
  it('gives the parts whose merge is one ingest of the folder', { timeout: 120_000 }, () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-parallel-'));
    try {
      const articles = path.join(work, 'articles');
      fs.mkdirSync(articles);
      for (const f of listArticleFiles(WIKINEWS).files.slice(40, 52)) fs.copyFileSync(path.join(WIKINEWS, f), path.join(articles, f));
      const parts = path.join(work, 'parts');
      // As in README.md, "Ingest on many cores or machines".
      execFileSync(
        'parallel',
        [
          '--halt',
          'now,fail=1',
          'npm',
          'run',
          '-s',
          'ingest',
          '--',
          articles,
          '--shard',
          '{}/3',
          '--out',
          `${parts}/part-{}.json`,
          '--workers',
          '0',
          ':::',
          '0',
          '1',
          '2',
        ],
        { stdio: 'pipe', env: { ...process.env, DATELINE_NO_CACHE: '1' } },
      );
      expect(fs.readdirSync(parts).sort()).toEqual(['part-0.json', 'part-1.json', 'part-2.json']);
      execFileSync('npm', ['run', '-s', 'merge', '--', parts, '--out', path.join(work, 'corpus.json')], { stdio: 'pipe' });
      const merged = fs.readFileSync(path.join(work, 'corpus.json'), 'utf8');
      expect(merged).toBe(JSON.stringify(ingestFolder(articles, undefined, { cacheDir: false }).corpus));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
