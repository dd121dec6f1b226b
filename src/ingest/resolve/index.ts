// Corpus-level actor identity: runs over the whole corpus after per-article
// extraction (whose results stay cached by content) and rewrites the actor
// ids of mentions, events and quotes. Pure: no Node APIs, so the page can run
// it too. The steps: nodes.ts (one node per name, kind by vote, places taken
// out of longer names), merge.ts (short and variant forms joined), groups.ts
// (names, aliases with counts, ids), overrides.ts (the reader's corrections).
import { nameStarts, widenToOwners } from './owners';
import type { Corpus, Warning } from '../../corpus/schema';
import { emit, joinSameNames, live, makeGroups, type Group } from './groups';
import { nameKey } from './keys';
import { mergeNodes } from './merge';
import { buildNodes, type MentionRef } from './nodes';
import { applyOverrides, OVERRIDES_FILE } from './overrides';

export { OVERRIDES_FILE } from './overrides';

/** The overrides file's text and the path to name in warnings. */
export interface ActorOverrides {
  file?: string;
  text: string;
}

/** Resolves the actors of `corpus` in place; returns the warnings of the overrides file. */
export function resolveActors(corpus: Corpus, overrides?: ActorOverrides): Warning[] {
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const known = new Set(corpus.actors.map((a) => a.id));
  const mentions = corpus.mentions.filter((m) => known.has(m.actorId));
  const named = nameStarts(mentions, texts);
  const refs: MentionRef[] = mentions.map((m) => ({
    actorId: m.actorId,
    articleId: m.articleId,
    surface: oneLine((texts.get(m.articleId) ?? '').slice(named.get(m) ?? m.span[0], m.span[1])),
  }));
  const { byKey, route, moved } = buildNodes(corpus.actors, refs);
  const groupOf = makeGroups(mergeNodes([...byKey.values()]));
  const groups = [...new Set(groupOf.values())];
  joinSameNames(groups);
  const ofId = (id: string): Group | undefined => {
    const node = route.get(id);
    return node && live(groupOf.get(node)!);
  };
  const mentionGroups = refs.map((r) =>
    groupOf.get((moved.has(r.actorId) && route.get(`${r.actorId}\0${nameKey(r.surface)}`)) || route.get(r.actorId)!)!,
  );
  const partOfId = (_g: Group, id: string) => {
    const g = ofId(id);
    return g && !g.hidden ? g.id : undefined;
  };

  const warnings: Warning[] = [];
  if (overrides) {
    emit(groups, partOfId); // the ids an entry may name: those of the corpus without corrections
    warnings.push(
      ...applyOverrides(overrides.text, overrides.file ?? OVERRIDES_FILE, { groups, surfaces: refs.map((r) => r.surface), mentionGroups }),
    );
  }
  corpus.actors = emit(groups, partOfId);
  // A split by the reader moved mentions too: their actors' events are looked at mention by mention.
  mentions.forEach((m, i) => {
    if (!moved.has(m.actorId) && live(mentionGroups[i]) !== ofId(m.actorId)) moved.add(m.actorId);
  });

  const idOf = (g: Group | undefined) => {
    const l = g && live(g);
    return l && !l.hidden ? l.id : undefined;
  };
  // An event's actor is the group of that actor's mention inside the event (a form may have moved), else the actor's group.
  const inArticle = new Map<string, Map<string, number[]>>();
  mentions.forEach((m, i) => {
    if (!moved.has(m.actorId)) return;
    let byActor = inArticle.get(m.articleId);
    if (!byActor) inArticle.set(m.articleId, (byActor = new Map()));
    const list = byActor.get(m.actorId);
    if (list) list.push(i);
    else byActor.set(m.actorId, [i]);
  });
  /**
   * For an actor some of whose forms moved: a published event keeps every group the actor's mentions went to; a mentioned
   * one the group of the mention inside it.
   */
  const eventActors = (id: string, e: Corpus['events'][number]): (string | undefined)[] => {
    const own = (inArticle.get(e.articleId)?.get(id) ?? []).filter(
      (i) => e.kind === 'published' || (mentions[i].span[0] >= e.span[0] && mentions[i].span[1] <= e.span[1]),
    );
    return own.length ? own.map((i) => idOf(mentionGroups[i])) : [idOf(ofId(id))];
  };
  // The id of an actor none of whose forms moved is the same in every event: looked up once.
  const plain = new Map<string, string | undefined>();
  const plainId = (id: string) => {
    if (!plain.has(id)) plain.set(id, idOf(ofId(id)));
    return plain.get(id);
  };
  for (const e of corpus.events) {
    const ids: string[] = [];
    const keep = (x: string | undefined) => {
      if (x !== undefined && !ids.includes(x)) ids.push(x);
    };
    for (const id of e.actorIds) {
      if (moved.has(id)) eventActors(id, e).forEach(keep);
      else keep(plainId(id));
    }
    e.actorIds = ids;
  }
  for (const q of corpus.quotes) if (q.speakerId !== null) q.speakerId = idOf(ofId(q.speakerId)) ?? null;
  const out: Corpus['mentions'] = [];
  mentions.forEach((m, i) => {
    const id = idOf(mentionGroups[i]);
    if (id) out.push(id === m.actorId ? m : { ...m, actorId: id });
  });
  corpus.mentions = out;
  widenToOwners(corpus);
  return warnings;
}

const oneLine = (s: string) => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);
