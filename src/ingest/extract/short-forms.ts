// Short forms linked back to the long names of one article: "Jobs" is "Steve Jobs", "Apple" is "Apple Inc.", "the
// Court" is the "Supreme Court" it ends, "the Constitution" is the country's. Read by actors.ts, longer names first.
import { CORPORATE_TAILS, LEGAL_FORMS } from '../lexicon/organization-words';
import { LANGUAGE } from '../lexicon/geo';
import { THING_FIRST, THING_HEADS } from '../lexicon/thing-words';
import { acronymRest, countryRest, lineOf, productRest } from './body-names';
import { isDictWord } from './dictionary';
import { countryName, isFirstName, isOrgWord, isPlaceWord, lexTags, lookup } from './gazetteer';
import type { Typed } from './kinds';
import { endsInOrder } from './text';
import { titleFitsFamilyName } from './person-titles';

/** A name found in the article, with where it first appears. */
export interface Known {
  parts: string[];
  t: Typed;
  at: number;
  /** How often the name was written in full. */
  n: number;
  /** Introduced as someone's relative ("her mother, Gloria Morgan Vanderbilt"). */
  kin?: boolean;
}

/**
 * "English" (of "English Federation"): a language or a people is no short form of a longer name; nor is "the
 * Internet" (of "Internet Relay Chat"), an ordinary word used as one with "the", unless the rest of the name is a
 * body's words ("the Church" of "Church of Scientology"; "Orange" of "Orange Telecom" has no "the").
 */
export function ordinaryWord(parts: string[], before: string): 'people' | 'plain' | undefined {
  if (parts.length !== 1) return undefined;
  if (LANGUAGE.has(parts[0]) || lexTags(parts[0]).includes('Demonym')) return 'people';
  // A body's own head word ("the Church" of "Church of Scientology") is its short form, as the head of any name.
  return before === 'the' && isDictWord(parts[0]) && !isOrgWord(parts[0]) ? 'plain' : undefined;
}

/** How many times as often the article writes one person's full name as another's to be about that person. */
const SUBJECT = 3;

/**
 * A short form that is the start or end of a longer name already found; for people (`byTail`) also the first and
 * last of its words ("Otto Jespersen" in "Jens Otto Harry Jespersen"), and among several people the one the
 * article names first ("Goode" in a life of Matthew Goode that names his daughter too). `title` is the one written
 * before the short form; `alone` counts the times the article writes a word alone as a name.
 */
export function link(
  parts: string[],
  known: Known[],
  byTail: boolean,
  ordinary?: 'people' | 'plain',
  shortAt = Infinity,
  person: { title?: string; alone?: (word: string) => number } = {},
): Typed | undefined {
  if (ordinary === 'people') return undefined;
  let best: Known | undefined;
  const family: Known[] = [];
  for (const k of known) {
    if (k.parts.length <= parts.length) continue;
    const start = startsAt(k.parts, parts, 0);
    const written = k.t.name.split(/\s+/);
    const rest = written.length === k.parts.length ? written.slice(parts.length) : [];
    if (!byTail) {
      // "Apple" beside "Apple Computer" (11 times) and "Apple Corps" (7): the one the article names most.
      // "the House" of "House of Representatives", "the Council" of "Council of Ministers": the head before the "of".
      const headOf = parts.length === 1 && k.parts[1] === 'of';
      const bodyRest = headOf || k.parts.slice(parts.length).every((x) => isOrgWord(x) || CORPORATE_TAILS.has(x));
      // "God" written before "The God Delusion": a longer name with another head, written after the one word, is
      // another name built on it ("Salling" before "Salling Group" is still the group: a body's words).
      const later = parts.length === 1 && shortAt < k.at && !bodyRest;
      const bodyWords = later ? false : !ordinary ? !productRest(k.parts.slice(parts.length), rest) : bodyRest;
      if (start && bodyWords && (!best || k.n > best.n)) best = k;
      continue;
    }
    const tail = startsAt(k.parts, parts, k.parts.length - parts.length) || (parts.length > 1 && endsInOrder(parts, k.parts));
    // "Minetest IRC" (a "person"): letters after a name are another name, not a family name.
    const acronymEnd = acronymRest(written.length === k.parts.length ? written.slice(-1) : []);
    // "Tesco Polska" (read as a person's name before its kind is voted): a country after the name makes a branch.
    const branch = start && countryRest(k.parts.slice(parts.length));
    // "Gloria Vanderbilt" is no short form of "her mother, Gloria Morgan Vanderbilt": a relative shares the family name.
    if (k.kin && parts.length > 1 && isFirstName(parts[0])) continue;
    // "King Hussein" is no "Saddam Hussein", "Mrs. Gonzalez" no "Juan Gonzalez": the title says another person.
    if (tail && !start && !titleFitsFamilyName(person.title, parts, k.parts)) continue;
    if (!(start || tail) || acronymEnd || branch) continue;
    if (!best || k.at < best.at) best = k;
    if (tail && !start && parts.length === 1) family.push(k);
  }
  return ((best && familyNameOf(best, family, parts[0], person.alone)) ?? best)?.t;
}

