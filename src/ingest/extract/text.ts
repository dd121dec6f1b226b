// Sentences and word tokens with their offsets into article.text. Regex
// scanning only: it is linear in the text, so bad input cannot make it hang.
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { isCommonWord } from './gazetteer';

export interface Piece {
  start: number;
  end: number;
}
export interface Token extends Piece {
  text: string;
  /** `text` in lower case, once asked for. */
  low?: string;
}

/** Sentences longer than this are cut (at a comma or space) into pieces. */
export const MAX_SENTENCE = 600;

const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;

/** Splits text[from, to) into sentences: paragraphs first, then end marks. */
export function splitSentences(text: string, from = 0, to = text.length): Piece[] {
  const out: Piece[] = [];
  const para = /[^\n]+/g;
  para.lastIndex = from;
  for (let p = para.exec(text); p && p.index < to; p = para.exec(text)) {
    const pEnd = Math.min(p.index + p[0].length, to);
    let start = p.index;
    END.lastIndex = 0;
    const line = text.slice(p.index, pEnd);
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const end = p.index + m.index + m[0].length;
      if (!isBoundary(text, p.index + m.index)) continue;
      push(out, text, start, end);
      start = end;
    }
    push(out, text, start, pEnd);
  }
  return out;
}

function isBoundary(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const word = before.toLowerCase();
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(before)) {
    // "U.S. The ..." ends a sentence; "U.S. Senator" and "Mr. Putin" do not.
    const next = /^\s+["“]?([\p{L}]+)/u.exec(text.slice(dot + 1, dot + 40))?.[1] ?? '';
    return /^(u\.s|e\.g|i\.e)$/.test(word) && isCommonWord(next.toLowerCase()) && !/^[A-Z]{2,}$/.test(next);
  }
  return true;
}

function push(out: Piece[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const at = cut > MAX_SENTENCE / 2 ? start + cut + 1 : start + MAX_SENTENCE;
    out.push({ start, end: at });
    start = at;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
}

// "U.S." and "AT&T" and "Wal-Mart" and "O'Leary" are one token each, and so is a web site ("News.com.au").
const WEB = String.raw`[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:\.(?:com|org|net|gov|edu|info|io|co|uk|au|ca|nz|ie|in))+(?![\p{L}\p{N}])`;
const WEB_SITE = new RegExp(`^${WEB}$`, 'u');
/** "News.com.au", "Gawker.com": a web site's name. */
export const isWebSite = (name: string): boolean => WEB_SITE.test(name);
const WORD = new RegExp(String.raw`${WEB}|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*`, 'gu');

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let t = m[0];
    const poss = /['’]s$/.exec(t);
    if (poss && t.length > 2) t = t.slice(0, -2);
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

/** The text between two offsets holds only the characters that may join a name. */
export function joinable(text: string, a: number, b: number): boolean {
  return b - a <= 2 && /^[ \u00a0\u2009-]?\.? ?$/.test(text.slice(a, b)) && !text.slice(a, b).includes('\n');
}

export function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : flat.slice(0, n - 1).replace(/\s+\S*$/, '') + '…';
}

/** The words of `short` in order inside `long`, ending with its last word ("Otto Jespersen" in "Jens Otto Harry Jespersen"). */
export function endsInOrder(short: string[], long: string[]): boolean {
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}
