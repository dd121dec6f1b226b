// `npm run eval`: ingests each dev corpus of ../shared/corpora with the
// extractor and prints score.mjs's table for it. shared/ sits beside the repo
// (CI clones the repo next to a copy of it); without it the script says so and
// exits 0, so a fresh clone is not broken.
//
//   npm run eval                       every corpus
//   npm run eval -- meantime gum       some
//   npm run eval -- --half even        only the even-numbered articles of each (sorted by id):
//   npm run eval -- --half odd         tune on one half, check on the other
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/ingest/extract/extract-article';
import { ingestFolder } from '../src/ingest/ingest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Real path: score.mjs runs its main only when argv[1] is its own (resolved) file, so a symlinked shared/ printed nothing.
const sharedLink = path.resolve(root, '..', 'shared');
const shared = fs.existsSync(sharedLink) ? fs.realpathSync(sharedLink) : sharedLink;
const CORPORA = ['seed', 'meantime', 'gum', 'tempeval3', 'semeval2015-trial', 'wikinews'];
const args = process.argv.slice(2);
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
const only = args.filter((a, i) => !a.startsWith('--') && (halfAt < 0 || i !== halfAt + 1));

if (half !== undefined && half !== 'even' && half !== 'odd') {
  console.error('--half takes even or odd');
  process.exit(2);
}
if (!fs.existsSync(path.join(shared, 'eval', 'score.mjs'))) {
  console.log(`eval skipped: no ${path.join(shared, 'eval', 'score.mjs')} (the dev corpora live in shared/, beside the repo)`);
  process.exit(0);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-eval-'));

/** A gold folder with every other article (by sorted id) and only their gold. */
function halfOf(gold: string, which: 'even' | 'odd'): string {
  const out = path.join(tmp, `gold-${path.basename(gold)}-${which}`);
  fs.mkdirSync(path.join(out, 'articles'), { recursive: true });
  const files = fs
    .readdirSync(path.join(gold, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const keep = new Set<string>();
  files.forEach((f, i) => {
    if (i % 2 === (which === 'even' ? 0 : 1)) {
      keep.add(f.slice(0, -4));
      fs.copyFileSync(path.join(gold, 'articles', f), path.join(out, 'articles', f));
    }
  });
  for (const f of fs.readdirSync(gold).filter((x) => x.endsWith('.gold.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(gold, f), 'utf8')) as Record<string, unknown>;
    if (data.articles) {
      data.articles = Object.fromEntries(Object.entries(data.articles as Record<string, unknown>).filter(([id]) => keep.has(id)));
    }
    if (Array.isArray(data.entities)) {
      for (const e of data.entities as { events: { articleId: string }[] }[]) e.events = e.events.filter((ev) => keep.has(ev.articleId));
    }
    fs.writeFileSync(path.join(out, f), JSON.stringify(data));
  }
  return out;
}

let status = 0;
for (const name of only.length ? only : CORPORA) {
  const full = path.join(shared, 'corpora', name);
  if (!fs.existsSync(full)) {
    console.error(`no corpus ${full}`);
    status = 1;
    continue;
  }
  const gold = half ? halfOf(full, half) : full;
  const { corpus, ms } = ingestFolder(path.join(gold, 'articles'), extractArticle, { cacheDir: false });
  const out = path.join(tmp, `${name}.json`);
  fs.writeFileSync(out, JSON.stringify(corpus));
  const n = corpus.articles.length;
  console.log(
    `\n## ${name}${half ? ` (${half} half)` : ''}: ${n} articles in ${Math.round(ms)} ms (${Math.round((n / ms) * 1000)} articles/s)`,
  );
  try {
    const table = execFileSync(process.execPath, [path.join(shared, 'eval', 'score.mjs'), '--corpus', out, '--gold', gold], {
      encoding: 'utf8',
    });
    console.log(table.trimEnd());
  } catch (err) {
    console.error(`score.mjs failed on ${name}: ${(err as Error).message}`);
    status = 1;
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exitCode = status;
