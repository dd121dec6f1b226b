import { formatPartial, toIsoDay } from '../corpus/dates';

// Calendar buckets for grouping crowded items: the smallest unit at least
// `minMs` wide, aligned to the calendar so groups stay put while panning.
export type BucketUnit =
  | { kind: 'ms'; size: number; name: string; /** weeks start on Monday, 4 days after the epoch */ shift?: number }
  | { kind: 'month'; count: number; name: string };

const H = 3600e3;
const D = 24 * H;
const UNITS: BucketUnit[] = [
  { kind: 'ms', size: H, name: 'hour' },
  { kind: 'ms', size: 3 * H, name: '3 hours' },
  { kind: 'ms', size: 6 * H, name: '6 hours' },
  { kind: 'ms', size: 12 * H, name: '12 hours' },
  { kind: 'ms', size: D, name: 'day' },
  { kind: 'ms', size: 7 * D, name: 'week', shift: 4 * D },
  { kind: 'month', count: 1, name: 'month' },
  { kind: 'month', count: 3, name: 'quarter' },
  { kind: 'month', count: 6, name: 'half year' },
  { kind: 'month', count: 12, name: 'year' },
  { kind: 'month', count: 24, name: '2 years' },
  { kind: 'month', count: 60, name: '5 years' },
  { kind: 'month', count: 120, name: 'decade' },
  { kind: 'month', count: 600, name: '50 years' },
];
const APPROX_MS: Record<string, number> = { month: 30.44 * D };

export function unitFor(minMs: number): BucketUnit {
  return UNITS.find((u) => (u.kind === 'ms' ? u.size : u.count * APPROX_MS.month) >= minMs) ?? UNITS[UNITS.length - 1];
}

/** The bucket holding `ms`: a stable key and its [start, end) in ms. */
export function bucketOf(ms: number, unit: BucketUnit): { key: string; start: number; end: number } {
  if (unit.kind === 'ms') {
    // Local midnight-aligned: shift by the zone offset so days start at 00:00 on the axis.
    const offset = new Date(ms).getTimezoneOffset() * 60e3 + (unit.shift ?? 0);
    const start = Math.floor((ms - offset) / unit.size) * unit.size + offset;
    return { key: `${unit.name}:${start}`, start, end: start + unit.size };
  }
  const d = new Date(ms);
  const months = d.getFullYear() * 12 + d.getMonth();
  const first = Math.floor(months / unit.count) * unit.count;
  const start = monthStart(first);
  return { key: `${unit.name}:${first}`, start, end: monthStart(first + unit.count) };
}

function monthStart(months: number): number {
  const d = new Date(2000, 0, 1);
  d.setFullYear(Math.floor(months / 12), ((months % 12) + 12) % 12, 1);
  return d.getTime();
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "June 2024", "Apr–Jun 2024", "2020–2029", "19 June 2024 – 25 June 2024". */
export function bucketLabel(start: number, end: number, unitName: string): string {
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
