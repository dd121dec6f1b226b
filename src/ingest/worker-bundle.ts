// The extraction worker as one plain JavaScript file, built by esbuild, so a
// worker starts without tsx's loader: through its hooks each of the ~860
// modules the worker imports (compromise's and chrono-node's included) is
// resolved and loaded one by one, about 3.5 s of CPU per worker, against
// about 1 s for the bundle. Built once into node_modules/.cache/dateline/ and
// reused while every input keeps its size and time. Node only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the worker's sources are by default: beside this module (not when this module was itself bundled elsewhere). */
export const WORKER_SOURCE = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));
/**
 * Beside the project's packages (src/ingest/ -> node_modules/.cache/dateline/): the bundle resolves the data packages it
 * reads at run time (createRequire) from there.
 */
const outDirOf = (entry: string) => path.join(path.dirname(entry), '..', '..', 'node_modules', '.cache', 'dateline');
/** A bundled CommonJS module may call `require`: the ES module output gets one. */
const BANNER = "import { createRequire as __dlCreateRequire } from 'node:module'; const require = __dlCreateRequire(import.meta.url);";

const stampOf = (file: string): string => {
  try {
    const st = fs.statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return '-';
  }
};

/**
 * The bundle is there, was built from `entry` (not from another checkout's sources: node_modules may be a
 * hard-linked copy) and none of the files it was built from changed since.
 */
function upToDate(entry: string, out: string, stamp: string): boolean {
  try {
    const inputs = JSON.parse(fs.readFileSync(stamp, 'utf8')) as Record<string, string>;
    return (
      fs.existsSync(out) &&
      [path.resolve(entry), fs.realpathSync(entry)].some((e) => e in inputs) &&
      Object.entries(inputs).every(([f, s]) => stampOf(f) === s)
    );
  } catch {
    return false;
  }
}

/**
 * Not 'node20': esbuild's table for Node lowers every regular expression with \p{...} to `new RegExp(...)`, built
 * again each time the code that holds it runs (hot loops of names, kinds and compromise): about 7% of a worker's CPU.
 * Node 20 runs ES2023 as written. The target is in the bundle's file name, so a bundle built otherwise is not reused.
 */
const TARGET = 'es2023';

/** One build per worker source and process. */
const built = new Map<string, Promise<string | undefined>>();

/**
 * The bundled worker's path (built if needed) from `entry` (`src/ingest/extract-worker.ts`), or undefined when
 * it cannot be built (no esbuild, no sources, a read-only disk).
 */
export function bundledWorker(entry = WORKER_SOURCE): Promise<string | undefined> {
  let p = built.get(entry);
  if (!p) built.set(entry, (p = build(entry).catch(() => undefined)));
  return p;
}

async function build(entry: string): Promise<string | undefined> {
  if (!fs.existsSync(entry)) return undefined; // running from a bundle of this module: no sources to build from
  const dir = outDirOf(entry);
  const out = path.join(dir, `extract-worker.${TARGET}.mjs`);
  const stamp = path.join(dir, `extract-worker.${TARGET}.inputs.json`);
  if (upToDate(entry, out, stamp)) return out;
  const esbuild = await import('esbuild');
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  const started = Date.now();
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: TARGET,
    outfile: tmp,
    metafile: true,
    logLevel: 'silent',
    banner: { js: BANNER },
    external: ['esbuild'],
  });
  const inputs: Record<string, string> = {};
  let edited = false;
  for (const f of Object.keys(result.metafile.inputs)) {
    const abs = path.resolve(f);
    inputs[abs] = stampOf(abs);
    edited ||= fs.statSync(abs).mtimeMs >= started;
  }
  fs.renameSync(tmp, out);
  // A source edited while esbuild read it may be in the bundle as it was: no stamp, so the next run builds again.
  // Written aside and renamed, like the bundle: a stamp file hard-linked into other checkouts stays theirs.
  if (edited) fs.rmSync(stamp, { force: true });
  else {
    fs.writeFileSync(`${stamp}.${process.pid}.tmp`, JSON.stringify(inputs));
    fs.renameSync(`${stamp}.${process.pid}.tmp`, stamp);
  }
  return out;
}
