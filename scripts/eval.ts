// `npm run eval`: ingests each dev corpus of ../shared/corpora with the
// extractor and prints score.mjs's table for it. shared/ sits beside the repo
// (CI clones the repo next to a copy of it). `npm run eval -- meantime` runs one corpus.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/ingest/extract/extract-article';
import { ingestFolder } from '../src/ingest/ingest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const CORPORA = ['seed', 'meantime', 'semeval2015-trial', 'wikinews'];
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));

if (!fs.existsSync(path.join(shared, 'eval', 'score.mjs'))) {
  console.error(`no ${path.join(shared, 'eval', 'score.mjs')}: shared/ must sit beside the repo`);
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-eval-'));
let status = 0;
for (const name of only.length ? only : CORPORA) {
  const gold = path.join(shared, 'corpora', name);
  const { corpus, ms } = ingestFolder(path.join(gold, 'articles'), extractArticle, { cacheDir: false });
  const out = path.join(tmp, `${name}.json`);
  fs.writeFileSync(out, JSON.stringify(corpus));
  const n = corpus.articles.length;
  console.log(`\n## ${name}: ${n} articles in ${Math.round(ms)} ms (${Math.round((n / ms) * 1000)} articles/s)`);
  try {
    const table = execFileSync(process.execPath, [path.join(shared, 'eval', 'score.mjs'), '--corpus', out, '--gold', gold], { encoding: 'utf8' });
    console.log(table.trimEnd());
  } catch (err) {
    console.error(`score.mjs failed on ${name}: ${(err as Error).message}`);
    status = 1;
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exitCode = status;
