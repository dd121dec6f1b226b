// `npm run train:kinds [-- --train all|even|odd] [--out FILE] [--check]`:
// trains the learned kind model (src/ingest/extract/kind-model.ts) on the dev
// gold of ../shared/corpora (gum and meantime: typed names). Each name
// candidate the extractor finds is labelled with the type of the gold name it
// overlaps most, or `none`; the model is a multinomial logistic regression
// trained by AdaGrad with L2 and averaged over seeded shuffles, deterministic.
// `--train even` trains on the even-numbered articles of each corpus and
// prints the accuracy on the odd ones (tune on one half, check on the other).
// ml-logistic-regression (the npm package) is dense, one-vs-all, without bias
// or regularization and full-batch: too slow for thousands of sparse features.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { listArticleFiles, readArticleFiles } from '../src/ingest/files';
import { parseArticle } from '../src/ingest/parse';
import { splitSentences } from '../src/ingest/extract/text';
import { sentenceCandidates } from '../src/ingest/extract/names';
import { judgeCandidate } from '../src/ingest/extract/kinds';
import { kindFeatures } from '../src/ingest/extract/kind-features';
import { KIND_LABELS, kindProbabilities, type KindModel } from '../src/ingest/extract/kind-model';
import { MAX_EXTRACT_CHARS } from '../src/ingest/extract/extract-article';
import { rng } from './gen-corpus';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedLink = path.resolve(root, '..', 'shared');
if (!fs.existsSync(path.join(sharedLink, 'corpora'))) {
  console.error(`no dev gold: ${path.join(sharedLink, 'corpora')} (the dev corpora live in shared/, beside the repo)`);
  process.exit(2);
}
const shared = fs.realpathSync(sharedLink);
const CORPORA = ['gum', 'meantime'];
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: 'all' },
    out: { type: 'string', default: path.join(root, 'src/ingest/lexicon/kind-model.json') },
    epochs: { type: 'string', default: '12' },
    l2: { type: 'string', default: '1e-2' },
    'min-count': { type: 'string', default: '5' },
    seeds: { type: 'string', default: '5' },
    check: { type: 'boolean', default: false },
  },
});

interface GoldMention {
  span: [number, number];
  text: string;
  type: string;
  optional?: boolean;
}
interface Example {
  features: string[];
  label: number;
  article: string;
}

/** The gold mention's span in `text`: as given, or the nearest place its text occurs. */
function anchor(text: string, g: GoldMention): [number, number] | undefined {
  if (text.slice(g.span[0], g.span[1]) === g.text) return g.span;
  let best: number | undefined;
  for (let at = text.indexOf(g.text); at >= 0; at = text.indexOf(g.text, at + 1)) {
    if (best === undefined || Math.abs(at - g.span[0]) < Math.abs(best - g.span[0])) best = at;
  }
  return best === undefined ? undefined : [best, best + g.text.length];
}

const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Every candidate of every article of `corpus`, labelled by the gold it overlaps most (`undefined`: only optional gold). */
function examples(corpus: string): Example[] {
  const dir = path.join(shared, 'corpora', corpus);
  const gold = (
    JSON.parse(fs.readFileSync(path.join(dir, 'entities.gold.json'), 'utf8')) as {
      articles: Record<string, { mentions: GoldMention[]; scope?: [number, number] }>;
    }
  ).articles;
  const articlesDir = path.join(dir, 'articles');
  const out: Example[] = [];
  for (const file of readArticleFiles(articlesDir, listArticleFiles(articlesDir).files)) {
    const { article } = parseArticle(file.bytes, file.path);
    if (!article || !gold[article.id]) continue;
    const text = article.text;
    const spans = gold[article.id].mentions.flatMap((g) => {
      const at = anchor(text, g);
      return at ? [{ at, g }] : [];
    });
    // Only the annotated part of the article (meantime's gold covers its first sentences).
    const scope = gold[article.id].scope ?? [0, text.length];
    for (const s of splitSentences(text, 0, Math.min(text.length, MAX_EXTRACT_CHARS))) {
      for (const c of sentenceCandidates(text, s)) {
        const span: [number, number] = [c.start, c.end];
        if (overlap(span, scope) === 0) continue;
        const hits = spans.filter((x) => overlap(x.at, span) > 0);
        const required = hits.filter((x) => !x.g.optional).sort((a, b) => overlap(b.at, span) - overlap(a.at, span));
        if (!required.length && hits.length) continue;
        const label = required.length ? KIND_LABELS.indexOf(required[0].g.type as (typeof KIND_LABELS)[number]) : 0;
        if (label < 0) continue;
        out.push({ features: kindFeatures(text, c, judgeCandidate(text, c)), label, article: `${corpus}/${article.id}` });
      }
    }
  }
  return out;
}

