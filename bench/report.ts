// The bench's figures as one table (app / plain vis-timeline and their
// ratio, a column per corpus size), and docs/benchmarks.md kept up to date.
import fs from 'node:fs';
import type { Sizes } from './build';
import type { Figure, PageFigures } from './page';

export interface Row {
  label: string;
  articles: number;
  events: number;
  /** In-process `ingestFolder`, as the Vite plugin runs it, without the extraction cache. */
  ingestMs: number;
  /** The same once the cache holds every article. */
  warmIngestMs: number;
  buildMs: number;
  dist: Sizes;
  /** What the corpus adds to the build, against the same app built on an empty folder. */
  corpus: { raw: number; gzip: number };
  app: PageFigures;
  plain: PageFigures;
  /** From typing a word to its first result listed, in the app (median of the runs). */
  search?: Figure;
  /** Each load of the app when there were several (the table shows their medians). */
  appRuns?: PageFigures[];
  /** A size generated as parts and tiled (bench/tiled-corpus.ts): those steps' times and the tile build's peak memory. */
  tiled?: { genS: number; tilesS: number; tilesPeakMB: number; reused: boolean };
}

export interface Machine {
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  date: string;
  /** Which app was measured: the working tree or a commit. */
  commit: string;
}

const MARK_START = '<!-- bench:start -->';
const MARK_END = '<!-- bench:end -->';
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const kb = (bytes: number) => `${int(bytes / 1024)} KB`;

export function fmt(f: Figure, unit: string, timeoutS: number): string {
  if (typeof f !== 'number') return f === 'timeout' ? `timeout (>${timeoutS}s)` : f;
  return Number.isFinite(f) ? `${f < 10 ? f.toFixed(1) : int(f)}${unit}` : 'n/a';
}

function vs(app: Figure, plain: Figure, unit: string, timeoutS: number): string {
  const ratio = typeof app === 'number' && typeof plain === 'number' && plain > 0 ? ` (${(app / plain).toFixed(2)}×)` : '';
  return `${fmt(app, unit, timeoutS)} / ${fmt(plain, unit, timeoutS)}${ratio}`;
}

/** Markdown table: one row per figure, one column per corpus. */
export function table(rows: Row[], baseline: Sizes, timeoutS: number): string {
  const lines: [string, (r: Row) => string][] = [
    ['articles / events', (r) => `${int(r.articles)} / ${int(r.events)}`],
    ['ingest, cold (ms)', (r) => int(r.ingestMs)],
    ['ingest, cold (articles/s)', (r) => int(r.articles / (r.ingestMs / 1000))],
    ['ingest, extraction cached (ms)', (r) => int(r.warmIngestMs)],
    ['vite build (ms)', (r) => int(r.buildMs)],
    ['dist total, raw / gzip', (r) => `${kb(r.dist.raw)} / ${kb(r.dist.gzip)}`],
    ['corpus in dist, raw / gzip', (r) => `${kb(r.corpus.raw)} / ${kb(r.corpus.gzip)}`],
    ['fetched before first item (KB)', (r) => vs(r.app.fetchedKB, r.plain.fetchedKB, '', timeoutS)],
    ['first item painted (ms)', (r) => vs(r.app.firstItem, r.plain.firstItem, '', timeoutS)],
    ['JS heap after load (MB)', (r) => vs(r.app.heapMB, r.plain.heapMB, '', timeoutS)],
    ['zoom 1 day ↔ 20 y, frame p50 (ms)', (r) => vs(r.app.zoom.p50, r.plain.zoom.p50, '', timeoutS)],
    ['zoom frame p95 (ms)', (r) => vs(r.app.zoom.p95, r.plain.zoom.p95, '', timeoutS)],
    ['zoom frame max (ms)', (r) => vs(r.app.zoom.max, r.plain.zoom.max, '', timeoutS)],
    ['pan frame p50 (ms)', (r) => vs(r.app.pan.p50, r.plain.pan.p50, '', timeoutS)],
    ['pan frame p95 (ms)', (r) => vs(r.app.pan.p95, r.plain.pan.p95, '', timeoutS)],
    ['pan frame max (ms)', (r) => vs(r.app.pan.max, r.plain.pan.max, '', timeoutS)],
    ['JS heap after zoom 1 day → 20 y → 1 day (MB)', (r) => vs(r.app.heapAfterZoomMB, r.plain.heapAfterZoomMB, '', timeoutS)],
    ['actor ticked → timeline (ms)', (r) => fmt(r.app.actor, '', timeoutS)],
    ['first search results (ms)', (r) => (r.search === undefined ? '—' : fmt(r.search, '', timeoutS))],
  ];
  if (rows.some((r) => r.tiled)) {
    const tiledCell = (cell: (t: NonNullable<Row['tiled']>) => string) => (r: Row) => (r.tiled ? cell(r.tiled) : '—');
    lines.splice(
      1,
      0,
      ['parts generated / tiles built (s)', tiledCell((t) => `${int(t.genS)} / ${int(t.tilesS)}${t.reused ? ' (reused)' : ''}`)],
      ['tile build peak RSS (MB)', tiledCell((t) => int(t.tilesPeakMB))],
    );
  }
  const head = `| figure | ${rows.map((r) => r.label).join(' | ')} |`;
  const rule = `| --- | ${rows.map(() => '---').join(' | ')} |`;
  const body = lines.map(([name, cell]) => `| ${name} | ${rows.map(cell).join(' | ')} |`);
  const app = `App alone (built on an empty folder): JS ${kb(baseline.js)} gzip, CSS ${kb(baseline.css)} gzip.`;
  const perRun = rows.flatMap((r) =>
    r.appRuns && r.appRuns.length > 1
      ? [
          `- ${r.label}, app, each load: first item ${r.appRuns.map((f) => fmt(f.firstItem, '', timeoutS)).join(', ')} ms; ` +
            `zoom p95 ${r.appRuns.map((f) => fmt(f.zoom.p95, '', timeoutS)).join(', ')} ms; ` +
            `pan p95 ${r.appRuns.map((f) => fmt(f.pan.p95, '', timeoutS)).join(', ')} ms; ` +
            `actor ${r.appRuns.map((f) => fmt(f.actor, '', timeoutS)).join(', ')} ms`,
        ]
      : [],
  );
  const errors = rows.flatMap((r) => [
    ...r.app.errors.map((e) => `- ${r.label}, app: ${e}`),
    ...r.plain.errors.map((e) => `- ${r.label}, plain: ${e}`),
  ]);
  return [
    head,
    rule,
    ...body,
    '',
    app,
    ...(perRun.length ? ['', 'Medians of several loads:', ...perRun] : []),
    ...(errors.length ? ['', 'Page errors:', ...errors.slice(0, 20)] : []),
  ].join('\n');
}

export function machineLine(m: Machine): string {
  return `${m.date}, app: ${m.commit}; ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, Chromium ${m.chromium}`;
}

/** Replaces the generated part of the doc, keeping the prose around it. */
export function writeDoc(file: string, section: string): void {
  const block = `${MARK_START}\n${section}\n${MARK_END}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const at = old.indexOf(MARK_START);
  const end = old.indexOf(MARK_END);
  const next = at >= 0 && end > at ? old.slice(0, at) + block + old.slice(end + MARK_END.length) : `${old.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}
