// Name keys for comparing surface forms across articles: folded, tokenized,
// reduced to a spelling skeleton or to initials (pure), and the list-map helper the resolution steps share.
import { fold } from '../extract/actors';

/** "The U.S." -> "us", "Zelenskyy's" -> "zelenskyy", "Łódź" -> "lodz": the key two spellings of one name share. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = makeKey(name);
    if (keys.size > 200_000) keys.clear(); // bounded: a long-lived dev server resolves many corpora
    keys.set(name, key);
  }
  return key;
}
const keys = new Map<string, string>();

function makeKey(name: string): string {
  return fold(name)
    .replace(/['’]s$/, '')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export const tokensOf = (key: string): string[] => (key ? key.split(' ') : []);

/**
 * Transliteration noise removed: doubled letters, y/i/j, kh/h, ph/f, ck/k.
 * "Zelensky", "Zelenskyy" and "Zelenskiy" share "zelenski".
 */
export function skeleton(key: string): string {
  return key
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

const GLUE = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'der', 'von', 'y', '&']);

const NONE: ReadonlySet<string> = new Set();

/**
 * "North Atlantic Treaty Organization" -> "nato", "United States" -> "us" (function words skipped).
 * A word written as an acronym gives all its letters: "DR Congo" -> "drc" (not "dc", which is D.C.).
 */
export function initials(tokens: string[], acronyms: ReadonlySet<string> = NONE): string {
  return tokens
    .filter((t) => !GLUE.has(t))
    .map((t) => (acronyms.has(t) ? t : t[0]))
    .join('');
}

/** "NATO", "U.S.", "UK": written in capitals (with or without dots), 2 to 6 letters. */
export function isAcronymForm(surface: string): boolean {
  const s = surface.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(s) && (s === surface || /^(\p{Lu}\.){2,6}$/u.test(surface));
}

/** Every string with one character deleted: two keys within edit distance 1 share one (or one is the other). */
export function deletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

/** Adds `v` to the list of `k` in `m`. */
export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
