// Where a name's extent is not a plain run of capitalized words: a quoted title with a possessive inside ("Uncle
// John's Band"), an ordinal that is part of a unit's name ("501st Legion"), a catalogue number ("HR 6819"), a word the
// writer completed in brackets ("Corona[virus]"), a body's field after "for the" ("League for the Defence of Human
// Rights"), a body named for its members ("House of Representatives"), a city and its district ("Washington, D.C.");
// and what the words around a name say of it: an adjective before a noun ("Magellanic penguins"), a title that is
// not its own ("former Trump adviser"), a relative ("her mother, ..."). Read by names.ts and actors.ts.
import { isCalendarWord } from '../lexicon/months';
import { ROLE_NOUNS } from '../lexicon/titles';
import { THING_HEADS } from '../lexicon/thing-words';
import { isCommonWord, isFirstName, isOrgWord, isPlaceWord, isTitleWord, lexTags, lookup } from './gazetteer';
import { isPlainWord } from './dictionary';
import { nounClass } from './noun-classes';
import type { Candidate } from './candidate';
import type { Token } from './text';

/** Lower-case words a title may hold between its capitalized ones ("Lord of the Rings", "Gone with the Wind"). */
const TITLE_GLUE = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by', 'or']);
const OPEN = /(?:^|[\s([—–-])["“]$/;
const CLOSE = /^[,.!?]?["”]/;

/**
 * `"Uncle John's Band"`, `"Dark Star"`: capitalized words (a possessive and small words between them allowed) that
 * fill a pair of quotation marks are one title, its first word included though a sentence starts again after the
 * quote mark. The index of its last token, or -1 (under two capitalized words, or anything else inside the quotes).
 */
export function quotedTitleEnd(text: string, tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!OPEN.test(text.slice(Math.max(0, first.start - 2), first.start)) || !/^\p{Lu}/u.test(first.text)) return -1;
  let capitals = 1;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    const t = tokens[j];
    if (j > i) {
      // Between two words: a space, or a possessive and a space ("John's Band").
      if (!/^(?:['’]s)? $/.test(text.slice(tokens[j - 1].end, t.start))) return -1;
      if (/^\p{Lu}/u.test(t.text)) capitals++;
      else if (!TITLE_GLUE.has(t.text)) return -1;
    }
    if (CLOSE.test(text.slice(t.end, t.end + 2))) return capitals > 1 && /^\p{Lu}/u.test(t.text) ? j : -1;
  }
  return -1;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const COUNTED = new Set(['century', 'centuries', 'anniversary', 'birthday']);

/**
 * "501st Legion", "82nd Airborne Division": an ordinal right before a name of ordinary words is part of it (the words
 * alone name nothing). Not before a known name ("116th United States Congress"), a title ("46th President"), a
 * century, or a thing's head ("12th Amendment", "3rd Edition": kinds.ts reads those).
 */
export function ordinalStart(text: string, tokens: Token[], first: number, name: Token[]): Token | undefined {
  const prev = tokens[first - 1];
  if (!prev || !ORDINAL.test(prev.text) || text.slice(prev.end, name[0].start) !== ' ') return undefined;
  const low = name.map((t) => t.text.toLowerCase());
  const last = low[low.length - 1];
  // A street's number is left to the place rules ("51st Street": the kind rules read a digit as a model's).
  if (
    !low.every(isPlainWord) ||
    isTitleWord(low[0]) ||
    isCalendarWord(low[0]) ||
    COUNTED.has(last) ||
    THING_HEADS.has(last) ||
    isPlaceWord(last)
  )
    return undefined;
  for (let k = 1; k <= low.length; k++) if (lookup(low.slice(0, k).join(' '), '')) return undefined;
  return prev;
}

/** "Corona[virus]": the writer completed the word in brackets; the capitalized piece names nothing of its own. */
export const bracketCompleted = (text: string, end: number): boolean => /^\[\p{Ll}/u.test(text.slice(end, end + 2));

/**
 * "League for the Defence of Human Rights", "Joint Council for the Welfare of Immigrants": after a body's head word,
 * "for the" and an ordinary word go on with the body's field ("the Wolstein Center for the Cleveland State
 * University Vikings" is two names).
 */
export function forTheField(head: string, next: Token | undefined): boolean {
  if (!next || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || !isOrgWord(singular(head))) return false;
  const w = next.text.toLowerCase();
  // An ordinary word, in either spelling ("Defence", "Defense"); no name or body word.
  const ordinary = isPlainWord(w) || isPlainWord(w.replace(/ce$/, 'se'));
  return ordinary && !isOrgWord(w) && !isFirstName(w) && !lookup(w, next.text);
}

/** "Centers" -> "center": a plural head noun ("Centers for Disease Control") heads a name as its singular does. */
export const singular = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/**
 * "Washington, D.C.": a city, a comma and "D.C." (the district it is) are one place's name, as "Washington D.C." is
 * without the comma; a state after a city ("Austin, Texas") stays a name of its own.
 */
export function districtJoined(text: string, out: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (b && /^(?:D\.C\.?|DC)$/.test(text.slice(b.start, b.end)) && /^, ?$/.test(text.slice(a.end, b.start))) {
      joined.push({ ...a, end: b.end, tokens: [...a.tokens, ...b.tokens], after: b.after, after2: b.after2, possessive: b.possessive });
      i++;
    } else joined.push(a);
  }
  return joined;
}

const NOT_NOUN = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Auxiliary', 'Adverb']);
/** "adviser", "penguins": an ordinary word, no verb or function word, that a name right before it qualifies. */
export const modifierOf = (w: string): boolean => isPlainWord(w) && !isCommonWord(w) && !lexTags(w).some((g) => NOT_NOUN.has(g));

/**
 * "Magellanic penguins": a capitalized adjective no list knows ("-ic"), written in the article only before a noun it
 * qualifies, is no name ("Celtic fans" beside "Celtic won" is the club). The words of such candidates.
 */
export function adjectivesOnly(cands: Candidate[]): Set<string> {
  const seen = new Map<string, boolean>();
  for (const c of cands) {
    const w = c.tokens.length === 1 ? c.tokens[0].text : '';
    if (!/^\p{Lu}\p{Ll}+ic$/u.test(w) || lookup(w.toLowerCase(), w) || isFirstName(w.toLowerCase())) continue;
    seen.set(w, (seen.get(w) ?? true) && modifierOf(c.after));
  }
  return new Set([...seen].filter(([, only]) => only).map(([w]) => w));
}

/** "HR 6819", "NGC 4414": a catalogue's letters, then the number of the object (four digits or more: no year). */
export const catalogNumber = (run: Token[], t: Token) =>
  run.length > 0 &&
  /^\p{Lu}{2,4}$/u.test(run[run.length - 1].text) &&
  !lookup(run[run.length - 1].text.toLowerCase(), run[run.length - 1].text) &&
  /^\d{4,6}$/.test(t.text) &&
  !/^(?:1[89]|20)\d\d$/.test(t.text);

/** "Vice Presidents", "Ministers": a plural title. */
export const pluralTitle = (low: string) =>
  low.length > 3 && low.endsWith('s') && isTitleWord(low.slice(0, -1)) && !isPlaceWord(low.slice(0, -1)) && !isOrgWord(low.slice(0, -1));

/** "House of Representatives", "Council of Ministers": after a body's "of", the plural of its members' title is its name. */
export const membersOf = (name: Token[], t: Token) =>
  name.length > 1 && name[name.length - 1].text.toLowerCase() === 'of' && pluralTitle(t.text.toLowerCase());

/**
 * The title before a name is the name's own: not when the name qualifies a role after it ("former Trump adviser Steve
 * Bannon": no "former Trump"), nor when the title is the end of a longer one ("Secretary of | State Mike Pompeo").
 */
export function ownTitle(text: string, c: Candidate): boolean {
  if (isTitleWord(c.after) || ROLE_NOUNS.has(c.after) || modifierOf(c.after)) return false;
  const at = text.lastIndexOf(c.title!, c.start);
  return !/\b(?:of|for|to)\s+$/i.test(text.slice(Math.max(0, at - 5), at));
}

/** Written after a lower-case word or a comma: capitalized as a name, not as a sentence's first word. */
export const midSentence = (text: string, at: number) => /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, at - 4), at));

/** Kinship nouns: the name after one is a relative of someone the article names, often with the same family name. */
export const KIN =
  /^(?:mother|father|son|daughter|wife|husband|brother|sister|aunt|uncle|grandmother|grandfather|cousin|niece|nephew|widow|widower)$/;

/**
 * "the iPod nano" where the article writes "The iPod Nano" too: a name, then a lower-case word that the article
 * capitalizes after the same name elsewhere, and that is no noun of WordNet's, is that longer name written in another
 * case. The candidates, extended.
 */
export function caseVariants(text: string, cands: Candidate[]): Candidate[] {
  const lowered = (c: Candidate) => c.tokens.map((t) => t.text.toLowerCase()).join(' ');
  const longer = new Set(cands.filter((c) => c.tokens.length > 1).map(lowered));
  // The names those longer ones start with: only such a name may go on (a cheap test before the text is read).
  const starts = new Set([...longer].map((k) => k.slice(0, k.lastIndexOf(' '))));
  if (!longer.size) return cands;
  return cands.map((c) => {
    const own = starts.size ? lowered(c) : '';
    const m = starts.has(own) ? /^ (\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(c.end, c.end + 20)) : null;
    const key = m && `${own} ${m[1]}`;
    // Not an ordinary noun the name qualifies ("English grammar" beside the book "Modern English Grammar").
    if (!m || !key || !longer.has(key) || nounClass(m[1])) return c;
    const word: Token = { start: c.end + 1, end: c.end + m[0].length, text: m[1] };
    const next = /^\s+([\p{L}\p{N}]+)(?:\s+([\p{L}\p{N}]+))?/u.exec(text.slice(word.end, word.end + 40));
    return {
      ...c,
      end: word.end,
      tokens: [...c.tokens, word],
      after: next?.[1]?.toLowerCase() ?? '',
      after2: next?.[2]?.toLowerCase() ?? '',
    };
  });
}
