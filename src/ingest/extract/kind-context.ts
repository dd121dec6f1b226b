// The words around a name candidate, read for its kind (kinds.ts): a language used as one, a work's title,
// a role with no name in it, a known place before or after a comma, the noun a name qualifies.
import { LANGUAGE, US_STATE_CODES } from '../lexicon/geo';
import { ORG_BEFORE } from '../lexicon/organization-words';
import { COMPASS, PLACE_NEXT, PLACE_NOUNS, PLACE_NOUNS_OF } from '../lexicon/place-words';
import { PRODUCT_BEFORE, PRODUCT_NEXT, THING_BEFORE, WORK_BEFORE, WORK_BEFORE_NOUN, WORK_IN } from '../lexicon/thing-words';
import { isDictWord } from './dictionary';
import { nounClass } from './noun-classes';
import { countryName, isFirstName, isTitleWord, lexTags, lookup } from './gazetteer';
import type { Candidate } from './candidate';
import { SPEECH } from '../lexicon/speech-verbs';

/** After a language name: it is the language ("English speakers", "the French version"). */
const LANGUAGE_NEXT = new Set([
  'language',
  'languages',
  'speakers',
  'speaking',
  'translation',
  'version',
  'dialect',
  'dialects',
  'fluently',
  'word',
  'words',
  'name',
  'names',
  'text',
  'literature',
  'grammar',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'new']);
/** What the words before or after a name say of a thing: "launched the X", "X operating system", "in French". */
const INDEX_MOVE =
  /^ (?:fell|rose|dropped|climbed|gained|lost|added|shed|jumped|slipped|tumbled|plunged|surged|was (?:up|down)) (?:by )?[\d.,]+ points\b/;

export function thingContext(text: string, c: Candidate): boolean {
  if (c.after === 'operating' && c.after2 === 'system') return true;
  if (PRODUCT_NEXT.has(c.after)) return true;
  // "the DAX fell 120 points": only a market index moves by points.
  if (INDEX_MOVE.test(text.slice(c.end, c.end + 40))) return true;
  // "use a Creative Commons license": the name qualifies the noun after it (a noun to WordNet, though it is a verb
  // too), which is what is used.
  const next = /^ (\p{Ll}+)/u.exec(text.slice(c.end, c.end + 30))?.[1];
  if (next && nounClass(next) && !lexTags(next).some((t) => CLOSED.has(t))) return false;
  return THING_BEFORE.has(c.before) || (DETERMINERS.has(c.before) && THING_BEFORE.has(c.before2));
}

/**
 * The title of a work: after its genre ("the romantic comedy Leap Year") or "starred in", or before its year in
 * brackets ("Match Point (2005)"; a person's life dates are a range, "(1860 - 1943)").
 */
export function workTitle(text: string, c: Candidate): boolean {
  if (WORK_BEFORE.has(c.before) || (c.before === 'in' && WORK_IN.has(c.before2))) return true;
  if (PRODUCT_BEFORE.has(c.before) || (c.before === 'system' && c.before2 === 'operating')) return true; // "the operating system Mac OSX"
  // "several films, including Silent Witness": a genre, then "including" and the title.
  if (c.before === 'including' && WORK_BEFORE.has(c.before2)) return true;
  // "the CBS legal drama The Good Wife", "the series The Crown": a capital "The" opens the title after its genre.
  const openedByThe = c.before === 'the' && /(?:^|\s)The\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start));
  if (openedByThe && (WORK_BEFORE.has(c.before2) || WORK_BEFORE_NOUN.has(c.before2))) return true;
  if (
    WORK_BEFORE_NOUN.has(c.before) &&
    (DETERMINERS.has(c.before2) || /['’]s$/.test(c.before2) || lexTags(c.before2).includes('Adjective'))
  )
    return true;
  return /^\s*\((?:1[5-9]|20)\d\d\)/.test(text.slice(c.end, c.end + 9)) && !c.personHint;
}

/**
 * "the village of Banjal", "the islands La Désirade", "the Basse Casamance area": a noun for a place next to the name
 * (a space between, no comma: "in Jiangsu province, Chao went") says the name is one.
 */
export function placeNounContext(text: string, c: Candidate): boolean {
  if (c.title || c.possessive) return false;
  const before = text[c.start - 1] === ' ' && /\p{L}/u.test(text[c.start - 2] ?? '');
  const after = text[c.end] === ' ' && /^ \p{Ll}/u.test(text.slice(c.end, c.end + 2));
  return (
    (before && (PLACE_NOUNS.has(c.before) || (c.before === 'of' && PLACE_NOUNS_OF.has(c.before2)))) || (after && PLACE_NEXT.has(c.after))
  );
}

const LANGUAGE_OF = new Set(['speakers', 'speaker', 'knowledge', 'words', 'word', 'dialect', 'dialects', 'grammar', 'variety']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'myself', 'ourselves']);

