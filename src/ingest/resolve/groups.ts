// Step three of resolution: merged nodes -> groups, one per resolved actor,
// with a name, a kind voted by every mention, aliases with their counts and
// a city's country. Overrides then edit groups; `emit` gives them their ids.
import type { Actor, ActorKind } from '../../corpus/schema';
import { slug } from '../extract/actors';
import { CONNECTORS } from '../lexicon/not-names';
import { isDictWord } from '../extract/dictionary';
import { isFirstName } from '../extract/gazetteer';
import { initials, isAcronymForm, nameKey, tokensOf } from './keys';
import { knownPlace } from './knowledge';
import { voteKind, type Node } from './nodes';
import { qualifiedName } from './person-names';

export interface Group {
  name: string;
  kind: ActorKind;
  votes: Map<ActorKind, number>;
  forms: Map<string, number>;
  extra: Set<string>;
  roles: Map<string, number>;
  /** The original actor ids given as partOf, or the group of a capital's country. */
  partOf: Map<string, number>;
  within?: Group;
  hidden?: boolean;
  /** Where a merged-away group went (overrides merge groups after they were made). */
  into?: Group;
  id?: string;
}

const add = <K>(into: Map<K, number>, from: Map<K, number>) => {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
};

export function top<K>(m: Map<K, number>): K | undefined {
  let best: K | undefined;
  let most = -Infinity;
  for (const [k, n] of m) if (n > most) [best, most] = [k, n];
  return best;
}

/** The words of `part` in a row inside `whole`. */
function containsRun(whole: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((t, j) => whole[i + j] === t)) return true;
  return false;
}

const tailOf = (short: string[], long: string[]) => long.length > short.length && long.slice(-short.length).join(' ') === short.join(' ');
const headOf = (short: string[], long: string[]) => long.length > short.length && long.slice(0, short.length).join(' ') === short.join(' ');

/**
 * The name the text uses most for the group: for a person the most written
 * full name ("Donald Trump", not "Trump"); for others the most written form,
 * but an acronym yields to its spelled-out name and a part ("Court", "State")
 * to the longer name it was cut from ("Supreme Court", "State Department")
 * when that is written at least a sixth as often.
 */
