// compromise's words of a sentence with their offsets, parts of speech and
// clauses, for the titles of mentioned events (title.ts). Pure TypeScript.
import nlp from 'compromise';

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
const BEFORE = ['alias', 'machine', 'contractions'];
const AFTER = ['lexicon', 'preTagger', 'offset'];
/** compromise's world, typed as far as it is used here: its tokenizer, which splits and normalizes terms. */
const world = nlp.world() as { methods: { one: { tokenize: { fromString: (input: string, world: object) => unknown } } } };
/** compromise's View class: a document of terms from the tokenizer is wrapped in it to run the steps above. */
const View = nlp.tokenize('').constructor as new (document: unknown) => ReturnType<typeof nlp.tokenize>;
/** The last parse: a sentence with several dates is parsed once for all its events (a parse is most of a title's cost). */
let last: { text: string; start: number; end: number; words: Word[] } | undefined;

/** compromise's words of text[span], with offsets into text. */
function parse(text: string, span: TextSpan): Word[] {
  if (last && last.text === text && last.start === span.start && last.end === span.end) return last.words;
  const words: Word[] = [];
  const doc = new View(world.methods.one.tokenize.fromString(text.slice(span.start, span.end), world));
  const tokens = (doc.docs as unknown as Terms).map((t) => t.slice());
  doc.compute(BEFORE);
  const first = doc.docs as unknown as Terms;
  const split =
    first.length !== tokens.length || first.some((t, i) => t.length !== tokens[i].length || t.some((w, j) => w !== tokens[i][j]));
  if (split) doc.compute('contractions');
  doc.compute(AFTER);
  (doc.docs as unknown as Terms).forEach((terms, sentence) => {
    for (const t of terms) {
      if (!t.offset.length) continue;
      const start = span.start + t.offset.start;
      // The first tagging pass leaves possessives untagged: "last year's".
      const tags = new Set(t.tags);
      if (/['’]s$/.test(t.text)) tags.add('Possessive');
      // A capital mid-sentence marks a name ("Super Tuesday"); the first word's says nothing.
      if (/^\p{Lu}/u.test(t.text) && t !== terms[0]) tags.add('TitleCase');
      words.push({ start, end: start + t.offset.length, tags, normal: t.normal, pre: t.pre, post: t.post, sentence });
    }
  });
  last = { text, start: span.start, end: span.end, words };
  return words;
}

/**
 * The words of `span` (within the parse of `outer`) and their clauses: cut
 * after a comma, semicolon, colon or dash and before a relative pronoun
 * (`doc.clauses()` cuts much the same but costs three parses). With `date`,
 * only compromise's sentence that holds it: a quote of several sentences
 * ("I didn't get any work. [...] eight years ago, ...") keeps its own.
 */
export function wordsOf(text: string, span: TextSpan, date?: TextSpan, outer: TextSpan = span): { words: Word[]; clauses: TextSpan[] } {
  let all = parse(text, outer).filter((w) => w.start >= span.start && w.end <= span.end);
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
  return { words, clauses };
}