/** "spoke German", "in French", "English speakers": a language name used as the language. */
export function asLanguage(key: string, c: Candidate): boolean {
  if (!LANGUAGE.has(key) || countryName(key)) return false;
  return (
    LANGUAGE_NEXT.has(c.after) ||
    THING_BEFORE.has(c.before) ||
    (c.before === 'in' && !/^\p{Lu}/u.test(c.after)) ||
    (c.before === 'and' && LANGUAGE.has(c.before2)) ||
    (c.after === 'and' && LANGUAGE.has(c.after2)) ||
    // "speakers of Wolof", "taught himself Japanese", "some Icelandic, Italian, and Spanish".
    (c.before === 'of' && LANGUAGE_OF.has(c.before2)) ||
    (REFLEXIVE.has(c.before) && THING_BEFORE.has(c.before2)) ||
    c.before === 'some' ||
    LANGUAGE.has(c.before) ||
    LANGUAGE.has(c.after)
  );
}

/** Only the sentence start (and "The", "A") before `at`: a capital there says nothing. */
export const sentenceStart = (text: string, at: number): boolean =>
  /(?:^|[.!?:;]["'”’)\]]*\s+|\n\s*)(?:(?:The|A|An)\s+)?["'“‘(]?$/.test(text.slice(Math.max(0, at - 40), at));

/** Words a role may carry besides its titles: "Minister of Health", "the Secretary for Defence". */
const ROLE_LINKS = new Set(['of', 'the', 'for', 'and', '&']);

/**
 * "Vice President", "Prime Minister", "United States Senator", "Foreign Minister of Canada": a title or
 * role with at most a country or place before or after it, and no one's name. Before a name the title is
 * the person's role (names.ts keeps it apart); alone it is no actor.
 */
export function roleOnly(low: string[], w: string[]): boolean {
  if (!low.some(isTitleWord)) return false;
  let from = 0;
  let to = low.length;
  // A leading or trailing country or place ("U.S. Senator", "Minister of Canada") only qualifies the role.
  for (let k = low.length - 1; k > 0; k--) {
    const known = lookup(low.slice(0, k).join(' '), w.slice(0, k).join(' '));
    if (known && (known.kind === 'country' || known.kind === 'place')) {
      from = k;
      break;
    }
  }
  for (let k = Math.max(from + 1, 1); k < low.length; k++) {
    const known = lookup(low.slice(k).join(' '), w.slice(k).join(' '));
    if (known && (known.kind === 'country' || known.kind === 'place')) {
      to = k;
      break;
    }
  }
  const rest = low.slice(from, to);
  return rest.length > 0 && rest.some(isTitleWord) && rest.every((x) => isTitleWord(x) || ROLE_LINKS.has(x));
}

/** A name the lists know as a place or country (its first word will do after a comma: "California 95014"). */
function knownPlaceName(name: string, firstWord = false): boolean {
  const k = lookup(name.toLowerCase(), name) ?? (firstWord ? lookup(name.split(' ')[0].toLowerCase(), name) : undefined);
  return Boolean(k && (k.kind === 'place' || k.kind === 'country'));
}

/** "Washington, D.C.": a known place, then a comma, right before `start`. */
export function placeBefore(text: string, start: number): boolean {
  const m = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return Boolean(m && knownPlaceName(m[1]));
}

/** "a Buffalo, N.Y., doctor", "Farmington, N.M.": a US state's postal code, written with dots, after a comma. */
export const stateAfterComma = (text: string, c: Candidate): boolean =>
  /^(?:\p{Lu}\.){2}$/u.test(text.slice(c.start, c.end)) &&
  US_STATE_CODES.has(text.slice(c.start, c.end).replace(/\./g, '')) &&
  /\p{L}, $/u.test(text.slice(c.start - 3, c.start));

/** "Cupertino, California": the known place right after a comma. */
export function placeAfter(text: string, end: number): boolean {
  const m = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40));
  return Boolean(m && knownPlaceName(m[1], true));
}

