// Abbreviations a text defines for common nouns: "ground reaction force (GRF)", "a segmented compact light-emitting
// diode (SCLED)", "scalar implicature (SI)". Such a term is no name anywhere in the text, though it is in capitals.

const SKIP = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an']);

/** The abbreviations (as written, without a plural "s") that `text` defines for lower-case phrases. */
export function commonAbbreviations(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\((\p{Lu}{2,7})s?\)/gu)) {
    const abbr = m[1];
    const before = text
      .slice(Math.max(0, m.index - 100), m.index)
      .split(/[\s-]+/)
      .filter(Boolean);
    const want = abbr.toLowerCase();
    // The phrase right before, its content words' initials spelling the abbreviation, every word in lower case.
    let letters = '';
    for (let i = before.length - 1; i >= 0 && letters.length < want.length; i--) {
      const w = before[i].replace(/[^\p{L}]/gu, '');
      if (!w || /\p{Lu}/u.test(w[0])) break;
      if (!SKIP.has(w)) letters = w[0] + letters;
    }
    if (letters === want) out.add(abbr);
  }
  return out;
}
