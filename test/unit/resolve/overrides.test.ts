import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../../src/ingest/resolve';
import { actorAt, corpusOf } from './helpers';

const corpus = () =>
  corpusOf([
    {
      id: 'a1',
      text: 'Donald Trump spoke. Trump left. WN asked Zelenskyy.',
      actors: [
        ['Donald Trump', 'person'],
        ['Donald Trump', 'person', 'Trump'],
        ['WN', 'organization'],
        ['Zelenskyy', 'person'],
      ],
    },
    {
      id: 'a2',
      text: 'Zelensky met Bill Clinton.',
      actors: [
        ['Zelensky', 'person'],
        ['Bill Clinton', 'organization'],
      ],
    },
  ]);
const FILE = 'dateline.actors.json';
const run = (entries: unknown) => {
  const c = corpus();
  const warnings = resolveActors(c, { file: FILE, text: typeof entries === 'string' ? entries : JSON.stringify(entries) });
  return { c, warnings };
};

describe('dateline.actors.json', () => {
  it('merges, splits, renames, retypes and hides', () => {
    const { c, warnings } = run([
      { merge: ['person:zelenskyy', 'Zelensky'] },
      { split: 'Trump', from: 'person:donald-trump' },
      { rename: 'person:zelenskyy', to: 'Volodymyr Zelensky' },
      { retype: 'Bill Clinton', to: 'person' },
      { hide: 'organization:wn' },
    ]);
    expect(warnings).toEqual([]);
    expect(actorAt(c, 'a2', 'Zelensky')).toMatchObject({ id: 'person:volodymyr-zelensky', aliasCounts: { Zelensky: 1, Zelenskyy: 1 } });
    expect(actorAt(c, 'a1', 'Zelenskyy')?.id).toBe('person:volodymyr-zelensky');
    expect(actorAt(c, 'a1', 'Trump')).toMatchObject({ id: 'person:trump', name: 'Trump', kind: 'person' });
    expect(actorAt(c, 'a1', 'Donald Trump')?.aliasCounts).toEqual({ 'Donald Trump': 1 });
    expect(actorAt(c, 'a2', 'Bill Clinton')).toMatchObject({ id: 'person:bill-clinton', kind: 'person' });
    expect(c.actors.some((a) => a.name === 'WN')).toBe(false);
    expect(actorAt(c, 'a1', 'WN')).toBeUndefined();
    expect(c.events.find((e) => e.articleId === 'a1')!.actorIds).toEqual([
      'person:donald-trump',
      'person:trump',
      'person:volodymyr-zelensky',
    ]);
  });

  it('a split may give the alias its own kind', () => {
    const { c, warnings } = run([{ split: 'Trump', from: 'Donald Trump', kind: 'organization' }]);
    expect(warnings).toEqual([]);
    expect(actorAt(c, 'a1', 'Trump')).toMatchObject({ id: 'organization:trump', kind: 'organization' });
  });

  it.each([
    ['malformed JSON', '[{"hide": "organization:wn"', /not valid JSON/],
    ['not an array', { hide: 'organization:wn' }, /expected a JSON array/],
  ])('%s: one warning naming the file, nothing applied', (_what, text, message) => {
    const { c, warnings } = run(text);
    expect(warnings).toEqual([{ file: FILE, message: expect.stringMatching(message) }]);
    expect(c.actors.some((a) => a.name === 'WN')).toBe(true);
  });

  it.each([
    ['not an object', 'hide organization:wn', /entry 2 "hide organization:wn": not an object/],
    ['an array', ['hide'], /entry 2 \["hide"\]: not an object/],
    ['no operation', { remove: 'organization:wn' }, /expected exactly one of merge, split, rename, retype, hide/],
    ['two operations', { hide: 'organization:wn', rename: 'organization:wn', to: 'X' }, /expected exactly one of/],
    ['unknown actor', { hide: 'person:nobody' }, /unknown actor "person:nobody"/],
    ['unknown actor in a merge', { merge: ['Bill Clinton', 'person:nobody'] }, /unknown actor "person:nobody"/],
    ['an actor that is not a string', { hide: 3 }, /expected an actor id or name, got 3/],
    ['a merge of one', { merge: ['person:zelensky'] }, /merge takes a list of two or more actors/],
    ['a merge that is no list', { merge: 'person:zelensky' }, /merge takes a list/],
    ['unknown kind', { retype: 'Bill Clinton', to: 'celebrity' }, /unknown kind "celebrity"/],
    ['unknown kind of a split', { split: 'Trump', from: 'Donald Trump', kind: 'alien' }, /unknown kind "alien"/],
    ['a split of no alias', { split: 'Donny', from: 'Donald Trump' }, /"Donny" is not an alias with mentions of "Donald Trump"/],
    ['a split of the name itself', { split: 'Donald Trump', from: 'Donald Trump' }, /the actor's own name/],
    ['a split with no alias', { split: '', from: 'Donald Trump' }, /split takes the alias/],
    ['a rename with no name', { rename: 'Donald Trump' }, /rename takes the new name in "to"/],
  ])('a bad entry (%s) is skipped with a warning naming the file and the entry; the rest applies', (_what, bad, message) => {
    const { c, warnings } = run([{ hide: 'organization:wn' }, bad, { retype: 'Bill Clinton', to: 'person' }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].file).toBe(FILE);
    expect(warnings[0].message).toMatch(/^entry 2 /);
    expect(warnings[0].message).toContain(JSON.stringify(bad));
    expect(warnings[0].message).toMatch(message);
    expect(c.actors.some((a) => a.name === 'WN')).toBe(false);
    expect(actorAt(c, 'a2', 'Bill Clinton')?.kind).toBe('person');
  });

  it('a name two actors share must be an id', () => {
    const { c, warnings } = run([{ rename: 'Zelensky', to: 'Z' }, { rename: 'Zelenskyy', to: 'Z' }, { hide: 'Z' }]);
    expect(warnings).toEqual([{ file: FILE, message: 'entry 3 {"hide":"Z"}: "Z" names 2 actors; use an id; skipped' }]);
    expect(c.actors.filter((a) => a.name === 'Z')).toHaveLength(2);
  });
});
