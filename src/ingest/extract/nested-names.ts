// Names inside a longer name, each a mention of its own actor: "Durham" (a place) in "Durham University", "Red Hat"
// (the company the article names) in "Red Hat Enterprise Linux". Read by actors.ts for every typed name.
import { CONNECTORS } from '../lexicon/not-names';
import { bodyHead } from './body-names';
import { isDictWord, isPlainWord } from './dictionary';
import { countryName, isCommonWord, isFirstName, lookup } from './gazetteer';
import { classify, type Typed } from './kinds';
import type { Candidate } from './candidate';

/**
 * Names inside a longer name: "Durham" (a place) in "Durham University", "Red Hat" (the company, named so in the
 * article) in "Red Hat Enterprise Linux". Each is a mention of its own actor; the longest sub-run wins.
 */
export function nestedNames(c: Candidate, outer: Typed, byKey: Map<string, Typed>): { c: Candidate; t: Typed }[] {
  const out: { c: Candidate; t: Typed }[] = [];
  const n = c.tokens.length;
  // Long runs (a list of names glued by a bad text) are not searched: the scan is quadratic in the run.
  // Nor a body of a country ("South Korea national team": no "Korea" inside).
  if (n < 2 || n > 8 || ['person', 'place', 'country', 'group'].includes(outer.kind) || outer.partOf?.startsWith('country:')) return out;
  // "HR 6819": a catalogue's letters and an object's number; the letters name nothing of their own.
  if (n === 2 && /^\d{4,6}$/.test(c.tokens[1].text)) return out;
  for (let i = 0; i < n; i++) {
    for (let len = n - i - (i === 0 ? 1 : 0); len > 0; len--) {
      const toks = c.tokens.slice(i, i + len);
      if (!/^\p{Lu}/u.test(toks[0].text) || !/^\p{Lu}/u.test(toks[len - 1].text)) continue;
      const key = toks.map((x) => x.text.toLowerCase()).join(' ');
      // A lone ordinary word is no place of its own inside a longer name ("Centre", "Store"), and after the name's
      // first word it is its head or part of it ("Supreme Court", "World War II", "King Jr. Day"), not another
      // name ("Apple" in "Apple Store" stays).
      const ordinary = len === 1 && (isDictWord(key) || isCommonWord(key)) && !countryName(key);
      if (ordinary && i > 0 && isPlainWord(key)) continue;
      // "Morgan Stanley", "Charles Schwab": after a first name, a place's word is a founder's family name.
      const founder = i === 1 && n === 2 && isFirstName(c.tokens[0].text.toLowerCase());
      const known = ordinary || founder ? undefined : lookup(key, toks.map((x) => x.text).join(' '));
      const t =
        known && (known.kind === 'place' || known.kind === 'country')
          ? classify(toks.map((x) => x.text).join(' '), {
              ...c,
              start: 0,
              end: toks.map((x) => x.text).join(' ').length,
              tokens: rebase(toks),
              before: '',
              after: '',
              title: undefined,
              personHint: false,
              employer: false,
            })
          : byKey.get(key);
      const atEnd = i + len === n && i > 0 && !CONNECTORS.has(c.tokens[i - 1].text.toLowerCase());
      if (!t || t === outer || t.kind === 'person' || t.name === outer.name || bodyHead(toks, atEnd, outer, t)) continue;
      out.push({ c: { ...c, start: toks[0].start, end: toks[len - 1].end, tokens: toks, title: undefined }, t });
      i += len - 1;
      break;
    }
  }
  return out;
}

/** Tokens re-offset to a string of their own words joined by spaces. */
function rebase(toks: Candidate['tokens']): Candidate['tokens'] {
  let at = 0;
  return toks.map((x) => {
    const r = { start: at, end: at + x.text.length, text: x.text };
    at = r.end + 1;
    return r;
  });
}
