import { describe, it, expect } from 'vitest';
import { run, spansValid } from './helpers';

const para = 'Mr. Putin said on Wednesday that "the pact will hold," in Pyongyang. ';

// No hang: each case must finish within the suite's test timeout (vitest.config.ts);
// how fast extraction runs is measured by `npm run bench:ingest`, not asserted here.
describe('bad input: no crash, no hang, valid spans', () => {
  const cases: Record<string, string> = {
    'HTML and script tags': '<p>Mr. Putin <b>said</b> "we agree."</p><script>alert("x")</script> in 2019.',
    '&amp; entities': 'AT&amp;T and Procter &amp; Gamble said &quot;fine&quot; on Monday.',
    'NBSP and thin spaces': 'President\u00a0Vladimir\u2009Putin said\u00a0on\u00a0Friday "it is done, really done."',
    emoji: '🚀 Elon Musk said "🔥 launch went well 🎉," on 3 March 2020. 👍',
    'names in other scripts': 'Владимир Путин and 金正恩 met. 習近平 said "好的, very good indeed." in 2019.',
    'a never-closing quote mark': 'She said "this never ends and goes on and on.\n\nNext paragraph by John Smith in 2019.',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const { out } = run(text);
      expect(spansValid(text, out)).toBe(true);
    });
  }

  it('warns about a never-closing quote mark, naming the file', () => {
    const { out } = run('He said "this goes on.\n\nAnd on.');
    expect(out.warnings.some((w) => w.file === 'a1.txt' && /never closed/.test(w.message))).toBe(true);
  });

  it('10,000 quote marks', () => {
    const text = 'x "'.repeat(10_000);
    const { out } = run(text);
    expect(spansValid(text, out)).toBe(true);
  });

  it('one 200 KB line with no full stop', () => {
    const text = 'and Mr. Putin met Kim Jong Un in Pyongyang in 2019 '.repeat(4000);
    const { out } = run(text);
    expect(spansValid(text, out)).toBe(true);
    expect(out.mentions.length).toBeGreaterThan(0);
  }, 60_000); // bounded by the work budget, not a clock: room for a busy machine

  it('a 5 MB article is cut with a warning and stays bounded', () => {
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const { out } = run(text);
    expect(out.warnings.some((w) => w.file === 'a1.txt' && /first \d+ of \d+ characters/.test(w.message))).toBe(true);
    expect(spansValid(text, out)).toBe(true);
  }, 60_000);

  it('an empty body', () => {
    const { out } = run('');
    expect(out.mentions).toEqual([]);
    expect(out.events).toEqual([]);
  });
});
