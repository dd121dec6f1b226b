// `npm run gen:corpus -- --articles N --out <dir> [--seed S] [--dense-events E]`:
// a synthetic corpus made of the real Wikinews texts, re-dated over 20 years,
// so the benchmarks see real text density at any size. Same seed, same bytes.
// `npm run gen:corpus -- --articles N --parts <dir> [--seed S] [--per-part P] [--actors A] [--no-check]`:
// corpus parts written directly, without article files or extraction
// (gen-parts/: any size in bounded memory).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { listArticleFiles, readArticleFiles } from '../src/ingest/files';
import { ingestFolderParallel } from '../src/ingest/ingest';
import { parseArticle } from '../src/ingest/parse';

export const SOURCE_DIR = 'examples/wikinews/articles';
/** Publication dates fall in these 20 years (UTC days). */
const FIRST_DAY = Date.UTC(2006, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 0, 1) - FIRST_DAY) / 864e5);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface GeneratedFile {
  name: string;
  content: string;
}

interface Source {
  slug: string;
  date: string;
  title: string;
  source?: string;
  text: string;
}

/** mulberry32: tiny, seedable and identical on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSources(dir = SOURCE_DIR): Source[] {
  const { files } = listArticleFiles(dir);
  return readArticleFiles(dir, files).flatMap((f) => {
    const { article } = parseArticle(f.bytes, f.path);
    if (!article) return [];
    const slug = article.id.replace(/^wn\d{4}-\d{4}-/, '');
    return [{ slug, date: article.date, title: article.title, source: article.source, text: article.text }];
  });
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function randomDay(random: () => number): Date {
  return new Date(FIRST_DAY + Math.floor(random() * DAYS) * 864e5);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Years in the body move with the new publication date, so mentioned events spread too. */
function shiftYears(text: string, delta: number): string {
  return text.replace(/\b(19|20)\d\d\b(?!\s*(UTC|GMT|hours|hrs|local))/g, (y) => String(Number(y) + delta));
}

function fileText(date: string, title: string, source: string | undefined, body: string): string {
  return `date ${date}\ntitle ${title}\n${source ? `source ${source}\n` : ''}\n${body.trim()}\n`;
}

/** N articles: the sources in a seeded order, cycled, each with a new date and id. */
export function generateCorpus(articles: number, seed: number, sources: Source[]): GeneratedFile[] {
  if (sources.length === 0) throw new Error('no source articles');
  const random = rng(seed);
  const width = String(articles).length;
  const titles = new Set<string>();
  let order: Source[] = [];
  const files: GeneratedFile[] = [];
  for (let i = 0; i < articles; i++) {
    if (i % sources.length === 0) order = shuffled(sources, random);
    const src = order[i % sources.length];
    const day = randomDay(random);
    const delta = day.getUTCFullYear() - Number(src.date.slice(0, 4));
    let title = src.title;
    for (let k = 2; titles.has(title); k++) title = `${src.title} (${k})`;
    titles.add(title);
    const name = `g${String(i + 1).padStart(width, '0')}-${src.slug}.txt`;
    files.push({ name, content: fileText(iso(day), title, src.source, shiftYears(src.text, delta)) });
  }
  return files;
}

/** Openers that read right in lower case after "On <date>, " (names keep their capital). */
const COMMON_OPENER = /^(The|A|An|In|On|At|It|This|These|Those|They|He|She|We|After|But|However|According)\b/;

/** One article of `events` real sentences, each opened by its own explicit date. */
export function denseArticle(events: number, seed: number, sources: Source[]): GeneratedFile {
  const random = rng(seed ^ 0x5eed);
  const sentences = sources.flatMap((s) => s.text.split(/(?<=[.!?])\s+/).filter((x) => /^[A-Z][^"“”]{40,200}[.!?]$/.test(x)));
  const lines: string[] = [];
  for (let i = 0; i < events; i++) {
    const d = randomDay(random);
    const s = sentences[Math.floor(random() * sentences.length)];
    const lead = COMMON_OPENER.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
    lines.push(`On ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${lead}`);
  }
  const title = `Chronicle: ${events} dated events in one article`;
  return { name: `dense-${events}.txt`, content: fileText('2025-12-31', title, undefined, lines.join('\n\n')) };
}

/** Writes the files; an existing folder must be empty or hold only earlier generated files. */
export function writeCorpus(dir: string, files: GeneratedFile[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const old = fs.readdirSync(dir);
  const foreign = old.filter((f) => !/^(g\d+-.*|dense-\d+)\.txt$/.test(f));
  if (foreign.length > 0) throw new Error(`${dir} holds files this generator did not write (${foreign[0]}); use an empty folder`);
  for (const f of old) fs.rmSync(path.join(dir, f));
  for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.content);
}

const USAGE =
  'usage: npm run gen:corpus -- --articles N --out <dir> [--seed S] [--dense-events E]\n' +
  '       npm run gen:corpus -- --articles N --parts <dir> [--seed S] [--per-part P] [--actors A] [--no-check]';

const whole = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Number(s));

/** Parts: the Wikinews demo ingested (from the extraction cache after the first run) lends its actors, headlines and quotes. */
async function mainParts(values: Record<string, string | boolean | undefined>, n: number, seed: number): Promise<number> {
  const perPart = whole(values['per-part'] as string | undefined, 10_000);
  const actors = values.actors === undefined ? undefined : Number(values.actors);
  if (
    !Number.isInteger(n) ||
    n < 1 ||
    !Number.isInteger(perPart) ||
    perPart < 1 ||
    (actors !== undefined && (!Number.isInteger(actors) || actors < 1))
  ) {
    console.error(USAGE);
    return 2;
  }
  const { generateParts, writeParts } = await import('./gen-parts/generate');
  const t0 = performance.now();
  const { corpus } = await ingestFolderParallel(SOURCE_DIR);
  const dir = values.parts as string;
  const total = Math.ceil(n / perPart);
  const written = writeParts(dir, generateParts(corpus, { articles: n, seed, perPart, actors }), !values['no-check'], (done) => {
    if (done % 10 === 0 || done === total) console.log(`part ${done}/${total}`);
  });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${n} articles in ${written.parts} part${written.parts === 1 ? '' : 's'}, ${(written.bytes / 2 ** 20).toFixed(1)} MB` +
      ` (seed ${seed}) in ${s} s -> ${dir}`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'dense-events': { type: 'string' },
      parts: { type: 'string' },
      'per-part': { type: 'string' },
      actors: { type: 'string' },
      'no-check': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const n = Number(values.articles ?? 0);
  const dense = Number(values['dense-events'] ?? 0);
  const seed = Number(values.seed);
  if (values.parts !== undefined && !values.help && Number.isInteger(seed))
    return values.out ? (console.error(USAGE), 2) : mainParts(values, n, seed);
  if (
    values.help ||
    !values.out ||
    !Number.isInteger(n) ||
    n < 0 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(dense) ||
    n + dense === 0
  ) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const sources = loadSources();
  const files = generateCorpus(n, seed, sources);
  if (dense > 0) files.push(denseArticle(dense, seed, sources));
  writeCorpus(values.out, files);
  console.log(`${files.length} article files (seed ${seed}) -> ${values.out}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error((err as Error).message);
      process.exitCode = 1;
    },
  );
}
