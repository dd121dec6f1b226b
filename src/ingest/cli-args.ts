// The command line both `npm run ingest` and `npm run merge` take: one folder,
// `--out <file>`, `--strict`, `--help`, plus each one's own options. Node only.
import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Option values by name: strings and booleans, as declared. */
export type Values = Record<string, string | boolean | undefined>;

const COMMON = {
  out: { type: 'string', short: 'o' },
  strict: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The folder and the options, or the exit code after saying what is wrong (2) or printing the usage for --help (0). */
export function folderArgs(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
): number | { dir: string; out: string; values: Values } {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON, ...options } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  const { positionals } = args;
  const values = args.values as Values;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [dir, ...extra] = positionals;
  const out = values.out;
  if (!dir || extra.length > 0 || typeof out !== 'string') {
    console.error(usage);
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`not a folder: ${dir}\n${usage}`);
    return 2;
  }
  return { dir, out, values };
}
