import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { periodStart } from '../../../src/corpus/dates';
import { indexCorpus } from '../../../src/model/corpus-index';
import { toCorpus } from '../../../src/export/corpus-json';
import { BOM, EVENT_COLUMNS, eventsCsv, QUOTE_COLUMNS, quotesCsv } from '../../../src/export/csv';
import { embedSnippet, fullViewUrl } from '../../../src/export/embed';
import { selectScope } from '../../../src/export/scope';
import { exportContext } from '../../../src/export/sentences';
import { escapeHtml, tljsDate, toTimelineJs, topEvents } from '../../../src/export/timelinejs';
import { parseUrl } from '../../../src/store/url-state';
import { fixtureCorpus, fixtureIndex } from '../../fixtures/corpus';

const { index: file, texts } = fixtureIndex();
const index = indexCorpus(file);
const ctx = exportContext(index, texts);
const none = { actorIds: [], match: 'any' as const, query: '' };

function parseCsv(text: string) {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('scope', () => {
  it('takes the window and the filters, or the whole filtered corpus', () => {
    const june2024 = { start: periodStart('2024-06-01').getTime(), end: periodStart('2024-07-01').getTime() };
    expect(selectScope(index, none, june2024).events.map((e) => e.id)).toEqual(['a1.published', 'a3.published']);
    const putin = { ...none, actorIds: ['person:vladimir-putin'] };
    const all = selectScope(index, putin, null);
    expect(all.events.map((e) => e.id)).toEqual(['a2.published', 'a1.published']);
    // Only Putin's own words, as the Quotes panel shows them.
    expect(all.quotes.map((q) => q.id)).toEqual(['a1.q2']);
    expect(all.description).toBe('Actors: Vladimir Putin');
    expect(selectScope(index, { ...none, query: 'geneva' }, june2024).description).toMatch(/^search “geneva”; 1 June 2024 – 1 July 2024$/);
  });
});

describe('TimelineJS', () => {
  it('dates slides at the event precision', () => {
    expect(tljsDate('2024')).toEqual({ year: 2024 });
    expect(tljsDate('2024-03')).toEqual({ year: 2024, month: 3 });
    expect(tljsDate('2024-06-19')).toEqual({ year: 2024, month: 6, day: 19 });
  });

  it('makes a title slide and one slide per event, grouped by main actor, with sentence and link', () => {
    const tl = toTimelineJs(ctx, index.eventsInOrder, 'All events');
    expect(tl.title.text.headline).toBe('fixture');
    expect(tl.title.text.text).toContain('All events');
    expect(tl.events).toHaveLength(4);
    const m1 = tl.events.find((s) => s.unique_id === 'a1_m1')!;
    expect(m1.start_date).toEqual({ year: 2024, month: 3 });
    expect(m1.group).toBe('Russia');
    expect(m1.text.text).toContain('<p>Back in March, Russia vetoed a panel.</p>');
    expect(tl.events.find((s) => s.unique_id === 'a3_published')!.group).toBeUndefined();
  });

  it('escapes article text, which TimelineJS reads as HTML, and links only http(s) sources', () => {
    const hostile = { ...ctx, articleTitle: () => '<img src=x onerror=alert(1)>', articleSource: () => 'javascript:alert(1)' };
    const slide = toTimelineJs(hostile, [index.eventsInOrder[0]], 'x').events[0];
    expect(slide.text.text).not.toMatch(/<img|<a /);
    expect(slide.text.text).toContain('&lt;img');
    const linked = toTimelineJs({ ...ctx, articleSource: () => 'https://e.org/?a=1&b="2"' }, [index.eventsInOrder[0]], 'x').events[0];
    expect(linked.text.text).toContain('<a href="https://e.org/?a=1&amp;b=&quot;2&quot;"');
    expect(escapeHtml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('keeps the most salient events, in time order; without salience, articles before mentions', () => {
    const events = index.eventsInOrder;
    expect(topEvents(events, 3).map((e) => e.id)).toEqual(['a2.published', 'a1.published', 'a3.published']);
    const ranked = events.map((e) => ({ ...e, salience: e.id === 'a1.m1' ? 0.9 : 0.1 }));
    expect(topEvents(ranked, 1).map((e) => e.id)).toEqual(['a1.m1']);
    expect(topEvents(events, 10)).toBe(events);
  });
});

describe('CSV', () => {
  it('writes every event field and reads back commas, quotes and line breaks', () => {
    const tricky = { ...index.eventsInOrder[1], title: 'Vetoed, "a panel"\nsecond line' };
    const parsed = parseCsv(eventsCsv(ctx, [tricky, index.eventsInOrder[0]]));
    expect(parsed.meta.fields).toEqual([...EVENT_COLUMNS]);
    expect(parsed.data[0]).toEqual({
      start: '2024-03',
      end: '',
      precision: 'month',
      date: 'March 2024',
      title: 'Vetoed, "a panel"\nsecond line',
      actors: 'Russia',
      article: 'Putin visits Pyongyang',
      source: '',
      sentence: 'Back in March, Russia vetoed a panel.',
    });
    expect(parsed.data[1].actors).toBe('Joe Biden; Vladimir Putin; Geneva');
  });

  it('writes quotes with speaker, date and article', () => {
    const eventOf = (q: { id: string }) => index.eventsById.get(index.eventOfQuote.get(q.id) ?? '');
    const parsed = parseCsv(quotesCsv(ctx, file.quotes, eventOf));
    expect(parsed.meta.fields).toEqual([...QUOTE_COLUMNS]);
    expect(parsed.data.map((r) => r.speaker)).toEqual(['Kim Jong Un', 'Vladimir Putin', 'Joe Biden']);
    expect(parsed.data[2]).toEqual({
      speaker: 'Joe Biden',
      quote: 'It was constructive,',
      date: '16 June 2021',
      article: 'Biden and Putin meet in Geneva',
      source: '',
    });
  });
});

describe('corpus JSON', () => {
  it('puts the bodies back and validates against the contract', () => {
    const corpus = toCorpus(file, texts);
    const original = fixtureCorpus();
    expect(corpus.articles).toEqual(original.articles);
    expect(corpus.events).toEqual(original.events);
    expect(corpus.quotes).toEqual(original.quotes);
  });

  it('refuses to export without every body', () => {
    expect(() => toCorpus(file, new Map())).toThrow(/body of article "a1"/);
  });
});

describe('embed links', () => {
  const base = 'https://example.org/dateline/';
  const state = { actorIds: ['person:joe-biden'], eventId: 'a2.published', query: 'a "b" <c>' };

  it('the snippet frames the view with embed=1, and the full view drops it', () => {
    const snippet = embedSnippet(base, state, 'Dateline');
    const src = /src="([^"]*)"/.exec(snippet)![1].replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(snippet).not.toMatch(/<c>/);
    const parsed = parseUrl(url.search, '', index).state;
    expect(parsed).toMatchObject({ ...state, embed: true });
    const full = new URL(fullViewUrl(base, { ...state, embed: true }));
    expect(full.searchParams.get('embed')).toBeNull();
    expect(parseUrl(full.search, '', index).state).toMatchObject(state);
  });

  it('names a bad embed value', () => {
    expect(parseUrl('?embed=yes', '', index).notices).toEqual(['Ignored embed "yes": expected 1 or 0.']);
  });
});
