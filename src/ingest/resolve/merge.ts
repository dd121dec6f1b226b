// Step two of resolution: short and variant forms joined to the entity the
// corpus names in full. Each rule proposes candidates; a node joins the
// candidate that dominates (at least twice the weight of the next), never one
// of a kind it cannot be. Union-find over nodes in key order: deterministic.
import { distance } from 'fastest-levenshtein';
import { endsInOrder } from '../extract/text';
import type { ActorKind } from '../../corpus/schema';
import { deletions, initials, isAcronymForm, nameKey, push, skeleton } from './keys';
import { CURRENCY } from '../lexicon/geo';
import { CORPORATE_TAILS } from '../lexicon/organization-words';
import { knownPlace } from './knowledge';
import { canonicalKey, type Node } from './nodes';
import { middleInitial, middlePairs, otherSex, shortGivenPairs, titledPairs } from './person-names';

const ORGS = new Set<ActorKind>(['organization', 'group', 'thing']);
const PLACES = new Set<ActorKind>(['country', 'place']);
/** How much more the best candidate must weigh than the next. */
const DOMINANCE = 2;
/**
 * Evidence that weighs under 1/SUPPORT of the short form's own mentions is a
 * coincidence ("WN" 700 times, expanded once to "When Neandertals").
 */
const SUPPORT = 10;

/**
 * May `short` be another name of `long`? A place never becomes a company, a person never a place.
 * An acronym may be a person's only where an article linked the two ("WSS" for "William S. Saturn").
 */
function compatible(short: Node, long: Node, acronym: 'initials' | 'linked' | false): boolean {
  if (knownPlace(short.key, short.key)?.kind === 'country') return long.kind === 'country';
  if (acronym === 'linked') return true;
  // Initials from another article name no place for a body's acronym ("CBS" is no "Cleveland Browns Stadium").
  if (acronym) return long.kind !== 'person' && !(acronym === 'initials' && ORGS.has(short.kind) && PLACES.has(long.kind));
  if (short.kind === long.kind) return true;
  return (ORGS.has(short.kind) && ORGS.has(long.kind)) || (PLACES.has(short.kind) && PLACES.has(long.kind));
}

/**
 * The words of `short` in order inside `long`, with the same first and last word ("Joshua Norton" in "Joshua Abraham
 * Norton"). A middle initial written tells people apart: "George W. Bush" is no short "George H. W. Bush".
 */
function shortened(short: string[], long: string[]): boolean {
  return short.length < long.length && short[0] === long[0] && !middleInitial(short) && endsInOrder(short, long);
}

/** The words a node's forms write as acronyms ("DR" in "DR Congo"), as keys. */
function acronymWords(n: Node): Set<string> {
  const out = new Set<string>();
  for (const form of n.forms.keys()) for (const w of form.split(' ')) if (isAcronymForm(w)) out.add(nameKey(w));
  return out;
}

interface Index {
  alias: Map<string, [Node, number][]>;
  lastWord: Map<string, Node[]>;
  initials: Map<string, Node[]>;
}

function indexNodes(nodes: Node[]): Index {
  const ix: Index = { alias: new Map(), lastWord: new Map(), initials: new Map() };
  for (const n of nodes) {
    for (const [form, count] of n.forms) {
      const key = canonicalKey(form);
      if (key !== n.key) push(ix.alias, key, [n, count]);
    }
    if (n.tokens.length < 2) continue;
    if (n.kind === 'person') push(ix.lastWord, n.tokens[n.tokens.length - 1], n);
    // A country's own acronyms come from the country lists ("DRC"); its initials would take "DC" (D.C.) from "DR Congo".
    else if (knownPlace(n.key, n.key)?.kind !== 'country') push(ix.initials, initials(n.tokens, acronymWords(n)), n);
  }
  return ix;
}

/** `long` is a country, then `short`'s words ("Puerto Rico Senate", "Senate"). */
function countryQualified(short: Node, long: Node): boolean {
  const k = long.tokens.length - short.tokens.length;
  if (k < 1 || long.tokens.slice(k).join(' ') !== short.key) return false;
  const pre = long.tokens.slice(0, k).join(' ');
  return knownPlace(pre, pre)?.kind === 'country';
}

/**
 * The node `n` is a short form of, if one dominates. Candidates already joined (`root`: "James C. Kopp" and "James
 * Charles Kopp") weigh as one, so "James Kopp" joins them.
 */
