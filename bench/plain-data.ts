// The plain comparison page's data (bench/plain): every event as the box /
// point / range vis-timeline draws by default, and the window it opens on.
import fs from 'node:fs';
import type { DataItem } from 'vis-timeline/peer';
import { dateSpan, isPointDate } from '../src/corpus/dates';
import type { Corpus, CorpusEvent } from '../src/corpus/schema';
import { readParts } from '../src/ingest/tiles/read-parts';
import { fitWindow } from '../src/store/view-store';

function plainItem(e: CorpusEvent): DataItem {
  const span = dateSpan(e.date);
  const mid = new Date(span.start.getTime() + 12 * 3600e3);
  if (e.kind === 'published') return { id: e.id, type: 'box', start: mid, content: e.title };
  if (isPointDate(e.date)) return { id: e.id, type: 'point', start: mid, content: e.title };
  return { id: e.id, type: 'range', start: span.start, end: span.end, content: e.title };
}

/** Opens on the publication dates, as the app does (mentions reach back centuries). */
class NewsExtent {
  start = Infinity;
  end = -Infinity;
  add(item: DataItem): void {
    if (item.type !== 'box') return;
    // Not Math.min(...items): spreading 100,000 arguments overflows the stack.
    this.start = Math.min(this.start, +item.start);
    this.end = Math.max(this.end, +item.start);
  }
  window() {
    return fitWindow({ start: this.start, end: this.end });
  }
}

export function plainData(corpus: Corpus) {
  const extent = new NewsExtent();
  const items = corpus.events.map(plainItem);
  for (const item of items) extent.add(item);
  return { window: extent.window(), items };
}

/**
 * The same JSON for a corpus in parts too large to hold at once (a million
 * articles): written item by item, one part at a time. Resolves to the bytes written.
 */
export async function writePlainData(parts: string, file: string): Promise<number> {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const put = (text: string) => (bytes += fs.writeSync(fd, text));
  try {
    const extent = new NewsExtent();
    let first = true;
    put('{"items":[');
    for await (const { corpus } of readParts(parts)) {
      const chunk = corpus.events.map((e) => {
        const item = plainItem(e);
        extent.add(item);
        return JSON.stringify(item);
      });
      if (chunk.length === 0) continue;
      put((first ? '' : ',') + chunk.join(','));
      first = false;
    }
    put(`],"window":${JSON.stringify(extent.window())}}`);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}
