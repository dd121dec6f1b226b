// `npm run bench [-- --sizes 1,1000,10000 | --quick] [--million | --tiled N,...]
//   [--runs K] [--seed S] [--timeout SECONDS] [--app-rev REV] [--no-write]`:
// generates each corpus, ingests and builds it, then measures the app and a
// plain vis-timeline page fed the same events, each load in a fresh browser,
// one page at a time (the machine has two cores). A size `denseE` is one
// article with E dated sentences. A tiled size (`--million` is `--tiled
// 1000000`) is generated as corpus parts and tiled (bench/tiled-corpus.ts)
// instead of ingested, and its build reused while its inputs are unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { denseArticle, generateCorpus, loadSources, writeCorpus } from '../scripts/gen-corpus';
import { appSource, buildApp, buildPlain, distSizes, serve, type AppSource, type Sizes } from './build';
import { firstSearch, launch, measure, medianFigures, medianOf, unmeasured, type Figure, type PageFigures } from './page';
import { plainData, writePlainData } from './plain-data';
import { tiledCorpus } from './tiled-corpus';
import { machineLine, table, writeDoc, type Machine, type Row } from './report';

const WORK = path.resolve('.cache/bench');

export interface BenchOptions {
  sizes: string[];
  /** Sizes generated as parts and tiled (a million articles). */
  tiled?: number[];
  /** Loads of each page, each in a fresh browser; the table shows the medians. */
  runs?: number;
  /** The word whose first search results are timed. */
  word?: string;
  seed: number;
  timeoutS: number;
  /** A commit to measure instead of the working tree. */
  appRev?: string;
  log?: (line: string) => void;
}

export interface BenchResult {
  rows: Row[];
  baseline: Sizes;
  machine: Machine;
  table: string;
}

function generate(spec: string, seed: number, sources: ReturnType<typeof loadSources>): { dir: string; articles: number } {
  const dense = /^dense(\d+)$/.exec(spec);
  const articles = dense ? 1 : Number(spec);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`bad size "${spec}": a number or denseE`);
  const dir = path.join(WORK, `corpus-${spec}`);
  writeCorpus(dir, dense ? [denseArticle(Number(dense[1]), seed, sources)] : generateCorpus(articles, seed, sources));
  return { dir, articles };
}

/** A cold ingest: the extraction cache (.cache/extract) would hide the extractor's cost. */
function withoutCache<T>(work: () => T): T {
  const saved = process.env.DATELINE_NO_CACHE;
  process.env.DATELINE_NO_CACHE = '1';
  try {
    return work();
  } finally {
    if (saved === undefined) delete process.env.DATELINE_NO_CACHE;
    else process.env.DATELINE_NO_CACHE = saved;
  }
}

