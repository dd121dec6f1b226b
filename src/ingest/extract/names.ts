// Name candidates: runs of capitalized words in a sentence cut into names, with titles
// cut off (kept as a role); candidate.ts builds each with the hints around it.
import { isCommonWord, isFirstName, isOrgWord, isPlaceWord, isTitleWord, lexTags, lookup } from './gazetteer';
import { isCalendarWord } from '../lexicon/months';
import { CONNECTORS } from '../lexicon/not-names';
import { HEADS_OF } from '../lexicon/thing-words';
import { POSTNOMINALS } from '../lexicon/titles';
import { nounClass } from './noun-classes';
import { isDictWord, isPlainWord } from './dictionary';
import { NAME_ABBREVIATIONS } from '../lexicon/abbreviations';
import { joinable, tokenize, type Piece, type Token } from './text';
import { capitalPairs, midSentenceCapitals } from './capital-pairs';
import { ampersandJoins, bodyAnd, indexNumber } from './name-joins';
import { candidate, capital, lower, type Candidate } from './candidate';
import {
  bracketCompleted,
  catalogNumber,
  districtJoined,
  forTheField,
  membersOf,
  ordinalStart,
  pluralTitle,
  quotedTitleEnd,
  singular,
} from './name-extents';

const SKIP_TAGS = new Set([
  'Month',
  'WeekDay',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Expression',
  'Modal',
  'Copula',
  'Adverb',
  'Cardinal',
  'Ordinal',
  'Date',
]);
export { SPEECH } from '../lexicon/speech-verbs';

const isCap = capital;

/**
 * A headline or a shouted text: almost every word capitalized, function words and verbs included ("Clinton
 * Said ... Must Stay In Place"). A sentence dense with names still writes "of", "and", "said" in lower case.
 */
function headlineCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 4 || words.filter((t) => capital(t.text)).length / words.length <= 0.8) return false;
  return words.some((t, i) => i > 0 && capital(t.text) && lexTags(t.text.toLowerCase()).some((g) => VERB_TAGS.has(g) || SKIP_TAGS.has(g)));
}
/** A word the dictionary writes in lower case and no list knows as a name, title or month. */
const plainInHeadline = (t: string): boolean => {
  const w = t.toLowerCase();
  if (isTitleWord(w) || isCalendarWord(w) || lookup(w, t)) return false;
  return (isPlainWord(w) && !isFirstName(w)) || lexTags(w).some((g) => VERB_TAGS.has(g) || SKIP_TAGS.has(g));
};
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Auxiliary']);
/** "iPhone 4", "Windows 7", "Boeing 747", "3GS": a model number after a name (never a year). */
const isModelNumber = (t: string) => /^\d{1,3}$|^\d+\p{Lu}+$/u.test(t);

