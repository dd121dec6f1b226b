import { describe, expect, it } from 'vitest';
import {
  checkPartial,
  comparePartial,
  dateSpan,
  formatEventDate,
  isPointDate,
  periodEnd,
  periodStart,
  toIsoDay,
} from '../../src/corpus/dates';
import { PartialDate } from '../../src/corpus/schema';

describe('partial dates', () => {
  it('turns each precision into its period', () => {
    expect(toIsoDay(periodStart('2024-06-19'))).toBe('2024-06-19');
    expect(toIsoDay(periodEnd('2024-06-19'))).toBe('2024-06-20');
    expect(toIsoDay(periodEnd('2024-12'))).toBe('2025-01-01');
    expect(toIsoDay(periodEnd('2024-02'))).toBe('2024-03-01');
    expect(toIsoDay(periodStart('2000'))).toBe('2000-01-01');
    expect(toIsoDay(periodEnd('2000'))).toBe('2001-01-01');
    expect(periodStart('0044').getFullYear()).toBe(44);
  });

  it('spans a range to the end of its last period', () => {
    const span = dateSpan({ start: '2004', end: '2014' });
    expect(toIsoDay(span.start)).toBe('2004-01-01');
    expect(toIsoDay(span.end)).toBe('2015-01-01');
  });

  it('labels dates as a reader writes them', () => {
    expect(formatEventDate({ start: '2024-06-19' })).toBe('19 June 2024');
    expect(formatEventDate({ start: '2024-03' })).toBe('March 2024');
    expect(formatEventDate({ start: '2000', approximate: true })).toBe('c. 2000');
    expect(formatEventDate({ start: '2004', end: '2014' })).toBe('2004–2014');
  });

  it('draws only single days as points', () => {
    expect(isPointDate({ start: '2024-06-19' })).toBe(true);
    expect(isPointDate({ start: '2024-06' })).toBe(false);
    expect(isPointDate({ start: '2024-06-19', end: '2024-06-21' })).toBe(false);
  });
});

describe('dates before 1 CE (ISO years: -0479 is 480 BC)', () => {
  it('labels them BC, year 0 being 1 BC', () => {
    expect(formatEventDate({ start: '-0986', approximate: true })).toBe('c. 987 BC');
    expect(formatEventDate({ start: '0000' })).toBe('1 BC');
    expect(formatEventDate({ start: '-0479-08' })).toBe('August 480 BC');
    expect(formatEventDate({ start: '-0043-03-15' })).toBe('15 March 44 BC');
  });

  it('spans and orders them by time, not by string', () => {
    const span = dateSpan({ start: '-0986' });
    expect(span.start.getFullYear()).toBe(-986);
    expect(span.end.getFullYear()).toBe(-985);
    expect(toIsoDay(span.start)).toBe('-0986-01-01');
    expect(['0044', '-0479', '-0986', '2024-06', '2024'].sort(comparePartial)).toEqual(['-0986', '-0479', '0044', '2024', '2024-06']);
  });

  it('checks and validates them', () => {
    expect(checkPartial('-0986')).toBe('-0986');
    expect(checkPartial('-0986-02-30')).toBeNull();
    expect(PartialDate.safeParse('-0986').success).toBe(true);
    expect(PartialDate.safeParse('-0986-03-01').success).toBe(true);
    expect(PartialDate.safeParse('10000').success).toBe(false);
    expect(PartialDate.safeParse('--0986').success).toBe(false);
  });
});
