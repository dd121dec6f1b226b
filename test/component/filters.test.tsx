// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Legend } from '../../src/app/Legend';
import { FilterBar } from '../../src/panels/filters/FilterBar';
import { QuotesPanel } from '../../src/panels/quotes/QuotesPanel';
import { SearchBox } from '../../src/app/SearchBox';
import { useCorpusStore } from '../../src/store/corpus-store';
import { useFilterStore } from '../../src/store/filter-store';
import { useUiStore } from '../../src/store/ui-store';
import { useViewStore } from '../../src/store/view-store';
import { fixtureIndex } from '../fixtures/corpus';

const ALL_TIME = { start: new Date(2000, 0, 1).getTime(), end: new Date(2030, 0, 1).getTime() };

beforeEach(() => {
  useCorpusStore.getState().setCorpus(fixtureIndex().index);
  useViewStore.setState({ window: ALL_TIME, selectedEventId: null });
  useFilterStore.setState({ actorIds: [], match: 'any', query: '' });
});

describe('Filter bar', () => {
  it('is absent while nothing filters', () => {
    render(<FilterBar />);
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });

  it('lists actors, the match mode and the query as removable chips, with the total count over all dates', async () => {
    act(() => useFilterStore.setState({ actorIds: ['person:vladimir-putin', 'person:joe-biden'], match: 'any', query: '' }));
    render(<FilterBar />);
    const bar = screen.getByRole('region', { name: 'Active filters' });
    expect(within(bar).getByText('2 of 4 events')).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: /^Match any/ }));
    expect(useFilterStore.getState().match).toBe('all');
    expect(within(bar).getByText('1 of 4 events')).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: 'Remove the filter Joe Biden' }));
    expect(useFilterStore.getState().actorIds).toEqual(['person:vladimir-putin']);
    act(() => useFilterStore.getState().setQuery('sanctions'));
    expect(within(bar).getByRole('button', { name: 'Remove the search "sanctions"' })).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: 'Clear all' }));
    expect(useFilterStore.getState()).toMatchObject({ actorIds: [], query: '' });
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });
});

describe('Search box', () => {
  it('Enter opens the highlighted event; arrows move the highlight', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'council');
    const options = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().selectedEventId).toBe('a3.published');
    expect(useUiStore.getState().tab).toBe('event');
  });

  it('an actor result becomes a visible filter in place of the query', async () => {
    render(
      <>
        <SearchBox />
        <FilterBar />
      </>,
    );
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'Geneva');
    const actorOption = within(screen.getByRole('listbox', { name: 'Search results' }))
      .getAllByRole('option')
      .find((o) => o.textContent?.startsWith('Actor'))!;
    await userEvent.click(actorOption);
    expect(useFilterStore.getState()).toMatchObject({ actorIds: ['place:geneva'], query: '' });
    expect(
      within(screen.getByRole('region', { name: 'Active filters' })).getByRole('button', { name: 'Remove the filter Geneva' }),
    ).toBeInTheDocument();
  });

  it('lists only results the actor filter lets through', async () => {
    act(() => useFilterStore.setState({ actorIds: ['person:joe-biden'] }));
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'Putin');
    const labels = within(screen.getByRole('listbox', { name: 'Search results' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(labels).toContain('EventBiden and Putin meet in Geneva');
    expect(labels).not.toContain('EventPutin visits Pyongyang');
  });
});

describe('Quotes panel with a search', () => {
  it('shows only the quotes that match, with the matching words marked', () => {
    act(() => useFilterStore.setState({ query: 'sanctions' }));
    render(<QuotesPanel />);
    const panel = screen.getByRole('region', { name: 'Quotes' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    expect(panel.querySelector('mark')?.textContent).toBe('sanctions');
    expect(panel.textContent).toContain('matching “sanctions” in view');
  });
});

describe('Legend', () => {
  it('names every shape of the timeline and every actor kind', async () => {
    render(<Legend />);
    await userEvent.click(screen.getByText('Legend'));
    const legend = screen.getByRole('group', { name: 'Legend' });
    for (const text of [
      'An article',
      'A day',
      'A month, year or span',
      'Dashed',
      '+N',
      'People',
      'Countries',
      'Organizations',
      'Places',
      'Groups',
      'Things',
    ]) {
      expect(legend.textContent).toContain(text);
    }
  });
});