/** Multinomial logistic regression by AdaGrad with L2 over the features seen at least `minCount` times. */
function train(data: Example[], epochs: number, l2: number, minCount: number, seed: number): Record<string, number[]> {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const K = KIND_LABELS.length;
  const weights: Record<string, number[]> = {};
  const grads: Record<string, number[]> = {};
  for (const [f, n] of counts) {
    if (n < minCount && f !== 'bias') continue;
    weights[f] = new Array<number>(K).fill(0);
    grads[f] = new Array<number>(K).fill(1e-8);
  }
  const m: KindModel = { labels: KIND_LABELS, weights };
  const order = data.map((_, i) => i);
  const random = rng(seed);
  const rate = 0.2;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const e = data[i];
      const p = kindProbabilities(e.features, m);
      for (const f of e.features) {
        const w = weights[f];
        if (!w) continue;
        const g2 = grads[f];
        for (let k = 0; k < K; k++) {
          const g = p[k] - (k === e.label ? 1 : 0) + l2 * w[k];
          g2[k] += g * g;
          w[k] -= (rate * g) / Math.sqrt(g2[k]);
        }
      }
    }
  }
  return weights;
}

/**
 * The mean of models trained on `seeds` shuffles of the data: one shuffle's weights swing with the order it saw, and
 * the names near a threshold with them; the mean is steadier.
 */
function bagged(data: Example[], epochs: number, l2: number, minCount: number, seeds: number): KindModel {
  const runs = Array.from({ length: seeds }, (_, i) => train(data, epochs, l2, minCount, 7 + 4 * i));
  // Rounded and without all-zero rows: the file is data in the repo, read at every ingest.
  const kept: Record<string, number[]> = {};
  for (const f of Object.keys(runs[0]).sort()) {
    const w = runs[0][f].map((_, k) => Math.round((runs.reduce((sum, r) => sum + r[f][k], 0) / seeds) * 1000) / 1000);
    if (w.some((x) => x !== 0)) kept[f] = w;
  }
  return { labels: KIND_LABELS, weights: kept };
}

/** The rules' own answer, as a label: the baseline the model must beat. */
function ruleLabel(e: Example): number {
  const kind = e.features.find((f) => f.startsWith('rule='))?.slice(5) ?? 'none';
  if (kind === 'unknown') return 0;
  const label = ({ group: 'organization', country: 'place' } as Record<string, string>)[kind] ?? kind;
  return KIND_LABELS.indexOf(label as (typeof KIND_LABELS)[number]);
}

function report(name: string, data: Example[], predict: (e: Example) => number): void {
  const K = KIND_LABELS.length;
  const confusion = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  for (const e of data) confusion[e.label][predict(e)]++;
  const right = confusion.reduce((s, row, k) => s + row[k], 0);
  console.log(`${name}: ${data.length} candidates, accuracy ${(right / Math.max(1, data.length)).toFixed(4)}`);
  console.log(`  gold \\ said   ${KIND_LABELS.map((l) => l.padStart(12)).join('')}`);
  confusion.forEach((row, k) => console.log(`  ${KIND_LABELS[k].padEnd(13)}${row.map((n) => String(n).padStart(12)).join('')}`));
}

const all = CORPORA.flatMap((c) => {
  const ex = examples(c);
  const ids = [...new Set(ex.map((e) => e.article))].sort();
  const parity = new Map(ids.map((id, i) => [id, i % 2 === 0 ? 'even' : 'odd']));
  return ex.map((e) => ({ ...e, half: parity.get(e.article) }));
});
const split = values.train;
if (!['all', 'even', 'odd'].includes(split)) throw new Error('--train takes all, even or odd');
const trainSet = split === 'all' ? all : all.filter((e) => e.half === split);
const testSet = split === 'all' ? [] : all.filter((e) => e.half !== split);
const model = bagged(trainSet, Number(values.epochs), Number(values.l2), Number(values['min-count']), Number(values.seeds));
const byModel = (e: Example) => {
  const p = kindProbabilities(e.features, model);
  return p.indexOf(Math.max(...p));
};
report(`model on its training set (${split})`, trainSet, byModel);
if (testSet.length) {
  report('model on the held-out half', testSet, byModel);
  report('rules on the held-out half', testSet, ruleLabel);
}
console.log(`${Object.keys(model.weights).length} features`);
if (!values.check) {
  fs.writeFileSync(values.out, `${JSON.stringify(model)}\n`);
  console.log(`-> ${path.relative(root, values.out)}`);
}
