// A headline for a mentioned event, made from its sentence where the date
// phrase is known: the clause that holds the date, without the date phrase,
// leading connectors and dangling quote marks, cut at a clause or word
// boundary. compromise gives the clauses and the part of speech of each word,
// so the rules speak of tags ("a leading conjunction") rather than word lists.
// Pure TypeScript: the page can run it too.
import { RELATIVE, wordsOf, type TextSpan, type Word } from './words';

export type { TextSpan } from './words';

/** A title is cut near this many characters. */
export const TITLE_MAX = 80;
/** Fewer words than this say nothing on their own ("last year", "Tomorrow"). */
const MIN_WORDS = 3;

/** Subordinators that turn a clause into a condition: stripping them would change what it says. */
const KEEP_LEADING = new Set(['if', 'unless', 'whether']);
const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
const isFinite = (w: Word) => w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Infinitive');
/**
 * A finite verb among the words; compromise tags the present tense "Infinitive" too, which counts after its subject
 * ("scientists examine", not "a 13% increase").
 */
function hasFinite(words: Word[]): boolean {
  return words.some(
    (w, i) =>
      isFinite(w) ||
      (w.tags.has('Verb') &&
        w.tags.has('Infinitive') &&
        i > 0 &&
        /Noun|Pronoun/.test([...words[i - 1].tags].join(' ')) &&
        !words[i - 1].tags.has('Value')),
  );
}

/** Drops the date's words and the prepositions and "early"/"late" right before them ("on Monday", "in early October"). */
function withoutDate(words: Word[], date: TextSpan): Word[] {
  const out = words.filter((w) => !overlaps(w, date));
  const first = words.findIndex((w) => overlaps(w, date));
  if (first < 0) return out;
  // "Super Tuesday", "Black Friday": a day inside a name (a proper noun mid-sentence right before it) stays whole.
  const before = words[first - 1];
  if (before && !before.post.trim() && before.tags.has('TitleCase') && !before.tags.has('Date')) return words;
  const lastIn = words.findLastIndex((w) => overlaps(w, date));
  const next = words[lastIn + 1];
  // "in the 1988 period", "the 2013 scandal": the date qualifies a noun, whose article and preposition stay.
  // ("in 2018 there were": a preposition right before the date makes it no qualifier.)
  const decade = /\ds$/.test(words[lastIn].normal); // "in the 1970s free software ...": a decade qualifies nothing
  if (
    next &&
    !decade &&
    (next.tags.has('Noun') || next.tags.has('Adjective')) &&
    !next.tags.has('Date') &&
    !next.tags.has('Pronoun') &&
    !words[lastIn].post.trim() &&
    !words[first - 1]?.tags.has('Preposition')
  )
    return out;
  // "from last year's $1.55 billion": the preposition belongs to what follows.
  if (words[lastIn].tags.has('Possessive')) return out;
  // "In fiscal 1988, the company ...": the phrase the date ends is an introduction.
  if (/,/.test(words[lastIn].post) && first <= 4 && !hasFinite(words.slice(0, first)))
    return out.filter((w) => w.start > words[lastIn].start);
  const drop = new Set<Word>();
  for (let i = first - 1; i >= 0 && first - i <= 3; i--) {
    if (words[i].tags.has('Determiner') && !(i > 0 && words[i - 1].tags.has('Preposition'))) break; // "the December 31 attack" keeps "the"
    const w = words[i];
    if (w.post.trim()) break; // "London, from 2008": the comma ends what comes before
    // "At the end of October": the article and preposition go with the date.
    if (w.tags.has('Preposition') || w.tags.has('Determiner') || /^(?:early|late|mid|since|until)$/.test(w.normal)) drop.add(w);
    else break;
  }
  return out.filter((w) => !drop.has(w));
}

/** "According to a poll published by NBC News last week, ...": a phrase led by a preposition or participle, up to its comma. */
function isIntro(words: Word[]): boolean {
  const first = words[0];
  const comma = words.slice(0, 13).findIndex((x) => /[,:]/.test(x.post));
  return Boolean(first && (first.tags.has('Preposition') || first.tags.has('Gerund')) && comma >= 0);
}

