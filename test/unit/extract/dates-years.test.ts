import { describe, expect, it } from 'vitest';
import { starts } from './dates-helpers';

// Sentences of TempEval-3's Wall Street Journal articles.
describe('fiscal and full years, year-end', () => {
  it.each([
    ['1989-11-02', 'The truck maker said the drop in net income will result in lower earnings for the fiscal year.', ['1989']],
    ['1989-11-02', 'It expects to post sales in the current fiscal year that are slightly above last year.', ['1989', '1988']],
    ['1989-10-30', 'Sales for the full year were $6.6 billion, up 13% from $5.8 billion.', ['1989']],
    ['1989-10-26', 'The operations accounted for about 27% of its 7.38 billion dollars in sales in the latest fiscal year.', ['1988']],
    ['1989-11-02', 'It expects to obtain regulatory approval and complete the transaction by year-end.', ['1989-12-31']],
    ['1989-10-30', 'The percentage change is since year-end.', ['1988-12-31']],
    ['1989-10-26', "Requirements should be in place by year's end.", ['1989-12-31']],
  ])('%s: %s', (date, sentence, want) => {
    expect(starts(date, sentence)).toEqual(want);
  });

  it.each([
    ['1989-10-26', 'Profit in the past year rose sharply.'],
    ['2019-05-01', 'It was the year that changed everything for the band.'],
    ['1989-10-26', 'In the fiscal year ended Jan. 31, it posted a loss.'],
    ['1989-10-26', 'In the year-ago quarter, it earned $1 million.'],
  ])('no year of the article, %s: %s', (date, sentence) => {
    expect(starts(date, sentence)).not.toContain('1989');
  });
});
