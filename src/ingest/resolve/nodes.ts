// Step one of resolution: the per-article actors -> one node per name key
// (every actor whose name folds to the same key, whatever kind each article
// gave it), its kind decided by a vote of all its mentions; then the surface
// forms that name another entity are taken out of the node that swallowed them.
import type { Actor, ActorKind } from '../../corpus/schema';
import { slug } from '../extract/kinds';
import { knownPlace } from './knowledge';
import { nameKey, tokensOf } from './keys';

export interface Node {
  key: string;
  tokens: string[];
  /** The actor names that made the node, with their mention counts. */
  names: Map<string, number>;
  /** Mentions per kind the articles gave. */
  votes: Map<ActorKind, number>;
  kind: ActorKind;
  /** Surface form -> mentions. */
  forms: Map<string, number>;
  mentions: number;
  articles: Set<string>;
  /** Aliases the articles gave that no mention spans ("President Trump"). */
  extra: Set<string>;
  roles: Map<string, number>;
  /** The original actor ids of partOf, with counts. */
  partOf: Map<string, number>;
  /** For a capital taken out of its country's node: that node. */
  within?: Node;
  /** The per-article actor ids routed here. */
  ids: string[];
}

/** One mention as resolution sees it. */
export interface MentionRef {
  actorId: string;
  articleId: string;
  surface: string;
}

/** Ties go to the kind that carries most information. */
const KIND_ORDER: ActorKind[] = ['person', 'country', 'place', 'organization', 'thing', 'group'];

/** The kind with most mentions; `fallback` when no mention votes (its forms all moved elsewhere). */
export function voteKind(votes: Map<ActorKind, number>, fallback: ActorKind): ActorKind {
  let best = fallback;
  let most = 0;
  for (const k of KIND_ORDER) {
    const n = votes.get(k) ?? 0;
    if (n > most) [best, most] = [k, n];
  }
  return best;
}

const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export function newNode(key: string, name: string, kind: ActorKind): Node {
  return {
    key,
    tokens: tokensOf(key),
    names: new Map([[name, 0]]),
    votes: new Map(),
    kind,
    forms: new Map(),
    mentions: 0,
    articles: new Set(),
    extra: new Set(),
    roles: new Map(),
    partOf: new Map(),
    ids: [],
  };
}

/** The key of an actor's name; a country the lists know by this name gets its canonical name's key. */
export function canonicalKey(name: string): string {
  const key = nameKey(name);
  const known = knownPlace(key, name);
  if (known?.kind === 'country') return nameKey(known.name);
  // "US Senate" and "United States Senate": a country's short form inside a longer name is spelled out.
  const words = tokensOf(key);
  if (words.length < 2 || !words.some((w) => w.length <= 3)) return key;
  return words.map((w) => (w.length <= 3 && knownPlace(w, w)?.kind === 'country' ? nameKey(knownPlace(w, w)!.name) : w)).join(' ');
}

export interface Nodes {
  byKey: Map<string, Node>;
  /** `actorId` -> its node; `actorId + '\0' + form key` -> the node a form was moved to. */
  route: Map<string, Node>;
  /** The actor ids some of whose forms moved to another node: only their mentions need looking at one by one. */
  moved: Set<string>;
}

export function buildNodes(actors: Actor[], mentions: MentionRef[]): Nodes {
  const byKey = new Map<string, Node>();
  const route = new Map<string, Node>();
  const perActor = new Map<string, number>();
  for (const m of mentions) bump(perActor, m.actorId);
  for (const a of actors) {
    const key = canonicalKey(a.name);
    let node = byKey.get(key);
    if (!node) byKey.set(key, (node = newNode(key, a.name, a.kind)));
    bump(node.names, a.name, perActor.get(a.id) ?? 0);
    bump(node.votes, a.kind, perActor.get(a.id) ?? 0);
    node.ids.push(a.id);
    route.set(a.id, node);
    for (const alias of a.aliases) node.extra.add(alias);
    if (a.role) bump(node.roles, a.role);
    if (a.partOf) bump(node.partOf, a.partOf);
  }
  for (const m of mentions) {
    const node = route.get(m.actorId);
    if (!node) continue;
    bump(node.forms, m.surface);
    node.mentions++;
    node.articles.add(m.articleId);
  }
  for (const node of byKey.values()) {
    node.kind = voteKind(node.votes, node.kind);
    for (const f of node.forms.keys()) node.extra.delete(f);
  }
  const moved = new Set<string>();
  splitForms(byKey, route, moved);
  return { byKey, route, moved };
}

const PLACES = new Set<ActorKind>(['country', 'place']);

/** `part` is a run of whole words inside `whole`, shorter than it. */
function insideOf(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((t, j) => whole[i + j] === t)) return true;
  return false;
}

/**
 * "Kenya" that an article linked to "Kenya Airways", "New York" to "New York
 * Times", "London" to the United Kingdom: a form that is itself a country or
 * a place leaves the longer organization (or the country whose capital it is)
 * for that place's own node.
 */
function splitForms(byKey: Map<string, Node>, route: Map<string, Node>, moved: Set<string>): void {
  for (const node of [...byKey.values()]) {
    for (const [form, count] of [...node.forms]) {
      const key = canonicalKey(form);
      if (key === node.key) continue;
      const target = placeOf(byKey, node, form, key);
      if (!target) continue;
      node.forms.delete(form);
      node.mentions -= count;
      bump(node.votes, node.kind, -count);
      bump(target.forms, form, count);
      bump(target.votes, target.kind, count);
      target.mentions += count;
      for (const a of node.articles) target.articles.add(a);
      for (const id of node.ids) {
        route.set(`${id}\0${nameKey(form)}`, target);
        moved.add(id);
      }
    }
  }
}

/**
 * "West" of "Kanye West": a person's family name stays the person's, though "the West" is a place elsewhere (a
 * "person" whose name starts with capitals only, "UC Berkeley", is a body mistyped: its place goes).
 */
function familyName(node: Node, form: string): boolean {
  if (node.kind !== 'person') return false;
  const words = [...node.names.keys()][0]?.split(/\s+/) ?? [];
  return words.length > 1 && !/^\p{Lu}+$/u.test(words[0]) && words[words.length - 1] === form;
}

function placeOf(byKey: Map<string, Node>, node: Node, form: string, key: string): Node | undefined {
  const own = byKey.get(key);
  const known = knownPlace(nameKey(form), form);
  const capital = node.kind === 'country' && known?.capitalOf !== undefined && canonicalKey(known.capitalOf) === node.key;
  // "U.S." inside "U.S. Congress": the words as written, the node of the canonical name.
  // A country's own team or body called by the country's name ("Sweden" for the Sweden national team) stays.
  const ownCountry = known?.kind === 'country' && node.partOf.has(`country:${slug(known.name)}`);
  const inside =
    !PLACES.has(node.kind) &&
    !familyName(node, form) &&
    !ownCountry &&
    (insideOf(tokensOf(nameKey(form)), node.tokens) || insideOf(tokensOf(key), node.tokens));
  if (own && own !== node && PLACES.has(own.kind) && (inside || (node.kind === 'country' && own.kind === 'place'))) return own;
  if (!known || !(capital || (inside && known.kind === 'country'))) return undefined;
  const made = newNode(key, known.name, known.kind);
  made.names.set(known.name, 1);
  made.votes.set(known.kind, 0);
  if (capital) made.within = node;
  byKey.set(key, made);
  return made;
}
