// The reader's corrections, `dateline.actors.json` in the corpus folder: a
// JSON array of entries applied in order after the automatic resolution.
//
//   {"merge": ["person:zelenskyy", "Volodymyr Zelensky"]}   into the first listed
//   {"split": "Trump", "from": "person:donald-trump"}       an alias's mentions become their own actor ("kind" optional)
//   {"rename": "organization:wn", "to": "Wikinews"}
//   {"retype": "Bill Clinton", "to": "person"}
//   {"hide": "organization:wn"}
//
// An actor is named by its id or its exact name (case aside). A bad entry is
// skipped with a warning naming the file and the entry; the rest applies.
import { ActorKind, type Warning } from '../../corpus/schema';
import { live, type Group } from './groups';
import { nameKey } from './keys';

// Named beside the rule for which files are articles (a light module the page reads too).
export { OVERRIDES_FILE } from '../article-paths';

export interface OverrideTarget {
  groups: Group[];
  /** Per mention: its surface form and its group. */
  surfaces: string[];
  mentionGroups: Group[];
}

type Entry = Record<string, unknown>;

export function applyOverrides(text: string, file: string, t: OverrideTarget): Warning[] {
  const warnings: Warning[] = [];
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (err) {
    return [{ file, message: `not valid JSON (${(err as Error).message}); no correction applied` }];
  }
  if (!Array.isArray(entries)) return [{ file, message: 'expected a JSON array of entries; no correction applied' }];
  entries.forEach((entry: unknown, i) => {
    const problem = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? applyEntry(entry as Entry, t) : 'not an object';
    if (problem) warnings.push({ file, message: `entry ${i + 1} ${JSON.stringify(entry)}: ${problem}; skipped` });
  });
  return warnings;
}

/** Applies one entry; returns what is wrong with it, if anything. */
function applyEntry(e: Entry, t: OverrideTarget): string | undefined {
  const ops = ['merge', 'split', 'rename', 'retype', 'hide'].filter((k) => k in e);
  if (ops.length !== 1) return `expected exactly one of merge, split, rename, retype, hide`;
  const find = (ref: unknown): Group | string => {
    if (typeof ref !== 'string' || !ref.trim()) return `expected an actor id or name, got ${JSON.stringify(ref)}`;
    const shown = t.groups.filter((g) => !g.into && !g.hidden);
    const byId = shown.find((g) => g.id === ref);
    if (byId) return byId;
    const named = shown.filter((g) => g.name.toLowerCase() === ref.trim().toLowerCase());
    if (named.length === 1) return named[0];
    return named.length ? `"${ref}" names ${named.length} actors; use an id` : `unknown actor "${ref}"`;
  };
  switch (ops[0]) {
    case 'merge': {
      if (!Array.isArray(e.merge) || e.merge.length < 2) return 'merge takes a list of two or more actors';
      const found = e.merge.map(find);
      const bad = found.find((g) => typeof g === 'string');
      if (bad) return bad as string;
      const [into, ...rest] = found as Group[];
      for (const g of rest) if (g !== into) mergeInto(into, g);
      return undefined;
    }
    case 'split': {
      const from = find(e.from);
      if (typeof from === 'string') return from;
      if (typeof e.split !== 'string' || !e.split.trim()) return 'split takes the alias to take out';
      const kind = e.kind === undefined ? from.kind : ActorKind.safeParse(e.kind).data;
      if (!kind) return `unknown kind ${JSON.stringify(e.kind)}`;
      return split(t, from, e.split.trim(), kind);
    }
    case 'rename': {
      const g = find(e.rename);
      if (typeof g === 'string') return g;
      if (typeof e.to !== 'string' || !e.to.trim()) return 'rename takes the new name in "to"';
      g.name = e.to.trim();
      return undefined;
    }
    case 'retype': {
      const g = find(e.retype);
      if (typeof g === 'string') return g;
      const kind = ActorKind.safeParse(e.to);
      if (!kind.success) return `unknown kind ${JSON.stringify(e.to)} (one of ${ActorKind.options.join(', ')})`;
      g.kind = kind.data;
      return undefined;
    }
    default: {
      const g = find(e.hide);
      if (typeof g === 'string') return g;
      g.hidden = true;
      return undefined;
    }
  }
}

function mergeInto(into: Group, g: Group): void {
  g.into = into;
  for (const [f, n] of g.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
  for (const x of g.extra) into.extra.add(x);
}

function split(t: OverrideTarget, from: Group, alias: string, kind: ActorKind): string | undefined {
  const key = nameKey(alias);
  const forms = [...from.forms.keys()].filter((f) => nameKey(f) === key);
  if (!forms.length) return `"${alias}" is not an alias with mentions of "${from.name}"`;
  if (forms.every((f) => nameKey(f) === nameKey(from.name))) return `"${alias}" is the actor's own name`;
  const made: Group = { name: alias, kind, votes: new Map(), forms: new Map(), extra: new Set(), roles: new Map(), partOf: new Map() };
  for (const f of forms) {
    made.forms.set(f, from.forms.get(f)!);
    from.forms.delete(f);
  }
  t.mentionGroups.forEach((g, i) => {
    if (live(g) === from && nameKey(t.surfaces[i]) === key) t.mentionGroups[i] = made;
  });
  t.groups.push(made);
  return undefined;
}