/**
 * "Gonzalez" beside "Elian Gonzalez" (named first, then "Elian" again and again) and "Juan Miguel Gonzalez": the family
 * name alone is not the one the article calls by the given name alone (a child, a relative), but the one it never calls
 * so; unless the article is about the one so called (its full name written three times as often: "Manuel Gonzalez").
 * A life that calls its subject "Daniel" and his father "Johann" stays with the first named.
 */
function familyNameOf(first: Known, all: Known[], family: string, alone?: (word: string) => number): Known | undefined {
  if (!alone || !all.includes(first)) return undefined;
  const n = alone(first.parts[0]);
  if (n < 2 || n < alone(family)) return undefined;
  let other: Known | undefined;
  for (const k of all) if (alone(k.parts[0]) === 0 && (!other || k.at < other.at)) other = k;
  return other && first.n < SUBJECT * other.n ? other : undefined;
}

/**
 * "Milton Roy" after "Milton Roy Corp.": a name the article writes with a legal form is the company wherever it is
 * written without one, though its words read as a person's.
 */
export function companyOf(parts: string[], orgs: Known[]): Typed | undefined {
  const corp = (k: Known) =>
    k.parts.length > parts.length &&
    startsAt(k.parts, parts, 0) &&
    k.parts.slice(parts.length).every((x) => LEGAL_FORMS.has(x.replace(/\./g, '')));
  return orgs.find(corp)?.t;
}

/**
 * A short form that is the end of a longer name after its qualifier: a place before a team or body ("Pirates" is
 * the "Pittsburgh Pirates", "Red Sox" the "Boston Red Sox"), a storm's class before its name ("Dorian" is
 * "Hurricane Dorian", "Phailin" "Cyclone Phailin"), a body's field after its kind ("Scientology" is the "Church of Scientology").
 */
export function qualifiedTail(
  parts: string[],
  orgs: Known[],
  things: Known[],
  before: Set<string> = new Set(),
  named: (key: string) => boolean = () => false,
): Typed | undefined {
  const tailOf = (k: { parts: string[] }) => k.parts.length > parts.length && startsAt(k.parts, parts, k.parts.length - parts.length);
  const head = (k: { parts: string[] }) => k.parts.slice(0, k.parts.length - parts.length);
  for (const k of orgs) {
    if (!tailOf(k)) continue;
    const place = lookup(head(k).join(' '), '');
    if (place && (place.kind === 'place' || place.kind === 'country')) return k.t;
    // "Scientology" is the "Church of Scientology": an org word, "of", then the short form (no place: see `known`).
    if (head(k).length === 2 && head(k)[1] === 'of' && isOrgWord(head(k)[0])) return k.t;
  }
  // "to storm Area 51" is no "Storm Area 51" (an event named for storming the place): the longer name's first words
  // written in lower case right before a short form of several words (anywhere in the article) make it a phrase about
  // that name.
  const phrase = (k: Known) => parts.length > 1 && before.has(head(k)[head(k).length - 1]);
  for (const k of things) if (tailOf(k) && head(k).length === 1 && THING_FIRST.has(head(k)[0]) && !phrase(k)) return k.t;
  // "the A380" after "Airbus A380", "the Volt" after "Chevrolet Volt": a model's own word after its maker's is the one
  // thing of the article it ends. The maker is a body: one the lists know, or a word no list knows that no dictionary
  // has or that the article names alone ("Chevrolet", "Airbus"); not a language, a place or an ordinary word
  // ("English Wikipedia", "London CBD", "On Cinema"). The short form is no first name ("Mary" of "Queen Mary"), no
  // number or short word of letters ("1" of "Wave 1", "QA" of "CentOS QA"), no product's kind ("Linux").
  const body = (w: string) => {
    const kind = lookup(w, '')?.kind;
    return kind ? kind === 'organization' : !LANGUAGE.has(w) && /\p{L}/u.test(w) && (!isDictWord(w) || named(w));
  };
  const shape = /\p{L}{4}|\p{L}\d|\d\p{L}/u; // "Volt", "A380", "3GS"; not "QA", "1"
  if (parts.length === 1 && shape.test(parts[0]) && !isFirstName(parts[0]) && !THING_HEADS.has(parts[0])) {
    const model = lineOf(parts[0], things, (w) => w.replace(/\.$/, '') !== parts[0] && body(w));
    if (model) return model.t;
  }
  // "the Pro" after "MacBook Pro": a product line's head word alone is the one thing of the article it ends.
  const lines = parts.length === 1 && THING_HEADS.has(parts[0]) ? things.filter(tailOf) : [];
  if (lines.length === 1) return lines[0].t;
  // "Enterprise Linux" is "Red Hat Enterprise Linux", "Women's Day" "International Women's Day": several words that
  // end one thing of the article (and only one) are its short form.
  const longer = parts.length > 1 ? things.filter((k) => tailOf(k) && !phrase(k)) : [];
  if (longer.length === 1) return longer[0].t;
  // "the Court" after "the Supreme Court", "the Committee" after "the House Judiciary Committee": a body's head
  // word alone is the one body of the article it ends.
  if (parts.length === 1 && isOrgWord(parts[0])) {
    // "the Court" after "the Supreme Court of Puerto Rico": the head word before the body's "of" is its head too
    // (a venue's word, "the Museum" of "Cleveland Museum of Art", may be the building: no link).
    const headBeforeOf = (k: { parts: string[] }) =>
      !isPlaceWord(parts[0]) && k.parts.indexOf('of') > 0 && k.parts[k.parts.indexOf('of') - 1] === parts[0];
    // Several bodies end so, each the longer form of the shortest ("Supreme Court", "U.S. Supreme Court"): one body.
    const tails = orgs.filter(tailOf).sort((a, b) => a.parts.length - b.parts.length || b.n - a.n);
    const one = tails.length > 1 && tails.every((k) => startsAt(k.parts, tails[0].parts, k.parts.length - tails[0].parts.length));
    const bodies = one ? [tails[0]] : tails.length ? tails : orgs.filter(headBeforeOf);
    if (bodies.length === 1) return bodies[0].t;
  }
  return undefined;
}

