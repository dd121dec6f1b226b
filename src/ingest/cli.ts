// `npm run ingest -- <dir> --out <file> [--strict] [--no-cache] [--workers N] [--shard K/N]`:
// writes the corpus JSON, or with --shard the K-th of N slices of the folder as
// a corpus part for `npm run merge` (parts/). Extraction is cached by content in .cache/extract
// and runs on worker threads; long ingests show a progress bar on a terminal,
// plain progress lines otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { folderArgs } from './cli-args';
import { formatWarning, ingestFolderParallel, summarize } from './ingest';
import { parseShard, type Shard } from './parts/shard';
import { progressReporter } from './progress';

const USAGE = 'usage: npm run ingest -- <articles-dir> --out <corpus.json> [--strict] [--no-cache] [--workers N] [--shard K/N]';
async function main(argv: string[]): Promise<number> {
  const args = folderArgs(
    argv,
    { 'no-cache': { type: 'boolean', default: false }, workers: { type: 'string' }, shard: { type: 'string' } },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const { dir, out, values } = args;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
    console.error(`--workers needs a whole number\n${USAGE}`);
    return 2;
  }
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const parsed = parseShard(String(values.shard));
    if (typeof parsed === 'string') {
      console.error(`${parsed}\n${USAGE}`);
      return 2;
    }
    shard = parsed;
  }
  const progress = progressReporter(Boolean(process.stdout.isTTY));
  let result;
  try {
    result = await ingestFolderParallel(dir, {
      cacheDir: values['no-cache'] ? false : undefined,
      workers,
      shard,
      onProgress: (done, total) => progress.update(done, total),
      onFallback: (reason) => console.error(`worker threads unavailable (${reason}); extracting in-process`),
    });
  } finally {
    progress.stop();
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result.corpus));
  for (const w of result.corpus.warnings) console.error(formatWarning(w));
  const what = shard ? ` (shard ${shard.index}/${shard.count}, unresolved: npm run merge joins the parts)` : '';
  console.log(`${summarize(result)}${what} -> ${out}`);
  if (values.strict && result.corpus.warnings.length > 0) {
    console.error(`--strict: ${result.corpus.warnings.length} warning(s)`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
