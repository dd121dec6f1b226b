// compromise's tokenizer (`methods.one.tokenize.fromString`) and its per-term
// 'alias' and 'machine' steps, with a shortcut for the plain words that are
// most of a sentence: a word of ASCII letters and digits followed by spaces or
// by sentence punctuation and spaces. For such a term compromise's steps
// (`splitWhitespace` reading each character against its punctuation tables
// through Unicode patterns; `normal` lower-casing and running a dozen
// replacements, the Unicode table and four acronym patterns; 'alias' and
// 'machine' another six patterns) come to the word itself, its punctuation
// after it, its lower case and its alias if compromise lists one. Every other
// term takes compromise's own steps. Pure TypeScript.
import nlp from 'compromise';

export interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal: string;
  alias?: string[];
}

interface World {
  model: {
    one: {
      prePunctuation: Record<string, boolean>;
      postPunctuation: Record<string, boolean>;
      emoticons: Record<string, unknown>;
      unicode: Record<string, string>;
      aliases: Record<string, string>;
      contractions: { word?: string }[];
    };
  };
  methods: {
    one: {
      tokenize: {
        splitSentences: (input: string, world: World) => string[];
        splitTerms: (sentence: string, model: World['model']) => string[];
        splitWhitespace: (term: string, model: World['model']) => Omit<Term, 'normal'>;
        fromString: (input: string, world: World) => Term[][];
      };
    };
  };
  compute: Record<'normal' | 'alias' | 'machine', (view: { docs: Term[][]; world: World }) => void>;
}

const world = nlp.world() as unknown as World;
const { tokenize } = world.methods.one;
const { model } = world;

/** The plain term: letters and digits, then sentence punctuation (no period-acronym can follow digits and letters alone) and spaces. */
const PLAIN = /^([A-Za-z0-9]+)([,.;:!?]* *)$/;

/**
 * The shortcut holds while compromise's tables say what it assumes: no letter, digit, space or the punctuation above
 * is punctuation compromise keeps on a word, no emoticon is made of them ("D:" would be), and its Unicode table changes no ASCII
 * letter or digit. A compromise whose tables say otherwise gets its own tokenizer for every term.
 */
const SHORTCUT_HOLDS = (() => {
  const { prePunctuation, postPunctuation, emoticons, unicode } = model.one;
  const plain = (s: string) => /^[A-Za-z0-9,.;:!? ]+$/.test(s);
  return (
    !Object.keys(prePunctuation).some(plain) &&
    !Object.keys(postPunctuation).some(plain) &&
    !Object.keys(emoticons).some(plain) &&
    Object.entries(unicode).every(([k, v]) => !/^[A-Za-z0-9]$/.test(k) || k === v)
  );
})();

/** compromise's steps for one term, on a document of that term alone (each step reads the term only). */
const step = (name: 'normal' | 'alias' | 'machine', term: Term) => world.compute[name]({ docs: [[term]], world });
const { aliases } = model.one;

/** compromise's terms of `input`, as `fromString` makes them and its 'alias' and 'machine' steps leave them. */
export function termsOf(input: string): Term[][] {
  if (!SHORTCUT_HOLDS) {
    const docs = tokenize.fromString(input, world);
    for (const t of docs.flat()) for (const name of ['alias', 'machine'] as const) step(name, t);
    return docs;
  }
  return tokenize.splitSentences(input, world).map((sentence) =>
    tokenize.splitTerms(sentence, model).map((raw) => {
      const m = PLAIN.exec(raw);
      if (m) {
        const normal = m[1].toLowerCase();
        // 'machine' changes no plain word ('s, in', dashes, # and @ only); 'alias' adds the listed one.
        const term: Term = { text: m[1], pre: '', post: m[2], tags: new Set<string>(), normal };
        if (Object.hasOwn(aliases, normal)) term.alias = [aliases[normal]];
        return term;
      }
      const term = tokenize.splitWhitespace(raw, model) as Term;
      for (const name of ['normal', 'alias', 'machine'] as const) step(name, term);
      return term;
    }),
  );
}

/** Words compromise's 'contractions' step splits whole ("gonna", "cannot"). */
const CONTRACTED = new Set(model.one.contractions.flatMap((o) => (o.word ? [o.word] : [])));
const DIGIT_FIRST = /^[+-]?[0-9]/;

/**
 * Whether compromise's 'contractions' step may change these terms: it splits a word with an apostrophe ("can't",
 * "there's", "l'amour"), a word its list holds ("gonna"), a number range ("44-2") and a number with a unit ("4km"),
 * which start with a digit. Most pieces of a sentence hold none, and the step (a scan of its list per word) is skipped.
 */
export const mayContract = (docs: Term[][]): boolean =>
  docs.some((terms) =>
    terms.some((t) => t.normal.includes("'") || CONTRACTED.has(t.normal) || DIGIT_FIRST.test(t.text) || DIGIT_FIRST.test(t.normal)),
  );
