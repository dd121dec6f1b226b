// An article's kinds decided over all the mentions of a name, not each alone: the kind most
// occurrences give, a state named among another country's regions, a "person" that behaves as a body.
import { isFirstName, lookup, regionOf } from './gazetteer';
import { orgEvidence, placeNounContext, workTitle } from './kind-context';
import { slug, type Typed } from './kinds';
import type { Candidate } from './candidate';

const words = (c: Candidate) => c.tokens.map((t) => t.text);

/**
 * "UK-based retailer Tesco ... Tesco stated its intention": a name typed a person (or linked to one, "Tesco" of
 * "Tesco Polska") whose occurrences carry an organization's evidence and none of a person's (a title, a first
 * name) is an organization, under every form.
 */
export function retypeBodies(text: string, typed: Map<Candidate, Typed>): void {
  const people = new Map<Typed, Candidate[]>();
  for (const [c, t] of typed) if (t.kind === 'person') people.set(t, [...(people.get(t) ?? []), c]);
  for (const [t, cands] of people) {
    if (isFirstName(t.name.split(' ')[0].toLowerCase()) || cands.some((c) => c.personHint || c.title)) continue;
    const body = cands.some((c) => {
      const w = words(c);
      return orgEvidence(
        text,
        c,
        w.map((x) => x.toLowerCase()),
        w,
      );
    });
    if (!body) continue;
    const org: Typed = { kind: 'organization', name: t.name };
    for (const c of cands) typed.set(c, org);
  }
}

/**
 * One name, one kind in an article: "Eegimaa speakers" (a language) and "Eegimaa is" (no evidence) are one thing.
 * The kind most of the name's typed occurrences give wins; a tie, the first occurrence's (see below).
 */
export function voteKinds(cands: Candidate[], typed: Map<Candidate, Typed>): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (!typed.has(c)) continue;
    const k = words(c).join(' ').toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const votes = new Map<string, { n: number; t: Typed }>();
    // A sentence saying what the name is outweighs what its other mentions suggest ("from Minecraft" reads as a
    // place): only such sentences vote, if there are any.
    const defining = group.some((c) => typed.get(c)?.defined);
    for (const c of group) {
      const t = typed.get(c) as Typed;
      if (defining && !t.defined) continue;
      const v = votes.get(t.kind) ?? { n: 0, t };
      v.n++;
      votes.set(t.kind, v);
    }
    if (votes.size === 1) {
      const win = [...votes.values()][0].t;
      for (const c of group) if (typed.get(c)?.kind !== win.kind) typed.set(c, win);
      continue;
    }
    const ranked = [...votes.values()].sort((a, b) => b.n - a.n);
    if (ranked.length < 2) continue;
    // A tie goes to the kind of the first occurrence, where an article introduces a name ("Marie Galante: the
    // biggest island", "Temescal is a neighborhood"); between a person and a body, to the person (a body is the
    // rules' guess for a run of words they cannot read: "R Saravanan").
    const tie = ranked[0].n === ranked[1].n;
    const first = typed.get(group[0]) as Typed;
    const win = !tie ? ranked[0].t : first.kind === 'organization' && votes.has('person') ? (votes.get('person') as { t: Typed }).t : first;
    if (tie && ranked[0].n !== votes.get(win.kind)?.n) continue;
    for (const c of group) if (typed.get(c)?.kind !== win.kind) typed.set(c, win);
  }
}

/**
 * "the Automatic Identification System (AIS) ... AIS is a ship-to-ship safety system": what the article says one
 * form is, it says of the other. `forms` maps a short form's key to the long form's kind, which takes the kind a
 * defining sentence gave the short form, unless the long form was defined itself.
 */
export function definedAcrossForms(typed: Map<Candidate, Typed>, forms: Map<string, Typed>): void {
  const defined = new Map<string, Typed>();
  for (const [c, t] of typed) if (t.defined) defined.set(words(c).join(' ').toLowerCase(), t);
  for (const [key, long] of forms) {
    const d = defined.get(key);
    if (!d || d.kind === long.kind || defined.has(long.name.toLowerCase())) continue;
    const retyped: Typed = { ...long, kind: d.kind, defined: true };
    forms.set(key, retyped);
    for (const [c, t] of typed) if (t === long) typed.set(c, retyped);
  }
}

/**
 * "Georgia" is a country and a US state: in an article that names the other country or its regions more often
 * than the country itself or its regions, it is the region, a place of the other country.
 */
