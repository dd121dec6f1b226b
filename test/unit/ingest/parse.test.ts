import { describe, expect, it } from 'vitest';
import { deriveTitle, parseArticle } from '../../../src/ingest/parse';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (s: string, file = 'a.txt') => parseArticle(enc(s), file);

describe('parseArticle: header', () => {
  it('reads date, title, source, author and keeps unknown keys as metadata', () => {
    const { article, warnings } = parse(
      'date 2019-01-04\ntitle Building collapses\nsource https://example.org/x\nauthor Jane Roe\nsection World\n\n' +
        'Friday, January 4, 2019\n\nAn apartment building collapsed.',
      'wn/2019/story.txt',
    );
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      id: 'story',
      date: '2019-01-04',
      title: 'Building collapses',
      source: 'https://example.org/x',
      author: 'Jane Roe',
      meta: { section: 'World' },
      file: 'wn/2019/story.txt',
      text: 'Friday, January 4, 2019\n\nAn apartment building collapsed.',
    });
  });

  it('takes a body that starts on the date line, after leading white space (the seed)', () => {
    const { article } = parse(' date 2024-06-19 While hosting president Putin, Kim pledges support.\n\nThe two leaders signed a pact.');
    expect(article?.date).toBe('2024-06-19');
    expect(article?.text).toBe('While hosting president Putin, Kim pledges support.\n\nThe two leaders signed a pact.');
    expect(article?.title).toBe('While hosting president Putin, Kim pledges support.');
  });

  it('turns \\r\\n into \\n and drops a UTF-8 BOM', () => {
    const { article } = parse('\uFEFFdate 2020-02-02\r\ntitle T\r\n\r\nLine one.\r\nLine two.');
    expect(article?.date).toBe('2020-02-02');
    expect(article?.text).toBe('Line one.\nLine two.');
  });

  it('ends the header at the first line that is not a known key when no blank line follows', () => {
    const { article } = parse('date 2020-02-02\ntitle T\nsaid the minister on Monday.\nMore text.');
    expect(article?.title).toBe('T');
    expect(article?.meta).toBeUndefined();
    expect(article?.text).toBe('said the minister on Monday.\nMore text.');
  });

  it('derives the title from the first sentence, skipping a dateline', () => {
    expect(deriveTitle('Friday, January 4, 2019\u00a0\n\n\nA building collapsed in Magnitogorsk. Dozens died.')).toBe(
      'A building collapsed in Magnitogorsk.',
    );
    const long = deriveTitle(`${'word '.repeat(60)}end.`);
    expect(long.length).toBeLessThanOrEqual(141);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('parseArticle: bad input gives one warning naming the file', () => {
  it('a file without a date line', () => {
    const { article, warnings } = parse('title No date here\n\nSome text.', 'nodate.txt');
    expect(article).toBeUndefined();
    expect(warnings).toEqual([{ file: 'nodate.txt', line: 1, message: expect.stringMatching(/no "date/) }]);
  });

  it('an impossible date, with its line', () => {
    const { article, warnings } = parse('title T\ndate 2024-13-45\n\nText.', 'bad-date.txt');
    expect(article).toBeUndefined();
    expect(warnings).toEqual([{ file: 'bad-date.txt', line: 2, message: expect.stringMatching(/impossible date "2024-13-45"/) }]);
    expect(parse('date 2023-02-29\n\nText.').warnings).toHaveLength(1);
    expect(parse('date 2024-02-29\n\nText.').warnings).toHaveLength(0);
  });

  it('an empty file', () => {
    const { article, warnings } = parseArticle(new Uint8Array(), 'empty.txt');
    expect(article).toBeUndefined();
    expect(warnings).toEqual([{ file: 'empty.txt', message: 'empty file; skipped' }]);
  });

  it('an empty body is kept when it has a title', () => {
    const { article, warnings } = parse('date 2024-01-01\ntitle Only a title\n\n', 'titled.txt');
    expect(article?.title).toBe('Only a title');
    expect(warnings).toEqual([{ file: 'titled.txt', line: 4, message: 'empty body; only the title is shown' }]);
  });

  it('invalid UTF-8 bytes: kept, with the line of the first bad byte', () => {
    const bytes = new Uint8Array([...enc('date 2024-01-01\n\nGood line.\nBad '), 0xff, 0xfe, ...enc(' bytes.')]);
    const { article, warnings } = parseArticle(bytes, 'latin1.txt');
    expect(article?.text).toBe('Good line.\nBad \uFFFD\uFFFD bytes.');
    expect(warnings).toEqual([{ file: 'latin1.txt', line: 4, message: expect.stringMatching(/invalid UTF-8/) }]);
  });

  it('a 5 MB article is kept in full with a warning', () => {
    const body = 'The minister spoke again today. '.repeat(164_000);
    const { article, warnings } = parse(`date 2024-01-01\ntitle Big\n\n${body}`, 'big.txt');
    expect(article?.text.length).toBe(body.length);
    expect(warnings).toEqual([{ file: 'big.txt', message: expect.stringMatching(/large article \(5\.0 MB\)/) }]);
  });
});
