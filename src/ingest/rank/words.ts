// compromise's words of a sentence with their offsets, parts of speech and
// clauses, for the titles of mentioned events (title.ts). Pure TypeScript.
import nlp from 'compromise';
import { mayContract, termsOf } from './terms';

export interface TextSpan {
  start: number;
  end: number;
}

export interface Word extends TextSpan {
  tags: Set<string>;
  normal: string;
  /** Punctuation before and after the word ("," in "However,"). */
  pre: string;
  post: string;
  /** Index of compromise's sentence within the parsed span. */
  sentence: number;
}

export /** A clause that starts so leans on the clause before it ("..., who tried to warn ..."). */
const RELATIVE = /^(?:who|whom|whose|which|including|where)$/;

/** compromise's own terms (`doc.docs`), read directly: `doc.json()` would copy each and rebuild each sentence's text. */
type Terms = { offset: { start: number; length: number }; text: string; tags: Set<string>; normal: string; post: string; pre: string }[][];
/**
 * compromise's first tagging pass. `nlp.tokenize` would run 'alias', 'normal', 'machine' and 'contractions' on
 * terms its tokenizer has already normalized; these are the same steps without 'normal' twice: the same terms and
 * tags on every sentence of the dev corpora and the demo, about a third less work. 'contractions' runs a second
 * time (as in `nlp.tokenize` + compute) only where the first split a word: "let's" gets Imperative from the second;
 * on an unchanged document it would find nothing the first did not. The match rules of the second pass are left
 * out: the same parts of speech on these words at a fifth of the cost.
 */
const AFTER = ['lexicon', 'preTagger', 'offset'];
/** compromise's world, typed as far as it is used here. */
const world = nlp.world() as {
  model: { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] } | undefined> } };
};
/** compromise's View class: a document of terms from the tokenizer is wrapped in it to run the steps above. */
const View = nlp.tokenize('').constructor as new (document: unknown) => ReturnType<typeof nlp.tokenize>;
/**
 * The parse of the sentence being titled, made a piece at a time: a title mostly needs the words up to the clause
 * that holds its date (title.ts asks for more when its clauses run out), and compromise's tagging is most of a
 * title's cost. The pieces end after a comma, semicolon or colon before a lower-case word: compromise's tagger
 * cuts its own chunks there too (`quickSplit`), so the words of a piece get the tags the whole sentence would give
 * them (it does not cut before a capital or a number, which may be a date or a place: "Monday, March 5").
 */
interface Lazy {
  text: string;
  start: number;
  end: number;
  /** Where each piece ends, the last at `end`. */
  cuts: number[];
  /** Pieces parsed so far. */
  parsed: number;
  words: Word[];
}
const PIECE_END = /[,;:](?=\s+\p{Ll})/gu;
let lazy: Lazy | undefined;