/** Strips leading conjunctions, sentence adverbs and introductory phrases up to their comma ("According to X, ..."). */
function withoutLead(words: Word[]): Word[] {
  let i = 0;
  for (let changed = true; changed && i < words.length;) {
    changed = false;
    const w = words[i];
    const comma = words.slice(i, i + 13).findIndex((x) => /[,:]/.test(x.post));
    if (w.tags.has('Conjunction') && !KEEP_LEADING.has(w.normal)) {
      i++;
      changed = true;
    } else if (
      w.tags.has('Adverb') &&
      (/,/.test(w.post) || (words[i + 1] && /Pronoun|Determiner|ProperNoun/.test([...words[i + 1].tags].join(' '))))
    ) {
      i++;
      changed = true;
    } else if (isIntro(words.slice(i)) && hasFinite(words.slice(i + comma + 1))) {
      i += comma + 1;
      changed = true;
    }
  }
  return words.slice(i);
}

/**
 * The original text of each kept word with the punctuation before it; across
 * a removed stretch, its punctuation stays when it has some on both sides ("London, before").
 */
function pieces(text: string, words: Word[]): string[] {
  return words.map((w, k) => {
    // The last word keeps the quote mark or bracket that closes after it ('... border."').
    const word = text.slice(w.start, w.end) + (k === words.length - 1 ? w.post.replace(/[^"”)\]]/g, '') : '');
    // The first word keeps what is written onto its front ("$5", "#MeToo", "<b>"): a title never cuts into a token.
    if (k === 0) return /\S*$/.exec(text.slice(Math.max(0, w.start - 24), w.start))![0] + word;
    const between = text.slice(words[k - 1].end, w.start);
    if (!/[\p{L}\p{N}]/u.test(between)) return between + word;
    // Words were removed between: what punctuation stays? An aside between two commas goes with both ("Ltd., a company,
    // was" -> "Ltd. was"); the punctuation that ends a removed phrase stays ("entered June, Biden" -> "entered, Biden"),
    // the one that opened it alone does not ("Act, 1972 lists").
    const before = /^[^\p{L}\p{N}]*/u.exec(between)![0];
    const after = /[^\p{L}\p{N}]*$/u.exec(between)![0];
    const marked = (g: string) => /[^\s"“”$£€(]/.test(g);
    const gap =
      /^,\s*$/.test(before) && /^,\s*$/.test(after)
        ? ' '
        : marked(before) && marked(after)
          ? before
          : !marked(before) && /[,;:—–]/.test(after)
            ? after
            : ' ';
    return gap + word;
  });
}

/** Removes quote marks without a partner; the quoted words stay ("known as Super Tuesday"). */
export function balanceQuotes(s: string): string {
  const open: number[] = [];
  const dangling: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || (c === '"' && (i === 0 || /[\s([{—–-]/.test(s[i - 1])) && i + 1 < s.length && /\S/.test(s[i + 1]))) open.push(i);
    else if (c === '”' || c === '"') {
      if (open.length) open.pop();
      else dangling.push(i);
    }
  }
  dangling.push(...open);
  if (!dangling.length) return s;
  const drop = new Set(dangling);
  return [...s].filter((_, i) => !drop.has(i)).join('');
}

const isFunctionWord = (w: Word) =>
  !w.tags.has('Noun') && ['Determiner', 'Preposition', 'Conjunction', 'Possessive'].some((t) => w.tags.has(t));

/**
 * The kept words as a title of at most TITLE_MAX characters: whole when it fits,
 * else cut after a clause that has a verb (past half the limit) or after a
 * word, never on "the", "of" or "and", and marked with an ellipsis. `parts` and `whole`: the kept words' pieces and
 * their tidy text, when the caller has them already.
 */
function render(text: string, kept: Word[], parts = pieces(text, kept), whole = tidy(parts.join(''))): string {
  if (whole.length <= TITLE_MAX) return whole;
  let end = 0;
  for (let len = 0; end < parts.length && len + parts[end].length <= TITLE_MAX - 1; end++) len += parts[end].length;
  let cut = end;
  for (let j = end - 1, len = parts.slice(0, end).join('').length; j > 0 && len > TITLE_MAX / 2; len -= parts[j].length, j--) {
    const head = parts.slice(0, j + 1).join('');
    // Not inside a quote: its opening mark would be left dangling.
    if (/[,;:—–]/.test(kept[j].post) && hasFinite(kept.slice(0, j + 1)) && (head.match(/["“”]/g) ?? []).length % 2 === 0) {
      cut = j + 1;
      break;
    }
  }
  while (cut > 1 && isFunctionWord(kept[cut - 1])) cut--;
  let head = parts.slice(0, Math.max(cut, 1)).join('');
  // Cut inside a quote: its opening mark goes, its words stay ("said the U.S. is in the midst of a crisis…").
  if ((head.match(/["“”]/g) ?? []).length % 2) head = head.replace(/\s["“](?=\S)(?!.*["“”])/, ' ');
  return tidy(head) + '…';
}

function tidy(s: string): string {
  const flat = s
    .replace(/\s*\[(?:\.\.\.|…)\]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1');
  const trimmed = balanceQuotes(
    flat
      .replace(/^[\s,;:.—–-]+/, '')
      .replace(/[\s,;:—–-]+$/, '')
      .replace(/\.$/, ''),
  ).trim();
  // "iLife", "eBay": a first word with a capital inside keeps its case.
  return /^\p{Ll}[^\s\p{Lu}]*(?:\s|$)/u.test(trimmed) ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * A stretch that starts with a relative pronoun, a verb or a participle
 * ("..., who tried to warn", "while addressing") has its subject in the
 * clause before it; so has one without a verb of its own ("and Barry Comden,").
 */
function leans(words: Word[], date: TextSpan): boolean {
  const first = withoutLead(withoutDate(words, date))[0] ?? words.find((w) => !overlaps(w, date));
  const raw = words.find((w) => !overlaps(w, date) && !w.tags.has('Conjunction'));
  return Boolean(
    first &&
    (RELATIVE.test(first.normal) ||
      first.tags.has('Verb') ||
      first.tags.has('Preposition') ||
      (raw && (RELATIVE.test(raw.normal) || raw.tags.has('Gerund')))),
  );
}

/**
 * The headline of the words of one stretch, or '' when what remains says
 * nothing. `strict`: it needs a finite verb and must not end on "when"
 * (first choice); else a verbless stretch of five words will do.
 */
function headline(text: string, words: Word[], date: TextSpan, strict: boolean): string {
  // Leads first while the date's comma still ends its introduction ("According to ... last week, ...").
  let kept = withoutLead(withoutDate(withoutLead(words), date));
  // The date is the subject ("Friday night was the fourth night ..."): it stays.
  const at = words.indexOf(kept[0]);
  if (kept[0] && isFinite(kept[0]) && at > 0 && overlaps(words[at - 1], date)) kept = withoutLead(words);
  if (!hasFinite(kept) && (strict || kept.length < 5)) return '';
  // "..., saying" before a quote of another clause: the verb that introduced it goes too.
  const last = kept[kept.length - 1];
  if (kept.length > 4 && last.tags.has('Gerund') && /,/.test(kept[kept.length - 2].post)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isFunctionWord(kept[kept.length - 1])) kept = kept.slice(0, -1);
  if (strict && kept.length && kept[kept.length - 1].tags.has('QuestionWord')) return ''; // "Friday was when"
  const parts = pieces(text, kept);
  const whole = tidy(parts.join(''));
  return wordCount(whole) >= MIN_WORDS ? render(text, kept, parts, whole) : '';
}

/** widen's answer when the words parsed so far end before it can decide: parse the next piece and ask again. */
const MORE = null;

/**
 * Starts at the clause that holds the date and widens to its neighbours
 * until the stretch says something; to the left while it leans on the clause
 * before it. `partial`: the words stop short of the sentence's end, so wherever
 * the answer depends on whether a clause follows, it is MORE.
 */
function widen(text: string, words: Word[], clauses: TextSpan[], date: TextSpan, strict: boolean, partial: boolean): string | typeof MORE {
  let k = clauses.findIndex((c) => date.start >= c.start && date.start < c.end);
  if (k < 0) k = 0;
  let lo = k;
  let hi = k;
  const skip = new Set<TextSpan>();
  const within = (w: Word, c: TextSpan) => w.start >= c.start && w.end <= c.end;
  const range = () => words.filter((w) => w.start >= clauses[lo].start && w.end <= clauses[hi].end && ![...skip].some((c) => within(w, c)));
  const hasVerb = (c: TextSpan) => hasFinite(words.filter((w) => within(w, c) && !overlaps(w, date)));
  const last = () => hi + 1 >= clauses.length;
  for (let tries = 0; tries <= clauses.length; tries++) {
    const inRange = range();
    const leaning = lo > 0 && (leans(inRange, date) || !hasVerb(clauses[lo]));
    // The date sits in an introduction: what it introduces comes first.
    if (strict && !leaning && lo === k && hi === k && isIntro(inRange) && /[,:]/.test(inRange[inRange.length - 1]?.post ?? '')) {
      if (!last()) {
        hi++;
        continue;
      }
      if (partial) return MORE;
    }
    const title = leaning ? '' : headline(text, inRange, date, strict);
    if (title) return title;
    if (leaning && isFinite(withoutLead(withoutDate(inRange, date))[0] ?? inRange[0])) {
      // "Ciba-Geigy Ltd., a pharmaceutical company, ..., was extended": the subject opens the sentence; the appositives between go.
      // A description ("a ...", "the ...") goes; a name ("The Vice President, Mike Pence, said") stays.
      for (let j = 1; j < lo; j++)
        if (!hasVerb(clauses[j]) && words.find((w) => within(w, clauses[j]))?.tags.has('Determiner')) skip.add(clauses[j]);
      lo = 0;
      continue;
    }
    if (partial && !leaning && last()) return MORE;
    if ((leaning || last()) && lo > 0) lo--;
    else if (!last()) hi++;
    else break;
  }
  return partial ? MORE : '';
}

/**
 * The title of a mentioned event: `date` is its date phrase in `text`,
 * `sentence` the sentence that holds it (the whole sentence, not the event's
 * clause: a second date's clause often lacks the subject). Falls back to a
 * verbless stretch, then to the sentence before (the subject the date refers
 * to), so a title is never a bare date or filler.
 */
export function mentionTitle(text: string, date: TextSpan, sentence: TextSpan): string {
  // The sentence's words as far as the date's clause first, then a piece more each time widen asks for it.
  for (let reach = date.end; ;) {
    const { words, clauses, parsedTo } = wordsOf(text, sentence, date, sentence, reach);
    const complete = parsedTo >= sentence.end;
    let more = false;
    for (const strict of [true, false]) {
      const title = words.length ? widen(text, words, clauses, date, strict, !complete) : '';
      if (title) return title;
      if (title === MORE) {
        more = true;
        break;
      }
    }
    if (!more) break;
    reach = parsedTo + 1;
  }
  // The sentence is a date and little else ("Tomorrow.", "2018."): the sentence before it says what happened.
  // A window before the sentence, not the text up to it: at a 400,000-character article, per event.
  const from = Math.max(0, sentence.start - 600);
  const before = text.slice(from, sentence.start).replace(/\s+$/, '');
  const prev = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('\n'), -1) + 1;
  if (before.length && prev < before.length) {
    const span = { start: from + prev, end: from + before.length };
    const title = headline(text, wordsOf(text, span).words, date, false);
    if (title) return title;
  }
  const all = wordsOf(text, sentence).words;
  return render(text, all);
}
