// WordNet's sense index cut to what the extractor reads: each one-word noun
// with the lexicographer file of its commonest sense, one "lemma NN" a line
// (about a tenth of the file). Node cuts it when it loads; the page's build
// cuts it once (vite.config.ts), so the page does not carry the whole index.

/** "game%1:04:00:: 00456623 1 38" (a noun, file 04, sense number 1) -> "game 04". */
export function firstNounSenses(indexSense: string): string {
  const out: string[] = [];
  const line = /^([a-z][a-z'-]*)%1:(\d\d):\S+ \d+ 1 \d+$/gm;
  for (let m = line.exec(indexSense); m; m = line.exec(indexSense)) out.push(`${m[1]} ${m[2]}`);
  return out.join('\n');
}
