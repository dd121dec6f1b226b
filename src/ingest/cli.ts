// `npm run ingest -- <dir> --out <file> [--strict]`: writes the corpus JSON.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatWarning, ingestFolder, summarize } from './ingest';

const USAGE = 'usage: npm run ingest -- <articles-dir> --out <corpus.json> [--strict]';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
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

  const result = ingestFolder(dir);
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, JSON.stringify(result.corpus));
  for (const w of result.corpus.warnings) console.error(formatWarning(w));
  console.log(`${summarize(result)} -> ${values.out}`);
  if (values.strict && result.corpus.warnings.length > 0) {
    console.error(`--strict: ${result.corpus.warnings.length} warning(s)`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
