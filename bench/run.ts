// `npm run bench [-- --sizes 1,1000,10000 | --quick] [--seed S] [--timeout SECONDS]
//   [--app-rev REV] [--no-write]`: generates each corpus, ingests and
// builds it, then measures the app and a plain vis-timeline page fed the same
// events, in one browser, one page at a time (the machine has two cores).
// A size `denseE` is one article with E dated sentences.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { DataItem } from 'vis-timeline/peer';
import { denseArticle, generateCorpus, loadSources, writeCorpus } from '../scripts/gen-corpus';
import { dateSpan, isPointDate } from '../src/corpus/dates';
import type { Corpus } from '../src/corpus/schema';
import { fitWindow } from '../src/store/view-store';
import { appSource, buildApp, buildPlain, distSizes, serve, type Sizes } from './build';
import { launch, measure, unmeasured } from './page';
import { machineLine, table, writeDoc, type Machine, type Row } from './report';

const WORK = path.resolve('.cache/bench');

export interface BenchOptions {
  sizes: string[];
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

/** The plain page's data: every event as the box / point / range vis-timeline draws by default. */
function plainData(corpus: Corpus) {
  const items: DataItem[] = corpus.events.map((e) => {
    const span = dateSpan(e.date);
    const mid = new Date(span.start.getTime() + 12 * 3600e3);
    if (e.kind === 'published') return { id: e.id, type: 'box', start: mid, content: e.title };
    if (isPointDate(e.date)) return { id: e.id, type: 'point', start: mid, content: e.title };
    return { id: e.id, type: 'range', start: span.start, end: span.end, content: e.title };
  });
  // Opens on the publication dates, as the app does (mentions reach back centuries).
  // A loop, not Math.min(...): spreading 100,000 arguments overflows the stack.
  const extent = { start: Infinity, end: -Infinity };
  for (const i of items) {
    if (i.type !== 'box') continue;
    extent.start = Math.min(extent.start, +i.start);
    extent.end = Math.max(extent.end, +i.start);
  }
  return { window: fitWindow(extent), items };
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

  let browser = await launch();
  const machine = describeMachine(browser.version(), app.label);
  const rows: Row[] = [];
  try {
    for (const spec of opts.sizes) {
      const { dir, articles } = generate(spec, opts.seed, sources);
      log(`bench ${spec}: ingest`);
      const { corpus, ms: ingestMs } = withoutCache(() => app.ingest(dir));
      const appDir = path.join(WORK, `app-${spec}`);
      log(`bench ${spec}: vite build (${corpus.events.length} events)`);
      const t0 = performance.now();
      // A build that fails (a corpus too big to bundle) is a finding, not the end of the run.
      const buildError = await buildApp(app, dir, appDir).then(
        () => undefined,
        (err: Error) => err.message.split('\n')[0],
      );
      const buildMs = performance.now() - t0;
      const failed = { raw: NaN, gzip: NaN, js: NaN, css: NaN };
      const warmIngestMs = buildError ? NaN : app.ingest(dir).ms; // the build filled the extraction cache
      const dist = buildError ? failed : distSizes(appDir);
      const plainDir = path.join(WORK, `plain-${spec}`);
      fs.cpSync(plainTemplate, plainDir, { recursive: true });
      const data = plainData(corpus);
      fs.writeFileSync(path.join(plainDir, 'events.json'), JSON.stringify(data));

      const measureOpts = { stepTimeoutMs: opts.timeoutS * 1000 };
      const pages = [];
      for (const [name, out, source] of [
        ['app', appDir, app],
        ['plain', plainDir, undefined],
      ] as const) {
        log(`bench ${spec}: ${name} in Chromium`);
        if (source && buildError) {
          pages.push(unmeasured(`vite build failed: ${buildError}`));
          continue;
        }
        const server = await serve(out, source);
        pages.push(await measure(browser, server.url, measureOpts));
        await server.close();
        if (!browser.isConnected() || pages.at(-1)!.errors.includes('context did not close')) {
          await browser.close().catch(() => undefined);
          browser = await launch(); // a frozen renderer would slow every later page
        }
      }
      rows.push({
        label: /^dense/.test(spec) ? `1 article, ${spec.slice(5)} dated sentences` : `N = ${articles.toLocaleString('en-US')}`,
        articles,
        events: corpus.events.length,
        ingestMs,
        warmIngestMs,
        buildMs,
        dist,
        corpus: { raw: dist.raw - baseline.raw, gzip: dist.gzip - baseline.gzip },
        app: pages[0],
        plain: pages[1],
      });
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return { rows, baseline, machine, table: table(rows, baseline, opts.timeoutS) };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1,1000,10000' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60' },
      'app-rev': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const sizes = values.quick ? ['200'] : values.sizes.split(',').map((s) => s.trim().replace(/_/g, ''));
  const opts = { sizes, seed: Number(values.seed), timeoutS: Number(values.timeout), appRev: values['app-rev'] };
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
