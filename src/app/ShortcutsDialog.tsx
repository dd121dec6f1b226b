// The `?` dialog: every command and its keys, from the one registry, and
// the corpus' ingest warnings (in dev builds the top bar shows them too).
import { commands, keyLabel } from '../commands/registry';
import { useCorpusStore } from '../store/corpus-store';
import { useUiStore } from '../store/ui-store';
import { useModal } from './use-modal';
import { WarningsNotice } from './WarningsNotice';

export function ShortcutsDialog() {
  const open = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  const warnings = useCorpusStore((s) => s.index.corpus.warnings);
  const ref = useModal(open);
  return (
    <dialog ref={ref} className="dl-dialog" aria-labelledby="dl-shortcuts-title" onClose={() => setOpen(false)}>
      <h2 id="dl-shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {commands.map((c) => (
            <tr key={c.id}>
              <td>
                {c.keys.map((k) => (
                  <kbd key={k}>{keyLabel(k)}</kbd>
                ))}
              </td>
              <td>{c.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WarningsNotice warnings={warnings} />
      <form method="dialog">
        <button type="submit" className="dl-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