/**
 * Word classes that no noun after a name belongs to, whatever WordNet lists ("in" as indium). Unlike NOT_NOUN, a
 * word that may be a verb stays ("a Creative Commons license").
 */
const CLOSED = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Copula', 'Modal', 'PastTense', 'Adverb']);

/** "American officials": a word right after the name, which the name then qualifies. */
const NOT_NOUN = new Set([
  'Preposition',
  'Conjunction',
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Copula',
  'Determiner',
  'Adverb',
  'Pronoun',
  'Modal',
  'Auxiliary',
]);
/** The next word is a lower-case word of no closed class or verb: the name qualifies it ("African American voters"). */
export function beforeNounWord(text: string, end: number): boolean {
  const next = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 30));
  return next !== null && !lexTags(next[1]).some((t) => NOT_NOUN.has(t));
}
/** The word right after `end`, in lower case ("" if none). */
export const nextWord = (text: string, end: number): string => (/^ (\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '').toLowerCase();
export const beforeNoun = (text: string, end: number): boolean => /^ \p{L}/u.test(text.slice(end, end + 2));

/** "Deutsche Welle (DW)": a name of several words, then its own initials in brackets, as bodies are introduced. */
function ownAcronymAfter(text: string, end: number, w: string[]): boolean {
  const m = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(end, end + 12));
  if (!m || w.length < 2) return false;
  return m[1] === w.map((x) => (/^\p{Lu}/u.test(x) ? x[0] : '')).join('');
}

/** "Netto Poland", "Microsoft India": a brand no dictionary knows, then a country (a company's branch there). */
function countryTail(low: string[]): boolean {
  if (low.length < 2) return false;
  const last = low[low.length - 1];
  const country = lookup(last, '');
  if (!country || country.kind !== 'country' || !countryName(last) || isFirstName(last) || lexTags(last).includes('LastName')) return false;
  const head = low.slice(0, -1);
  return (
    !lookup(head.join(' '), '') &&
    head.every((x) => !isDictWord(x) && !COMPASS.has(x) && !lexTags(x).some((t) => t === 'Demonym' || t === 'Adjective'))
  );
}

/** Nouns for a company right before its name ("retailer Tesco"); ORG_BEFORE also has looser ones ("site", "band"). */
export const COMPANY_NOUNS = new Set([
  'subsidiary',
  'arm',
  'affiliate',
  'carmaker',
  'company',
  'firm',
  'retailer',
  'carrier',
  'airline',
  'bank',
  'startup',
  'start-up',
  'broadcaster',
  'newspaper',
  'publisher',
  'insurer',
  'conglomerate',
  'automaker',
  'manufacturer',
  'maker',
  'giant',
  'chain',
  'agency',
]);

/**
 * "retailer Tesco", "Iranian airline Mahan Air", "a firm called eTranslate": a noun for a company, then its name (no
 * bracket or comma between).
 */
export const companyNounBefore = (text: string, c: Candidate): boolean =>
  text[c.start - 1] === ' ' &&
  ((COMPANY_NOUNS.has(c.before) && ORG_BEFORE.has(c.before)) || (/^(?:called|named)$/.test(c.before) && COMPANY_NOUNS.has(c.before2)));

/**
 * What says a name the rules would call a person's is an organization's: a company noun before it, its own
 * initials after it, "its" after its verb ("Tesco stated its intention"; a person has "his" or "her"), a
 * country as its last word. Each also fits places and things ("Socotra Island has its"), so it only overrules "person".
 */
