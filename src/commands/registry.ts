// Every user command once: its label, its keys and what it does. Buttons,
// keyboard shortcuts and the shortcuts dialog all read this list.
import { refuseOnTiled, useAddStore } from '../add/add-store';
import { useCorpusStore } from '../store/corpus-store';
import { selectAdjacent } from '../store/navigation';
import { useNoticeStore } from '../store/notice-store';
import { useUiStore } from '../store/ui-store';
import { fitAllWindow, fitWindow, useViewStore, zoomWindow } from '../store/view-store';

export interface Command {
  id: CommandId;
  label: string;
  /** `KeyboardEvent.key` values that run it; the first is the one shown. */
  keys: readonly string[];
  run: () => void;
}

const ZOOM_STEP = 0.5;

function zoomBy(factor: number) {
  const view = useViewStore.getState();
  const current = view.window ?? fitWindow(useCorpusStore.getState().index.newsExtent);
  view.setWindow(zoomWindow(current, factor));
}

async function copyLink() {
  const { notify } = useNoticeStore.getState();
  try {
    await navigator.clipboard.writeText(window.location.href);
    notify('Link copied to the clipboard.', 'info');
  } catch {
    notify(`Could not reach the clipboard; the link is: ${window.location.href}`, 'info');
  }
}

function focusById(id: string) {
  const el = document.getElementById(id);
  if (el) {
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
  }
}

const COMMANDS = [
  { id: 'next-event', label: 'Next event', keys: ['ArrowRight'], run: () => selectAdjacent(1) },
  { id: 'previous-event', label: 'Previous event', keys: ['ArrowLeft'], run: () => selectAdjacent(-1) },
  {
    id: 'open-event',
    label: 'Open the selected event',
    keys: ['Enter'],
    run: () => {
      useUiStore.getState().setTab('event');
      focusById('dl-event-title');
    },
  },
  { id: 'close', label: 'Close the event', keys: ['Escape'], run: () => useViewStore.getState().select(null) },
  { id: 'zoom-in', label: 'Zoom in', keys: ['+', '='], run: () => zoomBy(ZOOM_STEP) },
  { id: 'zoom-out', label: 'Zoom out', keys: ['-', '_'], run: () => zoomBy(1 / ZOOM_STEP) },
  {
    id: 'fit',
    label: 'Fit all',
    keys: ['0'],
    run: () => useViewStore.getState().setWindow(fitAllWindow()),
  },
  { id: 'search', label: 'Search', keys: ['/'], run: () => focusById('dl-search') },
  { id: 'jump', label: 'Jump to a date', keys: ['g'], run: () => focusById('dl-date-jump') },
  { id: 'copy-link', label: 'Copy link', keys: ['c'], run: () => void copyLink() },
  {
    id: 'export',
    label: 'Export',
    keys: ['e'],
    run: () => {
      const ui = useUiStore.getState();
      ui.setExportPanel(ui.exportPanel ? null : 'menu');
    },
  },
  {
    id: 'add-articles',
    label: 'Add articles',
    keys: ['a'],
    run: () => {
      const ui = useUiStore.getState();
      ui.setAddMenuOpen(!ui.addMenuOpen);
    },
  },
  {
    id: 'paste-article',
    label: 'Paste article',
    keys: ['p'],
    // A tiled corpus takes no added article (docs/tiles.md): said at once, not after the reader has pasted one.
    run: () => refuseOnTiled() || useAddStore.getState().setPasteOpen(true),
  },
  { id: 'shortcuts', label: 'Keyboard shortcuts', keys: ['?'], run: () => useUiStore.getState().setShortcutsOpen(true) },
] as const satisfies readonly { id: string; label: string; keys: readonly string[]; run: () => void }[];

/** Every command's id: a typo in a button's command is a type error, not a crash. */
export type CommandId = (typeof COMMANDS)[number]['id'];
export const commands: readonly Command[] = COMMANDS.map((c) => ({ ...c, keys: [...c.keys] }));

export function commandById(id: CommandId): Command {
  return commands.find((c) => c.id === id)!;
}

export function commandForKey(key: string): Command | undefined {
  return commands.find((c) => c.keys.includes(key));
}

/** How a key is written in the UI. */
export function keyLabel(key: string): string {
  return { ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc', Enter: 'Enter' }[key] ?? key;
}
