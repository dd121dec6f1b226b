// The kind of one name candidate, from the lists (lexicon + data packages),
// the words inside it and the words around it. Things (products, laws,
// diseases, languages, named events...) are typed by evidence: head nouns,
// model-number shapes, lower-case camel case, the words before and after.
import type { ActorKind } from '../../corpus/schema';
import { FIRST_NAMES } from '../lexicon/first-names';
import { LANGUAGE } from '../lexicon/geo';
import { COMMUNITY_ACRONYMS, groupMember, groupOfMember, PARTY_CREEDS } from '../lexicon/groups';
import { NOT_ORG_CAPS } from '../lexicon/not-names';
import { ORG_AFTER, ORG_BEFORE, ORG_SUFFIXES, ORG_VERBS } from '../lexicon/organization-words';
import { COMPASS, INSTITUTION_HEADS, PLACE_FIRST, PLACE_PREPS, PREP_GOVERNORS } from '../lexicon/place-words';
import { HOLIDAYS, INDEX_NEXT, THING_HEADS, THING_ONLY_LONG } from '../lexicon/thing-words';
import { citedAuthor } from './citations';
import {
  beforeNoun,
  beforeNounWord,
  nextWord,
  numberedForm,
  bodyNext,
  companyNounBefore,
  orgEvidence,
  placeNounContext,
  placeAfter,
  placeBefore,
  roleOnly,
  stateAfterComma,
  sentenceStart,
  speaks,
  termAfter,
  termInText,
  thingContext,
  workTitle,
} from './kind-context';
import { byWords, fromKnown, GO_ON, orgName } from './kind-lexical';
import {
  calledKind,
  halfOfPlace,
  headNounKind,
  individualPlace,
  listedPlace,
  peoplePlural,
  predicateKind,
  residentsOf,
  titledApposition,
} from './kind-heads';
import { bodyBeforeRole } from './body-roles';
import { speakerLabel } from './speaker-labels';
import { isDictWord, isPlainWord } from './dictionary';
import { kindFeatures } from './kind-features';
import { predictKind } from './kind-model';
import { countryName, isCommonWord, isFirstName, isOrgWord, isPersonNoun, isPlaceWord, isTitleWord, lexTags, lookup } from './gazetteer';
import type { Candidate } from './candidate';
import { SPEECH } from './names';

export interface Typed {
  kind: ActorKind;
  name: string;
  partOf?: string;
  /**
   * "American officials", "the Danish linguist": a demonym before a noun says where its noun belongs, which the
   * article's events keep (a filter on the country finds them), but it is no name of the country: no mention.
   */
  attribute?: boolean;
  /** The rules' default for a name of several words with no evidence: the learned model may overrule it. */
  guess?: boolean;
  /** The article says what the name is ("Minetest is an open-source game"): it outweighs a mention's context. */
  defined?: boolean;
  /** A body named by a role in it ("Minetest CEO"): the kind the article gives the body itself wins. */
  roleOf?: boolean;
}

export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'x';

const words = (c: Candidate) => c.tokens.map((t) => t.text);
/** After a name: nouns that say the name is not an actor at all ("Christmas season", "Beatles music"). */
const NOT_ACTOR_NEXT = new Set(['sales', 'season', 'music', 'episodes']);
/** Word classes of an ordinary word written in capitals for emphasis ("AND", "UNLESS", "HUGE"). */
const EMPHASIS_TAGS = new Set(['Conjunction', 'Condition', 'Preposition', 'Adverb', 'Adjective', 'Determiner']);

