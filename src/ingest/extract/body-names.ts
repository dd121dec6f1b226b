// Where a body's name holds another name, or starts one, that is not the same actor: a body's head word ending a
// longer body ("Chess Federation" of "Iranian Chess Federation"), a product line or a board after a name ("CentOS
// Stream", "CentOS Governing Board" are not "CentOS"). Read by actors.ts when it links short forms and nested names.
import { THING_HEADS } from '../lexicon/thing-words';
import { CORPORATE_TAILS } from '../lexicon/organization-words';
import { NATIVE_COUNTRY } from '../lexicon/geo';
import { fold } from '../../corpus/fold';
import { isOrgWord, isPlaceWord, isTitleWord, lookup } from './gazetteer';
import type { Typed } from './kinds';
import type { Candidate } from './candidate';

/**
 * "Chess Federation" at the end of "Iranian Chess Federation", "Supreme Court" of "Puerto Rico Supreme Court": a
 * body's head at the end of a longer body's name is that body qualified, not a mention of another body so named
 * ("Congress" after the "of" of "Library of Congress" is another body); so are a thing's last words ("Women's Day"
 * of "International Women's Day").
 */
export const bodyHead = (toks: Candidate['tokens'], atEnd: boolean, outer: Typed, inner: Typed): boolean =>
  atEnd &&
  outer.kind === inner.kind &&
  ((inner.kind === 'organization' && isOrgWord(toks[toks.length - 1].text.toLowerCase())) || (inner.kind === 'thing' && toks.length > 1));

/**
 * "CentOS" is no short form of "CentOS Stream" or "CentOS Linux" (the rest names an edition: a thing's head word), nor
 * of "CentOS Governing Board" or "CentOS QA" (a body's board, team or unit is a body of its own), nor "Minetest" of
 * "Minetest IRC" (letters after a name are another name: "Apple TV"), nor "Tesco" of its branch "Tesco Polska", nor
 * "FIDE" of its title "FIDE Master". `written` is the rest as written, when known.
 */
export const productRest = (rest: string[], written: string[] = []): boolean =>
  (rest.length === 1 && (THING_HEADS.has(rest[0]) || isPlaceWord(rest[0])) && !isOrgWord(rest[0])) ||
  /^(?:board|committee|council|team|engineering|division|department|unit|qa)$/.test(rest[rest.length - 1]) ||
  acronymRest(written) ||
  countryRest(rest) ||
  rankRest(rest);

let natives: Set<string> | undefined;
/**
 * "Tesco Polska", "Netto Poland", "Tesco UK": a company's name, then a country's (in English or in its own language),
 * is its national branch, another body than the parent the bare name is.
 */
export function countryRest(rest: string[]): boolean {
  const key = rest.join(' ');
  natives ??= new Set([...NATIVE_COUNTRY.keys()].map(fold));
  return lookup(key, '')?.kind === 'country' || natives.has(key);
}

/** "FIDE Master", "PG&E President": a rank or title after a body's name is a title it gives, no short form of the body. */
const RANKS = new Set(['master', 'masters', 'champion', 'laureate', 'commandant', 'president']);
const rankRest = (rest: string[]): boolean => RANKS.has(rest[rest.length - 1]) || isTitleWord(rest[rest.length - 1]);

/** The rest of a name, as written, is one acronym of no country or legal form ("IRC" of "Minetest IRC", "TV"). */
export const acronymRest = (written: string[]): boolean =>
  written.length === 1 &&
  /^\p{Lu}{2,5}$/u.test(written[0]) &&
  !CORPORATE_TAILS.has(written[0].toLowerCase()) &&
  !lookup(written[0].toLowerCase(), written[0]);

/**
 * "Tesco Polska" read as a person's name (two words no list knows) where the article's "Tesco" is a body: a body's
 * name and a country's is that body's national branch, a body too.
 */
export function branchesAreBodies(typed: Map<Candidate, Typed>): void {
  const key = (c: Candidate) => c.tokens.map((x) => fold(x.text)).join(' ');
  const bodies = new Set([...typed].filter(([, t]) => t.kind === 'organization').map(([c]) => key(c)));
  for (const [c, t] of typed) {
    if (t.kind !== 'person' || c.tokens.length < 2) continue;
    const parts = key(c).split(' ');
    for (let k = 1; k < parts.length; k++) {
      if (bodies.has(parts.slice(0, k).join(' ')) && countryRest(parts.slice(k))) t.kind = 'organization';
    }
  }
}

/**
 * "Stream" for "CentOS Stream", "A380" for "Airbus A380": a word that ends exactly one two-word name of the article,
 * whose first word `maker` accepts as a name of its own there, is that name cut short (its line, edition or model).
 * The callers say which words may be such a short form.
 */
export function lineOf<K extends { parts: string[]; n: number }>(
  word: string,
  known: K[],
  maker: (first: string) => boolean,
): K | undefined {
  // One name, though the rules may have typed its occurrences two ways: the most written.
  const lines = known.filter((k) => k.parts.length === 2 && k.parts[1] === word && maker(k.parts[0])).sort((a, b) => b.n - a.n);
  return new Set(lines.map((k) => k.parts[0])).size === 1 ? lines[0] : undefined;
}