export function orgEvidence(text: string, c: Candidate, low: string[], w: string[]): boolean {
  if (companyNounBefore(text, c) || ownAcronymAfter(text, c.end, w) || countryTail(low)) return true;
  return /^(?:\s+(?:has|had|have|will|would|also|then))?\s+\p{Ll}+\s+its\s/u.test(text.slice(c.end, c.end + 60));
}

/** The acronym `key` spelled out right after it in brackets, in lower-case words ("DRM (digital rights management"). */
export function termAfter(text: string, end: number, key: string): boolean {
  const m = /^\s*\(([\p{Ll} -]{4,80})[),]/u.exec(text.slice(end, end + 90));
  if (!m) return false;
  return spelledOut(m[1], key);
}

/** The article spells the acronym `name` out in lower case after one of its mentions: each mention is the term. */
export function termInText(text: string, name: string): boolean {
  for (let at = text.indexOf(`${name} (`); at >= 0; at = text.indexOf(`${name} (`, at + 1)) {
    if (termAfter(text, at + name.length, name.toLowerCase())) return true;
  }
  return false;
}

/** The content words of `phrase` have the letters of `key` as initials. */
function spelledOut(phrase: string, key: string): boolean {
  const initials = phrase
    .split(/[\s-]+/)
    .filter((x) => x && !/^(?:of|and|the|for|in|on|to|a|an)$/.test(x))
    .map((x) => x[0])
    .join('');
  return initials === key.replace(/\./g, '');
}

/** Nouns after a name that make it a body. */
const BODY_NEXT = /^(?:organi[sz]ation|militants?|terrorists?|fighters|operatives|founder|co-founder|members|membership)$/;
/** What a body does, not a venue or a study: "the Center issued a warning", "the Survey recorded a quake". */
const BODY_VERBS = new RegExp(
  '^(?:reported|reports|announced|announces|issued|issues|warned|warns|upgraded|downgraded|' +
    'estimated|recorded|measured|forecast|predicted)$',
);
/** The verb after a name, past its own acronym ("the US Geological Survey (USGS) reported"), is one of saying or doing. */
export function speaks(text: string, end: number): boolean {
  const verb = /^\s*(?:\(\p{Lu}{2,6}\)\s*)?(?:(?:has|have|had|also|later|then)\s+)*(\p{Ll}+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  return SPEECH.test(verb) || BODY_VERBS.test(verb);
}

export const bodyNext = (after: string): boolean => BODY_NEXT.test(after);

/** Nouns before the name of a body of the sky ("the host star AB Aurigae"). */
const SKY_NOUNS = new Set(['star', 'planet', 'exoplanet', 'galaxy', 'constellation', 'quasar', 'pulsar']);
/** Where a planet is named as one: "on Mars", "the atmosphere of Mars", "Mars's surface" ("Mars Inc. said" is not). */
const PLANETS = new Set(['mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto']);
export function skyBody(text: string, c: Candidate, key: string): boolean {
  if (SKY_NOUNS.has(c.before) && text[c.start - 1] === ' ') return true;
  // Named once as "the star AB Aurigae", the name is the star wherever the article uses it.
  const name = text.slice(c.start, c.end);
  if (c.tokens.length > 1) {
    for (let at = text.indexOf(name); at > 0; at = text.indexOf(name, at + 1)) {
      if (SKY_NOUNS.has(/(?:^|[^\p{L}-])(\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '')) return true;
    }
  }
  if (!PLANETS.has(key)) return false;
  return /^(?:on|to|of|from|around|orbiting)$/.test(c.before) || /^(?:atmosphere|surface|orbit|rover|moons?|landing)$/.test(c.after);
}

/** "COVID-19" in a text that also says "COVID": the name with its number, if the text writes it so. */
export function numberedForm(text: string, name: string): string | undefined {
  for (let at = text.indexOf(`${name}-`); at >= 0; at = text.indexOf(`${name}-`, at + 1)) {
    const digits = /^\d+(?![\p{L}\d])/u.exec(text.slice(at + name.length + 1, at + name.length + 8));
    if (digits && !/[\p{L}\d]/u.test(text[at - 1] ?? '')) return `${name}-${digits[0]}`;
  }
  return undefined;
}
