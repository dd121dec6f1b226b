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

/** The actor name of the mention that is exactly the `nth` occurrence of `surface` in `text`. */
export function nameAt(text: string, surface: string, nth = 0): string | undefined {
  const { out } = run(text);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  const m = out.mentions.find((x) => x.span[0] === at && x.span[1] === at + surface.length);
  return out.actors.find((a) => a.id === m?.actorId)?.name;
}
