// Direct quotes: quote marks paired within a paragraph (or across paragraphs
// that reopen the quote), then the speaker from the words around them.
import type { Quote } from '../../corpus/schema';
import type { Found } from './actors';
import { isTitleWord, lexTags } from './gazetteer';
import { speechVerbsIn } from '../lexicon/speech-verbs';
import {
  appositiveSubject,
  givenName,
  interrupted,
  invertedRole,
  lastSentenceStart,
  nextParagraphFrame,
  passiveAgentAfter,
  paragraphEnd,
  paragraphStart,
  previousSentence,
  sentenceEnd,
  speakers,
  canSpeak,
  splitOpener,
  type Ctx,
} from './attribution';

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

const ROLE_WORDS = [
  'spokes(?:man|woman|person)',
  'official',
  'minister',
  'president',
  'ceo',
  'chief',
  'director',
  'leader',
  'officer',
  'secretary',
];
export const ROLE_NOUN = new RegExp(String.raw`\b(?:he|she|they|(?:the|a|an)\s+(?:${ROLE_WORDS.join('|')}))\b`, 'gi');
/** Speech verbs of a frame; a capitalized one is a name ("United States", "Read"), except "According to". */
/**
 * `first`: a capitalized verb opening the frame is a verb too ("Said the mayor, ..."); `anyCase`: in
 * an article in Headline Case or ALL CAPS every capitalized one is.
 */
const speechVerbs = (frame: string, first = false, anyCase = false) =>
  speechVerbsIn(frame).filter((m) => anyCase || /^\p{Ll}/u.test(m[0]) || /^according to$/i.test(m[0]) || (first && m.index === 0));
/** Headline Case or ALL CAPS: most longer words start with a capital. */
function capitalized(text: string): boolean {
  const words = text.slice(0, 3000).match(/\b\p{L}{4,}\b/gu) ?? [];
  return words.length >= 10 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.7;
}
/** '"..." Smith told Wikinews': a name (or pronoun, or "the/an X spokesperson") then a speech verb right after a quote, without a comma. */
const NAME_BEFORE_VERB =
  /^\s*(?:(?:he|she|they)|(?:(?:the|an?)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}+\s+)?)(?:\p{Ll}+ly\s+|later\s+|also\s+|then\s+)?$/u;