/** "[HR] 6819" after "HR 6819": a catalogue's letters alone are the one object of the article they number. */
export function catalogueOf(parts: string[], things: Known[]): Typed | undefined {
  if (parts.length !== 1) return undefined;
  const letters = (k: Known) => /^\p{Lu}{1,5} \d{3,}$/u.test(k.t.name); // "HR 6819", not "Boeing 787"
  const objects = things.filter((k) => k.parts.length === 2 && k.parts[0] === parts[0] && letters(k));
  return objects.length === 1 ? objects[0].t : undefined;
}

/**
 * Words that end a market index's name after its first word or two ("Dow Jones Industrial Average", "Nikkei 225",
 * "FTSE 100", "CAC 40"): a round number, not a model's ("Boeing 787").
 */
const INDEX_END = /^(?:\d*(?:00|25|50|75)|30|40|index|average|composite)$/;

/**
 * "the Dow" after "the Dow Jones Industrial Average", "the Nikkei" after "the Nikkei 225": the first word or two of
 * the one market index of the article that starts with them.
 */
export function indexStart(parts: string[], before: string, things: Known[]): Typed | undefined {
  if (parts.length > 2 || before !== 'the') return undefined;
  const indices = things.filter(
    (k) => k.parts.length > parts.length && startsAt(k.parts, parts, 0) && INDEX_END.test(k.parts[k.parts.length - 1]),
  );
  return indices.length === 1 ? indices[0].t : undefined;
}

/**
 * "the Constitution" where the article names the "U.S. Constitution" and the "Constitution Party": the one word after
 * "the" is the head of the name a country qualifies (the same head), before any longer name it starts (another head).
 */
export function countryHead(parts: string[], written: string, known: Known[]): Typed | undefined {
  // An acronym is no head ("IRC" of "Finnish IRC"); a people's word no country ("Finnish").
  if (parts.length !== 1 || /^\p{Lu}+$/u.test(written)) return undefined;
  const heads = known.filter((k) => {
    if (k.parts.length < 2 || k.parts[k.parts.length - 1] !== parts[0]) return false;
    const pre = k.parts.slice(0, -1).join(' ');
    return lookup(pre, '')?.kind === 'country' && countryName(pre);
  });
  return new Set(heads.map((k) => k.t.name)).size === 1 ? heads[0].t : undefined;
}

/** `whole` has the words of `part` from index `at` on (compared word by word: no joined strings per pair). */
function startsAt(whole: string[], part: string[], at: number): boolean {
  for (let i = 0; i < part.length; i++) if (whole[at + i] !== part[i]) return false;
  return true;
}
