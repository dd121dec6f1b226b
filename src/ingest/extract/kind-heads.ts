// What a sentence says a name is: the head noun of its apposition or of the noun phrase after "is" ("Rockridge,
// a neighborhood", "Temescal is a neighborhood", "Cry Wolf, another horror film"), and a known place the name
// makes with another ("Antigua and Barbuda"). Guides and biographies introduce names so; news seldom needs to.
import type { ActorKind } from '../../corpus/schema';
import { PLACE_NOUNS_OF } from '../lexicon/place-words';
import { WORK_BEFORE } from '../lexicon/thing-words';
import { COMPANY_NOUNS } from './kind-context';
import { lexTags, lookup } from './gazetteer';
import type { Candidate } from './names';

/** Head nouns of a place beyond those that take "of" ("a neighborhood", "a small fishing port"). */
const PLACE_HEADS = new Set([
  ...PLACE_NOUNS_OF,
  'neighborhood',
  'neighbourhood',
  'capital',
  'river',
  'lake',
  'mountain',
  'volcano',
  'beach',
  'resort',
  'port',
  'temple',
  'monastery',
]);
const THING_HEADS_AFTER = new Set([...WORK_BEFORE, 'language', 'dialect', 'spacecraft', 'probe', 'satellite', 'browser', 'disease']);
const ORG_HEADS = new Set([...COMPANY_NOUNS, 'organization', 'organisation', 'charity', 'university', 'party', 'band']);

/** ", a", " is an", " was another": the start of an apposition or a copula's noun phrase right after a name. */
const INTRO = /^(?:, | (?:is|was|remains|became) )(?:a|an|another|one of the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
/** Words that end the noun phrase before its head could come ("a town of", "a city that"). */
const STOP_TAGS = new Set(['Preposition', 'Conjunction', 'Verb', 'Pronoun', 'Determiner']);

/** The kind the head noun of the name's apposition or copula gives, if it is a place's, a thing's or a body's. */
export function headNounKind(text: string, c: Candidate): ActorKind | undefined {
  const m = INTRO.exec(text.slice(c.end, c.end + 80));
  if (!m) return undefined;
  for (const w of m[1].toLowerCase().split(/\s+/)) {
    if (PLACE_HEADS.has(w)) return 'place';
    if (THING_HEADS_AFTER.has(w)) return 'thing';
    if (ORG_HEADS.has(w)) return 'organization';
    if (lexTags(w).some((t) => STOP_TAGS.has(t))) return undefined;
  }
  return undefined;
}

const NAME = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*";
const AND_AFTER = new RegExp(`^ and (?:the )?(${NAME})`, 'u');
const AND_BEFORE = new RegExp(`(${NAME}) and (?:the )?$`, 'u');

/** "Antigua" of "Antigua and Barbuda", "Herzegovina" of "Bosnia and Herzegovina": a half of a known place's name. */
export function halfOfPlace(text: string, c: Candidate): boolean {
  const name = text.slice(c.start, c.end);
  const after = AND_AFTER.exec(text.slice(c.end, c.end + 60));
  const before = AND_BEFORE.exec(text.slice(Math.max(0, c.start - 60), c.start));
  const joined = [
    after && `${name} and ${text.slice(c.end + 5, c.end + 5 + 4) === 'the ' ? 'the ' : ''}${after[1]}`,
    before && `${before[1]} and ${/the $/.test(text.slice(c.start - 4, c.start)) ? 'the ' : ''}${name}`,
  ];
  return joined.some((j) => {
    const k = j ? lookup(j.toLowerCase(), j) : undefined;
    return Boolean(k && (k.kind === 'country' || k.kind === 'place'));
  });
}
