// What vis-timeline is given: only the items around the visible window, and
// a group box wherever too many events share a bucket. vis-timeline's cost
// follows the number of items it shows (toolchain.md), so this keeps it small
// whatever the corpus size.
import { formatPartial, toIsoDay } from '../corpus/dates';
import type { CorpusIndex, TimeWindow } from '../model/corpus-index';
import { bucketOf, unitFor } from './buckets';
import { firstCandidate, isContext } from '../query/window-scan';
import { toItem, type EventItem } from './items';

/** Width of a bucket on screen: about one item label. */
export const BUCKET_PX = 110;
/** Events a bucket shows one by one before it becomes a group. */
export const MAX_PER_BUCKET = 3;
/**
 * Below a day's scale no zoom can split a group further (dates are days at
 * best), so a day's events stack, up to this many.
 */
const MAX_PER_DAY_BUCKET = 30;
const DAY_MS = 864e5;
export interface LayoutInput {
  index: CorpusIndex;
  mask: Uint8Array;
  window: TimeWindow;
  widthPx: number;
  selectedId: string | null;
}

export function layoutItems({ index, mask, window, widthPx, selectedId }: LayoutInput): EventItem[] {
  const width = window.end - window.start;
  // One screen either side, so a pan shows items before the next layout.
  const from = window.start - width;
  const to = window.end + width;
  const unit = unitFor((width / Math.max(widthPx, 1)) * BUCKET_PX);
  const buckets = new Map<string, { start: number; end: number; events: number[] }>();
  const items: EventItem[] = [];
  const { starts, ends, eventsInOrder } = index;

  // The selected event always shows on its own, whatever its bucket holds.
  const selected = selectedId === null ? undefined : index.orderOf.get(selectedId);
  if (selected !== undefined && mask[selected] && starts[selected] < to && ends[selected] > from) {
    items.push(toItem(eventsInOrder[selected]));
  }
  // Events come in time order, so the bucket changes only now and then:
  // look it up (which builds dates) only when it does.
  let bucket: { start: number; end: number; events: number[] } | undefined;
  for (let i = firstCandidate(index, from, width); i < starts.length && starts[i] < to; i++) {
    if (!mask[i] || ends[i] <= from || i === selected || isContext(index, i, width)) continue;
    const t = Math.max(starts[i], from);
    if (!bucket || t < bucket.start || t >= bucket.end) {
      const b = bucketOf(t, unit);
      bucket = buckets.get(b.key) ?? { start: b.start, end: b.end, events: [] };
      buckets.set(b.key, bucket);
    }
    bucket.events.push(i);
  }

  const fine = unit.kind === 'ms' && unit.size < DAY_MS;
  for (const [key, bucket] of buckets) {
    if (bucket.events.length <= (fine ? MAX_PER_DAY_BUCKET : MAX_PER_BUCKET)) {
      for (const i of bucket.events) items.push(toItem(eventsInOrder[i]));
    } else {
      items.push(groupItem(key, bucket.start, bucket.end, bucket.events.length, unit.name));
    }
  }
  return items;
}

export const GROUP_PREFIX = 'group:';

function groupItem(key: string, start: number, end: number, count: number, unitName: string): EventItem {
  const label = `${count.toLocaleString('en')} events`;
  return {
    id: `${GROUP_PREFIX}${key}`,
    type: 'box',
    start: new Date((start + end) / 2),
    label,
    dateLabel: bucketLabel(start, end, unitName),
    className: 'dl-group',
    content: '',
    groupRange: { start, end },
  };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "June 2024", "Apr–Jun 2024", "2020–2029", "19 June 2024 – 25 June 2024". */
function bucketLabel(start: number, end: number, unitName: string): string {
  const iso = toIsoDay(new Date(start));
  const last = new Date(end - 1);
  if (unitName === 'month') return formatPartial(iso.slice(0, 7));
  if (unitName === 'quarter' || unitName === 'half year') {
    return `${SHORT_MONTHS[new Date(start).getMonth()]}–${SHORT_MONTHS[last.getMonth()]} ${iso.slice(0, 4)}`;
  }
  if (unitName === 'year') return iso.slice(0, 4);
  if (/year|decade/.test(unitName)) return `${iso.slice(0, 4)}–${last.getFullYear()}`;
  if (unitName === 'week') return `${formatPartial(iso)} – ${formatPartial(toIsoDay(last))}`;
  return formatPartial(iso);
}
