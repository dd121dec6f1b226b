// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActorsPanel } from '../../src/panels/actors/ActorsPanel';
import { useCorpusStore } from '../../src/store/corpus-store';
import { useFilterStore } from '../../src/store/filter-store';
import { useViewStore } from '../../src/store/view-store';
import { fixtureIndex } from '../fixtures/corpus';

beforeEach(() => {
  const { index } = fixtureIndex();
  // As resolution leaves an actor merged from several forms: each form with its mentions.
  index.actors = index.actors.map((a) =>
    a.id === 'person:vladimir-putin'
      ? { ...a, aliases: ['Putin', 'Vladimir Putin', 'president Putin'], aliasCounts: { Putin: 7, 'Vladimir Putin': 2 } }
      : a,
  );
  useCorpusStore.getState().setCorpus(index);
  useViewStore.setState({ window: { start: new Date(2000, 0, 1).getTime(), end: new Date(2030, 0, 1).getTime() }, selectedEventId: null });
  useFilterStore.setState({ actorIds: [], match: 'any', query: '' });
});

describe('Actors panel: the names of an actor', () => {
  it('shows each name an actor was found under with its mentions, most written first', async () => {
    render(<ActorsPanel />);
    const summary = screen.getByLabelText('3 names of Vladimir Putin');
    expect(summary).toHaveTextContent('3 names');
    await userEvent.click(summary);
    const list = screen.getByRole('list', { name: 'Names of Vladimir Putin with their mentions' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual(['Putin7', 'Vladimir Putin2', 'president Putin']);
    expect(within(rows[0]).getByLabelText('7 mentions')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Vladimir Putin' }).closest('label')).toHaveAttribute(
      'title',
      'Also: Putin (7), Vladimir Putin (2), president Putin',
    );
  });

  it('has no disclosure for an actor found under one name only', () => {
    render(<ActorsPanel />);
    expect(screen.queryByLabelText(/names of Geneva/)).toBeNull();
    expect(screen.queryByLabelText(/names of Kim Jong Un/)).toBeNull();
  });
});
