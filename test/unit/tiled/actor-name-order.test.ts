// The Actors panel's name order of a tiled corpus comes from the build: the
// page's first render after the actors file arrives sorts none of them.
import fs from 'node:fs';
import type { Corpus } from '../../../src/corpus/schema';
import type { ActorsFile, ActorRow, TilesManifest } from '../../../src/corpus/tiles';
import { nameOrderOf } from '../../../src/corpus/name-order';
import { groupActors } from '../../../src/panels/actors/actor-groups';
import { tiledCorpus } from '../../../src/tiled/window-corpus';
import { buildInTemp, type BuiltTiles } from './built-tiles';

/** The corpus index's map of actors by id, which the panel passes. */
const byId = <A extends { id: string }>(actors: A[]) => new Map(actors.map((a) => [a.id, a]));

/** Actors whose event counts order them otherwise than their names: Zed 4, Émile 3, adam 2, then yan, Bob and Abe 1. */
function corpus(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  const people: [string, string, number][] = [
    ['person:zed', 'Zed', 4],
    ['person:emile', 'Émile', 3],
    ['person:adam', 'adam', 2],
    ['person:yan', 'yan', 1],
    ['person:bob', 'Bob', 1],
    ['person:abe', 'Abe', 1],
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
  it('are written by the build beside the count order (its ties in name order), diacritics and case folded', () => {
    expect(file.actors.map((a: ActorRow) => a[1])).toEqual(['Zed', 'Émile', 'adam', 'Abe', 'Bob', 'yan']);
    expect(file.byName!.map((at) => file.actors[at][1])).toEqual(['Abe', 'adam', 'Bob', 'Émile', 'yan', 'Zed']);
  });

  it("are the panel's count order as the file gives it, checked once, not bucketed again", () => {
    const byCount = (c: ReturnType<typeof tiledCorpus>) => names(groupActors(c.actors, c.actorTotals, 'count', '', byId(c.actors)));
    const counted = ['Zed', 'Émile', 'adam', 'Abe', 'Bob', 'yan'];
    expect(byCount(tiledCorpus(manifest, file, []))).toEqual(counted);
    // Taken as the file's order: a count changed afterwards (as no index does) moves nobody.
    const other = tiledCorpus(manifest, file, []);
    other.actorTotals.set('person:zed', 0);
    expect(byCount(other)).toEqual(counted);
    // A file whose ties are not in name order (an index built before) is bucketed: ties come out in name order.
    const idTies = { actors: [...file.actors.slice(0, 3), ...file.actors.slice(3).reverse()] };
    expect(byCount(tiledCorpus(manifest, { ...idTies, byName: nameOrderOf(idTies.actors.map((a) => a[1])) }, []))).toEqual(counted);
  });

  it("are the panel's order as the file gives it, not sorted again", () => {
    // An order no sort would make: were the page to sort, it would not list the names this way.
    const notSorted = { ...file, byName: [0, 1, 2, 3, 4, 5] };
    const tc = tiledCorpus(manifest, notSorted, []);
    expect(names(groupActors(tc.actors, new Map(), 'name', '', byId(tc.actors)))).toEqual(['Zed', 'Émile', 'adam', 'Abe', 'Bob', 'yan']);
    // Ties of counts keep the file's name order too.
    const counts = new Map(tc.actors.map((a) => [a.id, 1]));
    expect(names(groupActors(tc.actors, counts, 'count', '', byId(tc.actors)))).toEqual(['Zed', 'Émile', 'adam', 'Abe', 'Bob', 'yan']);
  });

  it("sorts by name itself when the file's order is absent or names an actor twice", () => {
    for (const byName of [undefined, [0, 0, 1, 2, 3, 4]]) {
      const tc = tiledCorpus(manifest, { ...file, byName }, []);
      expect(names(groupActors(tc.actors, new Map(), 'name', '', byId(tc.actors)))).toEqual(['Abe', 'adam', 'Bob', 'Émile', 'yan', 'Zed']);
    }
  });
});
