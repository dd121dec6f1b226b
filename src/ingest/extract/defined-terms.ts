// Abbreviations a text defines for common nouns: "ground reaction force (GRF)", "a segmented compact light-emitting
// diode (SCLED)", "scalar implicature (SI)". Such a term is no name anywhere in the text, though it is in capitals.
// So is a term written in capitals whose words are all ordinary ones, with no head of a body, place or thing, that a
// name has or that is used as a verb: "CentOS 8's End of Life (EOL)", "decided to EOL (End of Life)".
import { escapeRegExp } from '../lexicon/regexp';
import { THING_HEADS } from '../lexicon/thing-words';
import { isPlainWord } from './dictionary';
import { isOrgWord, isPlaceWord, isTitleWord, lookup } from './gazetteer';

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

const LETTERS = /^\p{L}+$/u;
/** Heads of a made thing that a capitalized term names ("Automatic Identification System (AIS)" is one). */
const MADE = new Set(['system', 'network', 'service', 'protocol', 'interface', 'platform', 'standard', 'device', 'machine']);

/** The capitalized words spell `abbr` by their initials and are all ordinary words that head no name. */
function plainTerm(words: string[], abbr: string): boolean {
  const content = words.filter((w) => !SKIP.has(w));
  // The initials of the content words, or of every word ("End of Life" is "EOL").
  const spells = (ws: string[]) =>
    ws
      .map((w) => w[0])
      .join('')
      .toUpperCase() === abbr;
  if (content.length < 2 || !(spells(content) || spells(words))) return false;
  if (!content.every((w) => LETTERS.test(w) && /^\p{Lu}\p{Ll}/u.test(w))) return false;
  const low = content.map((w) => w.toLowerCase());
  const last = low[low.length - 1];
  return (
    low.every((w) => isPlainWord(w) && !isOrgWord(w) && !isTitleWord(w)) &&
    !isPlaceWord(last) &&
    !THING_HEADS.has(last) &&
    !MADE.has(last) &&
    !lookup(words.join(' ').toLowerCase(), words.join(' '))
  );
}

/** "CentOS 8's End of Life": the term is had by a name (a body's own term would not be: "AEW (All Elite Wrestling)"). */
const owned = (text: string, at: number): boolean => /\S['’]s $/.test(text.slice(Math.max(0, at - 4), at));

/**
 * Where a text writes a common term it defines in capitals, of ordinary words, had by a name or used as a verb
 * ("CentOS 8's End of Life (EOL)", "decided to EOL (End Of Life)"), every occurrence of the term and of its
 * abbreviation, as [start, end) spans: no name lies inside one.
 */
export function plainTermSpans(text: string): [number, number][] {
  const terms = new Set<string>();
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}]*\s+(?:(?:of|and|the|for|in|on|to|a|an)\s+)?){1,5})\((\p{Lu}{2,6})\)/gu)) {
    const words = m[1].trim().split(/\s+/);
    // The shortest run of the words before the bracket whose initials spell the abbreviation.
    for (let k = words.length - 1; k >= 0; k--) {
      const run = words.slice(k);
      const at = m.index + m[1].indexOf(run[0]);
      if (plainTerm(run, m[2]) && owned(text, at)) {
        terms.add(run.join(' ').toLowerCase());
        terms.add(m[2].toLowerCase());
        break;
      }
    }
  }
  for (const m of text.matchAll(
    /\b(\p{Lu}{2,6}) \(((?:\p{Lu}\p{Ll}+|of|and|the|for|in|on|to|a|an)(?: (?:\p{Lu}\p{Ll}+|of|and|the|for|in|on|to|a|an)){1,5})\)/gu,
  )) {
    if (plainTerm(m[2].split(' '), m[1]) && /\bto $/.test(text.slice(Math.max(0, m.index - 3), m.index))) {
      terms.add(m[2].toLowerCase());
      terms.add(m[1].toLowerCase());
    }
  }
  if (!terms.size) return [];
  const out: [number, number][] = [];
  const escaped = [...terms].map(escapeRegExp);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'giu')))
    out.push([m.index, m.index + m[0].length]);
  return out;
}
