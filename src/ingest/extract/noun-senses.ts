// WordNet's sense index cut to what the extractor reads: each one-word noun
// with the lexicographer file of its commonest sense, one "lemma NN" a line,
// "i" after it for a named individual (about a tenth of the file). Node cuts
// it when first asked; the page's build cuts it once (vite.config.ts), so the
// page does not carry the whole index.

/**
 * "game%1:04:00:: 00456623 1 38" (a noun, file 04, sense number 1) -> "game 04"; with `dataNoun` (WordNet's data.noun,
 * where the offset 00456623 points), an instance of a class ("woolworth", one named man) gets an "i": "woolworth 18i".
 */
export function firstNounSenses(indexSense: string, dataNoun?: Uint8Array): string {
  const out: string[] = [];
  const line = /^([a-z][a-z'-]*)%1:(\d\d):\S+ (\d+) 1 \d+$/gm;
  for (let m = line.exec(indexSense); m; m = line.exec(indexSense))
    out.push(`${m[1]} ${m[2]}${dataNoun && instanceAt(dataNoun, Number(m[3])) ? 'i' : ''}`);
  return out.join('\n');
}

const decoder = new TextDecoder();

/** The synset at byte `offset` of data.noun has an instance hypernym ("@i"): it is one individual. */
function instanceAt(data: Uint8Array, offset: number): boolean {
  const end = data.indexOf(10, offset);
  const head = decoder.decode(data.subarray(offset, end < 0 ? data.length : end));
  return / @i \d{8} n /.test(head.split(' | ')[0]);
}
