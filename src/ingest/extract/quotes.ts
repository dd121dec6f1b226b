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

const PRONOUN = /^(he|she|they|we|i)$/i;
const ROLE_NOUN = /\b(?:the|a|an)\s+(spokes(?:man|woman|person)|official|minister|president|ceo|chief|director|leader|officer|secretary)\b/i;
const AFTER_VERB = /\b(said|says|told|added|wrote|stated|explained|noted|noting|insisted|warned|argued|claimed|announced|tweeted|asked|replied|remarked|commented|continued|recalled|acknowledged|admitted|declared|urged|implored|fumed|gushed|confirmed|described|called|calling|according to|saying|telling|adding)\b/i;

/** Speakers for the quote spans, from the mentions around them. */
export function attributeQuotes(articleId: string, text: string, spans: QuoteSpan[], found: Found[]): Quote[] {
  const quotes: Quote[] = [];
  let prevSpeaker: string | null = null;
  let prevEnd = -1;
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q];
    const leftFrom = Math.max(paragraphStart(text, s.start), q > 0 ? spans[q - 1].end + 1 : 0);
    const rightTo = Math.min(paragraphEnd(text, s.end), q + 1 < spans.length ? spans[q + 1].start - 1 : text.length);
    const right = frameSpeaker(text, s.end + 1, sentenceEnd(text, s.end + 1, rightTo), found, s.start, 'right');
    const left = right ?? frameSpeaker(text, lastSentenceStart(text, leftFrom, s.start - 1), s.start - 1, found, s.start, 'left');
    let speaker = right ?? left ?? null;
    const words = text.slice(s.start, s.end).split(/\s+/).length;
    if (!speaker && words > 3) {
      // "X said in an e-mail. "We have ..."" or a continuation of the last quote.
      const prev = previousSentence(text, s.start - 1);
      speaker = (prev && frameSpeaker(text, prev.start, prev.end, found, s.start, 'left')) ??
        (prevSpeaker && s.start - prevEnd < 600 && !personBetween(found, prevEnd, s.start) ? prevSpeaker : null);
    }
    if (!speaker && words <= 3) continue; // a scare-quoted term nobody is said to use
    quotes.push({ id: `${articleId}.q${quotes.length + 1}`, articleId, text: text.slice(s.start, s.end), speakerId: speaker, span: [s.start, s.end] });
    if (speaker) prevSpeaker = speaker;
    prevEnd = s.end;
  }
  return quotes;
}

/** The speaker a frame of attribution text names, if it has a speech verb. */
function frameSpeaker(text: string, from: number, to: number, found: Found[], quoteAt: number, side: 'left' | 'right'): string | null {
  if (to <= from) return null;
  const frame = text.slice(from, to);
  const verb = AFTER_VERB.exec(frame) ?? (side === 'left' && /:\s*$/.test(frame) ? { index: frame.length, 0: '' } : null);
  if (!verb) return null;
  if (side === 'right' && verb.index > 80) return null;
  const inFrame = found.filter((f) => f.mention.span[0] >= from && f.mention.span[1] <= to && f.actor.kind !== 'place');
  const verbAt = from + verb.index;
  // Nearest name to the verb, people first: "X said", "said X, a ...", "according to X".
  const score = (f: Found) => Math.abs((f.mention.span[0] < verbAt ? f.mention.span[1] : f.mention.span[0]) - verbAt) +
    (f.actor.kind === 'person' ? 0 : 40);
  const best = inFrame.sort((a, b) => score(a) - score(b))[0];
  const pronoun = /\b(he|she|they)\b/i.exec(frame) ?? ROLE_NOUN.exec(frame);
  if (best && (!pronoun || score(best) <= Math.abs(from + pronoun.index - verbAt) + 5)) return best.actor.id;
  if (pronoun && (PRONOUN.test(pronoun[0]) || ROLE_NOUN.test(pronoun[0]))) return lastPerson(found, quoteAt);
  return null;
}

function lastPerson(found: Found[], before: number): string | null {
  let id: string | null = null;
  for (const f of found) {
    if (f.mention.span[0] >= before) break;
    if (f.actor.kind === 'person') id = f.actor.id;
  }
  return id;
}

function personBetween(found: Found[], a: number, b: number): boolean {
  return found.some((f) => f.actor.kind === 'person' && f.mention.span[0] > a && f.mention.span[1] < b);
}

const paragraphStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
function paragraphEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}
function sentenceEnd(text: string, from: number, to: number): number {
  const m = /[.!?](?=\s|$)/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  return hit && hit.index < to ? hit.index + 1 : to;
}
function lastSentenceStart(text: string, from: number, to: number): number {
  const chunk = text.slice(from, to);
  const m = /[.!?]["”’]?\s+(?=[^.!?]*$)/.exec(chunk);
  return m ? from + m.index + m[0].length : from;
}
function previousSentence(text: string, before: number): { start: number; end: number } | null {
  let end = before;
  while (end > 0 && /[\s"“]/.test(text[end - 1])) end--;
  if (end <= 0 || !/[.:]/.test(text[end - 1])) return null;
  const start = Math.max(paragraphStart(text, end), lastSentenceStart(text, Math.max(0, end - 400), end - 1));
  return { start, end };
}

