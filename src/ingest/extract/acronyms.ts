// Acronyms an article expands by writing the words their letters start ("RIAA": the "Recording Industry
// Association of America"; "WSS": "William S. Saturn"), and the initials of a name. Read by actors.ts when it links
// an acronym to the actor it stands for.
import { THING_HEADS } from '../lexicon/thing-words';
import { isFirstName, isOrgWord } from './gazetteer';
import type { Typed } from './kinds';

/** Between an expansion's words: spaces, and the small words an acronym skips ("Recording Industry Association of America"). */
const ACRONYM_GLUE = '\\s+(?:(?:of|the|and|for|on|in|de|du|des|la|le|&)\\s+)*';
// The pieces of an expansion, as sticky patterns compiled once (a pattern per acronym would compile Unicode
// letter classes for each new acronym). Each piece is deterministic where it is used: a word's letters end where
// its rest ends, and what follows it (space, or the end) cannot be a letter, so no backtracking is ever needed.
const WORD_START = /(?<![\p{L}])/uy;
const WORD_SECOND = /[\p{Ll}'’.-]/uy;
const WORD_REST = /[\p{L}'’.-]*/uy;
const GLUE = new RegExp(ACRONYM_GLUE, 'uy');

/** Where the sticky `re` matches at `at` ends, or -1. */
function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * The end of "Recording Industry Association of America" at `at` for the letters R I A A: each word starts with
 * the next letter and a lower-case letter (or ' ’ . -), the words joined by spaces and function words; or -1.
 */
function expansionEnd(text: string, at: number, letters: string[]): number {
  if (stickyEnd(WORD_START, text, at) < 0) return -1;
  let pos = at;
  for (let i = 0; i < letters.length; i++) {
    if (i > 0 && (pos = stickyEnd(GLUE, text, pos)) < 0) return -1;
    if (text[pos] !== letters[i] || (pos = stickyEnd(WORD_SECOND, text, pos + 1)) < 0) return -1;
    pos = stickyEnd(WORD_REST, text, pos);
  }
  return pos;
}

/** "RIAA": the article's "Recording Industry Association of America", each word starting with the next letter. */
export function expandAcronym(text: string, acronym: string): Typed | undefined {
  const letters = acronym.replace(/s$/, '').split('');
  if (letters.length < 2 || letters.length > 6 || !letters.every((l) => /\p{Lu}/u.test(l))) return undefined;
  // The first expansion in the text, tried only where its first letter is.
  let found = '';
  for (let at = text.indexOf(letters[0]); at >= 0 && !found; at = text.indexOf(letters[0], at + 1)) {
    const end = expansionEnd(text, at, letters);
    if (end > 0) found = text.slice(at, end);
  }
  // "World Wide Developers Conference" is an event, not an organization.
  const name = found.replace(/['’.]$/, '');
  const low = name.toLowerCase().split(/\s+/);
  if (!name || THING_HEADS.has(low[low.length - 1])) return undefined;
  // "WSS" for "William S. Saturn" (an interviewer's tag): initials of a person's name, no organization's.
  return { kind: isFirstName(low[0]) && !low.some(isOrgWord) ? 'person' : 'organization', name };
}

/** Initials of the capitalized words of a name ("Catholic Bishops' Conference of the Philippines" -> "CBCP"). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
