// What a sentence says a name is: the head noun of its apposition or of the noun phrase after "is" ("Rockridge,
// a neighborhood", "Cry Wolf, another horror film"), or before "called" ("a group called X"), read in our lists and
// then in WordNet; a title in its apposition; a known place it makes with another ("Antigua and Barbuda"); what
// WordNet says of a plural people or of one named place. Guides and biographies introduce names so.
import type { ActorKind } from '../../corpus/schema';
import { PLACE_NOUNS_OF } from '../lexicon/place-words';
import { WORK_BEFORE } from '../lexicon/thing-words';
import { COMPANY_NOUNS } from './kind-context';
import { isTitleWord, lexTags, lookup } from './gazetteer';
import { isDictProper } from './dictionary';
import type { Candidate } from './candidate';
import { namesOneIndividual, nounClass } from './noun-classes';

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
  // Sites a body runs are places ("Area 51, a classified facility"; not "a site", "a base": a web site, a user base).
  'facility',
  'airport',
  'prison',
]);
const THING_HEADS_AFTER = new Set([
  ...WORK_BEFORE,
  'language',
  'dialect',
  'spacecraft',
  'probe',
  'satellite',
  'browser',
  'disease',
  'game',
]);
const ORG_HEADS = new Set([...COMPANY_NOUNS, 'organization', 'organisation', 'charity', 'university', 'party', 'band', 'group']);

/**
 * ", a", " is an", " was another", ", its" ("the Chevrolet Volt, its plug-in hybrid car"): the start of an apposition or
 * a copula's noun phrase right after a name.
 */
const INTRO = /^(?:, | (?:is|was|remains|became) )(a|an|another|one of the|its|their)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
/** Words that end the noun phrase before its head could come ("a town of", "a city that"). */
const STOP_TAGS = new Set(['Preposition', 'Conjunction', 'Verb', 'Pronoun', 'Determiner']);

/**
 * WordNet's classes of a head noun that say the name's kind ("a company" a group, "a star" an object, "a pipeline"
 * an artifact). Not acts: their commonest sense misleads ("a global movement", "a project").
 */
const LEX_KIND: Record<string, ActorKind | undefined> = {
  location: 'place',
  object: 'place',
  group: 'organization',
  artifact: 'thing',
  communication: 'thing',
  event: 'thing',
};

/** The words after the name's ", a" or " is an", up to four ("an open-source game"). */
function introPhrase(text: string, c: Candidate): { words: string[]; owned: boolean } {
  const m = INTRO.exec(text.slice(c.end, c.end + 80));
  return { words: m ? m[2].toLowerCase().split(/\s+/) : [], owned: Boolean(m && /^(?:its|their)$/.test(m[1])) };
}

const isStop = (w: string) => lexTags(w).some((t) => STOP_TAGS.has(t));

/** A noun phrase's words up to its first closed-class word or verb ("town" of "a town of", "a city that"). */
function upToStop(words: string[]): string[] {
  const stop = words.findIndex(isStop);
  return stop < 0 ? words : words.slice(0, stop);
}

/** The kind our lists of head nouns give a noun. */
function listedKind(w: string): ActorKind | undefined {
  if (PLACE_HEADS.has(w)) return 'place';
  if (THING_HEADS_AFTER.has(w)) return 'thing';
  return ORG_HEADS.has(w) ? 'organization' : undefined;
}

/** The kind the head noun of the name's apposition or copula gives, if it is a place's, a thing's or a body's. */
export function headNounKind(text: string, c: Candidate): ActorKind | undefined {
  const intro = introPhrase(text, c);
  const words = upToStop(intro.words);
  // Any listed noun of the phrase ("a small fishing port"); else what WordNet says its head is ("an open-source game").
  for (const w of words) {
    const kind = listedKind(w);
    if (kind) return kind;
  }
  const head = words.pop();
  // After "its", only an artifact ("its plug-in hybrid car"): "John Deere, its current source of production" is no place.
  if (head && intro.owned) return nounClass(head) === 'artifact' ? 'thing' : undefined;
  return head ? kindOfHead(head, false) : undefined;
}

/** What a head noun says a name is: our lists first, then WordNet's class of the noun's commonest sense. */
function kindOfHead(w: string, person: boolean): ActorKind | undefined {
  const lex = nounClass(w) ?? '';
  return listedKind(w) ?? (person && lex === 'person' ? 'person' : LEX_KIND[lex]);
}

