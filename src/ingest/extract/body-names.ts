// Where a body's name holds another name, or starts one, that is not the same actor: a body's head word ending a
// longer body ("Chess Federation" of "Iranian Chess Federation"), a product line or a board after a name ("CentOS
// Stream", "CentOS Governing Board" are not "CentOS"). Read by actors.ts when it links short forms and nested names.
import { THING_HEADS } from '../lexicon/thing-words';
import { CORPORATE_TAILS } from '../lexicon/organization-words';
import { isOrgWord, isPlaceWord, lookup } from './gazetteer';
import type { Typed } from './kinds';
import type { Candidate } from './names';

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
 * "Minetest IRC" (letters after a name are another name: "Apple TV"; a country's stays a branch: "Tesco UK"). `written`
 * is the rest as written, when known.
 */
export const productRest = (rest: string[], written: string[] = []): boolean =>
  (rest.length === 1 && (THING_HEADS.has(rest[0]) || isPlaceWord(rest[0])) && !isOrgWord(rest[0])) ||
  /^(?:board|committee|council|team|engineering|division|department|unit|qa)$/.test(rest[rest.length - 1]) ||
  acronymRest(written);

/** The rest of a name, as written, is one acronym of no country or legal form ("IRC" of "Minetest IRC", "TV"). */
export const acronymRest = (written: string[]): boolean =>
  written.length === 1 &&
  /^\p{Lu}{2,5}$/u.test(written[0]) &&
  !CORPORATE_TAILS.has(written[0].toLowerCase()) &&
  !lookup(written[0].toLowerCase(), written[0]);
