// The ingest's extractor: sentences -> actors and mentions -> quotes and
// their speakers -> dated (mentioned) events. Bounded per article: a text
// budget and a work budget (sentences, names), with a warning naming the file
// when either cuts. Work, not time: a busy machine must not cache a cut-short
// extraction that an idle one would have finished.
import type { Article, CorpusEvent, Warning } from '../../corpus/schema';
import type { ArticleExtraction } from '../assemble';
import { ledeSpan } from '../lede';
import { findActors } from './actors';
import { dateContext, findDates, type DateHit } from './dates';
import { lexTags } from './gazetteer';
import { buildEvents } from './events';
import { attributeQuotes, findQuoteSpans } from './quotes';
import { splitSentences } from './text';

/** Characters of a body that are read; the rest of a huge article is kept but not extracted. */
export const MAX_EXTRACT_CHARS = 400_000;
/** Sentences each scan of one article reads: about as many as MAX_EXTRACT_CHARS holds (the longest wikinews article has 1,007). */
export const MAX_SENTENCES = 4_000;
/** Names found in one article that quotes and events are built from. */
export const MAX_MENTIONS = 20_000;

export interface DatelineExtraction extends ArticleExtraction {
  /** Actors of the article for its `published` event (assemble sets them when it knows the field). */
  publishedActorIds: string[];
}

export function extractArticle(article: Article): DatelineExtraction {
  const { text } = article;
  const file = article.file ?? `${article.id}.txt`;
  const warnings: Warning[] = [];
  const limit = Math.min(text.length, MAX_EXTRACT_CHARS);
  if (limit < text.length) {
    warnings.push({ file, message: `extraction read only the first ${limit} of ${text.length} characters` });
  }
  let cut = false;
  /** A scan's `stop()`, asked once per sentence: true once the scan has had its MAX_SENTENCES. */
  const budget = () => {
    let used = 0;
    return () => ++used > MAX_SENTENCES && (cut = true);
  };
  const stop = budget();

  const sentences = splitSentences(text, 0, limit);
  const named = findActors(article.id, text, sentences, budget());
  if (named.length > MAX_MENTIONS) cut = true;
  const found = cut ? named.slice(0, MAX_MENTIONS) : named;
  // Quotes are read as far as the sentence budget lets the scans go.
  const reach = sentences.length > MAX_SENTENCES ? sentences[MAX_SENTENCES - 1].end : limit;
  const { spans, unclosed } = findQuoteSpans(text, 0, reach);
  if (unclosed > 0) warnings.push({ file, message: `${unclosed} quote mark(s) never closed; those quotes were skipped` });
  // A demonym before a noun ("a Ukrainian passenger jet") speaks for no one.
  const quotes = attributeQuotes(
    article.id,
    text,
    spans,
    found.filter((f) => !f.attribute),
  );

  // One context for the article: a sentence's dates resolve against the last date an earlier one placed.
  const dateCtx = dateContext(article.date);
  const events: CorpusEvent[] = [];
  const bySentence = new Map<number, typeof found>();
  for (const f of found) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  for (let i = 0; i < sentences.length && !stop(); i++) {
    const dates = withoutCoarser(findDates(text, sentences[i], dateCtx));
    if (dates.length) events.push(...buildEvents(article.id, text, sentences[i], dates, bySentence.get(i) ?? [], events.length + 1));
  }
  if (cut) {
    warnings.push({
      file,
      message:
        `extraction stopped at its work budget (${MAX_SENTENCES} sentences, ${MAX_MENTIONS} names)` +
        `; the rest of the article has no actors or events`,
    });
  }

  addPronounActors(text, events, found);
  const actors = [...new Map(found.map((f) => [f.actor.id, f.actor])).values()];
  return {
    actors,
    mentions: found.filter((f) => !f.attribute).map((f) => f.mention),
    events,
    quotes,
    warnings,
    publishedActorIds: publishedActors(text, found),
  };
}

/** "Yesterday, at this year's conference": a date that only contains another date of the sentence is no event of its own. */
function withoutCoarser(dates: DateHit[]): DateHit[] {
  return dates.filter((d) => d.date.end || !dates.some((e) => e !== d && e.date.start.startsWith(`${d.date.start}-`)));
}

/**
 * "In 1986 he bought Pixar": a clause whose subject is "he"/"she" gets the person named last before it (of that gender
 * when the first name tells).
 */
function addPronounActors(text: string, events: CorpusEvent[], found: ArticleExtractionFound): void {
  for (const e of events) {
    const pro = /\b([Hh]e|[Ss]he)\b/.exec(text.slice(e.span[0], e.span[1]));
    if (!pro) continue;
    const at = e.span[0] + pro.index;
    const own = found.filter((f) => f.mention.span[0] >= e.span[0] && f.mention.span[1] <= at && f.actor.kind === 'person');
    if (own.length) continue;
    const wrong = pro[1].toLowerCase() === 'he' ? 'FemaleName' : 'MaleName';
    const person = found
      .filter(
        (f) =>
          f.actor.kind === 'person' &&
          f.mention.span[1] <= e.span[0] &&
          !lexTags(f.actor.name.split(/\s+/)[0].toLowerCase()).includes(wrong),
      )
      .pop();
    if (person && !e.actorIds.includes(person.actor.id)) e.actorIds.push(person.actor.id);
  }
}

/** The actors of the lede sentence, then every other actor of the article. */
export function publishedActors(text: string, found: ArticleExtractionFound): string[] {
  const [a, b] = ledeSpan(text);
  const lede = found.filter((f) => f.mention.span[0] >= a && f.mention.span[1] <= b);
  return [...new Set([...lede, ...found].map((f) => f.actor.id))];
}
type ArticleExtractionFound = ReturnType<typeof findActors>;

export const extract = extractArticle;
