// The `?` dialog: every command and its keys, from the one registry.
import { useEffect, useRef } from 'react';
import { commands, keyLabel } from '../commands/registry';
import { useUiStore } from '../store/ui-store';

export function ShortcutsDialog() {
  const open = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
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
      <form method="dialog">
        <button type="submit" className="dl-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
