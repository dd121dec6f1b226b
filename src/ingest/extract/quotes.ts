// Direct quotes: quote marks paired within a paragraph (or across paragraphs
// that reopen the quote), then the speaker from the words around them.
import type { Quote } from '../../corpus/schema';
import type { Found } from './actors';

export interface QuoteSpan {
  start: number;
  end: number;
}

/** Quotes longer than this are a missing close mark, not speech. */
const MAX_QUOTE = 4000;
const OPEN = new Set(['“', '"', '«', '„']);

/** Pairs quote marks; an unclosed quote is dropped (and counted). */
export function findQuoteSpans(text: string, from: number, to: number): { spans: QuoteSpan[]; unclosed: number } {
  const spans: QuoteSpan[] = [];
  let unclosed = 0;
  let open = -1;
  const mark = /["“”«»„]|\n/g;
  mark.lastIndex = from;
  for (let m = mark.exec(text); m && m.index < to; m = mark.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (ch === '\n') {
      if (open < 0) continue;
      // A quote running over paragraphs reopens each one: keep its part so far.
      const nextOpen = /^\n*[ \t]*["“«„]/.test(text.slice(i, i + 8));
      if (nextOpen) addSpan(spans, text, open + 1, i);
      else unclosed++;
      open = -1;
      continue;
    }
    const opens = ch === '“' || ch === '«' || ch === '„' || (ch === '"' && open < 0 && isOpening(text, i));
    if (open < 0) {
      if (opens || ch === '"') open = i;
      continue;
    }
    if (ch === '“' || ch === '«' || ch === '„') {
      unclosed++;
      open = i;
      continue;
    }
    if (i - open > MAX_QUOTE) unclosed++;
    else addSpan(spans, text, open + 1, i);
    open = -1;
  }
  if (open >= 0) unclosed++;
  return { spans, unclosed };
}

function isOpening(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : ' ';
  return /[\s([—–-]/.test(prev) || i === 0 || OPEN.has(prev);
}

function addSpan(spans: QuoteSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

const ROLE_NOUN = /\b(?:he|she|they|(?:the|a|an)\s+(?:spokes(?:man|woman|person)|official|minister|president|ceo|chief|director|leader|officer|secretary))\b/gi;
const STEMS = 'add|announce|argue|ask|call|characterise|characterize|cite|claim|comment|condemn|confirm|continue|criticise|criticize|declare|defend|denounce|describe|explain|hail|insist|label|note|pledge|post|praise|promise|react|recall|remark|report|respond|stress|suggest|thank|tweet|urge|vow|warn|implore|fume|gush|acknowledge|admit|accuse|blame|emphasise|emphasize|underline|term|dub|speak'
  .split('|').map((v) => (v.endsWith('e') ? `${v.slice(0, -1)}(?:e|es|ed|ing)` : `${v}(?:s|ed|ing|led)?`)).join('|');
const VERB = new RegExp(`\\b(?:said|says|say|told|tells?|telling|wr(?:ote|ites?|iting)|spoke|according to|read|reads|repl(?:y|ied|ies|ying)|${STEMS})\\b`, 'gi');

/** Speakers for the quote spans, from the mentions around them. */
export function attributeQuotes(articleId: string, text: string, spans: QuoteSpan[], found: Found[]): Quote[] {
  const quotes: Quote[] = [];
  let prevSpeaker: string | null = null;
  let prevEnd = -1;
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q];
    const leftFrom = Math.max(paragraphStart(text, s.start), q > 0 ? spans[q - 1].end + 1 : 0);
    const rightTo = Math.min(paragraphEnd(text, s.end), q + 1 < spans.length ? spans[q + 1].start - 1 : text.length);
    const inner = text.slice(s.start, s.end);
    const after = text.slice(s.end + 1, sentenceEnd(text, s.end + 1, rightTo));
    // '"...," X said' and '"..." said X': the words after a quote attribute it only then.
    const rightOk = /[,?!—–-]$/.test(inner) || /^\s*[,—–]/.test(after) || /^\s*\p{Ll}/u.test(after);
    const ctx: Ctx = { text, found, quoteAt: s.start, spans };
    let speaker = (rightOk ? rightSpeaker(ctx, s.end + 1, s.end + 1 + after.length) : null) ??
      leftSpeaker(ctx, lastSentenceStart(text, leftFrom, s.start - 1), s.start - 1);
    const words = inner.split(/\s+/).length;
    if (!speaker && words > 3) {
      // "X said in an e-mail. "We have ..."" or a continuation of the last quote.
      const prev = previousSentence(text, s.start - 1);
      speaker = (prev && leftSpeaker(ctx, prev.start, prev.end)) ??
        (prevSpeaker && s.start - prevEnd < 600 && !otherPerson(found, prevEnd, s.start, prevSpeaker) ? prevSpeaker : null);
    }
    if (!speaker && words <= 3) continue; // a scare-quoted term nobody is said to use
    quotes.push({ id: `${articleId}.q${quotes.length + 1}`, articleId, text: inner, speakerId: speaker, span: [s.start, s.end] });
    if (speaker) prevSpeaker = speaker;
    prevEnd = s.end;
  }
  return quotes;
}

interface Ctx {
  text: string;
  found: Found[];
  quoteAt: number;
  spans: QuoteSpan[];
}

/** Names that can speak in text[from, to): no places, nothing inside a quote. */
const speakers = (c: Ctx, from: number, to: number) =>
  c.found.filter((f) => f.mention.span[0] >= from && f.mention.span[1] <= to && f.actor.kind !== 'place' &&
    !c.spans.some((q) => f.mention.span[0] >= q.start && f.mention.span[1] <= q.end));
const lastOf = (list: Found[]) => list.filter((f) => f.actor.kind === 'person').pop() ?? list[list.length - 1];

/** After the quote: the name or pronoun nearest the speech verb. */
function rightSpeaker(c: Ctx, from: number, to: number): string | null {
  const frame = c.text.slice(from, to);
  VERB.lastIndex = 0;
  const verb = VERB.exec(frame);
  if (!verb || verb.index > 80) return null;
  const at = from + verb.index;
  const near = (i: number) => Math.abs(i - at);
  const all = speakers(c, from, to).filter((f) => near(f.mention.span[0]) < 60);
  // "writes Huber's partner Erick Rowan": a possessive name only qualifies the speaker.
  const owner = (f: Found) => /^['’]s\b/.test(c.text.slice(f.mention.span[1], f.mention.span[1] + 3));
  const names = all.some((f) => !owner(f)) ? all.filter((f) => !owner(f)) : all;
  const best = names.sort((a, b) => near(a.mention.span[0]) - near(b.mention.span[0]) + (a.actor.kind === 'person' ? -30 : 0) - (b.actor.kind === 'person' ? -30 : 0))[0];
  const pro = [...frame.matchAll(ROLE_NOUN)].find((m) => near(from + m.index) < 30);
  if (best && (!pro || near(best.mention.span[0]) <= near(from + pro.index))) return best.actor.id;
  return pro ? resolvePronoun(c, from) : null;
}

/** Before the quote: the subject of the speech verb ("X, the head of Y, said:"), or "according to X". */
function leftSpeaker(c: Ctx, from: number, to: number): string | null {
  if (to <= from) return null;
  const frame = c.text.slice(from, to);
  VERB.lastIndex = 0;
  const verbs = [...frame.matchAll(VERB)];
  const colon = /[:,]\s*$/.test(frame);
  if (!verbs.length && !colon) return null;
  const verb = verbs[verbs.length - 1];
  if (verb && /^according to$/i.test(verb[0])) {
    const named = speakers(c, from + verb.index, to)[0];
    if (named) return named.actor.id;
  }
  // Passive: "Gutierrez was described by the CBCP as": the agent speaks.
  if (verb) {
    const agent = /^\s+by\s+(?:the\s+)?/i.exec(c.text.slice(from + verb.index + verb[0].length, to));
    if (agent) {
      const at = from + verb.index + verb[0].length + agent[0].length;
      const named = speakers(c, at, to).find((f) => f.mention.span[0] === at);
      if (named) return named.actor.id;
    }
  }
  const until = verb ? from + verb.index : to;
  const before = speakers(c, from, until);
  const pro = [...frame.slice(0, until - from).matchAll(ROLE_NOUN)].pop();
  const lastName = before[before.length - 1];
  if (pro && (!lastName || from + pro.index > lastName.mention.span[1])) {
    const resolved = resolvePronoun(c, from);
    if (resolved) return resolved;
  }
  // "said X, a lawyer.": no subject before the verb, the name follows it.
  const subject = lastOf(before) ?? (verb ? speakers(c, until, to)[0] : undefined);
  return subject ? subject.actor.id : null;
}

/** "he", "the spokesman": the first person of the latest sentence before `at` that names one. */
function resolvePronoun(c: Ctx, at: number): string | null {
  const people = c.found.filter((f) => f.actor.kind === 'person' && f.mention.span[1] <= at);
  const last = people[people.length - 1];
  if (!last) return null;
  const first = people.find((f) => f.sentence === last.sentence);
  return (first ?? last).actor.id;
}

function otherPerson(found: Found[], a: number, b: number, speaker: string): boolean {
  return found.some((f) => f.actor.kind === 'person' && f.actor.id !== speaker && f.mention.span[0] > a && f.mention.span[1] < b);
}

const paragraphStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
function paragraphEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}
// A full stop that ends a sentence, not one of "Mr." or "U.S.".
const STOP = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Jr|Sr|Prof|Lt|Col|Capt|Rev|Inc|Corp|Co|Ltd|[A-Z]))[.!?]["”’]?(?=\s|$)/g;
function sentenceEnd(text: string, from: number, to: number): number {
  STOP.lastIndex = from;
  const hit = STOP.exec(text);
  return hit && hit.index < to ? hit.index + 1 : to;
}
function lastSentenceStart(text: string, from: number, to: number): number {
  let start = from;
  STOP.lastIndex = from;
  for (let m = STOP.exec(text); m && m.index < to - 1; m = STOP.exec(text)) start = m.index + m[0].length;
  while (start < to && /\s/.test(text[start])) start++;
  return start;
}
function previousSentence(text: string, before: number): { start: number; end: number } | null {
  let end = before;
  while (end > 0 && /[\s"“]/.test(text[end - 1])) end--;
  if (end <= 0 || !/[.:]/.test(text[end - 1])) return null;
  const start = Math.max(paragraphStart(text, end), lastSentenceStart(text, Math.max(0, end - 400), end - 1));
  return { start, end };
}