function longFormOf(n: Node, ix: Index, root: (n: Node) => Node): Node | undefined {
  const weights = new Map<Node, number>();
  // A currency code ("USD") is no body's initials.
  const acronym = n.tokens.length === 1 && !CURRENCY.has(n.key) && [...n.forms.keys(), ...n.names.keys()].some(isAcronymForm);
  const add = (to: Node, w: number, acronym: 'initials' | 'linked' | false = false) => {
    const r = root(to);
    if (r !== root(n) && w * SUPPORT >= n.mentions && compatible(n, to, acronym)) weights.set(r, (weights.get(r) ?? 0) + w);
  };
  // An article that wrote both forms linked them: "Trump" was an alias of "Donald Trump" there
  // (a lone first name is not taken from an article: "John" is no one in particular).
  for (const [to, count] of ix.alias.get(n.key) ?? []) {
    // "Senate" was the "Puerto Rico Senate" in one article; elsewhere a country's body is decided by qualifiedPairs.
    if (countryQualified(n, to)) continue;
    const linked = acronym && to.kind === 'person' && initials(to.tokens) === n.key;
    if (n.kind !== 'person' || n.tokens.length > 1 || to.tokens[to.tokens.length - 1] === n.key) add(to, count, linked && 'linked');
  }
  if (n.kind === 'person') {
    const last = n.tokens[n.tokens.length - 1];
    for (const to of ix.lastWord.get(last) ?? []) {
      if (n.tokens.length === 1 || shortened(n.tokens, to.tokens)) add(to, to.mentions);
    }
  }
  if (acronym) for (const to of ix.initials.get(n.key) ?? []) add(to, to.mentions, 'initials');
  let best: Node | undefined;
  let first = 0;
  let second = 0;
  for (const [to, w] of weights) {
    if (w > first || (w === first && best && to.key < best.key)) {
      second = Math.max(second, first);
      [best, first] = [to, w];
    } else second = Math.max(second, w);
  }
  return best && first > 0 && first >= DOMINANCE * second ? best : undefined;
}

/** Neighbours: the other nodes of the articles a node appears in. */
function neighbours(nodes: Node[]): (n: Node) => Set<Node> {
  const byArticle = new Map<string, Node[]>();
  for (const n of nodes) for (const a of n.articles) push(byArticle, a, n);
  const memo = new Map<Node, Set<Node>>();
  return (n) => {
    let set = memo.get(n);
    if (!set) {
      set = new Set();
      for (const a of n.articles) for (const o of byArticle.get(a) ?? []) if (o !== n) set.add(o);
      memo.set(n, set);
    }
    return set;
  };
}

/**
 * Words differ in one place only, not in digits, and that word is long enough to be a name. A variant spelling keeps
 * its first letter ("Lousiana", "Zelenskyy"); another first letter is another name ("Mangalore" is not "Bangalore").
 */
function oneWordApart(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const diff = a.map((_t, i) => i).filter((i) => a[i] !== b[i]);
  if (diff.length !== 1) return false;
  const [x, y] = [a[diff[0]], b[diff[0]]];
  return x.length >= 5 && y.length >= 5 && !/\d/.test(x + y) && x[0] === y[0];
}

/**
 * "Zelensky", "Zelenskyy", "Zelenskiy": the same kind, one word apart by
 * transliteration (or one letter), and seen with the same other actors.
 */