const nameThenVerb = (after: string) => {
  const verb = speechVerbsIn(after.slice(0, 120)).find((v) => /^\p{Ll}/u.test(v[0]));
  return Boolean(verb) && NAME_BEFORE_VERB.test(after.slice(0, verb!.index));
};
/** Gendered nouns: "The father said" is the nearest man named before. */
const MALE_NOUNS = /^(?:father|husband|son|brother|man|boy|uncle|grandfather|dad|king|prince|actor|nephew)$/;
const FEMALE_NOUNS = /^(?:mother|wife|daughter|sister|woman|girl|aunt|grandmother|mom|mum|queen|princess|actress|niece)$/;
/** Collective nouns: "the company said" is the organization named before. */
const ORG_NOUN_WORDS = [
  ...['company', 'firm', 'group', 'organi[sz]ation', 'agency', 'ministry', 'department', 'government', 'party', 'union', 'council'],
  ...['committee', 'board', 'court', 'police', 'network', 'channel', 'newspaper', 'foundation', 'association', 'league', 'club'],
  ...['team', 'campaign', 'office', 'body', 'commission', 'institute', 'university', 'bank', 'airline', 'military', 'army'],
];
export const ORG_NOUNS = new RegExp(`^(?:${ORG_NOUN_WORDS.join('|')})$`);
/** "the father", "the company's chief executive", "an Interpol spokesperson", "the archbishop": a subject noun phrase. */
const SUBJECT_NOUN = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:\p{Ll}+['’]s|\p{Ll}+)\s+){0,2}?(\p{Ll}{3,})$/u;
/** Speakers for the quote spans, from the mentions around them. */
export function attributeQuotes(articleId: string, text: string, spans: QuoteSpan[], found: Found[]): Quote[] {
  const quotes: Quote[] = [];
  let prevSpeaker: string | null = null;
  const anyCase = capitalized(text);
  let prevEnd = -1;
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q];
    if (splitOpener(text, s, spans[q + 1])) continue; // '"However," he said, "..."'
    const words = text.slice(s.start, s.end).split(/\s+/).length;
    if (words <= 3 && givenName(text, s)) continue; // 'a program dubbed "Zrinyi 2026"'
    const leftFrom = Math.max(paragraphStart(text, s.start), q > 0 ? spans[q - 1].end + 1 : 0);
    const rightTo = Math.min(paragraphEnd(text, s.end), q + 1 < spans.length ? spans[q + 1].start - 1 : text.length);
    const inner = text.slice(s.start, s.end);
    const after = text.slice(s.end + 1, sentenceEnd(text, s.end + 1, rightTo));
    // '"...," X said' and '"..." said X': the words after a quote attribute it only then.
    const rightOk =
      /[,?!—–-]$/.test(inner) || /^\s*[,—–]/.test(after) || /^\s*\p{Ll}/u.test(after) || (!/[.!?]$/.test(inner) && nameThenVerb(after));
    const ctx: Ctx = { text, found, quoteAt: s.start, spans, anyCase };
    // 'described as "knife-obsessed" by the police': the agent, or nobody (the one described never speaks).
    const passive = passiveAgentAfter(ctx, s, rightTo);
    const framed =
      (rightOk ? rightSpeaker(ctx, s.end + 1, s.end + 1 + after.length) : null) ??
      leftSpeaker(ctx, lastSentenceStart(text, leftFrom, s.start - 1), s.start - 1);
    let speaker = passive !== undefined ? passive : framed;
    // A paragraph that is only this quote, attributed by the next one.
    const next = speaker || passive !== undefined ? null : nextParagraphFrame(text, s);
    if (next) speaker = rightSpeaker(ctx, next.from, next.to, next.verbFirst);
    if (!speaker && words > 3 && passive === undefined) {
      // "X said in an e-mail. "We have ..."" or a continuation of the last quote.
      const prev = previousSentence(text, s.start - 1);
      // '"...," writes X on Instagram. "I have lost ..."': the sentence before holds the last quote, so its speaker goes on.
      const run: string | null = prev && prevSpeaker && prevEnd >= prev.start && prevEnd <= prev.end ? prevSpeaker : null;
      speaker =
        run ??
        (prev && leftSpeaker(ctx, prev.start, prev.end)) ??
        (prevSpeaker && s.start - prevEnd < 600 && !otherPerson(found, prevEnd, s.start, prevSpeaker) ? prevSpeaker : null);
    }
    // 'alleged it was to "A" and "B"': a later quote of the same sentence has the same speaker.
    if (
      !speaker &&
      passive === undefined &&
      prevSpeaker &&
      prevEnd >= 0 &&
      s.start - prevEnd < 120 &&
      !/[.!?]["”’]?\s/.test(text.slice(prevEnd, s.start - 1))
    )
      speaker = prevSpeaker;
    if (!speaker && words <= 3) continue; // a scare-quoted term nobody is said to use
    quotes.push({ id: `${articleId}.q${quotes.length + 1}`, articleId, text: inner, speakerId: speaker, span: [s.start, s.end] });
    // The one described stays the sentence's subject: a later quote in it is theirs, not the agent's.
    if (speaker) prevSpeaker = passive !== undefined ? framed : speaker;
    prevEnd = s.end;
  }
  return quotes;
}

const lastOf = (list: Found[]) => list.filter((f) => f.actor.kind === 'person').pop() ?? list[list.length - 1];

