// The bench's large sizes (`npm run bench -- --million`, `--tiled N`): a
// generated archive written directly as corpus parts (`npm run gen:corpus --
// --parts`), tiled by `npm run tiles` (docs/tiles.md), each in its own
// process. Both take minutes to an hour at a million articles, so each step
// leaves a stamp of its inputs (the code that makes it, the size, the seed)
// and a later run with the same inputs reuses its output.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import type { AppSource } from './build';

/** What one step did, kept beside its output so a reuse can report it. */
export interface StepStamp {
  key: string;
  seconds: number;
  /** The step's own peak RSS (the tiles CLI reports it), MB. */
  peakMB?: number;
  /** The step's last output lines: its summary. */
  summary: string[];
}

export interface TiledCorpus {
  parts: string;
  tiles: string;
  /** The index's folder name in `tiles` (a hash of its files). */
  root: string;
  gen: StepStamp & { reused: boolean };
  build: StepStamp & { reused: boolean };
  articles: number;
  events: number;
  /** Bytes the tiled index holds (tiles gzipped, bodies plain), from the tiles CLI. */
  bytes: number;
}

const STAMP = '.bench-stamp.json';

/** Every file under these paths (relative to `root`), in a stable order. */
function filesUnder(root: string, rels: string[]): string[] {
  return rels.flatMap((rel) => {
    const full = path.join(root, rel);
    if (!fs.existsSync(full)) return [];
    if (fs.statSync(full).isFile()) return [full];
    return fs
      .readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  });
}

/** The source files a script imports, found by esbuild as it would bundle them (packages aside). */
async function importsOf(root: string, entry: string): Promise<string[]> {
  const { metafile } = await esbuild({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
}

/** A hash of a script's imports and these other files' names and bytes, and of the extra words (size, seed). */
export async function inputsKey(root: string, entry: string, others: string[], ...extra: (string | number)[]): Promise<string> {
  const files = [...new Set([...(await importsOf(root, entry)).map((f) => path.join(root, f)), ...filesUnder(root, others)])].sort();
  const hash = createHash('sha1').update(extra.join('\0'));
  for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The generator's imports, and what its ingest of the demo reads besides them: the extraction code its workers load, the demo. */
const GEN_OTHERS = ['src/ingest/extract', 'examples/wikinews/articles'];

function readStamp(dir: string, key: string): StepStamp | undefined {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8')) as StepStamp;
    return stamp.key === key ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a TypeScript script with tsx in `cwd`, its output passed on to `log`; resolves to its last lines. */
function runScript(cwd: string, script: string, args: string[], log: (line: string) => void): Promise<string[]> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const last: string[] = [];
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log(`  ${line}`);
        last.push(line);
        if (last.length > 8) last.shift();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(last) : reject(new Error(`${script} exited with ${code}: ${last.at(-1) ?? ''}`))));
  });
}

/** Runs `make` into `dir` unless the stamp there has `key`; the stamp is written once it succeeded. */
async function step(dir: string, key: string, make: () => Promise<string[]>): Promise<StepStamp & { reused: boolean }> {
  const old = readStamp(dir, key);
  if (old) return { ...old, reused: true };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const summary = await make();
  const seconds = (performance.now() - started) / 1000;
  const rss = summary.map((l) => /peak RSS (\d+) MB/.exec(l)).find(Boolean);
  const stamp: StepStamp = { key, seconds, summary, ...(rss ? { peakMB: Number(rss[1]) } : {}) };
  fs.writeFileSync(path.join(dir, STAMP), JSON.stringify(stamp, null, 1));
  return { ...stamp, reused: false };
}

/** `articles` generated articles as parts, and their tiles built by `app`'s tile builder; each reused when its inputs are unchanged. */
export async function tiledCorpus(
  work: string,
  articles: number,
  seed: number,
  app: AppSource,
  log: (line: string) => void,
): Promise<TiledCorpus> {
  const parts = path.join(work, `parts-${articles}`);
  const tiles = path.join(work, `tiles-${articles}`);
  const genKey = await inputsKey(process.cwd(), 'scripts/gen-corpus.ts', GEN_OTHERS, articles, seed);
  log(`bench ${articles}: corpus parts (${parts})`);
  const gen = await step(parts, genKey, () =>
    runScript(process.cwd(), 'scripts/gen-corpus.ts', ['--articles', String(articles), '--parts', parts, '--seed', String(seed)], log),
  );
  // The parts' key stands for their bytes: hashing gigabytes of parts would take minutes.
  const tileKey = await inputsKey(app.root, 'src/ingest/tiles/cli.ts', [], genKey);
  log(`bench ${articles}: tiles (${tiles})`);
  const build = await step(tiles, tileKey, () =>
    runScript(app.root, 'src/ingest/tiles/cli.ts', [parts, '--out', tiles, '--tmp', work], log),
  );
  const manifest = fs.readdirSync(tiles).find((n) => /^manifest\.[0-9a-f]{16}\.json$/.test(n));
  if (!manifest) throw new Error(`${tiles} holds no manifest`);
  const m = JSON.parse(fs.readFileSync(path.join(tiles, manifest), 'utf8')) as { articles: number; events: number; root: string };
  const mb = build.summary.map((l) => /([\d.]+) MB in /.exec(l)).find(Boolean);
  return {
    parts,
    tiles,
    root: m.root.replace(/\/$/, ''),
    gen,
    build,
    articles: m.articles,
    events: m.events,
    bytes: mb ? Number(mb[1]) * 2 ** 20 : NaN,
  };
}
