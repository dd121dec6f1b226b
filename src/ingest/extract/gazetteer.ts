// Name lists: compromise's lexicon (countries, cities, first names, titles,
// org and place words) plus the few tables it lacks (aliases of countries,
// demonym -> country, capital -> country). Lookups never throw on unknown keys.
import nlp from 'compromise';

type Tags = string | string[] | undefined;
interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}
const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;

export function lexTags(word: string): string[] {
  const t = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}
export const hasTag = (word: string, tag: string): boolean => lexTags(word).includes(tag);

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
export const isFirstName = (w: string): boolean => lexTags(w).some((t) => NAME_TAGS.includes(t));

/** Words that read as ordinary English (so a capitalized run of them is not a person). */
const COMMON_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Uncountable', 'Infinitive',
  'PastTense', 'PresentTense', 'Gerund', 'Comparative', 'Superlative', 'Adverb', 'Determiner',
  'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Expression',
  'Participle', 'Cardinal', 'Ordinal', 'Month', 'WeekDay', 'Date', 'Duration', 'Unit', 'Actor']);
export const isCommonWord = (w: string): boolean =>
  lexTags(w).some((t) => COMMON_TAGS.has(t)) && !isFirstName(w);

const EXTRA_ORG_WORDS = ['inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'party', 'ministry',
  'university', 'institute', 'court', 'police', 'parliament', 'senate', 'congress', 'assembly',
  'agency', 'service', 'services', 'news', 'times', 'post', 'press', 'network', 'union',
  'forces', 'navy', 'airlines', 'airways', 'records', 'studios', 'systems', 'technologies',
  'motors', 'labs', 'games', 'fc', 'team', 'office', 'organisation', 'organization', 'cabinet',
  'tribunal', 'league', 'hospital', 'school', 'museum', 'channel', 'tv', 'radio', 'magazine'];
const orgWords = new Set([...Object.keys(model.two.orgWords), ...EXTRA_ORG_WORDS]);
const EXTRA_PLACE_WORDS = ['city', 'county', 'province', 'state', 'region', 'district', 'oblast',
  'street', 'avenue', 'road', 'square', 'park', 'airport', 'station', 'bridge', 'river', 'sea',
  'ocean', 'valley', 'village', 'town', 'prefecture', 'territory', 'republic'];
const placeWords = new Set([...Object.keys(model.two.placeWords), ...EXTRA_PLACE_WORDS]);
export const isOrgWord = (w: string): boolean => orgWords.has(w);
export const isPlaceWord = (w: string): boolean => placeWords.has(w);

