// The lede: the body's first sentence. It titles an untitled article and is
// the span of the article's own (published) event.
import type { Span } from '../corpus/schema';
import { splitSentences } from './extract/text';

// A dateline such as "Friday, January 4, 2019" repeats the date: it is no lede.
const DATELINE = /^\s*(?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}[\s\u00a0]*$/;

/** The span of the body's first sentence, past a dateline line. */
export function ledeSpan(text: string): Span {
  // Line by line from the top (not `split`: the lede is near the start of a text of any length).
  for (let offset = 0; offset <= text.length;) {
    const nl = text.indexOf('\n', offset);
    const line = text.slice(offset, nl < 0 ? text.length : nl);
    if (line.trim() !== '' && !DATELINE.test(line)) {
      // The extractor's own splitter: "St. Louis", "Mr. Putin" do not end the lede.
      const first = splitSentences(text, offset, offset + line.length)[0];
      return first ? [first.start, first.end] : [offset, offset + line.length];
    }
    offset += line.length + 1;
  }
  return [0, 0];
}
