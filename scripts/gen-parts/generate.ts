// Corpus parts for a generated archive of any size, written directly (no
// article files, no extraction): each part a contract-shaped corpus of
// `perPart` consecutive articles (a stretch of time), its actors final, its
// salience scored by the ingest's own function over the part. Only one part is
// in memory at a time. Same seed, same bytes.
import fs from 'node:fs';
import path from 'node:path';
import {
  publishedEventId,
  SCHEMA_VERSION,
  validateCorpus,
  type Actor,
  type Article,
  type Corpus,
  type CorpusEvent,
  type EventDate,
  type Quote,
} from '../../src/corpus/schema';
import { ledeSpan } from '../../src/ingest/lede';
import { addSalience } from '../../src/ingest/rank/salience';
import { rng } from '../gen-corpus';
import { fill, templatesOf, type Template, type Templates } from './templates';
import { buildTimeline, FIRST_DAY, type Story, type Timeline } from './timeline';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export interface PartsOptions {
  articles: number;
  seed: number;
  /** Articles per part (bounds the memory). */
  perPart?: number;
  /** Distinct actors the archive can name. */
  actors?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Openers that read right in lower case after "On 3 May 2011, " (names keep their capital). */
const OPENERS = [
  ...['The', 'A', 'An', 'In', 'On', 'At', 'It', 'This', 'These', 'Those', 'They', 'He', 'She', 'His', 'Her', 'Its', 'Their', 'There'],
  ...['After', 'Before', 'But', 'However', 'According', 'Search', 'Rescue', 'Then', 'Over', 'Officials', 'Police', 'Scientists'],
  ...['Researchers', 'Authorities', 'Earlier', 'Later', 'Several', 'Many', 'Some', 'Two', 'Three', 'When', 'While', 'During', 'As'],
  ...['Since', 'Earthquake'],
];
export const COMMON_OPENER = new RegExp(`^(${OPENERS.join('|')})\\b`);

const dayDate = (day: number) => new Date(FIRST_DAY + day * 864e5);
const isoDay = (day: number) => dayDate(day).toISOString().slice(0, 10);
const year4 = (y: number) => String(Math.max(0, y)).padStart(4, '0');

interface Dated {
  date: EventDate;
  phrase: string;
}

/** A mentioned event's date: the story's key days, days just before, months, years, a range, days ahead. */
function mentionedDate(day: number, story: Story | null, random: () => number): Dated {
  const r = random();
  const at = (d: number): Dated => {
    const date = dayDate(d);
    return { date: { start: isoDay(d) }, phrase: `On ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
  };
  if (story && r < 0.35) return at(story.keyDays[Math.floor(random() * story.keyDays.length)]);
  if (r < 0.6) return at(day - 1 - Math.floor(random() * 14));
  if (r < 0.68) return at(day + 1 + Math.floor(random() * 60));
  const now = dayDate(day);
  if (r < 0.83) {
    const back = Math.floor(random() * 24);
    const m = now.getUTCFullYear() * 12 + now.getUTCMonth() - back;
    const y = Math.floor(m / 12);
    return { date: { start: `${year4(y)}-${String((m % 12) + 1).padStart(2, '0')}` }, phrase: `In ${MONTHS[m % 12]} ${y}` };
  }
  const y = now.getUTCFullYear() - 1 - Math.floor(random() * 20);
  if (r < 0.94) {
    const approximate = random() < 0.2;
    return { date: { start: year4(y), ...(approximate ? { approximate } : {}) }, phrase: `${approximate ? 'Around' : 'In'} ${y}` };
  }
  const until = Math.min(now.getUTCFullYear(), y + 1 + Math.floor(random() * 8));
  return { date: { start: year4(y), end: year4(until) }, phrase: `Between ${y} and ${until}` };
}

const one = <T>(xs: T[], random: () => number) => xs[Math.floor(random() * xs.length)];

interface Made {
  article: Article;
  events: CorpusEvent[];
  quotes: Quote[];
  /** Every actor the article names, once per naming. */
  named: Actor[];
}

/** One article: its title from a headline template, a body of dated sentences from event templates, quotes of its people. */
function makeArticle(i: number, width: number, day: number, story: Story | null, ctx: Context): Made {
  const { random, vocabulary, templates } = ctx;
  const id = `g${String(i + 1).padStart(width, '0')}`;
  const pool: Actor[] = story ? story.cast.filter((_, k) => k === 0 || random() < 0.6) : [];
  for (let k = (story ? 0 : 1) + Math.floor(random() * 3); k > 0; k--) {
    const a = vocabulary.draw(random);
    if (!pool.includes(a)) pool.push(a);
  }
  const named: Actor[] = [];
  const other = (kind: Actor['kind']) => {
    const a = vocabulary.drawKind(kind, random);
    if (!pool.includes(a)) pool.push(a);
    return a;
  };
  const title = (t: Template) => {
    const r = fill(t, pool, other, random);
    named.push(...r.actors);
    return r;
  };
  const head = title(one(templates.published, random));
  const date = dayDate(day);
  const dateline = `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  let text = `${dateline}\n\n${head.title}.`;
  const events: CorpusEvent[] = [];
  const quotes: Quote[] = [];
  const count = 1 + Math.floor(14 * random() ** 2.5); // 2..15 events with the published one
  for (let k = 1; k <= count; k++) {
    // Mostly a sentence that names one of the article's actors not named yet.
    const unnamed = pool.find((a) => !named.includes(a));
    const body = title(one((unnamed && random() < 0.7 && templates.withKind.get(unnamed.kind)) || templates.mentioned, random));
    const when = mentionedDate(day, story, random);
    const lead = COMMON_OPENER.test(body.title) ? body.title[0].toLowerCase() + body.title.slice(1) : body.title;
    text += k % 2 === 1 ? '\n\n' : ' ';
    const start = text.length;
    text += `${when.phrase}, ${lead}.`;
    const event: CorpusEvent = {
      id: `${id}.e${k}`,
      articleId: id,
      kind: 'mentioned',
      date: when.date,
      title: body.title,
      span: [start, text.length],
      actorIds: body.actors.map((a) => a.id),
    };
    // About one event in four is followed by a quote of one of the article's people.
    if (random() < 0.27) {
      const speaker = pool.find((a) => a.kind === 'person' && random() < 0.7) ?? other('person');
      const words = one(templates.quotes, random);
      text += ` “`;
      const q = text.length;
      text += `${words[0].toUpperCase()}${words.slice(1)},” said ${speaker.name}.`;
      named.push(speaker);
      quotes.push({
        id: `${id}.q${quotes.length + 1}`,
        articleId: id,
        text: text.slice(q, q + words.length),
        speakerId: speaker.id,
        span: [q, q + words.length],
        eventId: event.id,
      });
      event.span = [start, text.length];
    }
    events.push(event);
  }
  const article: Article = { id, date: isoDay(day), title: head.title, text: `${text}\n` };
  const published: CorpusEvent = {
    id: publishedEventId(id),
    articleId: id,
    kind: 'published',
    date: { start: article.date },
    title: head.title,
    span: ledeSpan(article.text),
    actorIds: [...new Set([...head.actors, ...(story ? [story.cast[0]] : [])].map((a) => a.id))],
  };
  return { article, events: [published, ...events], quotes, named };
}

interface Context {
  random: () => number;
  vocabulary: Vocabulary;
  templates: Templates;
  timeline: Timeline;
}

/** The parts of an `articles`-article archive, one at a time. `source`: an ingested corpus whose actors and titles it reuses. */
export function* generateParts(source: Corpus, options: PartsOptions): Generator<Corpus> {
  const { articles: n, seed, perPart = 10_000 } = options;
  const random = rng(seed);
  const vocabulary = buildVocabulary(source, options.actors ?? Math.min(200_000, Math.max(2_000, Math.round(n / 5))), random);
  const ctx: Context = { random, vocabulary, templates: templatesOf(source), timeline: buildTimeline(n, vocabulary, random) };
  const byId = new Map(vocabulary.actors.map((a) => [a.id, a]));
  const width = String(n).length;
  for (let from = 0; from < n; from += perPart) {
    const part: Corpus = {
      schemaVersion: SCHEMA_VERSION,
      name: 'generated',
      articles: [],
      actors: [],
      mentions: [],
      events: [],
      quotes: [],
      warnings: [],
    };
    const counts = new Map<string, number>();
    for (let i = from; i < Math.min(n, from + perPart); i++) {
      const day = ctx.timeline.dayOf(i);
      const made = makeArticle(i, width, day, ctx.timeline.storyOf(day, random), ctx);
      part.articles.push(made.article);
      part.events.push(...made.events);
      part.quotes.push(...made.quotes);
      for (const a of made.named) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
      for (const e of made.events) for (const id of e.actorIds) if (!counts.has(id)) counts.set(id, 0);
    }
    // A city's country is an actor of every part that names the city.
    for (const id of [...counts.keys()]) {
      const within = byId.get(id)?.partOf;
      if (within && !counts.has(within)) counts.set(within, 0);
    }
    part.actors = [...counts].map(([id, count]) => {
      const a = byId.get(id)!;
      return { ...a, aliases: [...new Set([a.name, ...a.aliases])], aliasCounts: { [a.name]: count } };
    });
    addSalience(part);
    yield part;
  }
}

const PART_FILE = /^part-\d+\.json$/;

/**
 * Writes the parts as `part-00000.json`...; an existing folder must be empty or hold only earlier parts. `check`: validate
 * every part against the contract.
 */
export function writeParts(
  dir: string,
  parts: Iterable<Corpus>,
  check = true,
  onPart?: (done: number) => void,
): { parts: number; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  const old = fs.readdirSync(dir);
  const foreign = old.find((f) => !PART_FILE.test(f));
  if (foreign) throw new Error(`${dir} holds files this generator did not write (${foreign}); use an empty folder`);
  for (const f of old) fs.rmSync(path.join(dir, f));
  let count = 0;
  let bytes = 0;
  for (const part of parts) {
    if (check) validateCorpus(part);
    const json = JSON.stringify(part);
    fs.writeFileSync(path.join(dir, `part-${String(count).padStart(5, '0')}.json`), json);
    bytes += Buffer.byteLength(json);
    count++;
    onPart?.(count);
  }
  return { parts: count, bytes };
}
