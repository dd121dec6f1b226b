// The evidence about one name candidate, as named binary features for the
// learned kind model (kind-model.ts): what the rules say (classify), what the
// lists say (lookup, first names, dictionary, lexicon tags), the shape of its
// words and the words around it. General features only (shapes, word classes,
// context words; words inside names only if frequent in training), so the model
// learns conventions, not the dev articles' names (first/last word and suffix
// features made it worse on the held-out half).
import type { Typed, UNKNOWN } from './kinds';
import type { Candidate } from './candidate';
import { isDictWord } from './dictionary';
import { demonymCountry, isCommonWord, isFirstName, isOrgWord, isPersonNoun, isPlaceWord, isTitleWord, lexTags, lookup } from './gazetteer';
import { THING_HEADS } from '../lexicon/thing-words';

/** One token's shape: "X" a capital alone, "XX" all capitals, "Xx" a capitalized word, "x" lower, "d" digits, "m" mixed. */
function shape(w: string): string {
  if (/^\d+$/.test(w)) return 'd';
  if (/^\p{Lu}\.?$/u.test(w)) return 'X';
  if (/^[\p{Lu}.&-]+$/u.test(w)) return 'XX';
  if (/^\p{Lu}[\p{Ll}'’.-]+$/u.test(w)) return 'Xx';
  if (/^\p{Ll}[\p{Ll}'’.-]*$/u.test(w)) return 'x';
  return /\d/.test(w) ? 'md' : 'm';
}

const bucket = (n: number): string => (n >= 4 ? '4+' : String(n));

/** The features of candidate `c` of `text`, given the rules' answer (`UNKNOWN`: no evidence; undefined: rejected). */
export function kindFeatures(text: string, c: Candidate, judged: Typed | typeof UNKNOWN | undefined): string[] {
  const rule = typeof judged === 'object' ? judged : undefined;
  const verdict = rule ? `${rule.guess ? 'guess-' : ''}${rule.kind}` : (judged ?? 'none');
  const w = c.tokens.map((t) => t.text);
  const low = w.map((x) => x.toLowerCase());
  const key = low.join(' ');
  const first = low[0];
  const last = low[low.length - 1];
  const known = lookup(key, text.slice(c.start, c.end));
  const f: string[] = [
    'bias',
    `rule=${verdict}`,
    `known=${known?.kind ?? 'none'}`,
    `n=${bucket(low.length)}`,
    `rule=${verdict}|n=${bucket(low.length)}`,
    `shape=${w.slice(0, 4).map(shape).join(' ')}`,
    `b=${c.before}`,
    `a=${c.after}`,
    `b2=${c.before2}|b=${c.before}`,
    `a=${c.after}|a2=${c.after2}`,
    `prev=${text.slice(Math.max(0, c.start - 2), c.start).trim() || 'sp'}`,
    `next=${text.slice(c.end, c.end + 2).trim() || 'sp'}`,
  ];
  for (const x of low) f.push(`w=${x}`);
  if (known?.capitalOf) f.push('capital');
  if (known && known.name.toLowerCase() !== key) f.push('known-renamed');
  if (rule && rule.name !== text.slice(c.start, c.end).replace(/\s+/g, ' ')) f.push('rule-renamed');
  if (c.personHint) f.push('person-hint');
  // "the physician Yang Buwei", "his son Austin": a noun for a person (compromise's Actor) just before.
  if (isPersonNoun(c.before)) f.push('after-person-noun');
  if (c.employer) f.push('employer');
  if (c.possessive) f.push('possessive');
  if (c.title) f.push('titled');
  if (isFirstName(first)) f.push('first-name');
  if (lexTags(last).includes('LastName')) f.push('last-name');
  if (low.every((x) => isDictWord(x))) f.push('dict-all');
  else if (low.some((x) => isDictWord(x))) f.push('dict-some');
  if (low.some(isCommonWord)) f.push('common-some');
  if (low.some(isOrgWord)) f.push(isOrgWord(last) ? 'org-word-last' : 'org-word');
  if (isPlaceWord(last)) f.push('place-word-last');
  if (low.some(isTitleWord)) f.push('title-word');
  if (THING_HEADS.has(last)) f.push('thing-head');
  if (demonymCountry(key)) f.push('demonym');
  if (/s$/.test(last)) f.push('ends-s');
  if (/\d/.test(key)) f.push('digit');
  for (const t of lexTags(key)) f.push(`tag=${t}`);
  if (low.length > 1) for (const t of lexTags(last)) f.push(`tag-last=${t}`);
  return f;
}