/** Capitalized runs of one sentence, split into names. */
export function sentenceCandidates(text: string, s: Piece): Candidate[] {
  const tokens = tokenize(text, s.start, s.end);
  const caseless = headlineCase(tokens);
  // In Headline Case or ALL CAPS, capitals say nothing: an ordinary word breaks a name ("Clinton Said Dodd-Frank").
  const isCap = caseless ? (t: string) => capital(t) && !plainInHeadline(t) : capital;
  const out: Candidate[] = [];
  let run: Token[] = [];
  const flush = (i: number) => {
    const number = (t: Token) => isModelNumber(t.text) || catalogNumber(run.slice(0, -1), t);
    while (run.length && !isCap(run[run.length - 1].text) && !number(run[run.length - 1])) run.pop();
    if (run.length) splitRun(text, tokens, i - run.length, run, out);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const quoted = isCap(t.text) ? quotedTitleEnd(text, tokens, i) : -1;
    if (quoted > i) {
      flush(i);
      quotedTitle(text, tokens, i, quoted, out);
      i = quoted;
      continue;
    }
    const joins =
      run.length > 0 && (joinable(text, run[run.length - 1].end, t.start) || peoplesOwn(text, run, t) || indexNumber(text, run, t));
    const ampersand = run.length > 0 && isCap(t.text) && ampersandJoins(text, run, t);
    if (isCap(t.text) && (run.length === 0 || joins || ampersand)) {
      run.push(t);
    } else if (joins && (fieldAnd(t, run, tokens[i + 1]) || bodyAnd(text, t, run, tokens, i, tokens[i - run.length - 1]))) {
      run.push(t);
    } else if (
      joins &&
      joinsName(t, run[run.length - 1], tokens[i + 1]) &&
      (isCap(tokens[i + 1]?.text ?? '') ||
        (lower(t) === 'of' && tokens[i + 1]?.text === 'the' && isCap(tokens[i + 2]?.text ?? '')) ||
        (lower(t) === 'for' && tokens[i + 1]?.text === 'the' && forTheField(lower(run[run.length - 1]), tokens[i + 2])))
    ) {
      run.push(t);
    } else if (
      joins &&
      (isModelNumber(t.text) || catalogNumber(run, t)) &&
      // "3,000 years", "2.5 percent": the start of a larger number or an amount; "Sweden 1 – 0": a score. No model number.
      !/^(?:[,.]\d|\s*(?:%|percent|per|million|billion|thousand|years?|days?|months?)\b|\s*[–—-]\s*\d{1,2}(?!\d))/.test(
        text.slice(t.end, t.end + 12),
      ) &&
      !isCalendarWord(lower(run[run.length - 1]))
    ) {
      run.push(t);
      // "The Lost 52 Project", "Boeing 737 Max": a capitalized word right after the number goes on with the name.
      const next = tokens[i + 1];
      const goesOn =
        next &&
        isCap(next.text) &&
        joinable(text, t.end, next.start) &&
        !/^(?:the|a|an)$/.test(lower(next)) &&
        !isCalendarWord(lower(next));
      const place = goesOn && lookup(lower(next), next.text); // "Sweden 1 Norway 0": a score
      if (!goesOn || isTitleWord(lower(next)) || (place && place.kind !== 'organization')) flush(i + 1);
    } else {
      flush(i);
      if (isCap(t.text)) run.push(t);
    }
  }
  flush(tokens.length);
  return districtJoined(text, out)
    .filter((c) => !bracketCompleted(text, c.end))
    .map((c) => withOrdinal(text, tokens, c));
}

/** A quoted title's tokens `from`..`to` as one name, without its article ("The Atheist Muslim"). */
function quotedTitle(text: string, tokens: Token[], from: number, to: number, out: Candidate[]): void {
  let i = from;
  while (i < to && /^(?:the|a|an)$/.test(lower(tokens[i]))) i++;
  out.push(candidate(text, tokens, i, tokens.slice(i, to + 1)));
}

/** "501st Legion": the ordinal before the name joins it (name-extents.ts). */
function withOrdinal(text: string, tokens: Token[], c: Candidate): Candidate {
  const first = tokens.findIndex((t) => t.start === c.start);
  const ord = first > 0 && !c.title ? ordinalStart(text, tokens, first, c.tokens) : undefined;
  if (!ord) return c;
  return {
    ...c,
    start: ord.start,
    tokens: [ord, ...c.tokens],
    before: c.before2,
    before2: tokens[first - 3] ? lower(tokens[first - 3]) : '',
  };
}

/**
 * "Centers for Disease Control and Prevention", "Department of Health and Human Services": after a body's "of" or
 * "for", "and" and an ordinary capitalized word go on with its field ("Bank of America and Google" are two names).
 */
function fieldAnd(t: Token, run: Token[], next: Token | undefined): boolean {
  if (!/^(?:and|of)$/.test(lower(t)) || !next || !isCap(next.text)) return false;
  // "League for the Defence of Human Rights": "of" goes on with a field after "for the" too.
  const forThe = (k: number) => lower(run[k]) === 'for' && lower(run[k + 1] ?? run[k]) === 'the';
  const at = run.findIndex((x, k) => (lower(t) === 'of' ? forThe(k) : /^(?:of|for)$/.test(lower(x))));
  if (at < 1 || !headNoun(lower(run[at - 1]))) return false;
  const w = lower(next);
  return isDictWord(w) && !isOrgWord(w) && !isFirstName(w) && !lookup(w, '');
}

