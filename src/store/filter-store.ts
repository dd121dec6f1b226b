// What the reader has narrowed the corpus to: actors (any / all) and a search.
import { create } from 'zustand';
import type { MatchMode } from '../query/filters';

export interface FilterState {
  actorIds: string[];
  match: MatchMode;
  query: string;
  toggleActor: (id: string) => void;
  /** Adds an actor (from a chip or a speaker); never removes. */
  addActor: (id: string) => void;
  setMatch: (match: MatchMode) => void;
  setQuery: (query: string) => void;
  clearActors: () => void;
}

export const useFilterStore = create<FilterState>()((set) => ({
  actorIds: [],
  match: 'any',
  query: '',
  toggleActor: (id) => set((s) => ({ actorIds: s.actorIds.includes(id) ? s.actorIds.filter((a) => a !== id) : [...s.actorIds, id] })),
  addActor: (id) => set((s) => (s.actorIds.includes(id) ? s : { actorIds: [...s.actorIds, id] })),
  setMatch: (match) => set({ match }),
  setQuery: (query) => set({ query }),
  clearActors: () => set({ actorIds: [] }),
}));
