import { describe, expect, it } from 'vitest';
import { dateSpan, formatEventDate, isPointDate, periodEnd, periodStart, toIsoDay } from '../../src/corpus/dates';

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
