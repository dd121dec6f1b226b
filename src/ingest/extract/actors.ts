// Name candidates -> actors and mentions of one article: typed by the lists,
// by the words inside and around them, and merged by name parts ("Mr. Kim" is
// "Kim Jong Un", "Jobs" is "Steve Jobs", "Apple" is "Apple Inc.").
import { fold } from '../../corpus/fold';
import type { Actor, Mention } from '../../corpus/schema';
import { HOLIDAYS, THING_FIRST, THING_HEADS } from '../lexicon/thing-words';
import { CONNECTORS } from '../lexicon/not-names';
import { isDictWord, isPlainWord } from './dictionary';
import { countryName, isCommonWord, isFirstName, isOrgWord, isPlaceWord, lexTags, lookup } from './gazetteer';
import { LANGUAGE } from '../lexicon/geo';
import { CORPORATE_TAILS } from '../lexicon/organization-words';
import { commonAbbreviations, plainTermSpans } from './defined-terms';
import { acronymRest, bodyHead, branchesAreBodies, countryRest, lineOf, productRest } from './body-names';
import { roleStart, rolesJoinTheirBodies } from './body-roles';
import { classify, isAcronym, slug, typeCandidate, type Typed } from './kinds';
import { sentenceCandidates, type Candidate } from './names';
import { adjectivesOnly, KIN, midSentence, ownTitle } from './name-extents';
import { definedAcrossForms, languagesInContext, listsInContext, regionsInContext, retypeBodies, voteKinds } from './kind-votes';
import { teamsInContext } from './teams';
import { endsInOrder, type Piece } from './text';

export interface Found {
  actor: Actor;
  mention: Mention;
  sentence: number;
  /** Its actor qualifies a noun ("American officials"): the events keep the actor; the mentions leave it out. */
  attribute?: boolean;
}

/** One fold everywhere (ingest, search, the actor finder): "Erdoğan" and "Erdogan" are one name. */
export { fold };

export { slug };

const words = (c: Candidate) => c.tokens.map((t) => t.text);
const surface = (text: string, c: Candidate) => text.slice(c.start, c.end);
/** `slug` of an actor's name, memoized: it runs for every mention (Unicode normalizing and five patterns), and the same names recur. */
const slugs = new Map<string, string>();
const idSlug = (name: string): string => {
  let s = slugs.get(name);
  if (s === undefined) {
    if (slugs.size >= 50_000) slugs.clear();
    slugs.set(name, (s = slug(name)));
  }
  return s;
};

