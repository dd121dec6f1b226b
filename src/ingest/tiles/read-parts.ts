// The builder's input, one corpus at a time: a corpus JSON file, or a folder
// of corpus parts (contract-shaped corpus JSON objects, one per file, read in
// name order). Only one part is in memory at once.
import fs from 'node:fs';
import path from 'node:path';
import { validateCorpus, type Corpus } from '../../corpus/schema';

/** The part files of an input: the file itself, or the folder's `.json` files in name order. */
export function partFiles(input: string): string[] {
  if (fs.statSync(input).isFile()) return [input];
  return fs
    .readdirSync(input)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .sort()
    .map((f) => path.join(input, f));
}

/** Total bytes of the input's parts: what decides, without parsing, whether a corpus is large. */
export function inputBytes(input: string): number {
  return partFiles(input).reduce((sum, f) => sum + fs.statSync(f).size, 0);
}

export async function* readParts(input: string): AsyncGenerator<{ file: string; corpus: Corpus }> {
  for (const file of partFiles(input)) {
    let corpus: Corpus;
    try {
      corpus = validateCorpus(JSON.parse(await fs.promises.readFile(file, 'utf8')));
    } catch (err) {
      throw new Error(`${file}: ${(err as Error).message}`);
    }
    yield { file, corpus };
  }
}
