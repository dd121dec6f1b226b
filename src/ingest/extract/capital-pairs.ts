// Pairs of capitalized words after a lower-case word ("said Vice President", "at Carmel Valley"), which
// names.ts reads as names whatever their first word is. A hot path: it reads every article whole.
/** Two capitalized words after a space; the word before them is checked by hand (capitalPairs). */
const PAIR = / (\p{Lu}[\p{L}'’-]*) (\p{Lu}[\p{L}'’-]*)/gu;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** The code point that ends at `i` (a surrogate pair is one). */
const before = (t: string, i: number): string => {
  const c = t.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? t.slice(i - 2, i) : t[i - 1];
};
/** `\p{Ll}` and `\p{L}` of one code point, from its ASCII code where that settles it. */
const lowerChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(ch);
};
const letterChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(ch);
};
/**
 * Where the lower-case word ending at the space `at` starts (a comma, semicolon or colon may end it), or -1 where
 * the word before is none or not all lower case.
 */
function lowerWordBefore(text: string, at: number): number {
  const q = at > 0 && /[,;:]/.test(text[at - 1]) ? at - 1 : at;
  let p = q;
  while (p > 0 && lowerChar(before(text, p))) p -= before(text, p).length;
  return p === q || (p > 0 && letterChar(before(text, p))) ? -1 : p;
}

/**
 * The matches of `/(?<!\p{L})\p{Ll}+[,;:]? (\p{Lu}[\p{L}'’-]*) (\p{Lu}[\p{L}'’-]*)/gu` over `text` (their two
 * capitalized words), the same ones in the same order, about seven times faster: that pattern tries its look-behind
 * at every position of the article, this one looks for a space and a capital first, then reads the lower-case word
 * before it backwards.
 */
export function capitalPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  let end = 0; // where the last match ended: the next starts after it
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const p = lowerWordBefore(text, m.index);
    if (p < end) {
      PAIR.lastIndex = m.index + 1;
      continue;
    }
    out.push([m[1], m[2]]);
    end = PAIR.lastIndex;
  }
  return out;
}

const CAPITAL_AFTER_SPACE = / (\p{Lu}[\p{L}'’-]*)/gu;
let wordsOf: { text: string; words: Set<string> } = { text: '', words: new Set() };
/**
 * The capitalized words `text` starts a name with after a lower-case word ("announced by Airbus", "built by Airbus
 * Military") and never writes in lower case: a name's word, so the article's sentences may start with it as a name
 * ("Airbus said"). Not a name's later word ("the English Language") nor a noun written plain too ("iodine deficiency").
 */
export function midSentenceCapitals(text: string): Set<string> {
  if (wordsOf.text === text) return wordsOf.words;
  const words = new Set<string>();
  CAPITAL_AFTER_SPACE.lastIndex = 0;
  for (let m = CAPITAL_AFTER_SPACE.exec(text); m; m = CAPITAL_AFTER_SPACE.exec(text)) {
    // The word before is written in lower case ("by", not "English"); no label ("demo Image: Nick Moreau").
    if (lowerWordBefore(text, m.index) >= 0 && text[m.index + m[0].length] !== ':') words.add(m[1]);
  }
  for (const w of words) if (writtenLower(text, w.toLowerCase())) words.delete(w);
  wordsOf = { text, words };
  return words;
}

/** `text` writes the lower-case word `w` as a word of its own somewhere ("iodine" in "iodine deficiency"). */
function writtenLower(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + w.length] ?? ' ';
    if (!letterChar(before) && !/['’-]/.test(before) && !letterChar(after) && !/['’-]/.test(after)) return true;
  }
  return false;
}
