// One name candidate and what its words and neighbours say: the words right before and after it, a title before
// it (kept as a role, "Former U.S. ambassador to Russia"), an employer ("officer of Apple"), a possessive. Built by
// names.ts for each name it cuts from a run of capitalized words; read by every kind and link rule.
import { isTitleWord, lookup } from './gazetteer';
import { ROLE_NOUNS, TIME_WORDS } from '../lexicon/titles';
import type { Token } from './text';

export interface Candidate {
  start: number;
  end: number;
  tokens: Token[];
  /** The title words before the name ("Mr.", "Former U.S. ambassador to Russia"). */
  title?: string;
  personHint: boolean;
  /** The lower-cased word right before the name. */
  before: string;
  /** The lower-cased word right after the name. */
  after: string;
  /** The lower-cased word after `after`. */
  after2: string;
  /** The word before `before` (lower-cased). */
  before2: string;
  /** "officer of Apple", "spokesman for the FBI": a role noun, then of/for/at, then the name. */
  employer: boolean;
  /** Written "Name's". */
  possessive: boolean;
}

// "iPhone", "eBay", "wikiHow": a lower-case prefix, then a capital, starts a name too.
const CAPITAL = /^\p{Lu}|^\p{Ll}{1,6}\p{Lu}/u;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
/** `CAPITAL.test(t)`, answered from ASCII character codes where they settle it (it runs on every token of every sentence). */
export function capital(t: string): boolean {
  for (let i = 0; i < 7; i++) {
    if (i >= t.length) return false; // lower-case ASCII to the end (most short words): no capital
    const c = t.charCodeAt(i);
    if (c >= 128) return CAPITAL.test(t); // not ASCII: the regex decides
    if (isUpper(c)) return true;
    if (!isLowerAscii(c)) return false;
  }
  return false;
}

/** The token's text in lower case, kept on the token: the rules ask for it many times. */
export const lower = (t: Token) => (t.low ??= t.text.toLowerCase());

export function candidate(text: string, all: Token[], first: number, name: Token[], title?: Token): Candidate {
  const prev = all[first - 1];
  const next = all[first + name.length];
  const key = name.map(lower).join(' ');
  const known = lookup(key, name.map((t) => t.text).join(' '));
  const employer = employerBefore(all, first);
  // "the former Democratic Dean of the House of Representatives": a role "of" a body is no title of the body's name.
  const of = employer || /\b(?:of|for)(?: the)?\s+$/i.test(text.slice(Math.max(0, name[0].start - 9), name[0].start));
  // "the former Fed chairman", "the acting Acme president": a time word before a name that a title follows
  // qualifies that title; the name is the body's.
  const before = title ?? (known ? undefined : titleBefore(text, all, first));
  const timeOnly = before && next && isTitleWord(lower(next)) && TIME_WORDS.has(lower(before)) && before === all[first - 1];
  const from = of || timeOnly ? undefined : before;
  const last = name[name.length - 1];
  return {
    start: name[0].start,
    end: name[name.length - 1].end,
    tokens: name,
    title: from ? text.slice(from.start, name[0].start).trim() : undefined,
    personHint: Boolean(from) && !known,
    before: prev ? lower(prev) : '',
    after: next ? lower(next) : '',
    after2: all[first + name.length + 1] ? lower(all[first + name.length + 1]) : '',
    before2: all[first - 2] ? lower(all[first - 2]) : '',
    employer,
    possessive: /^['’]s\b/.test(text.slice(last.end, last.end + 3)),
  };
}

/** "officer of Apple", "head of the FBI": a role noun, of/for/at, maybe "the", then the name. */
function employerBefore(all: Token[], first: number): boolean {
  let k = first - 1;
  if (all[k] && lower(all[k]) === 'the') k--;
  if (!all[k] || !/^(of|for|at|with)$/.test(lower(all[k]))) return false;
  const role = all[k - 1];
  return Boolean(role && (isTitleWord(lower(role)) || ROLE_NOUNS.has(lower(role))));
}
/** "Former U.S. ambassador to Russia Michael McFaul": title words, names and "to/of" right before a name. */
function titleBefore(text: string, all: Token[], first: number): Token | undefined {
  let start: Token | undefined;
  let hasTitle = false;
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = all[k];
    const low = lower(t);
    // "Richard T. Bissen Jr., County of Maui": a title is not across a comma or bracket from its name.
    if (/[,;:()]/.test(text.slice(t.end, all[k + 1].start))) break;
    if (isTitleWord(low)) hasTitle = true;
    else if (!capital(t.text) && !/^(to|of|for|the)$/.test(low)) break;
    if (isTitleWord(low) || capital(t.text)) start = t;
  }
  return hasTitle ? start : undefined;
}
