import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/model/corpus-index';
import { formatInstant, parseInstant, parseUrl, serializeUrl, windowForDate } from '../../../src/store/url-state';
import { fixtureIndex } from '../../fixtures/corpus';

const index = indexCorpus(fixtureIndex().index);
const parse = (search: string, hash = '') => parseUrl(search, hash, index);

describe('deep links: parse and serialize', () => {
  it('round-trips window, actors, match, event and search', () => {
    const state = {
      window: { start: Date.parse('2024-06-01T00:00:00Z'), end: Date.parse('2024-07-01T12:30:00Z') },
      actorIds: ['person:vladimir-putin', 'country:russia'],
      match: 'all' as const,
      eventId: 'a1.published',
      query: 'sanctions & more',
    };
    const url = serializeUrl(state);
    expect(url).toBe(
      '?from=2024-06-01T00:00:00Z&to=2024-07-01T12:30:00Z&actors=person:vladimir-putin,country:russia' +
        '&match=all&event=a1.published&q=sanctions+%26+more',
    );
    expect(parse(url)).toEqual({ state, notices: [] });
  });

  it('leaves defaults out of the link', () => {
    expect(serializeUrl({ actorIds: [], match: 'any', query: '' })).toBe('');
  });

  it('reads ISO dates as local midnight and date-times as given', () => {
    expect(parseInstant('2024-06-19')).toBe(new Date(2024, 5, 19).getTime());
    expect(parseInstant('2024-06-19T10:00:00Z')).toBe(Date.UTC(2024, 5, 19, 10));
    expect(parseInstant('2024-06-19T10:00+02:00')).toBe(Date.UTC(2024, 5, 19, 8));
    expect(parseInstant('yesterday')).toBeNaN();
    expect(parseInstant('2024-02-30')).toBeNaN();
    expect(formatInstant(Date.UTC(2024, 5, 19, 10, 0, 0, 400))).toBe('2024-06-19T10:00:00Z');
  });

  it('takes date= and #date, centring a few weeks around the day', () => {
    expect(parse('?date=2024-06-19').state.date).toBe('2024-06-19');
    expect(parse('', '#2024-06-19').state.date).toBe('2024-06-19');
    const w = windowForDate('2024-06-19');
    const days = (w.end - w.start) / 864e5;
    expect(days).toBeGreaterThan(14);
    expect(days).toBeLessThan(35);
    expect(w.start < new Date(2024, 5, 19).getTime() && w.end > new Date(2024, 5, 20).getTime()).toBe(true);
  });
});

describe('deep links: bad values are named and dropped, the rest applies', () => {
  it('an unknown actor id', () => {
    const { state, notices } = parse('?actors=person:vladimir-putin,person:nobody&event=a1.published');
    expect(state.actorIds).toEqual(['person:vladimir-putin']);
    expect(state.eventId).toBe('a1.published');
    expect(notices).toEqual(['Ignored actor "person:nobody": no such actor in this corpus.']);
  });

  it('an impossible date', () => {
    const { state, notices } = parse('?date=2024-13-45&actors=country:russia');
    expect(state.date).toBeUndefined();
    expect(state.actorIds).toEqual(['country:russia']);
    expect(notices[0]).toMatch(/Ignored date "2024-13-45"/);
    expect(parse('', '#2024-02-30').notices[0]).toMatch(/Ignored date "2024-02-30"/);
  });

  it('from after to', () => {
    const { state, notices } = parse('?from=2024-07-01&to=2024-06-01&match=all');
    expect(state.window).toBeUndefined();
    expect(state.match).toBe('all');
    expect(notices[0]).toMatch(/"from" is not before "to"/);
  });

  it('garbage everywhere', () => {
    const { state, notices } = parse('?from=%3Cscript%3E&to=2024-06-01&match=some&event=nope&actors=,,');
    expect(state).toEqual({ actorIds: [] });
    expect(notices).toHaveLength(3);
    expect(notices.join(' ')).toMatch(/from "<script>"/);
    expect(notices.join(' ')).toMatch(/match "some"/);
    expect(notices.join(' ')).toMatch(/event "nope"/);
  });

  it('half a window', () => {
    const { state, notices } = parse('?from=2024-06-01');
    expect(state.window).toBeUndefined();
    expect(notices[0]).toMatch(/needs both "from" and "to"/);
  });
});
