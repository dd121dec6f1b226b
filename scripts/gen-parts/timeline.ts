// When a generated archive's articles appear: a background that grows over
// the years and dips at weekends, plus stories (bursts) that rise and fall
// around a date, each with its cast of actors and its key days. Article i of n
// gets the day at (i + 0.5) / n of the cumulative weight, so the articles come
// in date order (parts are stretches of time, as an archive's exports are) and
// the count is exact whatever the seed.
import type { Actor } from '../../src/corpus/schema';
import type { Vocabulary } from './vocabulary';

export const FIRST_DAY = Date.UTC(2006, 0, 1);
export const DAYS = Math.round((Date.UTC(2026, 0, 1) - FIRST_DAY) / 864e5);

export interface Story {
  /** Day index of the peak. */
  center: number;
  /** Days from the peak at which coverage falls to 1/e. */
  width: number;
  cast: Actor[];
  /** The days the story's articles keep referring to (the event itself, the days it built up). */
  keyDays: number[];
}

export interface Timeline {
  stories: Story[];
  /** The day of article i of n. */
  dayOf(i: number): number;
  /** The story article i belongs to, or null for a background article. */
  storyOf(day: number, random: () => number): Story | null;
}

/** Share of all coverage that belongs to stories rather than the background. */
const STORY_SHARE = 0.6;

function gauss(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function buildTimeline(n: number, vocabulary: Vocabulary, random: () => number): Timeline {
  const storyCount = Math.max(10, Math.round(n / 40));
  const stories: Story[] = [];
  for (let s = 0; s < storyCount; s++) {
    const center = Math.floor(random() * DAYS);
    const width = Math.min(120, Math.max(1, Math.round(Math.exp(1.2 + 1.1 * gauss(random)))));
    const cast: Actor[] = [];
    for (let k = 2 + Math.floor(random() * 5); cast.length < k;) {
      const a = vocabulary.draw(random);
      if (!cast.includes(a)) cast.push(a);
      else k--;
    }
    const keyDays = [center, ...Array.from({ length: Math.floor(random() * 3) }, () => center - 1 - Math.floor(random() * 3 * width))];
    stories.push({ center, width, cast, keyDays });
  }
  // Stories' sizes are Zipf-like too: a few run for hundreds of articles, most for a handful.
  const mass = stories.map((_, rank) => 1 / (rank + 1) ** 0.8);
  const massTotal = mass.reduce((a, b) => a + b, 0);
  const background = new Float64Array(DAYS);
  const perDay: { story: number; w: number }[][] = Array.from({ length: DAYS }, () => []);
  let backgroundTotal = 0;
  for (let d = 0; d < DAYS; d++) {
    const weekday = new Date(FIRST_DAY + d * 864e5).getUTCDay();
    background[d] = (1 + (0.8 * d) / DAYS) * (weekday === 0 || weekday === 6 ? 0.6 : 1);
    backgroundTotal += background[d];
  }
  const weight = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) weight[d] = (background[d] / backgroundTotal) * (1 - STORY_SHARE);
  stories.forEach((st, s) => {
    const reach = Math.ceil(4 * st.width);
    let norm = 0;
    for (let d = -reach; d <= reach; d++) norm += Math.exp(-Math.abs(d) / st.width);
    for (let d = Math.max(0, st.center - reach); d <= Math.min(DAYS - 1, st.center + reach); d++) {
      const w = ((mass[s] / massTotal) * STORY_SHARE * Math.exp(-Math.abs(d - st.center) / st.width)) / norm;
      weight[d] += w;
      perDay[d].push({ story: s, w });
    }
  });
  const cumulative = new Float64Array(DAYS);
  let total = 0;
  for (let d = 0; d < DAYS; d++) cumulative[d] = total += weight[d];
  let day = 0;
  return {
    stories,
    // Called with i rising (one pass): the day pointer only moves forward (it rescans from the start otherwise).
    dayOf(i) {
      const u = ((i + 0.5) / n) * total;
      if (day > 0 && cumulative[day - 1] > u) day = 0;
      while (day < DAYS - 1 && cumulative[day] <= u) day++;
      return day;
    },
    storyOf(d, random) {
      let u = random() * weight[d] - (background[d] / backgroundTotal) * (1 - STORY_SHARE);
      if (u < 0) return null;
      for (const { story, w } of perDay[d]) if ((u -= w) < 0) return stories[story];
      return null;
    },
  };
}
