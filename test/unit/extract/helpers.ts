import type { Article } from '../../../src/corpus/schema';
import { extractArticle, type DatelineExtraction } from '../../../src/ingest/extract/extract-article';

export function run(text: string, date = '2024-06-19'): { article: Article; out: DatelineExtraction } {
  const article: Article = { id: 'a1', date, title: 't', text, file: 'a1.txt' };
  return { article, out: extractArticle(article) };
}

/** Every span of the extraction lies inside the text and cuts what it claims. */
export function spansValid(text: string, out: DatelineExtraction): boolean {
  const ok = ([s, e]: [number, number]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length;
  return (
    out.mentions.every((m) => ok(m.span)) &&
    out.events.every((e) => ok(e.span)) &&
    out.quotes.every((q) => ok(q.span) && text.slice(q.span[0], q.span[1]) === q.text)
  );
}

/** Every mention as "surface=kind" (nested names included), in text order. */
export function names(text: string): string[] {
  const { out } = run(text);
  const kind = new Map(out.actors.map((a) => [a.id, a.kind]));
  return [...out.mentions]
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
    .map((m) => `${text.slice(m.span[0], m.span[1])}=${kind.get(m.actorId)}`);
}
