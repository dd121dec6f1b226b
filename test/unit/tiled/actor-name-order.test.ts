// The Actors panel's name order of a tiled corpus comes from the build: the
// page's first render after the actors file arrives sorts none of them.
import fs from 'node:fs';
import type { Corpus } from '../../../src/corpus/schema';
import type { ActorsFile, ActorRow, TilesManifest } from '../../../src/corpus/tiles';
import { groupActors } from '../../../src/panels/actors/actor-groups';
import { tiledCorpus } from '../../../src/tiled/window-corpus';
import { buildInTemp, type BuiltTiles } from './built-tiles';

/** Actors whose event counts order them otherwise than their names: Zed 4, Émile 3, adam 2, Bob 1. */
function corpus(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  const people: [string, string, number][] = [
    ['person:zed', 'Zed', 4],
    ['person:emile', 'Émile', 3],
    ['person:adam', 'adam', 2],
    ['person:bob', 'Bob', 1],
  ];
  let n = 0;
  for (const [id, name, events] of people) {
    c.actors.push({ id, name, kind: 'person', aliases: [] });
    for (let k = 0; k < events; k++, n++) {
      const date = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
      c.articles.push({ id: `a${n}`, date, title: `Story ${n}`, text: `Text ${n}` });
      c.events.push({
        id: `a${n}.published`,
        articleId: `a${n}`,
        kind: 'published',
        date: { start: date },
        title: `Story ${n}`,
        span: [0, 4],
        actorIds: [id],
      });
    }
  }
  return c;
}

let built: BuiltTiles;
let manifest: TilesManifest;
let file: ActorsFile;
beforeAll(async () => {
  built = await buildInTemp(corpus(), 'name-order-test-');
  ({ manifest } = built);
  file = built.read<ActorsFile>(manifest.actorsFile);
});
afterAll(() => fs.rmSync(built.dir, { recursive: true, force: true }));

const names = (groups: ReturnType<typeof groupActors>) => groups.flatMap((g) => g.actors.map((a) => a.name));

describe("a tiled corpus's actors in name order", () => {
  it('are written by the build beside the count order, diacritics and case folded', () => {
    expect(file.actors.map((a: ActorRow) => a[1])).toEqual(['Zed', 'Émile', 'adam', 'Bob']);
    expect(file.byName!.map((at) => file.actors[at][1])).toEqual(['adam', 'Bob', 'Émile', 'Zed']);
  });

  it("are the panel's order as the file gives it, not sorted again", () => {
    // An order no sort would make: were the page to sort, it would not list the names this way.
    const notSorted = { ...file, byName: [0, 1, 2, 3] };
    const tc = tiledCorpus(manifest, notSorted, []);
    expect(names(groupActors(tc.actors, new Map(), 'name', ''))).toEqual(['Zed', 'Émile', 'adam', 'Bob']);
    // Ties of counts keep the file's name order too.
    const counts = new Map(tc.actors.map((a) => [a.id, 1]));
    expect(names(groupActors(tc.actors, counts, 'count', ''))).toEqual(['Zed', 'Émile', 'adam', 'Bob']);
  });

  it("sorts by name itself when the file's order is absent or names an actor twice", () => {
    for (const byName of [undefined, [0, 0, 1, 2]]) {
      const tc = tiledCorpus(manifest, { ...file, byName }, []);
      expect(names(groupActors(tc.actors, new Map(), 'name', ''))).toEqual(['adam', 'Bob', 'Émile', 'Zed']);
    }
  });
});
