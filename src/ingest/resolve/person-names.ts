// Person-name variants across the corpus: "James C. Kopp" and "James Charles Kopp" are one man (the same first and
// family names, the middle names compatible); "George H. W. Bush" and "George W. Bush" are two. Read by merge.ts.
import { isDictWord } from '../extract/dictionary';
import { isFirstName, isOrgWord, isTitleWord } from '../extract/gazetteer';
import { sexOfName } from '../extract/person-titles';
import { nameKey, push } from './keys';
import type { Node } from './nodes';

/** A middle name written as an initial ("c" of "james c kopp"). */
export const middleInitial = (tokens: string[]): boolean => tokens.slice(1, -1).some((t) => t.length === 1);

/** Two middle names that may be one: equal, or one is the other's initial ("c" and "charles"). */
function sameMiddle(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Same first and family names and as many middle names, each compatible: "James C. Kopp", "James Charles Kopp".
 * A different count of middle names is another person ("George H. W. Bush", "George W. Bush"); the name without
 * a middle one is a short form (merge.ts weighs it against every full name it may shorten).
 */
export function middleVariants(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 3 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  // A first name written as an initial says too little ("J. C. Kopp" may be anyone's).
  if (a[0].length === 1) return false;
  for (let i = 1; i < a.length - 1; i++) if (!sameMiddle(a[i], b[i])) return false;
  return true;
}

/** Person nodes whose names differ only in how the middle names are written, in key order. */
export function middlePairs(nodes: Node[]): [Node, Node][] {
  const byEnds = new Map<string, Node[]>();
  for (const n of nodes) {
    if (n.kind !== 'person' || n.tokens.length < 3) continue;
    push(byEnds, `${n.tokens.length} ${n.tokens[0]} ${n.tokens[n.tokens.length - 1]}`, n);
  }
  const pairs: [Node, Node][] = [];
  for (const list of byEnds.values()) {
    const fits = (x: Node, y: Node) => x === y || middleVariants(x.tokens, y.tokens);
    // "John A. Smith" beside "John Adam Smith" and "John Alan Smith" could be either: an initial joins only a name
    // every other variant of it fits too.
    const agree = (x: Node, y: Node) => list.every((z) => !fits(x, z) || fits(y, z));
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i], list[j]];
        if (middleVariants(x.tokens, y.tokens) && agree(x, y) && agree(y, x)) pairs.push([x, y]);
      }
  }
  return pairs;
}

/** An ordinary word before a name, no given name ("Democrat", "Senators"): it qualifies the name. */
const qualifier = (w: string): boolean => isTitleWord(w) || (isDictWord(w) && !isFirstName(w));

/**
 * `name` is `plain` with words before it that are titles ("Secretary-General Kofi Annan") or ordinary words before a
 * given name ("Democrat Chuck Schumer"; not "Park Won-soon": "Won" is no given name, nor "Saint Louis University").
 */
export function qualifiedName(name: string[], plain: string[]): boolean {
  const k = name.length - plain.length;
  if (k < 1 || plain.length < 2 || name.slice(k).join(' ') !== plain.join(' ')) return false;
  const before = name.slice(0, k);
  if (before.every(isTitleWord)) return true;
  return k <= 2 && before.every(qualifier) && isFirstName(plain[0]) && !isOrgWord(plain[plain.length - 1]);
}

/**
 * "Secretary-General Kofi Annan" (a title the article did not cut off: hyphenated) is the corpus' "Kofi Annan": a
 * person's name whose first words are titles, the rest (two words or more) another person's name. So is one whose
 * first words are ordinary ones before a given name ("Democrat Chuck Schumer"; not "USS Ronald Reagan", a ship), or
 * whose last is an ordinary word ("Kamala Harris Image", a caption) where an article writes both.
 */
export function titledPairs(nodes: Node[]): [Node, Node][] {
  const people = new Map(nodes.filter((n) => n.kind === 'person').map((n) => [n.key, n]));
  const pairs: [Node, Node][] = [];
  const together = (a: Node, b: Node) => [...a.articles].some((x) => b.articles.has(x));
  for (const n of people.values()) {
    const t = n.tokens;
    let plain: Node | undefined;
    for (let k = 1; !plain && k < t.length - 1 && qualifier(t[k - 1]); k++) {
      const rest = people.get(t.slice(k).join(' '));
      if (rest && qualifiedName(t, rest.tokens)) plain = rest;
    }
    // A word after a name is riskier ("John Paul Smith" is no "John Paul"): the article must have written both.
    if (!plain && t.length > 2 && isDictWord(t[t.length - 1]) && !isFirstName(t[t.length - 1])) {
      const rest = people.get(t.slice(0, -1).join(' '));
      if (rest && isFirstName(t[0]) && (together(n, rest) || [...n.forms.keys()].some((f) => nameKey(f) === rest.key))) plain = rest;
    }
    if (plain) pairs.push([n, plain]);
  }
  return pairs;
}

/** Given names the lists know as a man's and a woman's ("Mario", "Maria"): two people, though one letter apart. */
export function otherSex(a: Node, b: Node): boolean {
  if (a.kind !== 'person' || a.tokens[0] === b.tokens[0]) return false;
  const [x, y] = [sexOfName(a.tokens[0]), sexOfName(b.tokens[0])];
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * "Greg Craig" and "Gregory Craig", "Ben Netanyahu" and "Benjamin Netanyahu": the same family name (and middle names),
 * one given name the start of the other (three letters or more), not a man's and a woman's ("Dan", "Daniela"), and
 * seen with the same other actors (`near`).
 */
export function shortGivenPairs(nodes: Node[], near: (n: Node) => Set<Node>): [Node, Node][] {
  const byRest = new Map<string, Node[]>();
  for (const n of nodes) {
    if (n.kind !== 'person' || n.tokens.length < 2 || n.tokens[0].length < 3 || n.mentions === 0) continue;
    push(byRest, `${n.tokens.slice(1).join(' ')}|${n.tokens[0].slice(0, 3)}`, n);
  }
  const pairs: [Node, Node][] = [];
  for (const list of byRest.values()) {
    for (const a of list)
      for (const b of list) {
        const [x, y] = [a.tokens[0], b.tokens[0]];
        if (x.length >= y.length || !y.startsWith(x) || otherSex(a, b)) continue;
        const other = near(b);
        for (const o of near(a))
          if (other.has(o)) {
            pairs.push([a, b]);
            break;
          }
      }
  }
  return pairs;
}
