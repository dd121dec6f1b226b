// Attribution frames around a quote that need more than "the name nearest the verb": an appositive
// or a parenthesis between the speaker and the verb, a role phrase before the name, a bracketed
// source citation.
import type { Found } from './actors';
import type { QuoteSpan } from './quotes';

export interface Ctx {
  text: string;
  found: Found[];
  quoteAt: number;
  spans: QuoteSpan[];
}

/** "[Reuters]", "[AP]": a source citation in brackets names no speaker. */
const inBrackets = (text: string, f: Found) =>
  /\[[^\]\n]{0,20}$/.test(text.slice(Math.max(0, f.mention.span[0] - 20), f.mention.span[0])) &&
  /^[^[\n]{0,20}\]/.test(text.slice(f.mention.span[1], f.mention.span[1] + 20));

/** Names that can speak in text[from, to): no places, nothing inside a quote or a bracketed citation. */
export const speakers = (c: Ctx, from: number, to: number): Found[] =>
  c.found.filter((f) => f.mention.span[0] >= from && f.mention.span[1] <= to && f.actor.kind !== 'place' &&
    !c.spans.some((q) => f.mention.span[0] >= q.start && f.mention.span[1] <= q.end) && !inBrackets(c.text, f));

/**
 * Between a subject and its verb: an appositive or participle in commas (", chief strategist at Y,",
 * ", writing to Y,", ", the wife of Y,") or a parenthesis ("(D-Mo.)"), then maybe an adverb.
 * The names inside it do not speak.
 */
const INTERRUPTION = /^(?:\s*,\s*[^,;:"“”\n]{1,120}?,|\s*\([^()\n]{1,40}\))\s*(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?$/u;

/** "The Vice President, Mike Pence, said": an interruption that is only a person's name names the subject. */
function namedInside(c: Ctx, names: Found[], from: number, verbAt: number): Found | undefined {
  const inner = names.filter((f) => f.mention.span[0] >= from && f.actor.kind === 'person');
  return inner.find((f) => /^\s*,\s*$/.test(c.text.slice(from, f.mention.span[0])) &&
    /^\s*,\s*(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?$/u.test(c.text.slice(f.mention.span[1], verbAt)));
}

/** The name before an interruption that ends at `verbAt`, and the names inside it. */
function subjectOf(c: Ctx, names: Found[], verbAt: number): { subject: Found; aside: Found[] } | undefined {
  for (const subject of names) {
    if (!INTERRUPTION.test(c.text.slice(subject.mention.span[1], verbAt))) continue;
    const appositive = namedInside(c, names, subject.mention.span[1], verbAt);
    if (appositive) return { subject: appositive, aside: names.filter((f) => f !== appositive && f.mention.span[0] >= subject.mention.span[0]) };
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
const ROLE_PHRASE = /^\s+(?:an?|the|one)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|representative|official|aide|adviser|advisor|lawyer|attorney|director|head|chief|member|manager|officer|executive|analyst|economist|strategist|professor|researcher|expert|source|leader)\s+(?:for|of|at|from|with)\s+([^,;:.\n"“”]{2,80})(,\s*)?/u;

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
