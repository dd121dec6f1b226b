// Keyboard focus on the timeline's titles, as a roving tabindex (WAI-ARIA
// practice): one title is a Tab stop (the selected event when it is shown,
// else the first title from the left); ←/→ move among the titles in screen
// order, Home/End to the ends, Enter or Space open the focused one. At either
// end the arrow falls through to the app's own ←/→ (the next event in time,
// beyond the window), and focus follows that selection once it is drawn.
// vis-timeline redraws labels freely, so focus is restored by event id.

const LABEL = '.dl-item-label[data-id]';

export interface RovingFocus {
  /** Call after each redraw: re-marks the Tab stop and restores a focus the redraw took away. */
  refresh: () => void;
  dispose: () => void;
}

function labelsInScreenOrder(root: HTMLElement): HTMLElement[] {
  const width = root.clientWidth;
  const placed = [...root.querySelectorAll<HTMLElement>(LABEL)].map((el) => ({ el, box: el.getBoundingClientRect() }));
  const left = root.getBoundingClientRect().left;
  return placed
    .filter(({ box }) => box.width > 0 && box.right > left && box.left < left + width)
    .sort((a, b) => a.box.left - b.box.left || a.box.top - b.box.top)
    .map(({ el }) => el);
}

export function attachRovingFocus(root: HTMLElement, selectedId: () => string | null, open: (id: string) => void): RovingFocus {
  // The title the keyboard is on, kept across redraws; null until the reader focuses one.
  let current: string | null = null;
  let hadFocus = false;
  // Set when an arrow went past the titles in view: focus goes to the next selection drawn.
  let follow = false;

  const drawn = (id: string | null) => id !== null && root.querySelector(`${LABEL}[data-id="${CSS.escape(id)}"]`) !== null;
  // vis-timeline sends 'changed' on every frame of a pan or a zoom: while the
  // Tab stop is drawn and still the one it should be, there is nothing to do,
  // and no layout is read (reading boxes right after vis-timeline moved its
  // items would force a layout in every frame).
  const settled = (): boolean => {
    if (follow || (hadFocus && !root.contains(document.activeElement))) return false;
    const stop = root.querySelector<HTMLElement>(`${LABEL}[tabindex="0"]`);
    if (!stop) return false;
    const selected = selectedId();
    const preferred = drawn(current) ? current : drawn(selected) ? selected : null;
    return preferred === null || stop.dataset.id === preferred;
  };

  const refresh = () => {
    if (settled()) return;
    const labels = labelsInScreenOrder(root);
    const ids = labels.map((el) => el.dataset.id);
    const selected = selectedId();
    const stop =
      (current !== null && ids.includes(current) ? current : null) ??
      (selected !== null && ids.includes(selected) ? selected : null) ??
      ids.find((id) => !id!.startsWith('more:')) ??
      ids[0];
    for (const el of root.querySelectorAll<HTMLElement>(LABEL)) el.tabIndex = el.dataset.id === stop ? 0 : -1;
    if (follow && selected !== null && ids.includes(selected)) {
      follow = false;
      current = selected;
      labels.find((el) => el.dataset.id === selected)?.focus({ preventScroll: true });
      return;
    }
    // A redraw replaced the focused title: put focus back on its successor.
    if (hadFocus && !root.contains(document.activeElement)) {
      const target = labels.find((el) => el.dataset.id === (current !== null && ids.includes(current) ? current : selected));
      target?.focus({ preventScroll: true });
    }
  };

  const onFocusIn = (e: FocusEvent) => {
    const label = (e.target as HTMLElement).closest<HTMLElement>(LABEL);
    hadFocus = label !== null;
    if (label) current = label.dataset.id ?? null;
  };
  const onFocusOut = (e: FocusEvent) => {
    // Focus leaving for elsewhere on the page (not lost to a redraw) ends the roving.
    if (e.relatedTarget instanceof Node && !root.contains(e.relatedTarget)) hadFocus = false;
  };
  const onKey = (e: KeyboardEvent) => {
    const label = (e.target as HTMLElement).closest<HTMLElement>(LABEL);
    if (!label || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      open(label.dataset.id!);
      return;
    }
    const labels = labelsInScreenOrder(root);
    const at = labels.indexOf(label);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: labels.length - 1 }[e.key];
    if (to === undefined) return;
    if (to < 0 || to >= labels.length) {
      // Past the last title in view: the app's ←/→ walk on in time, and focus follows the selection.
      current = null;
      follow = true;
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    current = labels[to].dataset.id ?? null;
    labels[to].focus({ preventScroll: true });
    refresh();
  };

  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', onFocusOut);
  root.addEventListener('keydown', onKey);
  return {
    refresh,
    dispose: () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('keydown', onKey);
    },
  };
}
