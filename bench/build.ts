// Production builds of the app (per corpus) and of the plain comparison page,
// their size on the wire, and `vite preview` servers for them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';

const PLAIN_ROOT = path.resolve('bench/plain');

/** The app under test: the working tree, or one commit exported beside it. */
export interface AppSource {
  root: string;
  /** `HEAD` abbreviated, or the exported commit. */
  label: string;
  ingest: typeof import('../src/ingest/ingest').ingestFolder;
}

/**
 * `rev` undefined: the working tree as it is. Otherwise that commit, exported
 * (git archive) under `work`, so others' uncommitted edits do not leak into
 * the figures and the table can name the commit it measured.
 */
export async function appSource(work: string, rev?: string): Promise<AppSource> {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  if (!rev) {
    const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'public').split('\n').filter(Boolean).length;
    const label = `working tree at ${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted file(s)` : ''}`;
    return { root: process.cwd(), label, ingest: (await import('../src/ingest/ingest')).ingestFolder };
  }
  const sha = git('rev-parse', '--short', `${rev}^{commit}`);
  const root = path.join(work, `src-${sha}`);
  if (!fs.existsSync(path.join(root, 'vite.config.ts'))) {
    fs.mkdirSync(root, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${root}"`]);
    fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  }
  const ingest = (await import(path.join(root, 'src/ingest/ingest.ts'))) as typeof import('../src/ingest/ingest');
  return { root, label: `commit ${sha}`, ingest: ingest.ingestFolder };
}

export interface Sizes {
  raw: number;
  gzip: number;
  js: number;
  css: number;
}

/** Builds the app as `npm run build` does, for the articles in `corpusDir`. */
/** `keep`: names in `outDir` left in place (a tiled index's folder, linked again only when it is not there). */
export async function buildApp(app: AppSource, corpusDir: string, outDir: string, keep?: string[]): Promise<void> {
  const saved = { corpus: process.env.DATELINE_CORPUS, env: process.env.NODE_ENV };
  process.env.DATELINE_CORPUS = path.resolve(corpusDir);
  // Inside a Vitest worker NODE_ENV is `test`, and Vite would bundle React's
  // development build (330 KB gzip instead of 268 KB): measure what users get.
  process.env.NODE_ENV = 'production';
  if (keep) emptyExcept(outDir, keep);
  try {
    await build({
      configFile: path.join(app.root, 'vite.config.ts'),
      root: app.root,
      logLevel: 'error',
      build: { outDir, emptyOutDir: !keep },
    });
  } finally {
    restore('DATELINE_CORPUS', saved.corpus);
    restore('NODE_ENV', saved.env);
  }
}

/** Empties `dir` but for the paths `keep` names (relative, `a/b/c`) and the folders that lead to them. */
function emptyExcept(dir: string, keep: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const inner = keep.filter((k) => k === name || k.startsWith(`${name}/`)).map((k) => k.slice(name.length + 1));
    if (inner.includes('')) continue;
    const full = path.join(dir, name);
    if (inner.length > 0 && fs.statSync(full).isDirectory()) emptyExcept(full, inner);
    else fs.rmSync(full, { recursive: true, force: true });
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

export async function buildPlain(outDir: string): Promise<void> {
  await build({ configFile: false, root: PLAIN_ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

/** Every file of a build, raw and gzipped (as a server would send it), with JS and CSS apart. */
export function distSizes(outDir: string): Sizes {
  const sizes: Sizes = { raw: 0, gzip: 0, js: 0, css: 0 };
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
    const gz = zlib.gzipSync(bytes).length;
    sizes.raw += bytes.length;
    sizes.gzip += gz;
    if (entry.name.endsWith('.js')) sizes.js += gz;
    if (entry.name.endsWith('.css')) sizes.css += gz;
  }
  return sizes;
}

/** `vite preview` of a build: the app's (with its config) or, without `app`, the plain page's. */
export async function serve(outDir: string, app?: AppSource): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: app ? path.join(app.root, 'vite.config.ts') : false,
    root: app ? app.root : PLAIN_ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4400, strictPort: false, open: false, host: '127.0.0.1' },
  });
  return { url: server.resolvedUrls!.local[0], close: () => server.close() };
}
