// The Add articles menu (files, a folder, paste, remove), the file inputs, a
// drop anywhere on the page, and the progress bar. The work is in
// local-corpus.ts, imported on first use: the first paint does not carry it.
import { useEffect, useRef } from 'react';
import { useCorpusStore } from '../store/corpus-store';
import { useUiStore } from '../store/ui-store';
import { refuseOnTiled, TILED_NO_ADD, useAddStore } from './add-store';
import { filesOfDrop, filesOfInput, type PickedFile } from './picked';

const work = () => import('./local-corpus');

const add = (picked: PickedFile[]) => void work().then((m) => m.addFiles(picked));

/** The menu under the Add articles button. */
export function AddMenu() {
  const open = useUiStore((s) => s.addMenuOpen);
  const setOpen = useUiStore((s) => s.setAddMenuOpen);
  const added = useAddStore((s) => s.addedIds.length);
  const tiled = useCorpusStore((s) => Boolean(s.index.tiled));
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"], [tabindex]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
    };
    // A press anywhere else closes it (the button toggles it itself).
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Element && !e.target.closest('.dl-add-menu, [aria-label="Add articles"]')) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open, setOpen]);
  /** Arrow keys move between the items, as in any menu. */
  const onMenuKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    e.stopPropagation();
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };
  const pick = (id: string) => {
    setOpen(false);
    document.getElementById(id)?.click();
  };
  const remove = () => {
    setOpen(false);
    if (
      window.confirm(`Remove your ${added} added article${added === 1 ? '' : 's'} from this browser? The corpus you opened stays as it is.`)
    ) {
      void work().then((m) => m.removeAdded());
    }
  };
  return (
    <>
      <input id="dl-add-files" type="file" multiple accept=".txt,text/plain" hidden onChange={(e) => add(filesOfInput(e.currentTarget))} />
      <input
        id="dl-add-folder"
        type="file"
        multiple
        hidden
        ref={(el) => el?.setAttribute('webkitdirectory', '')}
        onChange={(e) => add(filesOfInput(e.currentTarget))}
      />
      {open && (
        <div ref={menu} className="dl-add-menu" role="menu" aria-label="Add articles" onKeyDown={onMenuKey}>
          {tiled ? (
            <p className="dl-add-refusal" tabIndex={-1}>
              {TILED_NO_ADD}
            </p>
          ) : (
            <AddItems pick={pick} added={added} remove={remove} close={() => setOpen(false)} />
          )}
        </div>
      )}
    </>
  );
}

interface AddItemsProps {
  pick: (id: string) => void;
  added: number;
  remove: () => void;
  close: () => void;
}

/** The menu's items for a corpus held whole in the page. */
function AddItems({ pick, added, remove, close }: AddItemsProps) {
  return (
    <>
      <p className="dl-muted">Text files (.txt) with a “date YYYY-MM-DD” line. They stay in this browser: nothing is uploaded.</p>
      <button type="button" role="menuitem" onClick={() => pick('dl-add-files')}>
        Choose files…
      </button>
      <button type="button" role="menuitem" onClick={() => pick('dl-add-folder')}>
        Choose a folder…
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          close();
          useAddStore.getState().setPasteOpen(true);
        }}
      >
        Paste an article…
      </button>
      {added > 0 && (
        <button type="button" role="menuitem" className="dl-add-remove" onClick={remove}>
          Remove my articles ({added})
        </button>
      )}
      <p className="dl-muted">Or drop files or a folder anywhere on the page.</p>
    </>
  );
}

/** Files dropped anywhere on the page are added; the page shows where they will go while dragging. */
export function useDropToAdd(): void {
  useEffect(() => {
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      document.documentElement.classList.add('dl-dropping');
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) document.documentElement.classList.remove('dl-dropping');
    };
    const drop = (e: DragEvent) => {
      document.documentElement.classList.remove('dl-dropping');
      if (!e.dataTransfer || !carriesFiles(e)) return;
      e.preventDefault();
      // A tiled corpus refuses before the dropped folder is walked and the adding code loaded.
      if (!refuseOnTiled()) void filesOfDrop(e.dataTransfer).then(add);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

/** The running batch: a progress bar with the count, and Cancel. */
export function AddProgress() {
  const progress = useAddStore((s) => s.progress);
  const cancel = useAddStore((s) => s.cancel);
  useDropToAdd();
  if (!progress) return null;
  const { done, total, phase } = progress;
  return (
    <div className="dl-add-progress">
      <progress aria-label="Reading articles" max={Math.max(total, 1)} value={done} />
      <span aria-live="polite">
        {phase === 'joining'
          ? `Read ${total} article${total === 1 ? '' : 's'}; joining them to the corpus…`
          : `Reading articles: ${done} of ${total}`}
      </span>
      {cancel && (
        <button type="button" className="dl-button dl-text-button" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