/** After the quote: the name or pronoun nearest the speech verb. */
function rightSpeaker(c: Ctx, from: number, to: number, verbFirst = false): string | null {
  const frame = c.text.slice(from, to);
  const verb = speechVerbs(frame, verbFirst, c.anyCase)[0];
  if (!verb || verb.index > 160) return null;
  const at = from + verb.index;
  // '"...," a lawyer said, while X declined': the attribution ends at the next clause.
  const clause = /[,;]\s*(?:while|and|but|whereas|although|though|as|after|before|when|because|since|adding|noting)\b/.exec(
    frame.slice(verb.index + verb[0].length),
  );
  if (clause) to = at + verb[0].length + clause.index;
  // '"...," X, chief strategist at Y, said', '"...," X (D-Mo.) said': the subject before the interruption.
  if (!/ing$/i.test(verb[0])) {
    const subject = appositiveSubject(c, from, at);
    if (subject) return subject;
  }
  if (verb.index > 80) return null;
  // '", adding Iran will ...', '"interesting" case; Miller said': no attribution of this quote.
  const lead = frame.slice(0, verb.index);
  const plain = lead.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Prof|Lt|Col|Capt|Rev|Jr|Sr|\p{Lu})\./gu, '');
  // A long lead is a clause of its own, unless it is mostly a name and its titles ("1st Fleet Command's Navy
  // Information Agency head Arba Agung told").
  const leadWords = lead.trim().split(/\s+/);
  if (/ing$/i.test(verb[0]) || /[;:.]/.test(plain) || leadWords.length > 14 || leadWords.filter((w) => /^\p{Ll}/u.test(w)).length > 5)
    return null;
  // '"..." while Minister X wrote': another clause, not this quote's attribution.
  if (/^\s*,?\s*(?:while|and|but|as|when|after|before|because|since|which|who|whereas|although|though|if|or|so|then)\b/i.test(lead))
    return null;
  // '"...," said a spokeswoman for ORG, NAME': the name after the role phrase, or else the organization.
  if (!lead.trim()) {
    const inverted = invertedRole(c, at + verb[0].length, to);
    if (inverted !== undefined) return inverted;
  }
  const near = (i: number) => Math.abs(i - at);
  const all = speakers(c, from, to).filter((f) => near(f.mention.span[0]) < 60);
  // "writes Huber's partner Erick Rowan": a possessive name only qualifies the speaker.
  const owner = (f: Found) => /^['’]s\b/.test(c.text.slice(f.mention.span[1], f.mention.span[1] + 3));
  const names = all.some((f) => !owner(f)) ? all.filter((f) => !owner(f)) : all;
  const best = names.sort(
    (a, b) =>
      near(a.mention.span[0]) - near(b.mention.span[0]) + (a.actor.kind === 'person' ? -30 : 0) - (b.actor.kind === 'person' ? -30 : 0),
  )[0];
  const pro = [...frame.matchAll(ROLE_NOUN)].find((m) => near(from + m.index) < 30);
  if (best && (!pro || near(best.mention.span[0]) <= near(from + pro.index))) return best.actor.id;
  const role = roleBefore(c, from, at);
  if (role !== undefined) return role;
  return pro ? resolvePronoun(c, from + pro.index, pro[0]) : null;
}

/** "the father said", "the archbishop added", "the company's CEO said": the subject noun right before `verbAt`, resolved. */
function roleBefore(c: Ctx, from: number, verbAt: number): string | null | undefined {
  const head = c.text.slice(Math.max(from, verbAt - 60), verbAt).replace(/\s+(?:\p{Ll}+ly|also|later|then|had|has|have|was|is)?\s*$/u, '');
  const m = SUBJECT_NOUN.exec(head);
  if (!m || !isRoleNoun(m[1].toLowerCase())) return undefined;
  const at = verbAt - (c.text.slice(Math.max(from, verbAt - 60), verbAt).length - m.index);
  return resolveRole(c, m[1].toLowerCase(), at);
}

/** The actor a role noun stands for: the org for "the company", the one introduced with the noun, or the nearest of that gender. */
function resolveRole(c: Ctx, noun: string, at: number): string | null | undefined {
  const earlier = c.found.filter((f) => f.mention.span[1] <= at && !inQuote(c, f.mention.span[0]));
  if (ORG_NOUNS.test(noun)) {
    const org = earlier.filter((f) => f.actor.kind === 'organization').pop();
    return org ? org.actor.id : undefined;
  }
  // An earlier "noun": the name just after it ("archbishop Jorge Scheinig", "an Interpol spokesperson")
  // or just before it ("Tomasz Kubiak, a fire service spokesman").
  const re = new RegExp(`\\b${noun}\\b`, 'gi');
  const uses = [...c.text.slice(0, at).matchAll(re)].map((m) => m.index).filter((i) => i + noun.length < at - 1);
  for (let k = uses.length - 1; k >= 0; k--) {
    const u = uses[k];
    const after = earlier.find(
      (f) =>
        f.mention.span[0] > u &&
        f.mention.span[0] - (u + noun.length) < 40 &&
        !/[.;]/.test(c.text.slice(u + noun.length, f.mention.span[0])) &&
        canSpeak(f),
    );
    const before = earlier
      .filter(
        (f) => f.mention.span[1] <= u && u - f.mention.span[1] < 40 && !/[.;]/.test(c.text.slice(f.mention.span[1], u)) && canSpeak(f),
      )
      .pop();
    const person = [after, before].find((f) => f?.actor.kind === 'person');
    const pick = person ?? before ?? after;
    if (pick) return pick.actor.id;
  }
  const gender = MALE_NOUNS.test(noun) ? 'MaleName' : FEMALE_NOUNS.test(noun) ? 'FemaleName' : undefined;
  if (gender) {
    const p = earlier.filter((f) => f.actor.kind === 'person' && genderOf(f.actor.name) === gender).pop();
    return p ? p.actor.id : null;
  }
  return undefined;
}