/** compromise's lexicon and tag tree: the tags a word has before its tagger runs. */
const model = world.model.one;
const lexiconTags = (word: string): string[] => {
  const t = Object.hasOwn(model.lexicon, word) ? model.lexicon[word] : undefined;
  const own = t === undefined ? [] : typeof t === 'string' ? [t] : t;
  return [...own, ...own.flatMap((x) => model.tagSet[x]?.parents ?? [])];
};
const MAYBE_DATE = new Set(['may', 'april', 'august', 'jan']);
const lastWord = (s: string) => (/[\p{L}\p{N}'’-]+(?=\W*$)/u.exec(s)?.[0] ?? '').toLowerCase();
const firstWord = (s: string) => (/^\W*([\p{L}\p{N}'’-]+)/u.exec(s)?.[1] ?? '').toLowerCase();
/**
 * compromise's `quickSplit` keeps the words either side of the comma in one chunk ("Yesterday, oil ...", "before
 * moving, in ...", "veggies, like figs"): where it would, a piece does not end either, so the tags stay the ones the
 * whole sentence gets. Read from its lexicon, as `quickSplit` reads the tags the lexicon step gave.
 */
function keptTogether(before: string, after: string): boolean {
  const a = lexiconTags(before);
  const b = lexiconTags(after);
  return (
    after === 'like' ||
    MAYBE_DATE.has(after) ||
    MAYBE_DATE.has(before) ||
    b.includes('Place') ||
    b.includes('Date') ||
    a.includes('Date') ||
    a.includes('Adjective') ||
    b.includes('Adjective')
  );
}

/**
 * compromise's words of text[span], parsed at least as far as `reach` (the whole span by default), with offsets into
 * text; `parsedTo`: where the words parsed so far end (span.end once complete).
 */
function parse(text: string, span: TextSpan, reach = Infinity): { words: Word[]; parsedTo: number } {
  if (!lazy || lazy.text !== text || lazy.start !== span.start || lazy.end !== span.end) {
    const cuts: number[] = [];
    const sentence = text.slice(span.start, span.end);
    for (const m of sentence.matchAll(PIECE_END)) {
      if (
        !keptTogether(lastWord(sentence.slice(Math.max(0, m.index - 40), m.index)), firstWord(sentence.slice(m.index + 1, m.index + 40)))
      ) {
        cuts.push(span.start + m.index + 1);
      }
    }
    cuts.push(span.end);
    lazy = { text, start: span.start, end: span.end, cuts, parsed: 0, words: [] };
  }
  const l = lazy;
  while (l.parsed < l.cuts.length && (l.parsed === 0 || l.cuts[l.parsed - 1] < reach)) {
    const from = l.parsed ? l.cuts[l.parsed - 1] : l.start;
    // A piece after the first continues the sentence the last one ended in.
    const base = l.words.length ? l.words[l.words.length - 1].sentence : 0;
    const had = l.words.length;
    parsePiece(text, from, l.cuts[l.parsed], l.parsed > 0, base, l.words);
    // compromise may keep the mark off its last word ("1980–1987;"): then the piece ends no clause, and is read again
    // with the next one.
    const end = l.words[l.words.length - 1];
    if (l.parsed + 1 < l.cuts.length && !(l.words.length > had && /[,;:]/.test(end.post))) {
      l.words.length = had;
      l.cuts.splice(l.parsed, 1);
      continue;
    }
    l.parsed++;
  }
  return { words: l.words, parsedTo: l.cuts[l.parsed - 1] };
}

/** compromise's words of text[from, to), appended to `out`; `inner`: the piece does not start a sentence. */
function parsePiece(text: string, from: number, to: number, inner: boolean, base: number, out: Word[]): void {
  const terms = termsOf(text.slice(from, to));
  const doc = new View(terms);
  if (mayContract(terms)) {
    const tokens = (doc.docs as unknown as Terms).map((t) => t.slice());
    doc.compute('contractions'); // after 'alias' and 'machine', which termsOf runs
    const first = doc.docs as unknown as Terms;
    const split =
      first.length !== tokens.length || first.some((t, i) => t.length !== tokens[i].length || t.some((w, j) => w !== tokens[i][j]));
    if (split) doc.compute('contractions');
  }
  doc.compute(AFTER);
  (doc.docs as unknown as Terms).forEach((terms, sentence) => {
    for (const t of terms) {
      if (!t.offset.length) continue;
      const start = from + t.offset.start;
      // The first tagging pass leaves possessives untagged: "last year's". The set is the term's own: this parse's
      // document is dropped once read.
      const { tags } = t;
      if (/['’]s$/.test(t.text)) tags.add('Possessive');
      // A capital mid-sentence marks a name ("Super Tuesday"); the first word's says nothing.
      if (/^\p{Lu}/u.test(t.text) && (t !== terms[0] || (inner && sentence === 0))) tags.add('TitleCase');
      out.push({ start, end: start + t.offset.length, tags, normal: t.normal, pre: t.pre, post: t.post, sentence: base + sentence });
    }
  });
}

/**
 * The words of `span` (within the parse of `outer`) and their clauses: cut
 * after a comma, semicolon, colon or dash and before a relative pronoun
 * (`doc.clauses()` cuts much the same but costs three parses). With `date`,
 * only compromise's sentence that holds it: a quote of several sentences
 * ("I didn't get any work. [...] eight years ago, ...") keeps its own.
 */
export function wordsOf(
  text: string,
  span: TextSpan,
  date?: TextSpan,
  outer: TextSpan = span,
  reach = Infinity,
): { words: Word[]; clauses: TextSpan[]; parsedTo: number } {
  const parsed = parse(text, outer, reach);
  let all = parsed.words.filter((w) => w.start >= span.start && w.end <= span.end);
  const at = date && all.find((w) => w.end > date.start);
  if (at) all = all.filter((w) => w.sentence === at.sentence);
  const words: Word[] = [];
  const clauses: TextSpan[] = [];
  let open = -1;
  for (const w of all) {
    if (open >= 0 && (RELATIVE.test(w.normal) || /[—–]/.test(w.pre))) {
      // "in which" starts the clause at its preposition.
      const back = words.length > 1 && words[words.length - 1].tags.has('Preposition') && words[words.length - 1].start > open ? 1 : 0;
      clauses.push({ start: open, end: words[words.length - 1 - back].end });
      open = back ? words[words.length - 1].start : -1;
    }
    if (open < 0) open = w.start;
    words.push(w);
    if (/[,;:—–]/.test(w.post)) {
      clauses.push({ start: open, end: w.end });
      open = -1;
    }
  }
  if (open >= 0) clauses.push({ start: open, end: words[words.length - 1].end });
  return { words, clauses, parsedTo: parsed.parsedTo };
}
