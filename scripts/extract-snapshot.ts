// `npm run extract:snapshot -- save|check [FILE]`: the extraction of every article of every dev corpus
// (../shared/corpora) and of the wikinews demo, as one JSON line per article. `save` writes it; `check` extracts
// again and names every article whose extraction differs. A speed change must leave `check` silent: output
// identical byte for byte, titles and warnings included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/ingest/extract/extract-article';
import { listArticleFiles, readArticleFiles } from '../src/ingest/files';
import { parseArticle } from '../src/ingest/parse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, file = path.join(os.tmpdir(), 'dateline-extract-snapshot.jsonl')] = process.argv.slice(2);
if (mode !== 'save' && mode !== 'check') {
  console.error('usage: tsx scripts/extract-snapshot.ts save|check [FILE]');
  process.exit(2);
}
const corpora = path.resolve(root, '..', 'shared', 'corpora');
const folders = [
  ...fs
    .readdirSync(corpora)
    .sort()
    .map((c) => path.join(corpora, c, 'articles'))
    .filter((d) => fs.existsSync(d)),
  path.join(root, 'examples', 'wikinews', 'articles'),
];

const lines: string[] = [];
const t0 = process.cpuUsage();
for (const dir of folders) {
  const { files } = listArticleFiles(dir);
  for (const f of readArticleFiles(dir, files)) {
    const { article } = parseArticle(f.bytes, f.path);
    if (!article) continue;
    const key = `${path.relative(path.resolve(root, '..'), dir)}/${f.path}`;
    lines.push(JSON.stringify({ key, extraction: extractArticle(article) }));
  }
}
const cpu = process.cpuUsage(t0);
console.log(`${lines.length} articles extracted, cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms`);

if (mode === 'save') {
  fs.writeFileSync(file, lines.join('\n') + '\n');
  console.log(`saved ${file}`);
} else {
  const saved = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  const keyOf = (line: string) => (JSON.parse(line) as { key: string }).key;
  const before = new Map(saved.map((l) => [keyOf(l), l]));
  let differ = 0;
  for (const line of lines) {
    const key = keyOf(line);
    if (before.get(key) !== line) {
      differ++;
      if (differ <= 20) console.log(`differs: ${key}`);
    }
    before.delete(key);
  }
  for (const key of before.keys()) console.log(`missing: ${key}`);
  console.log(differ || before.size ? `${differ} differ, ${before.size} missing` : 'identical');
  process.exitCode = differ || before.size ? 1 : 0;
}
