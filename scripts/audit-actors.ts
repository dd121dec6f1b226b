// `npm run audit:actors -- CORPUS.json [N]`: the list a reader's audit of actors judges (docs/quality.md, "Audit of
// the wikinews demo"): the top N actors of each kind by mentions (60 by default) and every group, each with its
// aliases and the context of its first mention. Judging them (junk, wrong kind, wrong name or merge, duplicate) is
// by hand.
import fs from 'node:fs';
import type { Corpus } from '../src/corpus/schema';

const [file, top = '60'] = process.argv.slice(2);
if (!file) {
  console.log('usage: npm run audit:actors -- CORPUS.json [N]');
  process.exit(1);
}
const corpus = JSON.parse(fs.readFileSync(file, 'utf8')) as Corpus;
const N = Number(top);
const mentions = new Map<string, number>();
for (const m of corpus.mentions) mentions.set(m.actorId, (mentions.get(m.actorId) ?? 0) + 1);
const text = new Map(corpus.articles.map((a) => [a.id, a.text]));
const first = new Map<string, Corpus['mentions'][number]>();
for (const m of corpus.mentions) if (!first.has(m.actorId)) first.set(m.actorId, m);
let listed = 0;
for (const kind of [...new Set(corpus.actors.map((a) => a.kind))]) {
  const all = corpus.actors.filter((a) => a.kind === kind).sort((a, b) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0));
  const shown = kind === 'group' ? all : all.slice(0, N);
  listed += shown.length;
  console.log(`\n## ${kind}: ${shown.length} of ${all.length}`);
  for (const a of shown) {
    const m = first.get(a.id);
    const t = m ? (text.get(m.articleId) ?? '') : '';
    const context = m ? t.slice(Math.max(0, m.span[0] - 50), m.span[1] + 40).replace(/\s+/g, ' ') : '';
    console.log(`${String(mentions.get(a.id) ?? 0).padStart(4)} ${a.name} [${a.aliases.join(', ')}] … ${context}`);
  }
}
console.log(`\n${listed} actors listed`);
