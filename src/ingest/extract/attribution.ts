// Attribution frames around a quote that need more than "the name nearest the verb": an appositive
// or a parenthesis between the speaker and the verb, a role phrase before the name, a bracketed
// source citation.
import type { Found } from './actors';
import { speechVerbsIn } from '../lexicon/speech-verbs';
import type { QuoteSpan } from './quotes';
import { isWebSite } from './text';

export interface Ctx {
  text: string;
  found: Found[];
  quoteAt: number;
  spans: QuoteSpan[];
  /** The article is in Headline Case or ALL CAPS: a capitalized speech verb is a verb. */
  anyCase: boolean;
}

/** "[Reuters]", "[AP]": a source citation in brackets names no speaker. */
const inBrackets = (text: string, f: Found) =>
  /\[[^\]\n]{0,20}$/.test(text.slice(Math.max(0, f.mention.span[0] - 20), f.mention.span[0])) &&
  /^[^[\n]{0,20}\]/.test(text.slice(f.mention.span[1], f.mention.span[1] + 20));

/**
 * An actor that says things: no place, no thing, no group ("To dissatisfied Democrats, I say, ..." is no quote of the
 * Democrats; "Muslims" say nothing as one).
 */
/** Places, things and groups never speak; a web site ("Znak.com reported") does, as its newsroom. */
export const canSpeak = (f: Found): boolean =>
  f.actor.kind !== 'place' && (f.actor.kind !== 'thing' || isWebSite(f.actor.name)) && f.actor.kind !== 'group';

/** Names that can speak in text[from, to): no places, nothing inside a quote or a bracketed citation. */
export const speakers = (c: Ctx, from: number, to: number): Found[] =>
  c.found.filter(
    (f) =>
      f.mention.span[0] >= from &&
      f.mention.span[1] <= to &&
      canSpeak(f) &&
      !c.spans.some((q) => f.mention.span[0] >= q.start && f.mention.span[1] <= q.end) &&
      !inBrackets(c.text, f),
  );

/**
 * Between a subject and its verb: an appositive or participle in commas (", chief strategist at Y,",
 * ", writing to Y,", ", the wife of Y,") or a parenthesis ("(D-Mo.)"), then maybe an adverb.
 * The names inside it do not speak.
 */
