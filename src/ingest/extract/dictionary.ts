// English word list (Hunspell en_US of the `dictionary-en` package): a
// lower-case entry is an ordinary word ("apple", "store", "unfortunately"),
// a capitalized one a proper noun ("Apple", "Darwin", "Cupertino"). Used as
// evidence only: a capitalized run made of ordinary words is no person's name.
// Loaded once per process (~50k lines, ~20 ms); a missing file gives empty sets.
import { DICTIONARY_TEXT } from './dictionary-text';

const common = new Set<string>();
const proper = new Set<string>();

function load(raw: string): void {
  for (const line of raw.split('\n')) {
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    if (!word || /\d/.test(word)) continue;
    if (/^\p{Lu}/u.test(word)) proper.add(word.toLowerCase());
    else common.add(word.toLowerCase());
  }
}
load(DICTIONARY_TEXT);

/** The forms a word list entry may take: plural, past, gerund, adverb. */
function stems(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('ly')) out.push(w.slice(0, -2), `${w.slice(0, -3)}le`);
  return out;
}

/** A lower-case dictionary word (in one of its usual forms). */
export const isDictWord = (w: string): boolean => stems(w.toLowerCase()).some((s) => common.has(s));
/** A capitalized dictionary entry: a proper noun (first name, place, brand, ...). */
export const isDictProper = (w: string): boolean => proper.has(w.toLowerCase());
/** An ordinary word that the list never writes capitalized. */
export const isPlainWord = (w: string): boolean => isDictWord(w) && !isDictProper(w);