const PEOPLE_PLURALS = new Set(['women', 'men', 'children', 'people', 'peoples']);
/** "International Women's Day", "Veterans' Day", "People's Republic": a plural common noun's possessive inside a name. */
function peoplesOwn(text: string, run: Token[], t: Token): boolean {
  const prev = run[run.length - 1];
  if (!/^['’]s? $/.test(text.slice(prev.end, t.start))) return false;
  const low = lower(prev);
  // "the United States' National Basketball Association": a country's possessive is no part of the name after it.
  if (lookup(run.map(lower).join(' '), '')) return false;
  return PEOPLE_PLURALS.has(low) || (low.endsWith('s') && !text.slice(prev.end, t.start).includes('s') && isPlainWord(singular(low)));
}

const unknownWords = (rest: Token[]): boolean =>
  rest.length > 1 &&
  rest.every((r) => {
    const w = lower(r);
    return isCap(r.text) && !isDictWord(w) && !isCommonWord(w) && !isOrgWord(w) && !isPlaceWord(w);
  });

/** "Martin Smith", "Dr. Tristan Smith": title words, a first name, then more of the name. */
function personSoFar(name: Token[]): boolean {
  let k = 0;
  while (k < name.length - 1 && isTitleWord(lower(name[k]))) k++;
  return k < name.length - 1 && isFirstName(lower(name[k]));
}

/** "Daniel Bernoulli FRS", "Zaha Hadid DBE RA": the last word is letters after a person's name, not part of it. */
function postNominal(name: Token[]): boolean {
  const last = name[name.length - 1].text.replace(/\.$/, '');
  if (name.length < 3 || !/^(?:\p{Lu}+|PhD|DPhil)$/u.test(last) || !POSTNOMINALS.has(last.toLowerCase())) return false;
  // After a person's words, not an organization's ("Royal Academy RA").
  return personSoFar(name.slice(0, -1)) || !name.slice(0, -1).some((t) => headNoun(lower(t)));
}

/** A lower-case word that may join two parts of one name: "of", "de", "van"; "of the"; "for" after an org word ("Centre for"). */
function joinsName(t: Token, prev: Token, next: Token | undefined): boolean {
  const low = lower(t);
  // "Medicare for All", "Education for All": "All" is no name of its own.
  if (low === 'for' && next?.text === 'All') return true;
  if (low === 'the') return lower(prev) === 'of' || lower(prev) === 'for';
  // "Bank of America", "Bay of Bengal", "Treaty of Versailles", "Centre for ...": only after a head noun of an
  // organization, place or thing; "Martin Smith of PBS" is a person and his employer.
  if (low === 'of' || low === 'for') return headNoun(lower(prev));
  // "Commission on Presidential Debates", "Council on Foreign Relations": "on" after a body's word.
  if (low === 'on') return isOrgWord(singular(lower(prev))) || lower(prev) === 'war';
  // "War on Drugs", "War in Afghanistan": a named war goes on after "on" or "in".
  if (low === 'in') return lower(prev) === 'war';
  return CONNECTORS.has(low);
}
const headNoun = (w: string) => [w, singular(w)].some((x) => isOrgWord(x) || isPlaceWord(x) || HEADS_OF.has(x));

/** "US-based", "Saudi-led", "Iran-backed" (kinds.ts reads them as the place qualifying its noun). */
export const PLACE_COMPOUND = /^\p{L}[\p{L}.]*-(?:based|led|backed|born|owned|made|run|funded|controlled|allied|bound)$/u;
const CLOSED = new Set(['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord']);
/** "All", "Many", "Both", "They": a word of a closed class (or a quantifier compromise calls an adjective). */
const closedClass = (w: string) => /^(?:all|many|most|other|such)$/.test(w) || lexTags(w).some((t) => CLOSED.has(t));

/** Cuts one run into names; `at` is the run's first index in the sentence's tokens. */
function splitRun(text: string, all: Token[], at: number, run: Token[], out: Candidate[]): void {
  let i = 0;
  // Sentence-initial and function words ("The", "However", "In") are no part of a name.
  // After an opening quote mark a sentence starts again; after a closing one ('," Lam said') it does not; after an
  // interview tag ("((Aparna Garg))  There were fifteen") it does. After a colon only a closed-class word starts
  // one ("the Java Sea: All three nations"; "Corporation: K. Michael Stevens", "Counter-Strike: Global Offensive").
  const initial = (k: number) =>
    at + k === 0 ||
    /(?:^|[\s(])["“‘(]\s*$|[“‘(]\s*$|\)\)\s*$/.test(text.slice(Math.max(0, run[k].start - 4), run[k].start)) ||
    (/:\s+$/.test(text.slice(Math.max(0, run[k].start - 3), run[k].start)) && closedClass(lower(run[k])));
  // "El Paso", "Red Hat": a pair the lists know, or that the article writes mid-sentence too, keeps its first word.
  // A name's particle keeps it too ("De La Fuente said", "Van Halen played"; not "Of").
  const keeps = (k: number) =>
    k + 1 < run.length &&
    !/^(the|a|an)$/.test(lower(run[k])) &&
    (Boolean(lookup(`${lower(run[k])} ${lower(run[k + 1])}`, '')) ||
      // "There is No God": an interjection or "No" is no name's first word, though written mid-sentence.
      (midSentencePairs(text).has(`${run[k].text} ${run[k + 1].text}`) && !interjection(lower(run[k]))) ||
      (CONNECTORS.has(lower(run[k])) && lower(run[k]) !== 'of') ||
      // "Standard & Poor's said": an ampersand's first word starts the name.
      text.slice(run[k].end, run[k + 1].start) === ' & ');
  // "Airbus said" where the article writes "announced by Airbus": a word it capitalizes mid-sentence is a name there.
  const named = (k: number) => run.length - k === 1 && midSentenceCapitals(text).has(run[k].text);
  while (i < run.length && !keeps(i) && skippable(run[i], initial(i), run.length - i === 1) && !named(i)) i++;
  let name: Token[] = [];
  let titleAt = -1;
  const emit = () => {
    const kept = (n: Token[]) =>
      regnalOne(n, all) ||
      namedDay(text, n.slice(0, -1), n[n.length - 1]) ||
      catalogNumber(n.slice(0, -1), n[n.length - 1]) ||
      membersOf(n.slice(0, -1), n[n.length - 1]);
    while (name.length && ((skipAnywhere(name[name.length - 1]) && !kept(name)) || postNominal(name))) name.pop();
    // "Women" of "the Women's day": people in the plural alone name no one.
    if (name.length === 1 && PEOPLE_PLURALS.has(lower(name[0]))) name = [];
    if (name.length) out.push(candidate(text, all, at + run.indexOf(name[0]), name, titleAt < 0 ? undefined : run[titleAt]));
    name = [];
    titleAt = -1;
  };
  for (; i < run.length; i++) {
    const t = run[i];
    const low = lower(t);
    // "Rebecca Nyandeng De Mabior", "Bank of America", "Society for General Systems Research": a connector inside a name.
    // "Martin Smith of PBS": after a person's name, "of" starts the employer.
    const person = !isCap(t.text) && personSoFar(name);
    if (
      name.length &&
      !person &&
      (joinsName(t, run[i - 1], run[i + 1]) ||
        fieldAnd(t, name, run[i + 1]) ||
        bodyAnd(text, t, name, run, i, all[at + run.indexOf(name[0]) - 1])) &&
      i + 1 < run.length &&
      isCap(run[i + 1].text)
    ) {
      name.push(t);
      continue;
    }
    if (
      name.length &&
      !person &&
      run[i + 1] &&
      lower(run[i + 1]) === 'the' &&
      i + 2 < run.length &&
      (low === 'of' || (low === 'for' && forTheField(lower(run[i - 1]), run[i + 2])))
    ) {
      name.push(t);
      continue;
    }
    // "Yemen-based Houthis", "New York-based Acme": the place that qualifies the rest ends a name of its own.
    if (i + 1 < run.length && PLACE_COMPOUND.test(t.text)) {
      name.push(t);
      emit();
      continue;
    }
    // The numeral ends the name: "World War I" and "Battle of Belleau Wood" are two.
    if (t.text === 'I' && regnalOne([...name, t], all)) {
      name.push(t);
      emit();
      continue;
    }
    if (skipAnywhere(t) && !(name.length === 0 && keeps(i)) && !membersOf(name, t) && !namedDay(text, name, t)) {
      emit();
      continue;
    }
    const rest = run.slice(i + 1);
    // "Ministry of Foreign Affairs": after a connector the name goes on; no title starts there.
    // "Martin Luther King Jr.": before "Jr." a title word is the family name.
    const isTitle =
      !(name.length && !isCap(name[name.length - 1].text)) &&
      !(name.length && /^(?:jr|sr|ii|iii|iv)$/i.test(rest[0]?.text ?? '')) &&
      isTitleWord(low) &&
      rest.length > 0 &&
      isCap(rest[rest.length - 1].text) &&
      !rest.some((r) => isOrgWord(lower(r)) || (isTitleWord(lower(r)) && r === rest[rest.length - 1]));
    if (isTitle || (titleAt >= 0 && name.length === 0 && CONNECTORS.has(low))) {
      // "Apple CEO Steve Jobs": the org is a name of its own, the title starts here.
      if (name.length) emit();
      if (titleAt < 0) titleAt = i;
      continue;
    }
    // "Russia Michael McFaul": a known place or org, then a first name; "the United States Hamdullah Mohib": a
    // country, then two or more words no list knows (a team or unit would end with an org word: "United States Navy").
    // "George Floyd", "Jordan Peterson": a first name that is also a place starts a person, not a place.
    const firstNameStart = name.length === 1 && isFirstName(lower(name[0]));
    const nameStart = name.length === 1 && Object.hasOwn(NAME_ABBREVIATIONS, lower(name[0]).replace(/\.$/, '')); // "St. Louis"
    if (
      name.length &&
      !firstNameStart &&
      !nameStart &&
      (isFirstName(low) || unknownWords(run.slice(i))) &&
      lookup(name.map(lower).join(' '), '')
    )
      emit();
    name.push(t);
  }
  emit();
}

let pairsOf = { text: '', pairs: new Set<string>() };
/** Pairs of capitalized words the text writes after a lower-case word: names whatever their first word is. */
function midSentencePairs(text: string): Set<string> {
  if (pairsOf.text !== text) {
    const pairs = new Set<string>();
    for (const [a, b] of capitalPairs(text)) if (!isCalendarWord(a.toLowerCase())) pairs.add(`${a} ${b}`);
    pairsOf = { text, pairs };
  }
  return pairsOf.pairs;
}

/**
 * "World War I", "Charles I", "Elizabeth I": the numeral one after a war or a first name, not the pronoun
 * ("Then John I think": the pronoun before a verb in the present).
 */
function regnalOne(name: Token[], all: Token[]): boolean {
  const one = name[name.length - 1];
  if (name.length < 2 || one.text !== 'I') return false;
  const prev = lower(name[name.length - 2]);
  if (prev === 'war') return true;
  const next = all[all.indexOf(one) + 1];
  return name.length === 2 && isFirstName(prev) && !(next && lexTags(lower(next)).some((g) => g === 'PresentTense' || g === 'Infinitive'));
}

/**
 * "Super Tuesday", "Black Friday": a weekday after one capitalized adjective, the pair written mid-sentence in the article
 * ("focusing on Super Tuesday"), names a day of its own ("Last Tuesday" starts a sentence only).
 */
const namedDay = (text: string, name: Token[], t: Token) =>
  name.length === 1 &&
  lexTags(lower(t)).includes('WeekDay') &&
  lexTags(lower(name[0])).includes('Adjective') && // no name before a date ("told Wikinews Saturday")
  midSentencePairs(text).has(`${name[0].text} ${t.text}`);

/** "No", "Oh", "Yes": an ordinary word compromise calls an expression ("Wat" of "Wat Arun" is no English word). */
const interjection = (w: string) => lexTags(w).includes('Expression') && isDictWord(w);

function skippable(t: Token, initial: boolean, alone = false): boolean {
  const low = lower(t);
  if (skipAnywhere(t)) return true;
  if (!initial || lookup(low, t.text) || isTitleWord(low)) return false;
  // "Unfortunately," "Pre-orders": an ordinary word alone at the start of a sentence; "Previous SpaceX missions": an
  // ordinary word there that is no noun (WordNet), or an adjective, before a name (a pair the article writes
  // mid-sentence too stays: "Red Hat").
  return (
    isCommonWord(low) ||
    (alone && low.split('-').every(isPlainWord)) ||
    (/^\p{Lu}\p{Ll}+$/u.test(t.text) && isPlainWord(low) && (lexTags(low).includes('Adjective') || !nounClass(low)))
  );
}

function skipAnywhere(t: Token): boolean {
  // A plural title names nobody.
  const low = lower(t);
  if (pluralTitle(low)) return true;
  // "WHO", "IT": an acronym is no question word or pronoun.
  if (/^\p{Lu}{2,4}$/u.test(t.text) && !isCalendarWord(lower(t))) return false;
  // "T-shirt", "X-ray", "U-turn": a letter before an ordinary word ("T-Mobile" keeps its capital).
  const letterWord = /^\p{Lu}-(\p{Ll}+)$/u.exec(t.text);
  if (letterWord && isDictWord(letterWord[1])) return true;
  // "I", "I'm", "I've": the speaker, never part of a name ("DRM I'm").
  return /^I(?:['’](?:m|ve|ll|d))?$/.test(t.text) || isCalendarWord(lower(t)) || lexTags(lower(t)).some((g) => SKIP_TAGS.has(g));
}
