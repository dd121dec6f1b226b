// `npm run merge -- <parts-dir> --out <corpus.json> [--overrides dateline.actors.json] [--strict]`:
// joins the corpus parts of a folder (a sharded ingest's, or generated ones)
// into one corpus JSON, the actors resolved across all of them.
import fs from 'node:fs';
import path from 'node:path';
import { folderArgs } from '../cli-args';
import { formatWarning, summarize } from '../ingest';
import { mergePartsFolder } from './merge';

const USAGE = 'usage: npm run merge -- <parts-dir> --out <corpus.json> [--overrides <dateline.actors.json>] [--strict]';

function main(argv: string[]): number {
  const args = folderArgs(argv, { overrides: { type: 'string' } }, USAGE);
  if (typeof args === 'number') return args;
  const { dir, out, values } = args;
  const overrides = values.overrides as string | undefined;
  if (overrides !== undefined && !fs.existsSync(overrides)) {
    console.error(`no such file: ${overrides}\n${USAGE}`);
    return 2;
  }
  const t0 = performance.now();
  const { corpus, parts } = mergePartsFolder(dir, overrides);
  if (parts === 0) {
    console.error(`no *.json corpus parts in ${dir}`);
    return 1;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(corpus));
  for (const w of corpus.warnings) console.error(formatWarning(w));
  console.log(`${parts} part${parts === 1 ? '' : 's'}: ${summarize({ corpus, ms: performance.now() - t0 })} -> ${out}`);
  if (values.strict && corpus.warnings.length > 0) {
    console.error(`--strict: ${corpus.warnings.length} warning(s)`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
