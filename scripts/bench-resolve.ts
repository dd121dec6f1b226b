// `npm run bench:resolve -- FOLDER`: the time of the corpus-level actor
// resolution alone. Ingests the folder once (filling the extraction cache),
// then reads every extraction from the cache and times resolveActors over
// the collected corpus, three times. Prints figures, asserts none.
import path from 'node:path';
import { collectCorpus, parseArticleFiles } from '../src/ingest/assemble';
import { cacheKey, DEFAULT_CACHE_DIR, ExtractCache } from '../src/ingest/extract-cache';
import { listArticleFiles, readArticleFiles } from '../src/ingest/files';
import { ingestFolderParallel, readOverrides } from '../src/ingest/ingest';
import { resolveActors } from '../src/ingest/resolve';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run bench:resolve -- FOLDER');
  process.exit(2);
}
const first = await ingestFolderParallel(dir);
console.log(`ingest (extraction cache filled): ${first.corpus.articles.length} articles in ${Math.round(first.ms)} ms`);
const { files, warnings: fileWarnings } = listArticleFiles(dir);
const { articles, warnings } = parseArticleFiles(readArticleFiles(dir, files), fileWarnings);
const cache = new ExtractCache(path.resolve(DEFAULT_CACHE_DIR), path.resolve(dir));
const found = new Map(articles.map((a) => [a.id, cache.get(cacheKey(a), a)]));
const times: number[] = [];
let actors = [0, 0];
for (let run = 0; run < 3; run++) {
  const corpus = collectCorpus(articles, warnings, (a) => found.get(a.id));
  const before = corpus.actors.length;
  const t0 = performance.now();
  resolveActors(corpus, readOverrides(dir));
  times.push(performance.now() - t0);
  actors = [before, corpus.actors.length];
}
times.sort((a, b) => a - b);
console.log(
  `resolution: ${actors[0]} per-article actor ids -> ${actors[1]} actors` +
    `; ${times.map((t) => Math.round(t)).join(', ')} ms (median ${Math.round(times[1])} ms)`,
);