/** Nouns that stand for a speaker: titles, agent nouns ("prosecutor", "spokesperson"), kin, collectives. */
const isRoleNoun = (w: string) =>
  isTitleWord(w) ||
  MALE_NOUNS.test(w) ||
  FEMALE_NOUNS.test(w) ||
  ORG_NOUNS.test(w) ||
  /(?:er|or|ist|ian|man|woman|person|ee|ive|ary)$/.test(w);
const genderOf = (name: string): string | undefined => {
  const tags = lexTags(name.split(/\s+/)[0].toLowerCase());
  return tags.includes('FemaleName') ? 'FemaleName' : tags.includes('MaleName') ? 'MaleName' : undefined;
};
const inQuote = (c: Ctx, i: number) => c.spans.some((q) => i >= q.start && i < q.end);

/** Before the quote: the subject of the speech verb ("X, the head of Y, said:"), or "according to X". */
function leftSpeaker(c: Ctx, from: number, to: number): string | null {
  if (to <= from) return null;
  const frame = c.text.slice(from, to);
  const verbs = speechVerbs(frame, false, c.anyCase);
  const colon = /[:,]\s*$/.test(frame);
  if (!verbs.length && !colon) return null;
  const verb = verbs[verbs.length - 1];
  if (verb && /^according to$/i.test(verb[0])) {
    const named = speakers(c, from + verb.index, to)[0];
    if (named) return named.actor.id;
  }
  // Passive: "Gutierrez was described by the CBCP as", "he was told by Minister X of": the agent speaks.
  if (verb) {
    const agent = /^\s+by\s+/i.exec(c.text.slice(from + verb.index + verb[0].length, to));
    if (agent) {
      const at = from + verb.index + verb[0].length + agent[0].length;
      const named = speakers(c, at, to).find((f) => f.mention.span[0] - at < 40 && !/[,;]/.test(c.text.slice(at, f.mention.span[0])));
      if (named) return named.actor.id;
    }
  }
  const until = verb ? from + verb.index : to;
  // Names inside ", which includes the Quds Force," or ", who was Trump's envoy," do not speak.
  const relative = [...frame.slice(0, until - from).matchAll(/,\s*(?:which|who|whose|whom|where)\b[^,]*,/g)].map((m) => [
    from + m.index,
    from + m.index + m[0].length,
  ]);
  // "According to ISNA, the prosecutor, Ali Mehr, said": an opening phrase holds no subject.
  const opening = /^(?:according to|in|on|at|after|before|during|speaking (?:to|with)|in an interview with)\b[^,;:]{0,80},/i.exec(frame);
  const named = speakers(c, from + (verb && opening && opening[0].length < until - from ? opening[0].length : 0), until);
  // "X, writing to Y, added:": Y is inside the interruption between the subject and its verb.
  const aside = verb ? interrupted(c, named, until) : [];
  const before = named.filter((f) => !aside.includes(f) && !relative.some(([a, b]) => f.mention.span[0] > a && f.mention.span[1] < b));
  // "Russia ..., repeatedly describing them as": a participle's subject is the clause's first name.
  if (verb && /ing$/i.test(verb[0]) && /,\s*(?:\p{Ll}+ly\s+)?$/u.test(frame.slice(0, verb.index)) && before.length) {
    const subjectPro = /^\s*(?:[^,]{0,40},\s*)?([Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b/u.exec(frame);
    const proAt = subjectPro ? from + subjectPro[0].length - subjectPro[1].length : -1;
    if (!subjectPro || proAt > before[0].mention.span[0]) return before[0].actor.id;
    // "It also credited Leonov ..., noting": "it" is the organization named before.
    if (/^(?:it|they)$/i.test(subjectPro[1])) {
      const org = c.found
        .filter((f) => f.mention.span[1] <= from && f.actor.kind !== 'person' && canSpeak(f) && !inQuote(c, f.mention.span[0]))
        .pop();
      if (org) return org.actor.id;
    } else {
      const p = resolvePronoun(c, proAt, subjectPro[1]);
      if (p) return p;
    }
  }
  const pro = [...frame.slice(0, until - from).matchAll(ROLE_NOUN)].filter((m) => !inQuote(c, from + m.index)).pop();
  const lastName = before[before.length - 1];
  if (verb && (!lastName || lastName.mention.span[1] < until - 60)) {
    const role = roleBefore(c, from, until);
    if (role !== undefined) return role;
  }
  // "In his message, he appreciated Soleimani's lifepath:": a pronoun before every name is the subject.
  const subjectFirst = pro && /^(?:he|she|they)$/i.test(pro[0]) && before.length > 0 && from + pro.index < before[0].mention.span[0];
  if (pro && (!lastName || from + pro.index > lastName.mention.span[1] || subjectFirst)) {
    const resolved = resolvePronoun(c, from + pro.index, pro[0]);
    if (resolved) return resolved;
  }
  // "RIAA's DMCA notice alleged", "Erdogan's office said": the possessor speaks when no person stands between.
  const owner = before.filter((f) => /^['’]s\s/.test(c.text.slice(f.mention.span[1], f.mention.span[1] + 3))).pop();
  if (
    verb &&
    owner &&
    !before.some((f) => f.mention.span[0] > owner.mention.span[0] && f.actor.kind === 'person') &&
    /^['’]s\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+\s+$/u.test(c.text.slice(owner.mention.span[1], until))
  )
    return owner.actor.id;
  // "said X, a lawyer.": no subject before the verb, the name follows it.
  // ... unless a pronoun is the verb's subject ("he told Science News:"): then the name after it is its object.
  const pronounSubject = /\b(?:he|she|they|it|i|we)\s+(?:\p{Ll}+ly\s+)?$/iu.test(frame.slice(0, until - from));
  const subject = lastOf(before) ?? (verb && !pronounSubject ? speakers(c, until, to)[0] : undefined);
  return subject ? subject.actor.id : null;
}

/**
 * "he", "she", "the spokesman" at `at`: a person named before the first pronoun of its sentence
 * ("In his message, he appreciated Soleimani's ..." is not Soleimani), of the pronoun's gender when
 * the first name tells; in the latest sentence naming one, the last who speaks ("X wrote") or else the first.
 */
function resolvePronoun(c: Ctx, at: number, word = ''): string | null {
  const w = word.toLowerCase();
  const ss = lastSentenceStart(c.text, Math.max(paragraphStart(c.text, at), at - 600), at);
  const first = /\b(?:he|she|his|her|him|they|their)\b/i.exec(c.text.slice(ss, at));
  const cut = first ? ss + first.index : at;
  const wrongGender = w === 'he' ? 'FemaleName' : w === 'she' ? 'MaleName' : undefined;
  const all = c.found.filter(
    (f) =>
      f.actor.kind === 'person' &&
      f.mention.span[1] <= cut &&
      !inQuote(c, f.mention.span[0]) &&
      (!wrongGender || genderOf(f.actor.name) !== wrongGender),
  );
  // "Speaking to Martin Smith of PBS, he said": a name earlier in the pronoun's own sentence is rarely its
  // antecedent, unless it speaks there ("Wendy Parmet said ... She went on to say").
  const people = all.some((f) => f.mention.span[1] <= ss) ? all.filter((f) => f.mention.span[1] <= ss || speaks(c)(f)) : all;
  const last = people[people.length - 1];
  if (!last) return null;
  const same = people.filter((f) => f.sentence === last.sentence);
  const speaking = same.filter(speaks(c)).pop();
  return (speaking ?? same[0] ?? last).actor.id;
}

/** "X said", "X later wrote": the name is the subject of a speech verb. */
const speaks = (c: Ctx) => (f: Found) => {
  const next = c.text.slice(f.mention.span[1], f.mention.span[1] + 40);
  const at = /^(?:\s+\p{Ll}+ly)?\s+(?=\p{Ll})/u.exec(next);
  return Boolean(at) && speechVerbsIn(next.slice(at![0].length), true)[0]?.index === 0;
};

function otherPerson(found: Found[], a: number, b: number, speaker: string): boolean {
  return found.some((f) => f.actor.kind === 'person' && f.actor.id !== speaker && f.mention.span[0] > a && f.mention.span[1] < b);
}
