// Every user command once: its label, its keys and what it does. Buttons,
// keyboard shortcuts and the shortcuts dialog all read this list.
import { useCorpusStore } from '../store/corpus-store';
import { fitWindow, useViewStore, zoomWindow } from '../store/view-store';

export interface Command {
  id: string;
  label: string;
  /** `KeyboardEvent.key` values that run it. */
  keys: string[];
  run: () => void;
}

const ZOOM_STEP = 0.5;

function zoomBy(factor: number) {
  const view = useViewStore.getState();
  const current = view.window ?? fitWindow(useCorpusStore.getState().extent);
  view.setWindow(zoomWindow(current, factor));
}

export const commands: Command[] = [
  { id: 'zoom-in', label: 'Zoom in', keys: ['+', '='], run: () => zoomBy(ZOOM_STEP) },
  { id: 'zoom-out', label: 'Zoom out', keys: ['-', '_'], run: () => zoomBy(1 / ZOOM_STEP) },
  {
    id: 'fit',
    label: 'Fit all',
    keys: ['0'],
    run: () => useViewStore.getState().setWindow(fitWindow(useCorpusStore.getState().extent)),
  },
  { id: 'close', label: 'Close the event', keys: ['Escape'], run: () => useViewStore.getState().select(null) },
];

export function commandById(id: string): Command {
  const found = commands.find((c) => c.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}

export function commandForKey(key: string): Command | undefined {
  return commands.find((c) => c.keys.includes(key));
}