export const isAcronym = (name: string): boolean => /^(?:\p{Lu}\.){2,6}$/u.test(name) || /^\p{Lu}[\p{Lu}&]{1,5}s?$/u.test(name);
/** "iPhone", "eBay", "iOS": a lower-case letter, then capitals: a product or brand shape. */
const lowerCamel = (w: string) => /^\p{Ll}+\p{Lu}/u.test(w);
/** "A380", "3GS", "X5", "747": a model number. */
const modelShape = (w: string) => /^(?=.*\d)[\p{L}\d-]+$/u.test(w) && !/^\d{4}$/.test(w);
const camelCase = (w: string) => /\p{Ll}\p{Lu}/u.test(w.replace(/^(Mc|Mac|O'|D'|De|La|Le|Di|Van)/, ''));
/** A brand's shape: inner capitals or a lower-case start ("CentOS", "GitHub", "iPhone"). */
const brandWord = (w: string) => camelCase(w) || lowerCamel(w);
/** "English Wikipedia", "Spanish Netherlands": a people's or a language's word, which starts no person's name. */
const peopleWord = (low: string) => lexTags(low).includes('Demonym') || LANGUAGE.has(low);

const LEGISLATURE = new Set(['house', 'assembly', 'senate', 'parliament', 'legislature', 'congress']);
/** Particles of Arabic and Hebrew patronymic names ("Qaboos bin Said", "Ahmad ibn Hanbal"). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);
const PEOPLE_FIRST = new Set(['native', 'latin', 'indigenous']);
/** The model's probability needed to type a name (tuned on one half of the dev gold, checked on the other). */
const TRUST = 0.65;

/**
 * The kind of a candidate: the rules' answer (judgeCandidate) where they have one, else the learned model's
 * (kind-model.ts), which reads everything the rules looked at. Letting the model also overrule the rules' kinds
 * gained nothing on the held-out halves (+0.006 and -0.002 typed F1 on gum) and let learned words retype
 * model numbers ("Red Hat Enterprise Linux 9"), so it only decides what the rules leave open.
 */
export function typeCandidate(text: string, c: Candidate): Typed | undefined {
  const judged = judgeCandidate(text, c);
  if (typeof judged === 'object' && judged.guess) {
    const { label, p } = predictKind(kindFeatures(text, c, judged));
    const { guess: _, ...rest } = judged;
    // "CentOS Stream", "GitHub Pages": a brand's inner capitals make no place of a place word (see judgeCandidate).
    const brandPlace = label === 'place' && c.tokens.some((t) => brandWord(t.text));
    // "English Wikipedia": nor a person of a name a people's or a language's word starts.
    const peoplePerson = label === 'person' && c.tokens.length > 1 && peopleWord(c.tokens[0].text.toLowerCase());
    return p >= TRUST && label !== 'none' && !brandPlace && !peoplePerson ? { ...rest, kind: label } : rest;
  }
  if (judged !== UNKNOWN) return judged;
  // "the Atlantic", "Telescopium": a lone word WordNet knows first as one place.
  if (c.tokens.length === 1 && !sentenceStart(text, c.start) && individualPlace(c.tokens[0].text))
    return { kind: 'place', name: c.tokens[0].text };
  const { label, p } = predictKind(kindFeatures(text, c, judged));
  if (p < TRUST || label === 'none') return undefined;
  const name = text.slice(c.start, c.end).replace(/\s+/g, ' ');
  // "Crown Prince Mohammad bin Salman": a word before a title is part of the role, not a name;
  // "The Store opened": an ordinary word capitalized by the sentence start is no name either.
  if (isTitleWord(c.after) || (c.tokens.length === 1 && isDictWord(name) && sentenceStart(text, c.start))) return undefined;
  // "asked the Fed for a loan", "the Pentagon said": one word after "the" names no person, but a body.
  if (label === 'person' && c.tokens.length === 1 && c.before === 'the') return { kind: 'organization', name };
  return { kind: label, name };
}

/** The rules' kind of a candidate; undefined when they leave it out. */
export function classify(text: string, c: Candidate): Typed | undefined {
  const t = judgeCandidate(text, c);
  return t === UNKNOWN ? undefined : t;
}

/** The rules found nothing either way (a lone word with no evidence), as opposed to a name they reject. */
export const UNKNOWN = 'unknown';