/** Titles before a name: stripped from the name, kept as the actor's role. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady',
  'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'president', 'vice',
  'premier', 'minister', 'secretary', 'chancellor', 'ambassador', 'king', 'queen', 'prince',
  'princess', 'pope', 'senator', 'governor', 'mayor', 'judge', 'justice', 'chairman',
  'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'chief', 'commander', 'general', 'officer', 'deputy',
  'former', 'representative', 'congressman', 'congresswoman', 'sheikh', 'emperor', 'archbishop',
  'bishop', 'cardinal', 'father', 'coach', 'captain', 'inspector', 'detective', 'sergeant',
  'colonel', 'major', 'admiral', 'lieutenant', 'executive', 'head', 'manager', 'presiding',
  'interior', 'foreign', 'defence', 'defense', 'prime', 'emergencies', 'health', 'regional',
  'attorney', 'speaker', 'senior', 'acting', 'state', 'councillor', 'councilor', 'mp']);
export const isTitleWord = (w: string): boolean => TITLES.has(w) || hasTag(w, 'Honorific');

// Canonical names for the forms a list cannot guess.
const COUNTRY_ALIASES: Record<string, string> = {
  'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  america: 'United States', 'united states': 'United States', 'united states of america': 'United States',
  'u.k.': 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom', 'dprk': 'North Korea', 'prc': 'China', uae: 'United Arab Emirates',
  'the netherlands': 'Netherlands', holland: 'Netherlands',
};
const ORG_ALIASES: Record<string, string> = {
  'u.n.': 'United Nations', un: 'United Nations', 'united nations': 'United Nations',
  eu: 'European Union', 'e.u.': 'European Union', 'european union': 'European Union',
  nato: 'NATO', who: 'World Health Organization',
};
const DEMONYMS: Record<string, string> = {
  american: 'United States', americans: 'United States', british: 'United Kingdom', briton: 'United Kingdom',
  english: 'England', french: 'France', dutch: 'Netherlands', swiss: 'Switzerland', welsh: 'Wales',
  scottish: 'Scotland', irish: 'Ireland', greek: 'Greece', thai: 'Thailand', filipino: 'Philippines', philippine: 'Philippines',
  danish: 'Denmark', swedish: 'Sweden', finnish: 'Finland', polish: 'Poland', turkish: 'Turkey',
  spanish: 'Spain', portuguese: 'Portugal', norwegian: 'Norway', icelandic: 'Iceland', czech: 'Czech Republic',
  lebanese: 'Lebanon', sudanese: 'Sudan', congolese: 'Democratic Republic of the Congo',
  vietnamese: 'Vietnam', chinese: 'China', japanese: 'Japan', peruvian: 'Peru', argentine: 'Argentina',
  israeli: 'Israel', iraqi: 'Iraq', pakistani: 'Pakistan', saudi: 'Saudi Arabia', kiwi: 'New Zealand',
};
// Capitals, for "in Pyongyang" (the city, partOf its country) vs "Moscow said" (the country).
const CAPITALS: Record<string, string> = {
  moscow: 'Russia', pyongyang: 'North Korea', seoul: 'South Korea', beijing: 'China', tokyo: 'Japan',
  washington: 'United States', london: 'United Kingdom', paris: 'France', berlin: 'Germany',
  kyiv: 'Ukraine', kiev: 'Ukraine', tehran: 'Iran', ankara: 'Turkey', damascus: 'Syria',
  baghdad: 'Iraq', kabul: 'Afghanistan', islamabad: 'Pakistan', 'new delhi': 'India', delhi: 'India',
  rome: 'Italy', madrid: 'Spain', ottawa: 'Canada', canberra: 'Australia', brasilia: 'Brazil',
  caracas: 'Venezuela', havana: 'Cuba', cairo: 'Egypt', riyadh: 'Saudi Arabia', jerusalem: 'Israel',
  warsaw: 'Poland', minsk: 'Belarus', taipei: 'Taiwan', manila: 'Philippines', hanoi: 'Vietnam',
  bangkok: 'Thailand', jakarta: 'Indonesia', nairobi: 'Kenya', pretoria: 'South Africa',
  'mexico city': 'Mexico', 'buenos aires': 'Argentina', brussels: 'Belgium', vienna: 'Austria',
  athens: 'Greece', stockholm: 'Sweden', oslo: 'Norway', helsinki: 'Finland', dublin: 'Ireland',
};

export interface Known {
  kind: 'country' | 'organization' | 'place' | 'person';
  name: string;
  /** For a capital: its country. */
  capitalOf?: string;
}

/** The key names a country itself ("america", "france"), not a demonym ("american"). */
export const countryName = (key: string): boolean => Boolean(countryOf(key)) || lexTags(key).includes('Country');

const countryOf = (key: string): string | undefined =>
  Object.hasOwn(COUNTRY_ALIASES, key) ? COUNTRY_ALIASES[key] : undefined;

/** Demonym -> country: the table, then the usual suffixes tried against the lexicon. */
export function demonymCountry(word: string): string | undefined {
  const w = word.toLowerCase();
  if (Object.hasOwn(DEMONYMS, w)) return DEMONYMS[w];
  const parts = w.split(' ');
  const last = parts.pop() ?? '';
  const stem = last.replace(/s$/, '');
  const tries = [stem.replace(/n$/, ''), stem.replace(/an$/, 'a'), stem.replace(/ian$/, 'ia'),
    stem.replace(/ian$/, 'e'), stem.replace(/ese$/, ''), stem.replace(/ese$/, 'a'), stem.replace(/i$/, ''),
    stem.replace(/ean$/, 'ea'), stem.replace(/ish$/, 'and'), `${stem}s`];
  for (const t of tries) {
    const key = [...parts, t].join(' ');
    if (t !== stem && hasTag(key, 'Country')) return titleCase(key);
  }
  return undefined;
}

export function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** What the lists say of a name (lower-cased key, surface as written). */
export function lookup(key: string, surface: string): Known | undefined {
  const country = countryOf(key);
  if (country) return { kind: 'country', name: country };
  if (Object.hasOwn(ORG_ALIASES, key)) return { kind: 'organization', name: ORG_ALIASES[key] };
  if (Object.hasOwn(CAPITALS, key)) return { kind: 'place', name: titleCase(key), capitalOf: CAPITALS[key] };
  const tags = lexTags(key);
  if (tags.includes('Country')) return { kind: 'country', name: titleCase(key) };
  if (tags.includes('Demonym')) {
    const c = demonymCountry(key);
    return c ? { kind: 'country', name: countryOf(c.toLowerCase()) ?? c } : undefined;
  }
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return { kind: 'organization', name: surface };
  if (tags.some((t) => t === 'City' || t === 'Region' || t === 'Place')) return { kind: 'place', name: surface };
  {
    const c = demonymCountry(key);
    if (c && /^\p{Lu}/u.test(surface)) return { kind: 'country', name: countryOf(c.toLowerCase()) ?? c };
  }
  return undefined;
}
