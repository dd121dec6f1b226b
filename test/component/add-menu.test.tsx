// @vitest-environment jsdom
// The Add articles menu and progress bar (src/add/AddArticles.tsx).
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AddMenu, AddProgress } from '../../src/add/AddArticles';
import { TILED_NO_ADD, useAddStore } from '../../src/add/add-store';
import type { CorpusIndex } from '../../src/model/corpus-index';
import { useCorpusStore } from '../../src/store/corpus-store';
import { useUiStore } from '../../src/store/ui-store';

beforeEach(() => {
  useUiStore.setState({ addMenuOpen: true });
  useAddStore.setState({ addedIds: [], progress: null, cancel: null, pasteOpen: false });
});

describe('Add articles menu', () => {
  it('offers files, a folder and paste; arrow keys move between them; Paste opens the paste dialog', async () => {
    const user = userEvent.setup();
    render(<AddMenu />);
    const items = screen.getAllByRole('menuitem').map((i) => i.textContent);
    expect(items).toEqual(['Choose files…', 'Choose a folder…', 'Paste an article…']);
    expect(document.activeElement).toHaveTextContent('Choose files…');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Choose a folder…');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toHaveTextContent('Paste an article…');
    await user.keyboard('{Enter}');
    expect(useAddStore.getState().pasteOpen).toBe(true);
    expect(useUiStore.getState().addMenuOpen).toBe(false);
  });

  it('offers to remove the added articles only when there are some, and the folder input takes folders', () => {
    act(() => useAddStore.setState({ addedIds: ['a', 'b'] }));
    render(<AddMenu />);
    expect(screen.getByRole('menuitem', { name: 'Remove my articles (2)' })).toBeInTheDocument();
    expect(document.getElementById('dl-add-folder')).toHaveAttribute('webkitdirectory');
    expect(document.getElementById('dl-add-files')).toHaveAttribute('multiple');
  });
});

describe('a tiled corpus', () => {
  it('says why articles cannot be added and offers none of the ways (a drop: test/e2e/tiled.e2e.ts)', () => {
    const { index } = useCorpusStore.getState();
    act(() => useCorpusStore.setState({ index: { ...index, tiled: { articles: 10_000, events: 80_000 } as CorpusIndex['tiled'] } }));
    render(<AddMenu />);
    expect(screen.queryAllByRole('menuitem')).toEqual([]);
    expect(screen.getByText(TILED_NO_ADD)).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent(TILED_NO_ADD);
  });
});

describe('progress', () => {
  it('is a progress bar named "Reading articles" with the count and a Cancel that stops the batch', async () => {
    let cancelled = false;
    act(() => useAddStore.setState({ progress: { done: 7, total: 20, phase: 'reading' }, cancel: () => (cancelled = true) }));
    render(<AddProgress />);
    const bar = screen.getByRole('progressbar', { name: 'Reading articles' });
    expect(bar).toHaveAttribute('value', '7');
    expect(bar).toHaveAttribute('max', '20');
    expect(screen.getByText('Reading articles: 7 of 20')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toBe(true);
  });
});
