// Transient UI state that no link or export keeps.
import { create } from 'zustand';

export type PanelTab = 'event' | 'actors' | 'quotes' | 'events';

export interface UiState {
  shortcutsOpen: boolean;
  /** The panel shown under the timeline on narrow screens. */
  tab: PanelTab;
  setShortcutsOpen: (open: boolean) => void;
  setTab: (tab: PanelTab) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  shortcutsOpen: false,
  tab: 'event',
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setTab: (tab) => set({ tab }),
}));