const INTERRUPTION = /^(?:(?:\s*,\s*[^,;:"“”\n]{1,120}?){1,3},|\s*\([^()\n]{1,40}\))\s*(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?$/u;

/**
 * "The Vice President, Mike Pence, said", "ISNA, the prosecutor general, Ali Mehr, said": a person's
 * name that is the whole last part of the interruption names the subject.
 */
function namedInside(c: Ctx, names: Found[], from: number, verbAt: number): Found | undefined {
  const inner = names.filter((f) => f.mention.span[0] >= from && f.actor.kind === 'person');
  return inner.find(
    (f) =>
      /,\s*$/.test(c.text.slice(from, f.mention.span[0])) &&
      /^\s*,\s*(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?$/u.test(c.text.slice(f.mention.span[1], verbAt)),
  );
}

/** The name before an interruption that ends at `verbAt`, and the names inside it. */
function subjectOf(c: Ctx, names: Found[], verbAt: number): { subject: Found; aside: Found[] } | undefined {
  for (const subject of names) {
    if (!INTERRUPTION.test(c.text.slice(subject.mention.span[1], verbAt))) continue;
    const appositive = namedInside(c, names, subject.mention.span[1], verbAt);
    if (appositive)
      return { subject: appositive, aside: names.filter((f) => f !== appositive && f.mention.span[0] >= subject.mention.span[0]) };
    return { subject, aside: names.filter((f) => f.mention.span[0] >= subject.mention.span[1]) };
  }
  return undefined;
}

/** '"...," Ines Lund, chief strategist at Halvorsen, said': the name right after the quote, before an interruption and the verb. */
export function appositiveSubject(c: Ctx, from: number, verbAt: number): string | null {
  const names = speakers(c, from, verbAt);
  if (!names.length || !/^[\s,—–-]*$/.test(c.text.slice(from, names[0].mention.span[0]))) return null;
  const found = subjectOf(c, names, verbAt);
  // The interruption must follow the first name (or its appositive name), not a later one.
  return found && (found.subject === names[0] || found.subject === names[1]) ? found.subject.actor.id : null;
}

/**
 * "X, writing to Y, added:", "X (D-Mo.) said:": the names inside an interruption that ends right
 * before the verb at `verbAt`, when a name stands before it (the subject).
 */
export function interrupted(c: Ctx, names: Found[], verbAt: number): Found[] {
  return subjectOf(c, names, verbAt)?.aside ?? [];
}

/** After a speech verb: "a spokeswoman for ORG, NAME" names NAME; "a spokesman for ORG" alone names ORG. */
const SPOKES_ROLES = [
  ...['spokes(?:man|woman|person)', 'representative', 'official', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney', 'director'],
  ...['head', 'chief', 'member', 'manager', 'officer', 'executive', 'analyst', 'economist', 'strategist', 'professor', 'researcher'],
  ...['expert', 'source', 'leader'],
];
export const ROLE_PHRASE = new RegExp(
  String.raw`^\s+(?:an?|the|one)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${SPOKES_ROLES.join('|')})` +
    String.raw`\s+(?:for|of|at|from|with)\s+([^,;:.\n"“”]{2,80})(,\s*)?`,
  'u',
);

export function invertedRole(c: Ctx, afterVerb: number, to: number): string | null | undefined {
  const m = ROLE_PHRASE.exec(c.text.slice(afterVerb, to));
  if (!m) return undefined;
  const end = afterVerb + m[0].length;
  if (m[2]) {
    const named = speakers(c, end, to)[0];
    if (named && named.actor.kind === 'person' && named.mention.span[0] === end) return named.actor.id;
  }
  const orgAt = afterVerb + m.index + m[0].indexOf(m[1]);
  const org = speakers(c, orgAt, orgAt + m[1].length).find((f) => f.actor.kind !== 'person');
  return org ? org.actor.id : undefined;
}

// Paragraphs and sentences of the body.
export const paragraphStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
export function paragraphEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}
// A full stop that ends a sentence, not one of "Mr." or "U.S.".
const STOP = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Jr|Sr|Prof|Lt|Col|Capt|Rev|Inc|Corp|Co|Ltd|[A-Z]))[.!?]["”’]?(?=\s|$)/g;
export function sentenceEnd(text: string, from: number, to: number): number {
  STOP.lastIndex = from;
  const hit = STOP.exec(text);
  return hit && hit.index < to ? hit.index + 1 : to;
}
export function lastSentenceStart(text: string, from: number, to: number): number {
  let start = from;
  STOP.lastIndex = from;
  for (let m = STOP.exec(text); m && m.index < to - 1; m = STOP.exec(text)) start = m.index + m[0].length;
  while (start < to && /\s/.test(text[start])) start++;
  return start;
}
export function previousSentence(text: string, before: number): { start: number; end: number } | null {
  let end = before;
  while (end > 0 && /[\s"“]/.test(text[end - 1])) end--;
  if (end <= 0 || !/[.:]/.test(text[end - 1])) return null;
  const start = Math.max(paragraphStart(text, end), lastSentenceStart(text, Math.max(0, end - 400), end - 1));
  return { start, end };
}

/**
 * A paragraph that is only a quote, attributed by the next paragraph ("Sara Holm, the city
 * treasurer, said on Friday."; "Said the mayor's deputy, Sara Holm."): that short first sentence,
 * unless the quote was introduced with a colon before it. Not a new statement of its own
 * ("Holm said that the city would ...").
 */
export function nextParagraphFrame(text: string, s: QuoteSpan): { from: number; to: number; verbFirst: boolean } | null {
  const pStart = paragraphStart(text, s.start);
  const pEnd = paragraphEnd(text, s.end);
  if (!/^\s*["“«„]?$/.test(text.slice(pStart, s.start)) || !/^["”»]?\s*$/.test(text.slice(s.end, pEnd))) return null;
  if (/:\s*$/.test(text.slice(Math.max(0, pStart - 200), pStart))) return null;
  let from = pEnd;
  while (from < text.length && /\s/.test(text[from])) from++;
  const to = sentenceEnd(text, from, paragraphEnd(text, from));
  const sentence = text.slice(from, to);
  if (!sentence || /["“”«»„]/.test(sentence) || sentence.split(/\s+/).length > 16) return null;
  const verbs = speechVerbsIn(sentence, true);
  const verbFirst = verbs[0]?.index === 0;
  const verb = verbs.find((v) => verbFirst || /^\p{Ll}/u.test(v[0]));
  // "X said it would appeal": a clause after the verb is a statement of its own.
  if (
    !verb ||
    /\b(?:that|whether|if|how|why|what|when|it|he|she|they|we|i|would|will|could|should|had|has|have|was|were|is|are)\b/i.test(
      sentence.slice(verb.index + verb[0].length),
    )
  )
    return null;
  return { from, to, verbFirst };
}

/**
 * '"However," he told Science News, "this study ..."': one word and a comma, then the attribution
 * and the rest of the sentence in the next quote, is that sentence's opening word, not a quote of its own.
 */
export function splitOpener(text: string, s: QuoteSpan, next: QuoteSpan | undefined): boolean {
  if (!next || !/^[\p{L}'’-]+,$/u.test(text.slice(s.start, s.end))) return false;
  const between = text.slice(s.end, next.start);
  return (
    between.length < 100 &&
    !/[.!?:;\n]/.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Prof)\./g, '')) &&
    /^\p{Ll}/u.test(text.slice(next.start, next.start + 1))
  );
}

/**
 * 'a program dubbed "Zrinyi 2026"', 'the so-called "Dragon Fund"', 'a virus known as "X"': a name
 * given to a thing, not words anyone is said to say (an active "Trump dubbed it" has a subject or object).
 */
export function givenName(text: string, s: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, s.start - 60), s.start).replace(/["“«„]\s*$/, '');
  if (/\bso-called\s*$/i.test(before)) return true;
  const m = /(\S+)\s+(?:called|dubbed|named|nicknamed|termed|labell?ed|known\s+as|titled|entitled|branded)\s*$/.exec(before);
  return (
    Boolean(m) && /^\p{Ll}[\p{Ll}-]*,?$/u.test(m![1]) && !/^(?:he|she|they|it|we|i|you|who|which|that|was|were|is|are|been|be)$/.test(m![1])
  );
}

/** A passive verb of naming right before a quote: '... was described as "', 'called "'. */
const PASSIVE_BEFORE = /\b(?:described|called|labell?ed|termed|branded|characteri[sz]ed|portrayed)\s+(?:as\s+)?$/;
/** The same organization nouns quotes.ts resolves ("the police", "the ministry"). */
const AGENT_NOUNS = ['police', 'ministry', 'government', 'department', 'court', 'company', 'agency', 'military', 'army', 'council'];
const AGENT_NOUN = new RegExp(String.raw`^by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*(${AGENT_NOUNS.join('|')}|prosecutors?)\b`, 'iu');

/**
 * '"knife-obsessed" by the police': a passive naming verb before the quote and its agent right after it. The
 * agent speaks (a name within the by-phrase, or for "the police" the organization of that noun named before);
 * the sentence's subject, who is the one described, never does. undefined when the frame is not this one.
 */
export function passiveAgentAfter(c: Ctx, s: QuoteSpan, to: number): string | null | undefined {
  if (!PASSIVE_BEFORE.test(c.text.slice(Math.max(0, s.start - 40), s.start - 1))) return undefined;
  const byAt = /^\s*,?\s*(?=by\s)/.exec(c.text.slice(s.end + 1, to));
  if (!byAt) return undefined;
  const at = s.end + 1 + byAt[0].length;
  const named = speakers(c, at, Math.min(to, at + 60)).find((f) => !/[,;]/.test(c.text.slice(at, f.mention.span[0])));
  if (named) return named.actor.id;
  const noun = AGENT_NOUN.exec(c.text.slice(at, to))?.[1].toLowerCase().replace(/s$/, '');
  if (!noun) return null;
  // The nearest before, else the first after ("the Metropolitan Police Counter Terrorism Command" named later).
  const orgs = c.found.filter((f) => f.actor.kind === 'organization' && f.actor.name.toLowerCase().includes(noun));
  const org = orgs.filter((f) => f.mention.span[1] <= at).pop() ?? orgs.find((f) => f.mention.span[0] > at);
  return org ? org.actor.id : null;
}