function variantPairs(nodes: Node[], near: (n: Node) => Set<Node>): [Node, Node][] {
  const bySkeleton = new Map<string, Node[]>();
  const byDeletion = new Map<string, Node[]>();
  const candidates = nodes.filter((n) => n.kind !== 'country' && n.key.length >= 6 && n.tokens.length <= 4 && n.mentions > 0);
  for (const n of candidates) {
    push(bySkeleton, `${n.kind} ${skeleton(n.key)}`, n);
    // One letter apart in the last word (the family name, the head): the words before it are the bucket.
    // A person's given name one letter apart ("Bronisaw Geremek", "Bronislaw Geremek"): the words after it.
    const first = n.tokens[0];
    if (n.kind === 'person' && n.tokens.length > 1 && first.length >= 5) {
      const rest = `person |${n.tokens.slice(1).join(' ')}|`;
      for (const d of [first, ...deletions(first)]) push(byDeletion, rest + d, n);
    }
    const last = n.tokens[n.tokens.length - 1];
    if (last.length < 5) continue;
    const head = `${n.kind} ${n.tokens.slice(0, -1).join(' ')}|`;
    for (const d of [last, ...deletions(last)]) push(byDeletion, head + d, n);
  }
  const pairs = new Map<string, [Node, Node]>();
  const consider = (a: Node, b: Node, sameSkeleton: boolean) => {
    if (a === b || !oneWordApart(a.tokens, b.tokens) || otherSex(a, b)) return;
    const [x, y] = a.key < b.key ? [a, b] : [b, a];
    const id = `${x.key}\0${y.key}`;
    if (pairs.has(id) || (!sameSkeleton && distance(x.key, y.key) > 1)) return;
    const na = near(x);
    let shared = 0;
    for (const o of near(y)) if (na.has(o) && ++shared >= (sameSkeleton ? 1 : 2)) break;
    if (shared >= (sameSkeleton ? 1 : 2)) pairs.set(id, [x, y]);
  };
  for (const group of bySkeleton.values()) for (const a of group) for (const b of group) consider(a, b, true);
  for (const group of byDeletion.values()) for (const a of group) for (const b of group) consider(a, b, false);
  return [...pairs.values()].sort(([a], [b]) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "Mac OSX" and "Mac OS X", "Wal - Mart" and "WalMart": one name spaced two ways, of the same kind (no country). */
function spacingPairs(nodes: Node[]): [Node, Node][] {
  const bySquash = new Map<string, Node[]>();
  for (const n of nodes)
    if (n.kind !== 'country' && n.mentions > 0 && n.key.length >= 5) push(bySquash, `${n.kind} ${n.key.replace(/ /g, '')}`, n);
  const pairs: [Node, Node][] = [];
  for (const group of bySquash.values()) for (let i = 1; i < group.length; i++) pairs.push([group[0], group[i]]);
  return pairs;
}

/**
 * "US Senate", "United States Supreme Court", "U.S. Congress": an organization named with its country is the
 * corpus' unqualified one ("Senate") when that one is an organization too and only one country qualifies the
 * name in the corpus (with "Philippine Senate" beside "US Senate", "Senate" is no one's in particular).
 */
function qualifiedPairs(nodes: Node[]): [Node, Node][] {
  const orgs = new Map(nodes.filter((n) => ORGS.has(n.kind)).map((n) => [n.key, n]));
  const byRest = new Map<string, { country: string; node: Node }[]>();
  for (const n of orgs.values()) {
    for (let k = 1; k < Math.min(4, n.tokens.length); k++) {
      const pre = n.tokens.slice(0, k).join(' ');
      const place = knownPlace(pre, pre);
      if (place?.kind !== 'country') continue;
      push(byRest, n.tokens.slice(k).join(' '), { country: place.name, node: n });
      break;
    }
  }
  const pairs: [Node, Node][] = [];
  for (const [rest, list] of byRest) {
    const plain = orgs.get(rest);
    if (plain && plain.kind !== 'thing' && new Set(list.map((x) => x.country)).size === 1)
      for (const x of list) pairs.push([x.node, plain]);
  }
  return pairs;
}

/** "Apple Computer Inc", "Apple Computer": a company's name with its corporate words is the corpus' "Apple". */
function corporatePairs(nodes: Node[]): [Node, Node][] {
  const orgs = new Map(nodes.filter((n) => n.kind === 'organization').map((n) => [n.key, n]));
  const pairs: [Node, Node][] = [];
  for (const n of orgs.values()) {
    let k = n.tokens.length;
    while (k > 1 && CORPORATE_TAILS.has(n.tokens[k - 1])) k--;
    const plain = k < n.tokens.length ? orgs.get(n.tokens.slice(0, k).join(' ')) : undefined;
    if (plain && !knownPlace(plain.key, plain.key)) pairs.push([n, plain]);
  }
  return pairs;
}

/** Every node -> the root of its merged set. */
export function mergeNodes(all: Node[]): Map<Node, Node> {
  const nodes = [...all].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const parent = new Map<Node, Node>(nodes.map((n) => [n, n]));
  const find = (n: Node): Node => {
    let r = n;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(n, r);
    return r;
  };
  // The more mentioned (then the earlier key) stays the root, so the result does not depend on the order of unions.
  const union = (a: Node, b: Node) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const aWins = ra.mentions > rb.mentions || (ra.mentions === rb.mentions && ra.key < rb.key);
    parent.set(aWins ? rb : ra, aWins ? ra : rb);
  };
  for (const [a, b] of middlePairs(nodes)) union(a, b);
  const ix = indexNodes(nodes);
  const targets = nodes.map((n) => [n, longFormOf(n, ix, find)] as const);
  for (const [n, to] of targets) if (to) union(n, to);
  const near = neighbours(nodes);
  for (const [a, b] of variantPairs(nodes, near)) union(a, b);
  for (const [a, b] of shortGivenPairs(nodes, near)) union(a, b);
  for (const [a, b] of qualifiedPairs(nodes)) union(a, b);
  for (const [a, b] of corporatePairs(nodes)) union(a, b);
  for (const [a, b] of titledPairs(nodes)) union(a, b);
  for (const [a, b] of spacingPairs(nodes)) union(a, b);
  return new Map(nodes.map((n) => [n, find(n)]));
}
