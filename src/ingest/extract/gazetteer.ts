// Name lookups: compromise's lexicon (first names, word classes, org and
// place words) and the lexicon module (titles, the data packages' countries,
// demonyms, capitals, cities and regions). Lookups never throw on unknown keys.
import nlp from 'compromise';
import { isDictWord, isPlainWord } from './dictionary';
import { NAME_ABBREVIATIONS } from '../lexicon/abbreviations';
import { FORMER_STATES, ORG_ALIASES } from '../lexicon/aliases';
import { CAPITAL, CITY, COUNTRY, DEMONYM, REGION, REGION_OF } from '../lexicon/geo';
import { ORG_WORDS } from '../lexicon/organization-words';
import { PLACE_WORDS } from '../lexicon/place-words';
import { PERSON_NOUNS, TITLES } from '../lexicon/titles';

type Tags = string | string[] | undefined;
interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}
const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;

const NO_TAGS: readonly string[] = [];
/** One array per single tag: lexTags is asked millions of times per corpus and must not allocate. */
const single = new Map<string, readonly string[]>();
export function lexTags(word: string): readonly string[] {
  const t = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  if (t === undefined) return NO_TAGS;
  if (Array.isArray(t)) return t;
  let one = single.get(t);
  if (!one) single.set(t, (one = [t]));
  return one;
}
export const hasTag = (word: string, tag: string): boolean => lexTags(word).includes(tag);

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
export const isFirstName = (w: string): boolean => lexTags(w).some((t) => NAME_TAGS.includes(t));

/** Words that read as ordinary English (so a capitalized run of them is not a person). */
const COMMON_TAGS = new Set([
  'Noun',
  'Singular',
  'Plural',
  'Adjective',
  'Uncountable',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Comparative',
  'Superlative',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Copula',
  'QuestionWord',
  'Expression',
  'Participle',
  'Cardinal',
  'Ordinal',
  'Month',
  'WeekDay',
  'Date',
  'Duration',
  'Unit',
  'Actor',
]);
export const isCommonWord = (w: string): boolean => lexTags(w).some((t) => COMMON_TAGS.has(t)) && !isFirstName(w);

const orgWords = new Set([...Object.keys(model.two.orgWords), ...ORG_WORDS]);
const placeWords = new Set([...Object.keys(model.two.placeWords), ...PLACE_WORDS]);
export const isOrgWord = (w: string): boolean => orgWords.has(w);
export const isPlaceWord = (w: string): boolean => placeWords.has(w);

export const isTitleWord = (w: string): boolean => TITLES.has(w) || hasTag(w, 'Honorific');
/** A noun for a person ("the physician", "nominee"): a name after it is a person's. */
export const isPersonNoun = (w: string): boolean => hasTag(w, 'Actor') || PERSON_NOUNS.has(w) || practitioner(w);
/** "biologist", "linguist", "pianist": an ordinary word for one who practises (compromise tags few of them as Actor);
 * "resist", "persist" are verbs. */
const practitioner = (w: string): boolean => w.length >= 7 && /ist$/.test(w) && !/sist$/.test(w) && isPlainWord(w);

export interface Known {
  kind: 'country' | 'organization' | 'place' | 'person';
  name: string;
  /** For a capital: its country. */
  capitalOf?: string;
}

/** The countries a region belongs to ("georgia": United States), none if the lists know no such region. */
export const regionOf = (key: string): readonly string[] => REGION_OF.get(key) ?? [];

/** The key names a country itself ("america", "france"), not a demonym ("american"). */
export const countryName = (key: string): boolean => Boolean(countryOf(key)) || lexTags(key).includes('Country');

const countryOf = (key: string): string | undefined => COUNTRY.get(key);

const demonyms = new Map<string, string | undefined>();
/** Demonym -> country: the data package's table, then the usual suffixes tried against the lexicon. Memoized. */
export function demonymCountry(word: string): string | undefined {
  if (demonyms.has(word)) return demonyms.get(word);
  if (demonyms.size > 50_000) demonyms.clear();
  const found = demonymCountryOnce(word);
  demonyms.set(word, found);
  return found;
}

