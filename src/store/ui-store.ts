// UI state that no export keeps; only `embed` comes from the link (url-sync).
import { create } from 'zustand';

export type PanelTab = 'event' | 'actors' | 'quotes' | 'events';

/** The export menu or the embed dialog, when open. */
export type ExportPanel = 'menu' | 'embed' | null;

export interface UiState {
  shortcutsOpen: boolean;
  /** `?embed=1`: the compact view for an <iframe>. */
  embed: boolean;
  exportPanel: ExportPanel;
  /** The Add articles menu (files, a folder, paste, remove). */
  addMenuOpen: boolean;
  /** The panel shown under the timeline on narrow screens. */
  tab: PanelTab;
  setShortcutsOpen: (open: boolean) => void;
  setTab: (tab: PanelTab) => void;
  setExportPanel: (panel: ExportPanel) => void;
  setAddMenuOpen: (open: boolean) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  shortcutsOpen: false,
  tab: 'event',
  embed: false,
  exportPanel: null,
  addMenuOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setTab: (tab) => set({ tab }),
  setExportPanel: (exportPanel) => set({ exportPanel }),
  setAddMenuOpen: (addMenuOpen) => set({ addMenuOpen }),
}));
