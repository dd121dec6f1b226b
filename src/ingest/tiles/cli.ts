// `npm run tiles -- <corpus.json | parts-folder> --out <dir>`: writes the
// tiled index (docs/tiles.md) and prints what it wrote, the build time and
// the peak resident memory.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildTiles } from './build-tiles';
import { readParts } from './read-parts';

const USAGE = 'usage: npm run tiles -- <corpus.json | folder of corpus parts> --out <dir> [--tmp <dir>]';

async function* corpora(input: string) {
  for await (const { corpus } of readParts(input)) yield corpus;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, tmp: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [input, ...extra] = positionals;
  if (values.help || !input || extra.length > 0 || !values.out || !fs.existsSync(input)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const started = performance.now();
  let last = 0;
  const result = await buildTiles(corpora(input), values.out, {
    name: path.basename(input, '.json'),
    tmpDir: values.tmp,
    onProgress: (message) => {
      // A line every few seconds: a million articles take minutes.
      if (performance.now() - last < 5000) return;
      last = performance.now();
      console.error(`tiles: ${message}`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `tiles: ${result.articles.toLocaleString('en')} articles, ${result.events.toLocaleString('en')} events, ` +
      `${result.actors.toLocaleString('en')} actors -> ${result.tiles.toLocaleString('en')} tiles and ` +
      `${result.actorTiles.toLocaleString('en')} actor tiles, ` +
      `${(result.bytes / 2 ** 20).toFixed(1)} MB in ${path.join(values.out, result.root)}/`,
  );
  console.log(`tiles: manifest ${path.join(values.out, result.manifestFile)}`);
  console.log(`tiles: build ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(`tiles: ${err.message}`);
    process.exitCode = 1;
  },
);
