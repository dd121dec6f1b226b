// Tiles built from one corpus into a temporary folder, for the tests of the page's side.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../../../src/corpus/schema';
import type { TilesManifest } from '../../../src/corpus/tiles';
import { buildTiles } from '../../../src/ingest/tiles/build-tiles';

export interface BuiltTiles {
  dir: string;
  manifest: TilesManifest;
  /** The index's folder. */
  root: string;
  /** A gzipped JSON file under the index's folder. */
  read: <T>(rel: string) => T;
}

export async function buildInTemp(corpus: Corpus, prefix: string): Promise<BuiltTiles> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const result = await buildTiles(
    (async function* () {
      yield corpus;
    })(),
    dir,
    { name: 'test' },
  );
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, result.manifestFile), 'utf8')) as TilesManifest;
  const root = path.join(dir, manifest.root);
  return { dir, manifest, root, read: <T>(rel: string) => JSON.parse(gunzipSync(fs.readFileSync(path.join(root, rel))).toString()) as T };
}
