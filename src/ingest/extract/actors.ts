// Name candidates -> actors and mentions of one article: typed by the lists,
// by the words inside and around them, and merged by name parts ("Mr. Kim" is
// "Kim Jong Un", "Jobs" is "Steve Jobs", "Apple" is "Apple Inc.").
import { fold } from '../../corpus/fold';
import type { Actor, Mention } from '../../corpus/schema';
import { HOLIDAYS } from '../lexicon/thing-words';
import { CONNECTORS } from '../lexicon/not-names';
import { isFirstName, isOrgWord, lookup, regionOf } from './gazetteer';
import { isPlainWord } from './dictionary';
import { beforeNounWord } from './kind-context';
import { commonAbbreviations, plainTermSpans } from './defined-terms';
import { branchesAreBodies, lineOf } from './body-names';
import { roleStart, rolesJoinTheirBodies } from './body-roles';
import { isAcronym, slug, typeCandidate, type Typed } from './kinds';
import type { Candidate } from './candidate';
import { sentenceCandidates } from './names';
import { adjectivesOnly, caseVariants, KIN, midSentence, ownTitle } from './name-extents';
import { definedAcrossForms, languagesInContext, listsInContext, regionsInContext, retypeBodies, voteKinds } from './kind-votes';
import { teamsInContext } from './teams';
import type { Piece } from './text';
import { expandAcronym, initialsOf } from './acronyms';
import { nestedNames } from './nested-names';
import { currencyAfter } from './currencies';
import { catalogueOf, companyOf, countryHead, indexStart, link, ordinaryWord, qualifiedTail, type Known } from './short-forms';
import { withRegnalTitle } from './person-titles';

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
  const variants = caseVariants(
    text,
    cands.map((x) => x.c),
  );
  cands.forEach((x, i) => (x.c = variants[i]));
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
  // How often each word is written alone as a name ("Elian"), a place or body of the lists never: see `link`.
  const single = new Map<string, number>();
  for (const { c } of cands) {
    if (c.tokens.length !== 1) continue;
    const k = fold(c.tokens[0].text);
    single.set(k, (single.get(k) ?? 0) + 1);
  }
  const alone = (w: string) => (single.has(w) && !lookup(w, '') ? (single.get(w) as number) : 0);
  const person = (c: Candidate) => ({ title: c.title, alone });
  for (const { c } of byLength) {
    const parts = words(c).map(fold);
    // "Doris Day" is no short form of "Doris Day Animal Foundation": a first name starts a person;
    // "Australia" none of "Medical Journal of Australia": a known place is itself, and an org is shortened by its head only.
    const known = lookup(parts.join(' '), '');
    // A name the lists know as an organization may still be the short form of a longer one ("Scientology").
    const orgLink = () => {
      if ((isFirstName(parts[0]) && parts.length > 1) || (known && known.kind !== 'organization')) return undefined;
      const byStart = () => (known ? undefined : link(parts, orgs, false, ordinaryWord(parts, c.before), firstAt.get(parts.join(' '))));
      // "the Court" is the "Supreme Court" it ends before any "Court Packing" it starts. "Stream" of "CentOS Stream":
      // an ordinary word, written mid-sentence, after a name the article writes alone.
      const line = () =>
        parts.length === 1 && midSentence(text, c.start) && isPlainWord(parts[0]) && !isOrgWord(parts[0])
          ? lineOf(parts[0], [...orgs, ...things, ...places], (k) => firstAt.has(k))?.t
          : undefined;
      return parts.length === 1 && isOrgWord(parts[0])
        ? (qualifiedTail(parts, orgs, things, befores.get(parts.join(' ')), (k) => firstAt.has(k)) ?? byStart())
        : ((c.before === 'the' ? countryHead(parts, words(c)[0], [...orgs, ...things]) : undefined) ??
            byStart() ??
            indexStart(parts, c.before, things) ??
            catalogueOf(parts, things) ??
            qualifiedTail(parts, orgs, things, befores.get(parts.join(' ')), (k) => firstAt.has(k)) ??
            line());
    };
    // Short forms are one or two words, or a family name with its particles ("De La Fuente" of "Rocky De La Fuente").
    const short = parts.length < 3 || (CONNECTORS.has(parts[0]) && parts[0] !== 'of');
    const company = !c.personHint && !c.title ? companyOf(parts, orgs) : undefined;
    const linked =
      company ??
      (short && known?.kind !== 'country' ? (link(parts, people, true, undefined, undefined, person(c)) ?? orgLink()) : undefined);
    const t = linked ?? withRegnalTitle(typeCandidate(text, c), c);
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
    const currency = currencyAfter(text, c.end, t);
    if (currency) {
      all.push({ c: { ...c, end: currency.end }, sentence, t: currency.t });
      continue;
    }
    all.push({ c: own, sentence, t });
    for (const n of nestedNames(c, t, byKey)) all.push({ ...n, sentence });
  }
  const within = containerEnds(text, all);
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
    const found: Found = { actor, sentence, mention: { actorId: id, articleId, span: [c.start, within.get(c) ?? c.end] } };
    if (t.attribute) found.attribute = true;
    out.push(found);
  }
  return out;
}

/**
 * "San Jose, California", "Paris, France": a town and the state or country it lies in, after a comma, are one
 * mention of the town (the state keeps its own mention inside it). Not a list of states ("Texas, California"): the
 * first must be no state or country itself. Returns the mention end of each town so written.
 */
function containerEnds(text: string, all: { c: Candidate; t: Typed }[]): Map<Candidate, number> {
  const ends = new Map<Candidate, number>();
  const at = new Map(all.map((x) => [x.c.start, x]));
  for (const { c, t } of all) {
    if (t.kind !== 'place' || regionOf(t.name.toLowerCase()).length || !/^, $/.test(text.slice(c.end, c.end + 2))) continue;
    const next = at.get(c.end + 2);
    const container = next && (next.t.kind === 'country' || (next.t.kind === 'place' && regionOf(next.t.name.toLowerCase()).length > 0));
    // "from Wikinews, U.S. presidential candidates": a country before a noun qualifies the noun ("the Cupertino,
    // California event" is the town's).
    const qualifies = next?.t.kind === 'country' && beforeNounWord(text, next.c.end);
    if (container && next.t.name !== t.name && !qualifies) ends.set(c, next.c.end);
  }
  return ends;
}