function demonymCountryOnce(word: string): string | undefined {
  const w = word.toLowerCase();
  const known = DEMONYM.get(w);
  if (known) return known;
  const parts = w.split(' ');
  const last = parts.pop() ?? '';
  const stem = last.replace(/s$/, '');
  const tries = [
    stem.replace(/n$/, ''),
    stem.replace(/an$/, 'a'),
    stem.replace(/ian$/, 'ia'),
    stem.replace(/ian$/, 'e'),
    // "Argentinian" (Argentina): the lists give only "Argentine".
    stem.replace(/ian$/, 'a'),
    stem.replace(/ese$/, ''),
    stem.replace(/ese$/, 'a'),
    stem.replace(/i$/, ''),
    stem.replace(/ean$/, 'ea'),
    stem.replace(/ish$/, 'and'),
    `${stem}s`,
  ];
  for (const t of tries) {
    const key = [...parts, t].join(' ');
    if (t !== stem && (COUNTRY.has(key) || hasTag(key, 'Country'))) return COUNTRY.get(key) ?? titleCase(key);
  }
  return undefined;
}

export function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** A city name that is also a short or ordinary word ("San", "Store", "Reading") says nothing alone. */
const wordLike = (key: string): boolean => !key.includes(' ') && (key.length < 4 || isDictWord(key));

/**
 * Key -> surface -> what the lists say (null: nothing). Two levels, not one joined key: it is asked for every
 * token of every sentence, and a joined key is a new string to build and hash each time.
 */
const seen = new Map<string, Map<string, Known | null>>();
let seenCount = 0;
/** What the lists say of a name (lower-cased key, surface as written); memoized, the same names recur. */
export function lookup(key: string, surface: string): Known | undefined {
  let bySurface = seen.get(key);
  const hit = bySurface?.get(surface);
  if (hit !== undefined) return hit ?? undefined;
  if (seenCount >= 50_000) {
    seen.clear();
    seenCount = 0;
    bySurface = undefined;
  }
  if (!bySurface) seen.set(key, (bySurface = new Map()));
  const found = lookupOnce(key, surface);
  bySurface.set(surface, found ?? null);
  seenCount++;
  return found;
}

function lookupOnce(key: string, surface: string): Known | undefined {
  const country = countryOf(key);
  if (country) return { kind: 'country', name: country };
  if (Object.hasOwn(ORG_ALIASES, key)) return { kind: 'organization', name: ORG_ALIASES[key] };
  if (Object.hasOwn(FORMER_STATES, key)) return { kind: 'place', name: FORMER_STATES[key] };
  const capitalOf = CAPITAL.get(key);
  if (capitalOf) return { kind: 'place', name: surface || titleCase(key), capitalOf };
  const tags = lexTags(key);
  if (tags.includes('Country')) return { kind: 'country', name: titleCase(key) };
  if (DEMONYM.has(key) && /^\p{Lu}/u.test(surface || 'X')) return { kind: 'country', name: DEMONYM.get(key) ?? key };
  if (tags.includes('Demonym')) {
    const c = demonymCountry(key);
    return c ? { kind: 'country', name: countryOf(c.toLowerCase()) ?? c } : undefined;
  }
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return { kind: 'organization', name: surface };
  if (((REGION.has(key) || CITY.has(key)) && !wordLike(key)) || tags.some((t) => t === 'City' || t === 'Region' || t === 'Place')) {
    return { kind: 'place', name: surface || titleCase(key) };
  }
  {
    const c = demonymCountry(key);
    if (c && /^\p{Lu}/u.test(surface)) return { kind: 'country', name: countryOf(c.toLowerCase()) ?? c };
  }
  // "St Louis", "Mt Hood": the lists spell the first word out ("Saint Louis") or keep its period ("St. Louis").
  const short = SHORT_FIRST.exec(key);
  if (short) {
    const rest = key.slice(short[0].length);
    const found =
      (short[0].includes('.') ? undefined : lookupOnce(`${short[1]}. ${rest}`, '')) ??
      lookupOnce(`${NAME_ABBREVIATIONS[short[1]]} ${rest}`, '');
    if (found?.kind === 'place' || found?.kind === 'country') return { ...found, name: surface || titleCase(key) };
  }
  return undefined;
}
const SHORT_FIRST = new RegExp(`^(${Object.keys(NAME_ABBREVIATIONS).join('|')})\\.? (?=\\S)`);
