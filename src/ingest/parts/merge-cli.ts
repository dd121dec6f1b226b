// `npm run merge -- <parts-dir> --out <corpus.json> [--overrides dateline.actors.json] [--strict]`:
// joins the corpus parts of a folder (a sharded ingest's, or generated ones)
// into one corpus JSON, the actors resolved across all of them.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatWarning, summarize } from '../ingest';
import { mergePartsFolder } from './merge';

const USAGE = 'usage: npm run merge -- <parts-dir> --out <corpus.json> [--overrides <dateline.actors.json>] [--strict]';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        overrides: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0 || !values.out) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`not a folder: ${dir}\n${USAGE}`);
    return 2;
  }
  if (values.overrides !== undefined && !fs.existsSync(values.overrides)) {
    console.error(`no such file: ${values.overrides}\n${USAGE}`);
    return 2;
  }
  const t0 = performance.now();
  const { corpus, parts } = mergePartsFolder(dir, values.overrides);
  if (parts === 0) {
    console.error(`no *.json corpus parts in ${dir}`);
    return 1;
  }
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, JSON.stringify(corpus));
  for (const w of corpus.warnings) console.error(formatWarning(w));
  console.log(`${parts} part${parts === 1 ? '' : 's'}: ${summarize({ corpus, ms: performance.now() - t0 })} -> ${values.out}`);
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
