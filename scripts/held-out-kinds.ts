// `npm run eval:held-out`: gum's typed F1 per genre with the kind model held out. The model is trained on the even
// half of ../shared/corpora/gum and gum is typed with it, then the odd half is scored; then the other way round; the
// two are pooled per genre. Prints each genre, the five genres other than news pooled ("other"), and all.
// The model file is restored at the end. Only the model is held out: rules written looking at a half still see it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedLink = path.resolve(root, '..', 'shared');
const shared = fs.existsSync(sharedLink) ? fs.realpathSync(sharedLink) : sharedLink;
const gum = path.join(shared, 'corpora', 'gum');
const score = path.join(shared, 'eval', 'score.mjs');
const metric = process.argv[2] ?? 'mentions-typed';
if (!fs.existsSync(score) || !fs.existsSync(gum)) {
  console.log(`held-out eval skipped: no ${gum} or ${score} (the dev corpora live in shared/, beside the repo)`);
  process.exit(0);
}

type Sums = { gold: number; found: number; system: number; correct: number; ignored: number };
const zero = (): Sums => ({ gold: 0, found: 0, system: 0, correct: 0, ignored: 0 });
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const model = path.join(root, 'src', 'ingest', 'lexicon', 'kind-model.json');
const saved = fs.readFileSync(model);
const files = fs
  .readdirSync(path.join(gum, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const gold = JSON.parse(fs.readFileSync(path.join(gum, 'entities.gold.json'), 'utf8')) as { articles: Record<string, unknown> };
const genreOf = (file: string) => file.split('-')[1];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'held-out-'));
const sums = new Map<string, Sums>();

try {
  for (const train of ['even', 'odd'] as const) {
    execFileSync(tsx, ['scripts/train-kinds.ts', '--train', train, '--out', model], { cwd: root, stdio: 'ignore' });
    const corpus = path.join(work, `gum-${train}.json`);
    execFileSync(tsx, ['src/ingest/cli.ts', path.join(gum, 'articles'), '--out', corpus, '--no-cache', '--workers', '0'], {
      cwd: root,
      stdio: 'ignore',
    });
    // The half the model did not see: odd files when trained on even, and the other way round.
    const test = files.filter((_, i) => i % 2 === (train === 'even' ? 1 : 0));
    for (const genre of [...new Set(test.map(genreOf)), 'all']) {
      const keep = new Set(test.filter((f) => genre === 'all' || genreOf(f) === genre).map((f) => f.slice(0, -4)));
      // A gold folder of just those articles, which score.mjs reads as it reads gum.
      const dir = path.join(work, `${train}-${genre}`);
      fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
      for (const id of keep) fs.copyFileSync(path.join(gum, 'articles', `${id}.txt`), path.join(dir, 'articles', `${id}.txt`));
      const part = { ...gold, articles: Object.fromEntries(Object.entries(gold.articles).filter(([id]) => keep.has(id))) };
      fs.writeFileSync(path.join(dir, 'entities.gold.json'), JSON.stringify(part));
      const out = execFileSync('node', [score, '--corpus', corpus, '--gold', dir], { encoding: 'utf8' });
      const row = out.split('\n').find((l) => l.startsWith(`${metric} `));
      if (!row) continue;
      const [g, found, system, correct, ignored] = row.trim().split(/\s+/).slice(1, 6).map(Number);
      const s = sums.get(genre) ?? zero();
      sums.set(genre, {
        gold: s.gold + g,
        found: s.found + found,
        system: s.system + system,
        correct: s.correct + correct,
        ignored: s.ignored + ignored,
      });
    }
  }
} finally {
  fs.writeFileSync(model, saved);
  fs.rmSync(work, { recursive: true, force: true });
}

const other = zero();
for (const [genre, s] of sums)
  if (genre !== 'news' && genre !== 'all') for (const k of Object.keys(other) as (keyof Sums)[]) other[k] += s[k];
const all = sums.get('all');
sums.delete('all');
sums.set('other', other);
if (all) sums.set('all', all);
console.log(`gum ${metric}, held out (model trained on the other half), pooled both ways:`);
for (const [genre, s] of sums) {
  const r = s.found / s.gold;
  const p = s.correct / (s.system - s.ignored);
  console.log(`${genre.padEnd(10)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  gold ${s.gold}`);
}
