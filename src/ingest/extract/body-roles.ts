// "the Apple Chief Executive Officer", "PG&E President": a body's name, then a role in it. The candidate names
// the body (the role is no actor), when the article names the body alone too; "the Home Secretary" stays a role.
import { escapeRegExp } from '../lexicon/regexp';
import { isFirstName, isTitleWord, lookup } from './gazetteer';
import type { Typed } from './kinds';
import type { Candidate } from './candidate';

/** Where trailing title words start ("Apple Chief Executive Officer": 1), or -1 if the name does not end in one. */
export function roleStart(low: string[]): number {
  if (low.length < 2 || !isTitleWord(low[low.length - 1])) return -1;
  let k = low.length - 1;
  while (k > 1 && isTitleWord(low[k - 1])) k--;
  return k;
}

/**
 * The article names the body alone too ("Apple has claimed"): mid-sentence, and no capital after it.
 * A role named after a common word ("the Home Secretary", "Public Health") has none.
 */
function namedAlone(text: string, body: string[]): boolean {
  const words = body.map(escapeRegExp).join('\\s+');
  return new RegExp(`\\p{Ll}[,;]? ${words}(?![\\p{L}\\d])(?!\\s+\\p{Lu})`, 'u').test(text);
}

/** The body a name of a body and a role stands for, or undefined. */
export function bodyBeforeRole(text: string, w: string[], low: string[], end: number): Typed | undefined {
  // "the Democratic Speaker of the House": the role's "of" names its body.
  if (/^\s+of\s/.test(text.slice(end, end + 5))) return undefined;
  const role = roleStart(low);
  if (role <= 0 || isFirstName(low[0]) || isTitleWord(low[0]) || !namedAlone(text, w.slice(0, role))) return undefined;
  const body = w.slice(0, role).join(' ');
  const known = lookup(low.slice(0, role).join(' '), body);
  return !known || known.kind === 'organization' ? { kind: 'organization', name: known?.name ?? body, roleOf: true } : undefined;
}

/** "Minetest CEO" where the article calls Minetest a game: the role's body is the actor the article names alone. */
export function rolesJoinTheirBodies(typed: Map<Candidate, Typed>): void {
  const byName = new Map<string, Typed>();
  for (const t of typed.values()) if (!t.roleOf) byName.set(t.name.toLowerCase(), t);
  for (const [c, t] of typed) {
    const body = t.roleOf ? byName.get(t.name.toLowerCase()) : undefined;
    if (body) typed.set(c, { ...body, roleOf: true });
  }
}
