import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../src/corpus/dates';
import { groupActors } from '../../src/panels/actors/actor-groups';
import { markRuns } from '../../src/panels/shared/highlight';
import type { Actor } from '../../src/corpus/schema';
import { fixtureCorpus } from '../fixtures/corpus';

/** The corpus index's map of actors by id, which the panel passes. */
const byId = <A extends { id: string }>(actors: A[]) => new Map(actors.map((a) => [a.id, a]));

describe('date jump input', () => {
  it.each([
    ['2024', '2024'],
    ['2024-03', '2024-03'],
    ['2024-06-19', '2024-06-19'],
    ['March 2024', '2024-03'],
    ['mar 2024', '2024-03'],
    ['19 June 2024', '2024-06-19'],
    ['June 19, 2024', '2024-06-19'],
    ['  Sept. 2024 ', null],
    ['2024-13', null],
    ['2024-02-30', null],
    ['soon', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });
});

describe('highlight runs', () => {
  it('splits text at span edges and marks overlaps with both', () => {
    const runs = markRuns('abcdefghij', [
      { span: [2, 8], mark: 'event' },
      { span: [4, 6], mark: 'quote' },
    ]);
    expect(runs.map((r) => [r.text, r.marks.join('+')])).toEqual([
      ['ab', ''],
      ['cd', 'event'],
      ['ef', 'event+quote'],
      ['gh', 'event'],
      ['ij', ''],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcdefghij');
  });

  it('ignores spans outside the text', () => {
    expect(
      markRuns('abc', [
        { span: [2, 99], mark: 'x' },
        { span: [3, 1], mark: 'y' },
      ]),
    ).toEqual([{ text: 'abc', start: 0, marks: [] }]);
  });
});

describe('actor groups', () => {
  const { actors } = fixtureCorpus();
  const counts = new Map([
    ['person:joe-biden', 5],
    ['person:vladimir-putin', 2],
  ]);
  it('groups by kind in a fixed order and sorts by count or name', () => {
    const byCount = groupActors(actors, counts, 'count', '', byId(actors));
    expect(byCount.map((g) => g.label)).toEqual(['People', 'Countries', 'Places']);
    expect(byCount[0].actors.map((a) => a.name)).toEqual(['Joe Biden', 'Vladimir Putin', 'Kim Jong Un']);
    expect(groupActors(actors, counts, 'name', '', byId(actors))[0].actors.map((a) => a.name)).toEqual([
      'Joe Biden',
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
  });
  it('orders ties by name, ignoring case and accents, whether a few actors are counted or most', () => {
    const names = ['Zoë Adams', 'émile Zola', 'Anna Bell', 'anna Ames', 'Bob Ray', 'Ángel Cruz', 'Carl Dean', 'Dora Eck', 'Eve Fox'];
    const people: Actor[] = names.map((name, i) => ({ id: `person:p${i}`, name, kind: 'person', aliases: [] }));
    const order = (counts: Map<string, number>) => groupActors(people, counts, 'count', '', byId(people))[0].actors.map((a) => a.name);
    // One counted actor of nine: it first, the others in name order.
    expect(order(new Map([['person:p4', 1]]))).toEqual([
      'Bob Ray',
      'Ángel Cruz',
      'anna Ames',
      'Anna Bell',
      'Carl Dean',
      'Dora Eck',
      'émile Zola',
      'Eve Fox',
      'Zoë Adams',
    ]);
    // Every one counted (0, 1, 2, 0, 1, 2, ...): by count, ties by name.
    const all = new Map(people.map((p, i) => [p.id, i % 3]));
    expect(order(all)).toEqual([
      'Ángel Cruz',
      'Anna Bell',
      'Eve Fox',
      'Bob Ray',
      'Dora Eck',
      'émile Zola',
      'anna Ames',
      'Carl Dean',
      'Zoë Adams',
    ]);
    expect(groupActors(people, all, 'name', '', byId(people))[0].actors.map((a) => a.name)).toEqual(
      [...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare),
    );
  });

  it("lists a group's first rows as its whole list would, a filter's counted actors first", () => {
    const people: Actor[] = Array.from({ length: 500 }, (_, i) => ({
      id: `person:p${i}`,
      name: `P ${1000 + i}`,
      kind: 'person',
      aliases: [],
    }));
    const counts = new Map([
      ['person:p400', 2],
      ['person:p7', 5],
    ]);
    const [group] = groupActors(people, counts, 'count', '', byId(people));
    expect(group.size).toBe(500);
    expect(group.head(4).map((a) => a.name)).toEqual(['P 1007', 'P 1400', 'P 1000', 'P 1001']);
    expect(group.actors).toHaveLength(500);
    expect(group.head(40)).toEqual(group.actors.slice(0, 40));
    expect(new Set(group.actors).size).toBe(500);
  });

  it('finds actors by name or alias, ignoring case and accents', () => {
    expect(groupActors(actors, counts, 'name', 'PRÉSIDENT put', byId(actors)).flatMap((g) => g.actors.map((a) => a.id))).toEqual([
      'person:vladimir-putin',
    ]);
  });
});

describe('actor finder', () => {
  const actor = (id: string, name: string, kind: Actor['kind'], aliases: string[] = []): Actor => ({ id, name, kind, aliases });
  const actors = [
    actor('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'person', ['Zelensky']),
    actor('person:nancy-pelosi', 'Nancy Pelosi', 'person', ['Pelosi']),
    actor('person:qasem-soleimani', 'Qasem Soleimani', 'person'),
    actor('place:lodz', 'Łódź', 'place'),
    actor('country:iran', 'Iran', 'country'),
    actor('person:wiranto', 'Wiranto', 'person'),
    actor('country:ireland', 'Ireland', 'country'),
  ];
  const ids = (q: string) => groupActors(actors, new Map(), 'count', q, byId(actors)).flatMap((g) => g.actors.map((a) => a.id));
  it.each([
    ['Zelenskiy', 'person:volodymyr-zelenskyy'],
    ['Pelosy', 'person:nancy-pelosi'],
    ['Suleimani', 'person:qasem-soleimani'],
    ['Lodz', 'place:lodz'],
    ['łódź', 'place:lodz'],
  ])('%s finds %s despite the spelling', (q, id) => {
    expect(ids(q)).toContain(id);
  });
  it('matches whole words and prefixes, not the inside of a word', () => {
    expect(ids('Iran')).toContain('country:iran');
    expect(ids('Iran')).not.toContain('person:wiranto');
    expect(ids('Ire')).toEqual(['country:ireland']);
  });
  it('puts the exact name before near spellings', () => {
    const people = [actor('person:iren-a', 'Iren Dukes', 'person'), actor('person:iran-d', 'Iran Darroudi', 'person')];
    expect(groupActors(people, new Map(), 'name', 'Iran', byId(people))[0].actors.map((a) => a.id)).toEqual([
      'person:iran-d',
      'person:iren-a',
    ]);
  });
});