function linkIndexFolder(target: string, at: string): void {
  if (fs.existsSync(at) && fs.lstatSync(at).isSymbolicLink() && fs.readlinkSync(at) === target) return;
  fs.rmSync(at, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(target, at, 'dir');
}

async function timedBuild(app: AppSource, corpusDir: string, appDir: string, keep?: string[]) {
  const t0 = performance.now();
  // A build that fails (a corpus too big to bundle) is a finding, not the end of the run.
  const buildError = await buildApp(app, corpusDir, appDir, keep).then(
    () => undefined,
    (err: Error) => err.message.split('\n')[0],
  );
  return { buildMs: performance.now() - t0, buildError };
}

interface MeasureOptions {
  stepTimeoutMs: number;
  runs: number;
  word: string;
}

/** One load of a page, in a fresh browser (as a reader's first visit). */
async function loadOnce(url: string, opts: MeasureOptions): Promise<PageFigures> {
  const browser = await launch();
  try {
    return await measure(browser, url, opts);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** The app's and the plain page's figures, the medians of `runs` loads each, and the app's first search. */
async function measurePages(app: AppSource, appDir: string, plainDir: string, buildError: string | undefined, opts: MeasureOptions) {
  const runsOf = async (url: string) => {
    const runs: PageFigures[] = [];
    for (let i = 0; i < opts.runs; i++) {
      runs.push(await loadOnce(url, opts));
      // A page that never showed an item would only time out again.
      if (typeof runs[0].firstItem !== 'number') break;
    }
    return runs;
  };
  let appRuns = [unmeasured(`vite build failed: ${buildError}`)];
  const searches: Figure[] = [];
  if (!buildError) {
    const server = await serve(appDir, app);
    try {
      appRuns = await runsOf(server.url);
      for (let i = 0; i < appRuns.length; i++) searches.push(await firstSearch(server.url, opts.word, opts.stepTimeoutMs));
    } finally {
      await server.close();
    }
  }
  const server = await serve(plainDir);
  const plainRuns = await runsOf(server.url).finally(() => server.close());
  return { app: medianFigures(appRuns), plain: medianFigures(plainRuns), search: medianOf(searches), appRuns };
}

function describeMachine(chromium: string, app: string): Machine {
  return {
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: app,
  };
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const sources = loadSources();
  fs.mkdirSync(WORK, { recursive: true });
  const app = await appSource(WORK, opts.appRev);
  const plainTemplate = path.join(WORK, 'plain');
  await buildPlain(plainTemplate);
  const empty = path.join(WORK, 'corpus-empty');
  fs.rmSync(empty, { recursive: true, force: true });
  fs.mkdirSync(empty);
  await buildApp(app, empty, path.join(WORK, 'app-empty'));
  const baseline = distSizes(path.join(WORK, 'app-empty'));

  const probe = await launch();
  const machine = describeMachine(probe.version(), app.label);
  await probe.close();
  const rows: Row[] = [];
  const measureOpts = { stepTimeoutMs: opts.timeoutS * 1000, runs: opts.runs ?? 1, word: opts.word ?? 'president' };
  for (const spec of opts.sizes) {
    const { dir, articles } = generate(spec, opts.seed, sources);
    log(`bench ${spec}: ingest`);
    const { corpus, ms: ingestMs } = withoutCache(() => app.ingest(dir));
    const appDir = path.join(WORK, `app-${spec}`);
    log(`bench ${spec}: vite build (${corpus.events.length} events)`);
    const { buildMs, buildError } = await timedBuild(app, dir, appDir);
    const failed = { raw: NaN, gzip: NaN, js: NaN, css: NaN };
    const warmIngestMs = buildError ? NaN : app.ingest(dir).ms; // the build filled the extraction cache
    const dist = buildError ? failed : distSizes(appDir);
    const plainDir = path.join(WORK, `plain-${spec}`);
    fs.cpSync(plainTemplate, plainDir, { recursive: true });
    fs.writeFileSync(path.join(plainDir, 'events.json'), JSON.stringify(plainData(corpus)));
    log(`bench ${spec}: app and plain page in Chromium`);
    const pages = await measurePages(app, appDir, plainDir, buildError, measureOpts);
    rows.push({
      label: /^dense/.test(spec) ? `1 article, ${spec.slice(5)} dated sentences` : `N = ${articles.toLocaleString('en-US')}`,
      articles,
      events: corpus.events.length,
      ingestMs,
      warmIngestMs,
      buildMs,
      dist,
      corpus: { raw: dist.raw - baseline.raw, gzip: dist.gzip - baseline.gzip },
      ...pages,
    });
  }
  for (const n of opts.tiled ?? []) {
    const tc = await tiledCorpus(WORK, n, opts.seed, app, log);
    const appDir = path.join(WORK, `app-tiled-${n}`);
    log(`bench ${n}: vite build on the tiles`);
    // The index's folder is served through a symbolic link to the tiles (linking or copying a million articles'
    // files takes minutes); the working tree's plugin leaves a complete folder of that name in place, and an
    // older one (--app-rev) would copy over it: that one copies.
    const keep = app.root === process.cwd() ? [`dateline/tiles/${tc.root}`] : undefined;
    if (keep) linkIndexFolder(path.join(tc.tiles, tc.root), path.join(appDir, keep[0]));
    const { buildMs, buildError } = await timedBuild(app, tc.tiles, appDir, keep);
    // Only the app's own files are gzipped here: the tiles are gzip files already, and a million of them.
    const assets = buildError ? { raw: NaN, gzip: NaN, js: NaN, css: NaN } : distSizes(path.join(appDir, 'assets'));
    const plainDir = path.join(WORK, `plain-tiled-${n}`);
    fs.rmSync(plainDir, { recursive: true, force: true });
    fs.cpSync(plainTemplate, plainDir, { recursive: true });
    log(`bench ${n}: the plain page's events.json`);
    const plainBytes = await writePlainData(tc.parts, path.join(plainDir, 'events.json'));
    log(`bench ${n}: app and plain page (events.json ${(plainBytes / 2 ** 20).toFixed(0)} MB) in Chromium`);
    const pages = await measurePages(app, appDir, plainDir, buildError, measureOpts);
    rows.push({
      label: `N = ${tc.articles.toLocaleString('en-US')} (tiled)`,
      articles: tc.articles,
      events: tc.events,
      ingestMs: NaN,
      warmIngestMs: NaN,
      buildMs,
      dist: { ...assets, raw: assets.raw + tc.bytes, gzip: assets.gzip + tc.bytes },
      corpus: { raw: tc.bytes, gzip: tc.bytes },
      tiled: { genS: tc.gen.seconds, tilesS: tc.build.seconds, tilesPeakMB: tc.build.peakMB ?? NaN, reused: tc.build.reused },
      ...pages,
    });
  }
  return { rows, baseline, machine, table: table(rows, baseline, opts.timeoutS) };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      million: { type: 'boolean', default: false },
      tiled: { type: 'string' },
      runs: { type: 'string', default: '1' },
      word: { type: 'string', default: 'president' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60' },
      'app-rev': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const list = (s: string) => s.split(',').map((x) => x.trim().replace(/_/g, ''));
  const tiled = [...(values.million ? ['1000000'] : []), ...(values.tiled ? list(values.tiled) : [])].map(Number);
  if (tiled.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --tiled "${values.tiled}": article counts`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bad --runs "${values.runs}"`);
  // A tiled run alone does not also run the default sizes (ten minutes more).
  const sizes = values.quick ? ['200'] : values.sizes ? list(values.sizes) : tiled.length ? [] : ['1', '1000', '10000'];
  const opts = {
    sizes,
    tiled,
    runs,
    word: values.word,
    seed: Number(values.seed),
    timeoutS: Number(values.timeout),
    appRev: values['app-rev'],
  };
  const result = await runBench(opts);
  const section = [
    `Run: \`npm run bench -- ${argv.join(' ')}\`; seed ${opts.seed}.`,
    `Machine: ${machineLine(result.machine)}.`,
    'Cells: Dateline app / plain vis-timeline (ratio app ÷ plain). Times in ms, lower is better.',
    '',
    result.table,
  ].join('\n');
  console.log(section);
  if (!values['no-write']) writeDoc('docs/benchmarks.md', section);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      console.error(err.stack ?? err.message);
      process.exitCode = 1;
    },
  );
}
