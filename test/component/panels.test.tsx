// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/app/Notices';
import { ActorsPanel } from '../../src/panels/actors/ActorsPanel';
import { EventPanel } from '../../src/panels/event/EventPanel';
import { EventsList } from '../../src/panels/events-list/EventsList';
import { QuotesPanel } from '../../src/panels/quotes/QuotesPanel';
import { useBodiesStore } from '../../src/store/bodies-store';
import { useCorpusStore } from '../../src/store/corpus-store';
import { useFilterStore } from '../../src/store/filter-store';
import { useNoticeStore } from '../../src/store/notice-store';
import { useViewStore } from '../../src/store/view-store';
import { fixtureIndex } from '../fixtures/corpus';

const ALL_TIME = { start: new Date(2000, 0, 1).getTime(), end: new Date(2030, 0, 1).getTime() };

beforeEach(() => {
  const { index, texts } = fixtureIndex();
  useCorpusStore.getState().setCorpus(index);
  useBodiesStore.getState().preload(texts);
  useViewStore.setState({ window: ALL_TIME, selectedEventId: null });
  useFilterStore.setState({ actorIds: [], match: 'any', query: '' });
  useNoticeStore.setState({ notices: [] });
});

describe('Actors panel', () => {
  it('groups actors by kind, one checkbox named after each, with event counts', () => {
    render(<ActorsPanel />);
    const panel = screen.getByRole('region', { name: 'Actors' });
    // The kinds' fieldsets (an actor's names are a <details>, a group too).
    const kinds = within(panel)
      .getAllByRole('group')
      .filter((g) => g.tagName === 'FIELDSET');
    expect(kinds.map((g) => g.querySelector('legend')!.textContent)).toEqual(['People 3', 'Countries 1', 'Places 1']);
    expect(within(panel).getByRole('checkbox', { name: 'Vladimir Putin' })).not.toBeChecked();
    expect(within(panel).getByLabelText('2 events')).toBeInTheDocument(); // Putin
  });

  it('filters when checked, recounts, and clears', async () => {
    render(<ActorsPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Joe Biden' }));
    expect(useFilterStore.getState().actorIds).toEqual(['person:joe-biden']);
    // Under the filter only the Geneva meeting is left: Kim has no event in it.
    expect(screen.getByRole('checkbox', { name: 'Kim Jong Un' }).closest('li')).toHaveClass('is-empty');
    await userEvent.click(screen.getByRole('radio', { name: 'Match all' }));
    expect(useFilterStore.getState().match).toBe('all');
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(useFilterStore.getState().actorIds).toEqual([]);
  });

  it('finds actors with its own search box and sorts by name', async () => {
    render(<ActorsPanel />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), 'gen');
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('aria-label'))).toEqual(['Geneva']);
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find an actor' }));
    await userEvent.selectOptions(screen.getByRole('combobox'), 'name');
    expect(
      screen
        .getAllByRole('checkbox')
        .slice(0, 3)
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual(['Joe Biden', 'Kim Jong Un', 'Vladimir Putin']);
  });
});

describe('Quotes panel', () => {
  it('lists the quotes in view with speaker and article, filtered by speaker', async () => {
    render(<QuotesPanel />);
    const panel = screen.getByRole('region', { name: 'Quotes' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(3);
    act(() => useFilterStore.getState().toggleActor('person:vladimir-putin'));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    expect(panel).toHaveTextContent('We will oppose sanctions.');
    expect(panel).toHaveTextContent('19 June 2024 · Putin visits Pyongyang');
  });

  it('selects a quote’s event on click, and filters by a speaker chip', async () => {
    render(<QuotesPanel />);
    await userEvent.click(screen.getByText('It was constructive,'));
    expect(useViewStore.getState().selectedEventId).toBe('a2.published');
    await userEvent.click(screen.getAllByRole('button', { name: 'Joe Biden' })[0]);
    expect(useFilterStore.getState().actorIds).toEqual(['person:joe-biden']);
  });
});

describe('Events list', () => {
  it('lists the events in view in time order as buttons that select', async () => {
    useViewStore.setState({ window: { start: new Date(2024, 0, 1).getTime(), end: new Date(2025, 0, 1).getTime() } });
    render(<EventsList />);
    const buttons = within(screen.getByRole('region', { name: 'Events' })).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'March 2024Back in March, Russia vetoed a panel.',
      '19 June 2024Putin visits Pyongyang',
      '25 June 2024Council meets',
    ]);
    await userEvent.click(buttons[1]);
    expect(useViewStore.getState().selectedEventId).toBe('a1.published');
    expect(buttons[1]).toHaveAttribute('aria-current', 'true');
  });
});

describe('Event panel', () => {
  it('shows actors as chips, the article with the sentence and quotes marked, and sibling events', async () => {
    useViewStore.setState({ selectedEventId: 'a1.m1' });
    const { container } = render(<EventPanel />);
    const pane = screen.getByRole('region', { name: 'Event' });
    expect(within(pane).getByRole('heading', { level: 2 })).toHaveTextContent('Back in March, Russia vetoed a panel.');
    expect(pane).toHaveTextContent('March 2024');
    expect([...container.querySelectorAll('mark.dl-hl-event')].map((m) => m.textContent)).toEqual([
      'Back in March, Russia vetoed a panel.',
    ]);
    await userEvent.click(within(pane).getByRole('button', { name: 'Russia' }));
    expect(useFilterStore.getState().actorIds).toEqual(['country:russia']);
    await userEvent.click(within(pane).getByRole('button', { name: /Putin visits Pyongyang/ }));
    expect(useViewStore.getState().selectedEventId).toBe('a1.published');
  });

  it('marks the quotes of a published event', () => {
    useViewStore.setState({ selectedEventId: 'a1.published' });
    const { container } = render(<EventPanel />);
    expect([...container.querySelectorAll('mark.dl-hl-quote')].map((m) => m.textContent)).toEqual([
      'full support',
      'We will oppose sanctions.',
    ]);
  });
});

describe('Notices', () => {
  it('shows each notice until dismissed', async () => {
    render(<Notices />);
    act(() => useNoticeStore.getState().notify('Ignored actor "x": no such actor in this corpus.'));
    expect(screen.getByRole('status')).toHaveTextContent('Ignored actor "x"');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