/** "a sex workers' group called "Ashodaya Samithi"", "a village named Kessam", "a man named Tarvo": the noun says. */
export function calledKind(text: string, c: Candidate): ActorKind | undefined {
  if (!/^(?:called|named|dubbed)$/.test(c.before) || isStop(c.before2)) return undefined;
  if (!/(?:called|named|dubbed)\s+["“']?$/.test(text.slice(Math.max(0, c.start - 12), c.start))) return undefined;
  // "a restaurant called Bik Kreyol": a building's noun (WordNet's artifact) may name the business in it.
  const kind = kindOfHead(c.before2, true);
  return kind === 'thing' && nounClass(c.before2) === 'artifact' ? undefined : kind;
}

/**
 * ", the long-serving Sultan of Oman", ", its chief executive", ", the airline's chief executive": an apposition whose
 * noun phrase holds a title.
 */
const TITLED = /^, (?:the|a|an|its|their|his|her)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+)/u;

/** "Qaboos bin Said, the long-serving Sultan of Oman": a title in the name's apposition says it is a person. */
export function titledApposition(text: string, c: Candidate): boolean {
  const m = TITLED.exec(text.slice(c.end, c.end + 80));
  if (!m) return false;
  // The head, the last word before "of" or another closed-class word, is the title ("a former kingdom" is none).
  const head = upToStop(m[1].toLowerCase().split(/\s+/)).pop();
  return Boolean(head && isTitleWord(head));
}

/**
 * "Melbournians", "Parisians", "Londoners", "Chicagoans": a capitalized plural of a known place's name with a
 * residents' ending names its people, a group.
 */
export function residentsOf(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{3,}?)(ians|ans|ers|ites)$/u.exec(word);
  if (!m) return false;
  // "Melbournians": the place's final "e" goes before "-ians".
  return [m[1], ...(m[2] === 'ians' ? [`${m[1]}e`] : [])].some((stem) => {
    const kind = lookup(stem.toLowerCase(), stem)?.kind;
    return kind === 'place' || kind === 'country';
  });
}

/**
 * "Neanderthals", "Vikings", "Britons": a capitalized plural whose member is a kind of person or creature in WordNet and
 * a proper word in the dictionary, so no plural of a common noun ("Teachers", "Penguins"): a group.
 */
export function peoplePlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const one = word.slice(0, -1);
  const lex = nounClass(one);
  return (lex === 'person' || lex === 'animal') && isDictProper(one) && !namesOneIndividual(one);
}

/**
 * "the Atlantic", "Telescopium", "Constantinople": a lone word WordNet knows first as one place (a location or a body
 * of the sky). Not its people: eponyms name diseases, units and telescopes as often ("Parkinson", "Celsius", "Hubble").
 */
export function individualPlace(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && namesOneIndividual(word, true) && ['location', 'object'].includes(nounClass(word, true) ?? '');
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

/** Headings of a travel guide's lists of places ("Islands", "Cities", "Other destinations", "Neighborhoods"). */
const PLACE_SECTIONS = new Set(
  'islands cities towns villages regions districts neighborhoods neighbourhoods destinations beaches parks'.split(' '),
);
/** A heading: a short line of words with no sentence's end, a blank line before it. */
const HEADING = /\n[ \t]*\n[ \t]*([\p{L} ]{2,40}?)[ \t]*\n/gu;

/**
 * "Islands\n\nMarie Galante: the biggest island": a name that starts a line of a list under a heading of places (a
 * travel guide's "Islands", "Cities", "Other destinations"), alone on its line or before a colon or a dash, is a place.
 */
export function listedPlace(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  if (!/^[ \t*•-]*$/.test(text.slice(lineStart, c.start)) || !/^[ \t]*(?:[:–—-]|\n|$)/.test(text.slice(c.end, c.end + 3))) return false;
  // The nearest heading above the line, within the few lines a list of places runs to.
  const above = text.slice(Math.max(0, lineStart - 1500), lineStart);
  let heading: string | undefined;
  for (const m of above.matchAll(HEADING)) heading = m[1];
  const last = heading?.trim().toLowerCase().split(' ').pop();
  return Boolean(last && PLACE_SECTIONS.has(last));
}

const BORN_OR_DIED = /^ (?:was born|died|dies)\b/;
/** Only a company is bought, acquired or taken over ("Merrill Lynch agreed to be bought by Bank of America"). */
const ACQUIRED =
  /^ (?:(?:has |had )?agreed to be|was|were|is to be|will be|would be|has been|had been) (?:bought|acquired|taken over|delisted)\b/;
const LOCATED = /^ (?:is|was) (?:located|situated) (?:in|on|near|at|between|along)\b|^ lies (?:in|on|near|between|along)\b/;

/**
 * What the sentence says the name is: "Ginger Baker was born Peter Edward Baker", "Ginger Baker died in a hospital"
 * (only a person is born or dies); "Merrill Lynch agreed to be bought" (a company); "Groom is located in the state
 * of Queensland" (a place).
 */
export function predicateKind(text: string, c: Candidate): 'person' | 'place' | 'organization' | undefined {
  const after = text.slice(c.end, c.end + 32);
  if (ACQUIRED.test(after)) return 'organization';
  return BORN_OR_DIED.test(after) ? 'person' : LOCATED.test(after) ? 'place' : undefined;
}
