// What the title before a person's short form says of whom it may shorten: a monarch's title makes the word after it a
// given name ("King Hussein" is no "Saddam Hussein"), a gendered one rules out the names of the other sex ("Mrs.
// Clinton" is no "Bill Clinton" where the lists know the first name as a man's). Read by actors.ts and short-forms.ts.
import { FEMALE_TITLES, MALE_TITLES, REGNAL_TITLES } from '../lexicon/titles';
import type { Candidate } from './candidate';
import { hasTag, isFirstName } from './gazetteer';
import type { Typed } from './kinds';

/** The title's last word, lower-cased, without dots ("Jordan's King" -> "king", "Mrs." -> "mrs"). */
export function titleWord(title: string | undefined): string | undefined {
  const last = title?.trim().split(/\s+/).pop();
  return last ? last.toLowerCase().replace(/\./g, '') : undefined;
}

/** A monarch's title before one word the lists know as a first name: that word is the monarch's given name. */
export function regnalName(title: string | undefined, parts: string[]): boolean {
  const w = titleWord(title);
  return w !== undefined && REGNAL_TITLES.has(w) && parts.length === 1 && isFirstName(parts[0]);
}

const sexOfTitle = (w: string | undefined) => (!w ? undefined : FEMALE_TITLES.has(w) ? 'f' : MALE_TITLES.has(w) ? 'm' : undefined);

/** "f" or "m" where compromise's lexicon knows the first name as one sex's only. */
export function sexOfName(first: string): 'f' | 'm' | undefined {
  const f = hasTag(first, 'FemaleName');
  const m = hasTag(first, 'MaleName');
  return f === m ? undefined : f ? 'f' : 'm';
}

/**
 * May a short form written after `title` be the family name of the person named `long` (folded words)? Not when the
 * title is a monarch's before a given name (unless the long name starts with the same title: "King Hussein"), nor
 * when the title's sex is not the first name's.
 */
export function titleFitsFamilyName(title: string | undefined, parts: string[], long: string[]): boolean {
  const w = titleWord(title);
  if (!w) return true;
  if (regnalName(title, parts) && long[0] !== w) return false;
  const sex = sexOfTitle(w);
  const other = sexOfName(long[0]);
  return !sex || !other || sex === other;
}

/**
 * "King Hussein", "Pope Francis": a monarch named by title and given name keeps the title in the actor's name, so
 * that across the corpus the given name is not read as a family name (a bare "Hussein" joins the one full name).
 */
export function withRegnalTitle(t: Typed | undefined, c: Candidate): Typed | undefined {
  if (t?.kind !== 'person' || c.tokens.length !== 1 || t.name !== c.tokens[0].text) return t;
  const parts = [c.tokens[0].text.toLowerCase()];
  if (!regnalName(c.title, parts)) return t;
  const word = c.title!.trim().split(/\s+/).pop()!;
  return { ...t, name: `${word[0].toUpperCase()}${word.slice(1)} ${t.name}` };
}
