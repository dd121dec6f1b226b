// The extraction worker as one plain JavaScript file, built by esbuild, so a
// worker starts without tsx's loader: through its hooks each of the ~860
// modules the worker imports (compromise's and chrono-node's included) is
// resolved and loaded one by one, about 3.5 s of CPU per worker, against
// about 1 s for the bundle. Built once into node_modules/.cache/dateline/ and
// reused while every input keeps its size and time. Node only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));
/** Beside the project's packages: the bundle resolves the data packages it reads at run time (createRequire) from there. */
const OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/dateline/', import.meta.url));
const OUT = path.join(OUT_DIR, 'extract-worker.mjs');
const STAMP = path.join(OUT_DIR, 'extract-worker.inputs.json');
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

/** The bundle is there and none of the files it was built from changed since. */
function upToDate(): boolean {
  try {
    const inputs = JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Record<string, string>;
    return fs.existsSync(OUT) && Object.keys(inputs).length > 0 && Object.entries(inputs).every(([f, s]) => stampOf(f) === s);
  } catch {
    return false;
  }
}

let built: Promise<string | undefined> | undefined;

/** The bundled worker's path (built if needed), or undefined when it cannot be built (no esbuild, no sources, read-only disk). */
export function bundledWorker(): Promise<string | undefined> {
  built ??= build().catch(() => undefined);
  return built;
}

async function build(): Promise<string | undefined> {
  if (!fs.existsSync(ENTRY)) return undefined; // running from a bundle of this module: no sources to build from
  if (upToDate()) return OUT;
  const esbuild = await import('esbuild');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    logLevel: 'silent',
    banner: { js: BANNER },
    external: ['esbuild'],
  });
  const inputs: Record<string, string> = {};
  for (const f of Object.keys(result.metafile.inputs)) {
    const abs = path.resolve(f);
    inputs[abs] = stampOf(abs);
  }
  fs.renameSync(tmp, OUT);
  fs.writeFileSync(STAMP, JSON.stringify(inputs));
  return OUT;
}
