// The per-article bound is work (sentences, names), not time: the same
// article gives the same extraction, however busy the machine.
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_MENTIONS, MAX_SENTENCES } from '../../../src/ingest/extract/extract-article';

const article = (text: string) => ({ id: 'long', date: '2024-01-01', title: 'Long', text, file: 'long.txt' });

describe('the work budget of one article', () => {
  it('stops after MAX_SENTENCES sentences with a warning naming the file, and cuts the same way every time', () => {
    const text = Array.from({ length: MAX_SENTENCES + 300 }, (_, i) => `Item ${i} was filed on March 3, 2020.`).join(' ');
    const a = extractArticle(article(text));
    expect(a.warnings).toEqual([{ file: 'long.txt', message: expect.stringContaining(`work budget (${MAX_SENTENCES} sentences`) }]);
    const lastEvent = Math.max(...a.events.map((e) => e.span[1]));
    expect(lastEvent).toBeLessThan(text.indexOf(`Item ${MAX_SENTENCES + 1} `));
    expect(a.events.length).toBeGreaterThan(MAX_SENTENCES / 2);
    expect(extractArticle(article(text))).toEqual(a);
  });

  it('keeps at most MAX_MENTIONS names', () => {
    const names = Array.from(
      { length: 26 * 26 },
      (_, i) => `Zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`,
    );
    // Fewer sentences than their budget (and characters than theirs), more names than the names' budget: the names are what is cut.
    const text = Array.from(
      { length: Math.min(MAX_SENTENCES - 100, Math.ceil((MAX_MENTIONS * 1.2) / 12)) },
      (_, i) =>
        `${names
          .slice((i * 12) % 600, ((i * 12) % 600) + 12)
          .map((n) => `Mr. ${n}`)
          .join(', ')} said so.`,
    ).join(' ');
    const a = extractArticle(article(text));
    expect(a.mentions.length).toBe(MAX_MENTIONS);
    expect(a.warnings).toEqual([{ file: 'long.txt', message: expect.stringMatching(/work budget/) }]);
  });

  it('leaves an ordinary article alone', () => {
    const a = extractArticle(article('Angela Merkel met Emmanuel Macron in Berlin on Monday, March 2, 2020.'));
    expect(a.warnings).toEqual([]);
  });
});