/** Finds the actors of the sentences (`stop()` true ends the scan early). */
export function findActors(articleId: string, text: string, sentences: Piece[], stop: () => boolean): Found[] {
  const cands: { c: Candidate; sentence: number }[] = [];
  for (let i = 0; i < sentences.length && !stop(); i++) {
    for (const c of sentenceCandidates(text, sentences[i])) {
      // "US$199", "US $129", "HK$5": a currency prefix, not a country.
      if (!/^ ?\$/.test(text.slice(c.end, c.end + 2))) cands.push({ c, sentence: i });
    }
  }
  const adjectives = adjectivesOnly(cands.map((x) => x.c));
  if (adjectives.size) cands.splice(0, cands.length, ...cands.filter((x) => !adjectives.has(words(x.c).join(' '))));
  // Longer names first, so that short forms can be linked back to them.
  const typed = new Map<Candidate, Typed>();
  const people: Known[] = [];
  const orgs: Known[] = [];
  const things: Known[] = [];
  const places: Known[] = [];
  const byLength = [...cands].sort((a, b) => b.c.tokens.length - a.c.tokens.length);
  // Where each name is first written: a short form refers back to a longer name written before it.
  const firstAt = new Map<string, number>();
  // The words written right before each name, anywhere in the article ("storm" of "to storm Area 51").
  const befores = new Map<string, Set<string>>();
  for (const { c } of cands) {
    const k = words(c).map(fold).join(' ');
    if (!firstAt.has(k)) firstAt.set(k, c.start);
    if (!befores.has(k)) befores.set(k, new Set());
    befores.get(k)!.add(c.before);
  }
  for (const { c } of byLength) {
    const parts = words(c).map(fold);
    // "Doris Day" is no short form of "Doris Day Animal Foundation": a first name starts a person;
    // "Australia" none of "Medical Journal of Australia": a known place is itself, and an org is shortened by its head only.
    const known = lookup(parts.join(' '), '');
    // A name the lists know as an organization may still be the short form of a longer one ("Scientology").
    const orgLink = () => {
      if ((isFirstName(parts[0]) && parts.length > 1) || (known && known.kind !== 'organization')) return undefined;
      const byStart = () => (known ? undefined : link(parts, orgs, false, ordinaryWord(parts, c.before), firstAt.get(parts.join(' '))));
      // "the Court" is the "Supreme Court" it ends before any "Court Packing" it starts.
      const line = () =>
        parts.length === 1 && midSentence(text, c.start)
          ? lineOf(parts[0], [...orgs, ...things, ...places], (k) => firstAt.has(k))?.t
          : undefined;
      return parts.length === 1 && isOrgWord(parts[0])
        ? (qualifiedTail(parts, orgs, things, befores.get(parts.join(' '))) ?? byStart())
        : ((c.before === 'the' ? countryHead(parts, words(c)[0], [...orgs, ...things]) : undefined) ??
            byStart() ??
            qualifiedTail(parts, orgs, things, befores.get(parts.join(' '))) ??
            line());
    };
    // Short forms are one or two words, or a family name with its particles ("De La Fuente" of "Rocky De La Fuente").
    const short = parts.length < 3 || (CONNECTORS.has(parts[0]) && parts[0] !== 'of');
    const linked = short && known?.kind !== 'country' ? (link(parts, people, true) ?? orgLink()) : undefined;
    const t = linked ?? typeCandidate(text, c);
    if (!t) continue;
    typed.set(c, t);
    const list =
      t.kind === 'person'
        ? people
        : t.kind === 'organization'
          ? orgs
          : t.kind === 'thing'
            ? things
            : t.kind === 'place'
              ? places
              : undefined;
    // "Gloria Vanderbilt" (of "Gloria Morgan Vanderbilt") in the first line: the person is named there first, before
    // "Cornelius Vanderbilt", and a bare "Vanderbilt" is hers.
    const into = linked && list?.find((k) => k.t === linked);
    if (into) into.at = Math.min(into.at, c.start);
    // A body named by a role in it ("Minetest CEO") is no long form to link others to: they say what it is.
    if (list && !linked && !t.roleOf) {
      const had = list.find((k) => k.t.name === t.name);
      if (had) {
        had.at = Math.min(had.at, c.start);
        had.n++;
      } else {
        // "Salling Group" is named "Salling": its short forms are read against the words it was written with.
        const full = words(c).join(' ');
        const kin = KIN.test(c.before);
        list.push({ parts: fold(full.startsWith(`${t.name} `) ? full : t.name).split(' '), t, at: c.start, n: 1, kin });
      }
    }
  }
  retypeBodies(text, typed);
  const plain = cands.map((x) => x.c);
  listsInContext(text, plain, typed);
  voteKinds(plain, typed);
  rolesJoinTheirBodies(typed);
  languagesInContext(text, plain, typed);
  regionsInContext(typed);
  teamsInContext(text, typed);
  branchesAreBodies(typed);
  // "Syrian Democratic Forces (SDF)": the acronym is the same actor, wherever it appears.
  const byKey = new Map<string, Typed>();
  for (let i = 0; i + 1 < cands.length; i++) {
    const long = cands[i].c;
    const short = cands[i + 1].c;
    const t = typed.get(long);
    if (!t || long.tokens.length < 2 || !/^\s*\(\s*$/.test(text.slice(long.end, short.start)) || text[short.end] !== ')') continue;
    const initials = long.tokens
      .map((x) => x.text[0])
      .filter((ch) => /\p{Lu}/u.test(ch))
      .join('');
    if (initials.length > 1 && initials === text.slice(short.start, short.end).replace(/[.\s]/g, '')) {
      byKey.set(words(short).join(' ').toLowerCase(), t);
    }
  }
  // "RIAA" after "Recording Industry Association of America": an acronym of a longer organization's initials.
  const byInitials = new Map<string, Typed>();
  for (const o of orgs) {
    const i = initialsOf(o.t.name);
    if (o.t.name.split(/\s+/).length > 1 && !byInitials.has(i)) byInitials.set(i, o.t);
  }
  const expanded = new Map<string, Typed | undefined>();
  // "the CW" is no "Cry Wolf" (a film the article names): an expansion the article typed as no body is none.
  const notBodies = new Set([...typed].filter(([, t]) => t.kind !== 'organization').map(([c]) => words(c).join(' ').toLowerCase()));
  const expand = (key: string) => {
    if (!expanded.has(key)) {
      const full = expandAcronym(text, key);
      // "NG: This study started in 1982": an interview's tag is the initials of the person the article names.
      const tag = full?.kind === 'person' && new RegExp(`(?:^|\\n|\\(\\()\\s*${key.replace(/[^\p{L}\p{N}]/gu, '')}(?::|\\)\\))`).test(text);
      expanded.set(key, full && (tag || !notBodies.has(full.name.toLowerCase())) ? full : undefined);
    }
    return expanded.get(key);
  };
  for (const { c } of cands) {
    const key = surface(text, c).replace(/[.\s]/g, '');
    if (byKey.has(key.toLowerCase()) || !isAcronym(surface(text, c)) || (typed.get(c) && typed.get(c)?.kind !== 'organization')) continue;
    const org = byInitials.get(key) ?? byInitials.get(key.replace(/s$/, ''));
    const full = org ?? (typed.get(c)?.kind === 'organization' && !surface(text, c).includes('.') ? expand(key) : undefined);
    if (full) byKey.set(words(c).join(' ').toLowerCase(), full);
  }
  definedAcrossForms(typed, byKey);
  for (const { c } of cands) {
    const t = byKey.get(words(c).join(' ').toLowerCase());
    if (t) typed.set(c, t);
  }
  // A name typed once in the article types its other, bare occurrences ("Apple said" ... "at Apple").
  for (const [c, t] of typed) {
    const k = words(c).join(' ').toLowerCase();
    if (!byKey.has(k)) byKey.set(k, t);
  }
  for (const { c } of cands) {
    if (typed.has(c)) continue;
    const t = byKey.get(words(c).join(' ').toLowerCase());
    if (t && !HOLIDAYS.has(t.name.toLowerCase())) typed.set(c, t);
  }
  const actors = new Map<string, Actor>();
  const out: Found[] = [];
  const all: { c: Candidate; sentence: number; t: Typed }[] = [];
  const common = text.includes('(') ? commonAbbreviations(text) : undefined;
  const terms = text.includes('(') ? plainTermSpans(text) : [];
  for (const { c, sentence } of cands) {
    const t = typed.get(c);
    if (!t || common?.has(surface(text, c).replace(/s$/, '')) || terms.some(([s, e]) => c.start >= s && c.end <= e)) continue;
    // "the Apple Chief Executive Officer": the mention is the body's words, not its role's.
    const body = t.roleOf ? roleStart(words(c).map((x) => x.toLowerCase())) : -1;
    const own = body > 0 ? { ...c, end: c.tokens[body - 1].end, tokens: c.tokens.slice(0, body) } : c;
    all.push({ c: own, sentence, t });
    for (const n of nestedNames(c, t, byKey)) all.push({ ...n, sentence });
  }
  for (const { c, sentence, t } of all) {
    const id = `${t.kind}:${idSlug(t.name)}`;
    let actor = actors.get(id);
    if (!actor) {
      actor = { id, name: t.name, kind: t.kind, aliases: [] };
      if (t.partOf) actor.partOf = t.partOf;
      actors.set(id, actor);
    }
    const form = surface(text, c);
    if (!actor.aliases.includes(form)) actor.aliases.push(form);
    if (c.title && t.kind === 'person' && ownTitle(text, c)) {
      const titled = `${c.title} ${form}`.replace(/\s+/g, ' ');
      if (!actor.aliases.includes(titled)) actor.aliases.push(titled);
      if (c.title.split(/\s+/).length > 1 && !actor.role) actor.role = c.title;
    }
    const found: Found = { actor, sentence, mention: { actorId: id, articleId, span: [c.start, c.end] } };
    if (t.attribute) found.attribute = true;
    out.push(found);
  }
  return out;
}

/**
 * Names inside a longer name: "Durham" (a place) in "Durham University", "Red Hat" (the company, named so in the
 * article) in "Red Hat Enterprise Linux". Each is a mention of its own actor; the longest sub-run wins.
 */
function nestedNames(c: Candidate, outer: Typed, byKey: Map<string, Typed>): { c: Candidate; t: Typed }[] {
  const out: { c: Candidate; t: Typed }[] = [];
  const n = c.tokens.length;
  // Long runs (a list of names glued by a bad text) are not searched: the scan is quadratic in the run.
  // Nor a body of a country ("South Korea national team": no "Korea" inside).
  if (n < 2 || n > 8 || ['person', 'place', 'country', 'group'].includes(outer.kind) || outer.partOf?.startsWith('country:')) return out;
  // "HR 6819": a catalogue's letters and an object's number; the letters name nothing of their own.
  if (n === 2 && /^\d{4,6}$/.test(c.tokens[1].text)) return out;
  for (let i = 0; i < n; i++) {
    for (let len = n - i - (i === 0 ? 1 : 0); len > 0; len--) {
      const toks = c.tokens.slice(i, i + len);
      if (!/^\p{Lu}/u.test(toks[0].text) || !/^\p{Lu}/u.test(toks[len - 1].text)) continue;
      const key = toks.map((x) => x.text.toLowerCase()).join(' ');
      // A lone ordinary word is no place of its own inside a longer name ("Centre", "Store"), and after the name's
      // first word it is its head or part of it ("Supreme Court", "World War II", "King Jr. Day"), not another
      // name ("Apple" in "Apple Store" stays).
      const ordinary = len === 1 && (isDictWord(key) || isCommonWord(key)) && !countryName(key);
      if (ordinary && i > 0 && isPlainWord(key)) continue;
      const known = ordinary ? undefined : lookup(key, toks.map((x) => x.text).join(' '));
      const t =
        known && (known.kind === 'place' || known.kind === 'country')
          ? classify(toks.map((x) => x.text).join(' '), {
              ...c,
              start: 0,
              end: toks.map((x) => x.text).join(' ').length,
              tokens: rebase(toks),
              before: '',
              after: '',
              title: undefined,
              personHint: false,
              employer: false,
            })
          : byKey.get(key);
      const atEnd = i + len === n && i > 0 && !CONNECTORS.has(c.tokens[i - 1].text.toLowerCase());
      if (!t || t === outer || t.kind === 'person' || t.name === outer.name || bodyHead(toks, atEnd, outer, t)) continue;
      out.push({ c: { ...c, start: toks[0].start, end: toks[len - 1].end, tokens: toks, title: undefined }, t });
      i += len - 1;
      break;
    }
  }
  return out;
}

/** Tokens re-offset to a string of their own words joined by spaces. */
function rebase(toks: Candidate['tokens']): Candidate['tokens'] {
  let at = 0;
  return toks.map((x) => {
    const r = { start: at, end: at + x.text.length, text: x.text };
    at = r.end + 1;
    return r;
  });
}

const ACRONYM_GLUE = '\\s+(?:(?:of|the|and|for|on|in|de|du|des|la|le|&)\\s+)*';
// The pieces of an expansion, as sticky patterns compiled once (a pattern per acronym would compile Unicode
// letter classes for each new acronym). Each piece is deterministic where it is used: a word's letters end where
// its rest ends, and what follows it (space, or the end) cannot be a letter, so no backtracking is ever needed.
const WORD_START = /(?<![\p{L}])/uy;
const WORD_SECOND = /[\p{Ll}'’.-]/uy;
const WORD_REST = /[\p{L}'’.-]*/uy;
const GLUE = new RegExp(ACRONYM_GLUE, 'uy');

/** Where the sticky `re` matches at `at` ends, or -1. */
function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * The end of "Recording Industry Association of America" at `at` for the letters R I A A: each word starts with
 * the next letter and a lower-case letter (or ' ’ . -), the words joined by spaces and function words; or -1.
 */
function expansionEnd(text: string, at: number, letters: string[]): number {
  if (stickyEnd(WORD_START, text, at) < 0) return -1;
  let pos = at;
  for (let i = 0; i < letters.length; i++) {
    if (i > 0 && (pos = stickyEnd(GLUE, text, pos)) < 0) return -1;
    if (text[pos] !== letters[i] || (pos = stickyEnd(WORD_SECOND, text, pos + 1)) < 0) return -1;
    pos = stickyEnd(WORD_REST, text, pos);
  }
  return pos;
}

/** "RIAA": the article's "Recording Industry Association of America", each word starting with the next letter. */
function expandAcronym(text: string, acronym: string): Typed | undefined {
  const letters = acronym.replace(/s$/, '').split('');
  if (letters.length < 2 || letters.length > 6 || !letters.every((l) => /\p{Lu}/u.test(l))) return undefined;
  // The first expansion in the text, tried only where its first letter is.
  let found = '';
  for (let at = text.indexOf(letters[0]); at >= 0 && !found; at = text.indexOf(letters[0], at + 1)) {
    const end = expansionEnd(text, at, letters);
    if (end > 0) found = text.slice(at, end);
  }
  // "World Wide Developers Conference" is an event, not an organization.
  const name = found.replace(/['’.]$/, '');
  const low = name.toLowerCase().split(/\s+/);
  if (!name || THING_HEADS.has(low[low.length - 1])) return undefined;
  // "WSS" for "William S. Saturn" (an interviewer's tag): initials of a person's name, no organization's.
  return { kind: isFirstName(low[0]) && !low.some(isOrgWord) ? 'person' : 'organization', name };
}

/** Initials of the capitalized words of a name ("Catholic Bishops' Conference of the Philippines" -> "CBCP"). */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** A name found in the article, with where it first appears. */
interface Known {
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
function ordinaryWord(parts: string[], before: string): 'people' | 'plain' | undefined {
  if (parts.length !== 1) return undefined;
  if (LANGUAGE.has(parts[0]) || lexTags(parts[0]).includes('Demonym')) return 'people';
  // A body's own head word ("the Church" of "Church of Scientology") is its short form, as the head of any name.
  return before === 'the' && isDictWord(parts[0]) && !isOrgWord(parts[0]) ? 'plain' : undefined;
}

/**
 * A short form that is the start or end of a longer name already found; for people (`byTail`) also the first and
 * last of its words ("Otto Jespersen" in "Jens Otto Harry Jespersen"), and among several people the one the
 * article names first ("Goode" in a life of Matthew Goode that names his daughter too).
 */
function link(parts: string[], known: Known[], byTail: boolean, ordinary?: 'people' | 'plain', shortAt = Infinity): Typed | undefined {
  if (ordinary === 'people') return undefined;
  let best: Known | undefined;
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
    if ((start || tail) && !acronymEnd && !branch && (!best || k.at < best.at)) best = k;
  }
  return best?.t;
}

/**
 * A short form that is the end of a longer name after its qualifier: a place before a team or body ("Pirates" is
 * the "Pittsburgh Pirates", "Red Sox" the "Boston Red Sox"), a storm's class before its name ("Dorian" is
 * "Hurricane Dorian", "Phailin" "Cyclone Phailin"), a body's field after its kind ("Scientology" is the "Church of Scientology").
 */
function qualifiedTail(parts: string[], orgs: Known[], things: Known[], before: Set<string> = new Set()): Typed | undefined {
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

/**
 * "the Constitution" where the article names the "U.S. Constitution" and the "Constitution Party": the one word after
 * "the" is the head of the name a country qualifies (the same head), before any longer name it starts (another head).
 */
function countryHead(parts: string[], written: string, known: Known[]): Typed | undefined {
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
