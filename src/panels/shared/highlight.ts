// Splits an article's text into runs marked by the spans that cover them, so
// the event's sentence and its quotes can be highlighted as plain text.
import { fold } from '../../corpus/fold';
import type { Span } from '../../corpus/schema';

export interface Run {
  text: string;
  start: number;
  marks: string[];
}

export function markRuns(text: string, spans: { span: Span; mark: string }[]): Run[] {
  const edges = new Set([0, text.length]);
  const valid = spans.filter(({ span: [s, e] }) => s < e && s >= 0 && e <= text.length);
  for (const { span } of valid) {
    edges.add(span[0]);
    edges.add(span[1]);
  }
  const points = [...edges].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const marks = valid.filter(({ span }) => span[0] <= s && span[1] >= e).map((v) => v.mark);
    const last = runs[runs.length - 1];
    if (last && last.marks.join() === marks.join()) last.text += text.slice(s, e);
    else runs.push({ text: text.slice(s, e), start: s, marks });
  }
  return runs;
}

/**
 * The words of `text` that a search for `query` matches, as spans: each query
 * word as a folded prefix of a text word (the search's own rule), so the
 * marks show why a result matched.
 */
export function querySpans(text: string, query: string): Span[] {
  const terms = query
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(fold);
  if (terms.length === 0) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = fold(m[0]);
    if (terms.some((t) => word.startsWith(t))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