function chooseName(kind: ActorKind, names: Iterable<string>, forms: Map<string, number>): string {
  // Persons: also a full name as the text writes it; others: the names extraction chose (never a demonym form like "French").
  const all = [...new Set([...names, ...(kind === 'person' ? [...forms.keys()].filter((f) => tokensOf(nameKey(f)).length > 1) : [])])];
  if (all.length === 1) return all[0];
  if (kind === 'country') {
    const known = all.map((x) => knownPlace(nameKey(x), x)).find((k) => k?.kind === 'country');
    if (known) return known.name;
  }
  const written = new Map<string, number>();
  for (const [f, n] of forms) written.set(nameKey(f), (written.get(nameKey(f)) ?? 0) + n);
  const info = all.map((name) => ({
    name,
    words: tokensOf(nameKey(name)),
    count: written.get(nameKey(name)) ?? 0,
    acronym: isAcronymForm(name),
    demoted: false,
  }));
  const multi = info.some((x) => x.words.length > 1);
  for (const x of info) {
    // One written word, hyphens and all ("Won-soon", "Gallego-Lazo"), is a part of a person's full name.
    // So is a family name with its particles ("De La Fuente" of "Rocky De La Fuente"). A name with a title the
    // article left on ("Secretary-General Kofi Annan", "Republican Larry Hogan") or a caption's word after it
    // ("Michelle Lujan Grisham Image") yields to the name without it.
    if (kind === 'person')
      x.demoted =
        (!/\s/.test(x.name.trim()) && multi) ||
        (CONNECTORS.has(x.words[0]) && info.some((y) => tailOf(x.words, y.words))) ||
        info.some((y) => qualifiedName(x.words, y.words)) ||
        (isDictWord(x.words[x.words.length - 1]) &&
          info.some((y) => y.words.length > 1 && isFirstName(y.words[0]) && headOf(y.words, x.words)));
    else if (x.acronym) x.demoted = info.some((y) => !y.acronym && y.words.length > 1 && initials(y.words) === x.words.join(''));
    else x.demoted = info.some((y) => y.words.length > x.words.length && y.count * 6 >= x.count && containsRun(y.words, x.words));
  }
  info.sort(
    (a, b) =>
      Number(a.demoted) - Number(b.demoted) ||
      b.count - a.count ||
      b.name.length - a.name.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return info[0].name;
}

export function makeGroups(roots: Map<Node, Node>): Map<Node, Group> {
  const members = new Map<Node, Node[]>();
  for (const [n, r] of roots) {
    const list = members.get(r);
    if (list) list.push(n);
    else members.set(r, [n]);
  }
  const groupOf = new Map<Node, Group>();
  for (const [root, nodes] of members) {
    const names = new Map<string, number>();
    const g: Group = {
      name: '',
      kind: root.kind,
      votes: new Map(),
      forms: new Map(),
      extra: new Set(),
      roles: new Map(),
      partOf: new Map(),
    };
    for (const n of nodes) {
      add(names, n.names);
      add(g.votes, n.votes);
      add(g.forms, n.forms);
      add(g.roles, n.roles);
      add(g.partOf, n.partOf);
      for (const x of n.extra) g.extra.add(x);
    }
    g.kind = voteKind(g.votes, root.kind);
    g.name = chooseName(g.kind, names.keys(), g.forms);
    for (const n of nodes) groupOf.set(n, g);
  }
  for (const [n, r] of roots) if (n.within) groupOf.get(r)!.within = groupOf.get(roots.get(n.within)!);
  return groupOf;
}

/**
 * Groups that came to the same name and kind are one actor: "President-elect
 * Joe Biden" named by the text "Joe Biden" joins Joe Biden.
 */
export function joinSameNames(groups: Group[]): void {
  const byName = new Map<string, Group>();
  for (const g of groups) {
    const key = `${g.kind}:${nameKey(g.name)}`;
    const first = byName.get(key);
    if (!first) {
      byName.set(key, g);
      continue;
    }
    g.into = first;
    add(first.forms, g.forms);
    add(first.votes, g.votes);
    add(first.roles, g.roles);
    add(first.partOf, g.partOf);
    for (const x of g.extra) first.extra.add(x);
    first.within ??= g.within;
  }
}

/** The group a merged-away group now is. */
export function live(g: Group): Group {
  let r = g;
  while (r.into) r = r.into;
  return r;
}

/** Ids from kind and name ("person:donald-trump"), made unique in a stable order; then the actors. */
export function emit(groups: Group[], partOfId: (g: Group, id: string) => string | undefined): Actor[] {
  const shown = groups.filter((g) => !g.hidden && !g.into).map((g) => ({ g, base: `${g.kind}:${slug(g.name)}`, n: sum(g.forms) }));
  shown.sort((a, b) =>
    a.base < b.base ? -1 : a.base > b.base ? 1 : b.n - a.n || (a.g.name < b.g.name ? -1 : a.g.name > b.g.name ? 1 : 0),
  );
  const used = new Set<string>();
  for (const { g, base } of shown) {
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    g.id = id;
  }
  return shown.map(({ g }) => {
    const forms = [...g.forms].filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    const actor: Actor = {
      id: g.id!,
      name: g.name,
      kind: g.kind,
      aliases: [...forms.map(([f]) => f), ...[...g.extra].filter((x) => !g.forms.has(x) && !CLAUSE.test(x))],
    };
    if (forms.length) actor.aliasCounts = Object.fromEntries(forms);
    const role = top(g.roles);
    if (role) actor.role = role;
    const within = g.within ? live(g.within) : undefined;
    const partOf = within && !within.hidden ? within.id : top(new Map([...g.partOf].filter(([id]) => partOfId(g, id))));
    const partId = partOf && (within ? partOf : partOfId(g, partOf));
    if (partId && partId !== actor.id) actor.partOf = partId;
    return actor;
  });
}

/** "California governor Gavin Newsom, Trump": a title kept with a name that ran over a clause is no alias. */
const CLAUSE = /[,;]/;

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