export function regionsInContext(typed: Map<Candidate, Typed>): void {
  const keyOf = (c: Candidate) => words(c).join(' ').toLowerCase();
  const supports = (country: string, k: string, u: Typed) =>
    u.name === country || regionOf(k).includes(country) || u.partOf === `country:${slug(country)}`;
  for (const [c, t] of typed) {
    const key = keyOf(c);
    if (t.kind !== 'country') continue;
    for (const other of regionOf(key)) {
      if (other === t.name) continue;
      let forOther = 0;
      let forSelf = 0;
      for (const [d, u] of typed) {
        const k = keyOf(d);
        if (k === key) continue;
        if (supports(other, k, u)) forOther++;
        if (supports(t.name, k, u)) forSelf++;
      }
      if (forOther > forSelf) {
        typed.set(c, { kind: 'place', name: t.name, partOf: `country:${slug(other)}` });
        break;
      }
    }
  }
}

/** After a name: words that make it a language ("the Eegimaa language", "Jóola Fogny speakers"). */
const LANGUAGE_AFTER = new Set(['language', 'languages', 'speakers', 'dialect', 'dialects', 'words', 'grammar', 'orthography']);

/**
 * "Eegimaa is a Jóola language ... the Eegimaa language ... Eegimaa speakers": a name no list knows, used as a
 * language once in an article, is that language in all of it (a thing), under its short forms too ("Eegimaa" of
 * "Gújjolaay Eegimaa", which the rules had linked to a person's name). Names the lists know keep their kind
 * (asLanguage reads "English speakers" occurrence by occurrence: "English" is also a people).
 */
export function languagesInContext(text: string, cands: Candidate[], typed: Map<Candidate, Typed>): void {
  const keyOf = (c: Candidate) => words(c).join(' ').toLowerCase();
  const langs = new Map<string, string>();
  for (const c of cands) {
    const key = keyOf(c);
    // "native Chitonga words", "Chitonga-speaking children" (one word after the name, no space).
    const said = LANGUAGE_AFTER.has(c.after) || (c.before === 'of' && /^speakers?$/.test(c.before2)) || text.startsWith('-speaking', c.end);
    if (said && !c.possessive && !c.title && !lookup(key, '') && !langs.has(key)) langs.set(key, words(c).join(' '));
    const speaking = /^(\p{Lu}[\p{L}'’]+)-speaking$/u.exec(words(c).join(' '));
    if (speaking && !lookup(speaking[1].toLowerCase(), '')) langs.set(speaking[1].toLowerCase(), speaking[1]);
  }
  if (langs.size === 0) return;
  const has = (name: string) => {
    const low = ` ${name.toLowerCase()} `;
    return [...langs.keys()].some((k) => low.includes(` ${k} `));
  };
  for (const c of cands) {
    const t = typed.get(c);
    const own = langs.get(keyOf(c));
    if (t?.kind === 'thing') continue;
    // Its own words are the language's, or the person it was linked to is named by a language.
    if (own) typed.set(c, { kind: 'thing', name: t?.kind === 'person' && has(t.name) ? t.name : own });
    else if (t?.kind === 'person' && has(t.name)) typed.set(c, { kind: 'thing', name: t.name });
  }
}

/** What joins the members of a list: a comma, "and", "or" (and an article the next member starts with, "Les Saintes"). */
const LIST_GLUE = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:the|[Ll]es|[Ll]a|[Ll]e|[Ll]os|[Ll]as|[Ee]l)\s+)?$/;
const placeClass = (k: string | undefined) => (k === 'country' ? 'place' : k);

/**
 * "the islands La Désirade, Petite Terre, Marie Galante", "films, including Silent Witness, Close to Home",
 * "cities like Kraków, Warsaw and Wrocław": the members of a list are of one kind. The noun before the list types
 * every member the lists do not know; a kind the lists give two members types the members left untyped.
 */
export function listsInContext(text: string, cands: Candidate[], typed: Map<Candidate, Typed>): void {
  const runs: Candidate[][] = [];
  for (const c of cands) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.end <= c.start && LIST_GLUE.test(text.slice(prev.end, c.start))) run.push(c);
    else runs.push([c]);
  }
  for (const run of runs) {
    if (run.length < 3) continue;
    const known = run.map((c) => placeClass(lookup(words(c).join(' ').toLowerCase(), text.slice(c.start, c.end))?.kind));
    const head = typed.get(run[0]);
    // The noun before the list: its first member's kind, where the words before it gave it.
    const fromNoun = head && !known[0] && (placeNounContext(text, run[0]) ? 'place' : workTitle(text, run[0]) ? 'thing' : undefined);
    if (fromNoun) {
      for (const [i, c] of run.entries())
        if (!known[i] && !c.title && !c.personHint) typed.set(c, { kind: fromNoun, name: text.slice(c.start, c.end).replace(/\s+/g, ' ') });
      continue;
    }
    const counts = new Map<string, number>();
    for (const k of known) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    if (counts.size !== 1) continue;
    const [[kind, n]] = [...counts];
    if (n < 2 || (kind !== 'place' && kind !== 'organization')) continue;
    for (const c of run) if (!typed.has(c) && !c.title) typed.set(c, { kind, name: text.slice(c.start, c.end).replace(/\s+/g, ' ') });
  }
}