export function judgeCandidate(text: string, c: Candidate): Typed | typeof UNKNOWN | undefined {
  const w = words(c);
  const low = w.map((x) => x.toLowerCase());
  const key = low.join(' ');
  const name = text.slice(c.start, c.end).replace(/\s+/g, ' ');
  // "75", "2": a number alone names nothing ("Boeing 747" keeps its letters).
  if (HOLIDAYS.has(key) || !/\p{L}/u.test(name) || roleOnly(low, w)) return undefined;
  // "the Apple Chief Executive Officer", "PG&E President": a body's name, then a role in it, names the body.
  const body = !c.personHint && bodyBeforeRole(text, w, low, c.end);
  if (body) return body;
  // "((Akram Pasha)) I am from Mysore.": an interview's speaker label (speaker-labels.ts).
  if (speakerLabel(text, c)) return { kind: 'person', name };
  // What the name's words alone decide: sites, currencies, languages, faiths, bodies of the sky, amounts, laws.
  const lexical = byWords(text, c, w, low, name);
  if (lexical !== GO_ON) return lexical;
  // "LGBT activist", "the LGBTQ community": a community of people, qualifying its noun as a member word does.
  if (COMMUNITY_ACRONYMS.has(key)) return beforeNounWord(text, c.end) ? { kind: 'group', name, attribute: true } : { kind: 'group', name };
  // "Arabs", "Kurds", "Republicans": the plural of a people's, a faith's or a party's member is that group.
  const member = w.length <= 3 && /^\p{Lu}/u.test(name) ? w[w.length - 1] : undefined;
  // "Neanderthals", "Britons" (WordNet); not a demonym the lists know (below), nor a cited author ("(Gibbons, 2001)").
  const people = () => w.length === 1 && peoplePlural(member as string) && !lookup(key, name) && !citedAuthor(text, c.start, c.end);
  if (member && (groupMember(member) || people() || (w.length === 1 && !lookup(key, name) && residentsOf(member)))) {
    const party =
      w.length > 1 && low.slice(0, -1).every((x) => PARTY_CREEDS.has(x)) && /^(?:democrats|republicans)$/.test(low[low.length - 1]);
    return { kind: party ? 'organization' : 'group', name };
  }
  // "Houthi rebels", "Roman Catholic priests": the member word before a noun says whose they are (of the events, no
  // mention).
  const group = member && groupOfMember(member);
  if (group && (beforeNounWord(text, c.end) || isTitleWord(nextWord(text, c.end)))) {
    return { kind: 'group', name: [...w.slice(0, -1), group].join(' '), attribute: true };
  }
  // "the Nasdaq composite index", "the Dow Jones industrial average": a body's name before an index's words.
  if (INDEX_NEXT.has(c.after)) return { kind: 'thing', name };
  const known = lookup(key, name);
  if (known) {
    // "the American computer company Apple", "American officials": the demonym only qualifies the noun phrase.
    if (known.kind === 'country' && !countryName(key) && w.length === 1 && !/s$/.test(key) && beforeNoun(text, c.end))
      return { ...fromKnown(known), attribute: true };
    // "Thais", "Canadians", "the Palestinians": a plural demonym as a noun names the people, a group of the country.
    if (known.kind === 'country' && w.length === 1 && !countryName(key) && /[^s]s$/.test(key))
      return { kind: 'group', name: w[0], partOf: `country:${slug(known.name)}` };
    return fromKnown(known);
  }
  // "Biologist Nick Bos", "Scientologist Tom Cruise": a noun for a person, capitalized at the sentence start, then a
  // first name: the person, named without the noun.
  if (w.length >= 3 && isPersonNoun(low[0]) && !isTitleWord(low[0]) && FIRST_NAMES.has(low[1]))
    return { kind: 'person', name: w.slice(1).join(' ') };
  // "retailer Tesco", "Deutsche Welle (DW)", "Tesco stated its intention": a body, whatever its words look like.
  // "the firm eTranslate": a brand's lower-case start makes no product after a company noun.
  if (!c.personHint && !isFirstName(low[0]) && !w.some(modelShape) && companyNounBefore(text, c))
    return { kind: 'organization', name: orgName(w, low, name) };
  // "(Baker, 2015)", "Rao and Scott (1981)", "Bos et al.": an author cited in academic prose.
  if (w.length <= 3 && !isAcronym(name) && !low.some(isOrgWord) && citedAuthor(text, c.start, c.end)) return { kind: 'person', name };
  if (workTitle(text, c)) return { kind: 'thing', name };
  const predicate = !low.some(isOrgWord) && predicateKind(text, c);
  if (predicate) return { kind: predicate, name, defined: true };
  if (!c.personHint && (placeNounContext(text, c) || listedPlace(text, c))) return { kind: 'place', name };
  // "Rockridge, a neighborhood", "Temescal is a neighborhood", "Cry Wolf, another horror film".
  const head = c.personHint || c.title ? undefined : headNounKind(text, c);
  if (head) return { kind: head, name: head === 'organization' ? orgName(w, low, name) : name, defined: true };
  // "Qaboos bin Said, the long-serving Sultan of Oman": a title in the apposition; "bin", "ibn": a patronymic.
  if (!low.some(isOrgWord) && (titledApposition(text, c) || (w.length > 2 && low.slice(1, -1).some((x) => PATRONYMIC.has(x)))))
    return { kind: 'person', name, defined: true };
  const called = c.title ? undefined : calledKind(text, c);
  if (called) return { kind: called, name, defined: true };
  if (halfOfPlace(text, c)) return { kind: 'place', name };
  // "African American", "Native American": people, a group (before a noun only its qualifier: "African American voters").
  if (low.length === 2 && lexTags(low[1]).includes('Demonym') && (lexTags(low[0]).includes('Demonym') || PEOPLE_FIRST.has(low[0])))
    return beforeNounWord(text, c.end) ? undefined : { kind: 'group', name };
  // "European contact", "Asian markets": a demonym of no country the lists know only qualifies its noun.
  if (w.length === 1 && lexTags(key).includes('Demonym') && beforeNoun(text, c.end)) return undefined;
  // "the National Hurricane Center reported", "the US Geological Survey said": a center or survey that speaks is a body.
  if (w.length > 1 && INSTITUTION_HEADS.has(low[low.length - 1]) && speaks(text, c.end)) return { kind: 'organization', name };
  // "the Al-Qaeda organization", "Al-Qaeda founder Osama bin Laden", "Hamas militants": the noun after the name says
  // it is a body (a person's name has no founder or members).
  if (bodyNext(c.after) && !c.personHint && !c.title && !isFirstName(low[0])) return { kind: 'organization', name };
  // "World War II", "Windows 7": the head is the last word before a number.
  const last = low.length > 1 && /^(\d+|[ivx]+)$/.test(low[low.length - 1]) ? low[low.length - 2] : low[low.length - 1];
  const orgSuffixAfter = ORG_SUFFIXES.has(c.after) && c.after !== 'group';
  if (NOT_ACTOR_NEXT.has(c.after)) return undefined;
  // "the Doris Day Show": after "the", a first name starts the title of a thing, not a person.
  const thingHead =
    THING_HEADS.has(last) &&
    low.length > 1 &&
    (!isFirstName(low[0]) || c.before === 'the') &&
    !(THING_ONLY_LONG.has(last) && low.length < 3) &&
    // "MacBook Air", "iPad Air" are products; "Mahan Air", "Lion Air" airlines.
    !(last === 'air' && !w.slice(0, -1).some(brandWord));
  if (!orgSuffixAfter && (thingHead || w.some(lowerCamel) || w.some(modelShape) || thingContext(text, c))) return { kind: 'thing', name };
  if (c.personHint && !c.employer && !low.some(isOrgWord)) return { kind: 'person', name };
  // "the West", "the South", "the Midwest": a compass point named alone is a region.
  if (low.length === 1 && c.before === 'the' && /^(?:north|south|east|west|midwest)$/.test(key)) return { kind: 'place', name };
  // "Southern Senegal", "East Los Angeles": a compass word and a known place.
  if (low.length > 1 && COMPASS.has(low[0])) {
    const rest = lookup(low.slice(1).join(' '), w.slice(1).join(' '));
    if (rest && (rest.kind === 'place' || rest.kind === 'country')) return { kind: 'place', name };
  }
  // "Lake Erie", "Mt. Talau", "Cape of Good Hope", "Plac Wolności": a place's first word ("Mount Sinai Hospital" stays).
  if (low.length > 1 && PLACE_FIRST.has(low[0].replace(/\.$/, '')) && !low.some(isOrgWord)) return { kind: 'place', name };
  // "the House voted", "Speaker of the House": alone, the word is a legislature.
  if (low.length === 1 && LEGISLATURE.has(key)) return { kind: 'organization', name };
  // "United States House", "Michigan House": a country's or state's house is its legislature ("White House" stays).
  if (low.length > 1 && LEGISLATURE.has(last)) {
    const where = lookup(low.slice(0, -1).join(' '), w.slice(0, -1).join(' '));
    if (where && (where.kind === 'country' || where.kind === 'place')) return { kind: 'organization', name };
  }
  // "Darrell Castle": a first name and one word is a person, though the word names places ("Edinburgh Castle").
  const personShape = low.length === 2 && isFirstName(low[0]) && c.before !== 'the';
  // "CentOS Stream", "GitHub Pages": a brand's inner capitals make no place of a place word; a street is a place
  // whatever names it ("Telegraph Avenue", "Bank Street").
  const brand = w.some(brandWord);
  const street = /^(?:street|avenue|road|boulevard|lane)$/.test(last);
  const placeShape = street || (!brand && !low.some((x, i) => i < low.length - 1 && isOrgWord(x)));
  if (low.length > 1 && isPlaceWord(last) && !personShape && placeShape) {
    return { kind: 'place', name };
  }
  if (low.some((x, i) => isOrgWord(x) && (i > 0 || low.length > 1)) || orgSuffixAfter) {
    return { kind: 'organization', name: orgName(w, low, name) };
  }
  // In a shouted (ALL CAPS) text every short word looks like an acronym: the shape says nothing there.
  const shouted = !/\p{Ll}/u.test(text.slice(Math.max(0, c.start - 40), c.end + 40));
  // "AND", "UNLESS", "HUGE": a word in capitals for emphasis, no acronym.
  if (
    w.length === 1 &&
    key.length > 2 &&
    name === name.toUpperCase() &&
    lexTags(key).some((g) => EMPHASIS_TAGS.has(g)) &&
    !lookup(key, name)
  )
    return undefined;
  if (!shouted && (isAcronym(name) || isAcronym(w.join(' ')))) {
    // "$99 (USD)", "2 GHz", "an LCD screen": units, currencies and common terms.
    if (NOT_ORG_CAPS.has(key.replace(/\./g, '')) || /\d\s*\(?\s*$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return undefined;
    // "DRM (digital rights management)", "the VM (virtual microscope)": letters spelled out in lower case are a term.
    if (termAfter(text, c.end, key) || termInText(text, name)) return { kind: 'thing', name };
    // "COVID" where the article says "COVID-19": the short name of that thing.
    const numbered = /^\p{Lu}{3,}$/u.test(name) ? numberedForm(text, name) : undefined;
    if (numbered) return { kind: 'thing', name: numbered };
    // "Washington, D.C.", "Portland, OR": after a known place and a comma, the letters are its district or state.
    return placeBefore(text, c.start) || stateAfterComma(text, c) ? { kind: 'place', name } : { kind: 'organization', name };
  }
  if (c.employer) return { kind: 'organization', name };
  if (low.length > 1) {
    if (isFirstName(low[0]) || lexTags(last).includes('LastName')) return { kind: 'person', name };
    // "Bill Clinton", "Hunter Biden": a first name of the lists, then a word no dictionary knows; or, in a name of
    // two words, one it knows only as a proper noun and no place's or body's head ("Orson Welles": "welles" reads as
    // "wells", but "Welles" is a name; "Grant Park" stays).
    const surname = !isDictWord(last) || (low.length === 2 && !isPlainWord(last) && !isPlaceWord(last) && !isOrgWord(last));
    if (low.length <= 3 && FIRST_NAMES.has(low[0]) && surname && !isCommonWord(last)) return { kind: 'person', name };
    // "the physician Yang Buwei", "their second son, Austin Shepherd": after a noun for a person, a person; so is
    // a name a singular noun for a person ends ("the Harbor Poet", "an Ugly Stepsister": a nickname or a role;
    // "ABC Builders", "the Pioneers" are bodies).
    // A title, a people's word or a body's name first makes a role, no nickname ("Apple Computer CEO", "European
    // Commissioner").
    const roleName =
      isPersonNoun(last) && !isTitleWord(last) && !/s$/.test(last) && !low.some(isOrgWord) && !lexTags(low[0]).includes('Demonym');
    // "costume builders Don't Hug Cacti": after a plural of people, a name is their firm or group, no one person;
    // unless a list of them follows ("musicians MC Hammer, Too Short and Digital Underground").
    const list = /^(?:,| and\b)/.test(text.slice(c.end, c.end + 5));
    if (isPersonNoun(c.before) && /[^s]s$/.test(c.before) && !list) return { kind: 'organization', name, guess: true };
    if (isPersonNoun(c.before) || (roleName && lookup(low[0], w[0])?.kind !== 'organization')) return { kind: 'person', name };
    // A brand's word and another ("CentOS Stream", "GitHub Pages", "PlayStation Network"): a product line.
    if (w.some(brandWord)) return { kind: 'thing', name, guess: true };
    // "HR 6819", "NGC 1300", "F 35": a catalogue's or a maker's letters and a number name an object or a model.
    if (w.length === 2 && isAcronym(w[0]) && /^\d+$/.test(w[1])) return { kind: 'thing', name };
    // A run of ordinary words ("Apple Computer", "Best Buy") names an organization, not a person; only a guess
    // ("Orson Welles", "Dean Forester" are people), which the learned model may overrule.
    if (low.some((x) => isCommonWord(x) || isDictWord(x))) return { kind: 'organization', name, guess: true };
    // "Deutsche Welle (DW)", "Netto Poland": words no list knows, and an organization's evidence (no guess then).
    if (orgEvidence(text, c, low, w)) return { kind: 'organization', name: orgName(w, low, name) };
    return { kind: peopleWord(low[0]) ? 'organization' : 'person', name, guess: true };
  }
  if (lexTags(key).includes('LastName') || isFirstName(key) || citedAuthor(text, c.start, c.end, true)) return { kind: 'person', name };
  if (ORG_BEFORE.has(c.before) || (ORG_AFTER.has(c.after) && (c.possessive || ORG_SUFFIXES.has(c.after)))) {
    return { kind: 'organization', name };
  }
  if (SPEECH.test(c.after) || ORG_VERBS.has(c.after)) {
    // "Apple said": an ordinary word that speaks is a company; an unknown word is a surname.
    if (isDictWord(key) || camelCase(w[0])) return { kind: 'organization', name };
    if (!SPEECH.test(c.after)) return UNKNOWN;
    return { kind: orgEvidence(text, c, low, w) ? 'organization' : 'person', name };
  }
  // "in Cupertino", "Cupertino, California": a place, unless the word is an ordinary one ("to the Mac").
  const inPlace =
    (PLACE_PREPS.has(c.before) && c.before !== 'of' && !PREP_GOVERNORS.has(c.before2)) ||
    (/^,\s*\p{Lu}/u.test(text.slice(c.end, c.end + 3)) && Boolean(placeAfter(text, c.end)));
  if (inPlace && !isDictWord(key) && !camelCase(name)) return { kind: 'place', name };
  // A lone word with no evidence: the rules do not guess (the learned model may).
  return UNKNOWN;
}
