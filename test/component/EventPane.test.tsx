// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleHead, CorpusEvent } from '../../src/corpus/schema';
import { EventPane } from '../../src/panels/event/EventPane';

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const text = `While hosting president Putin, Kim pledged support.\n\nMore ${hostile} text.`;
const article: ArticleHead = {
  id: 'a1',
  date: '2024-06-19',
  title: `Summit ${hostile}`,
  body: 'a1',
  length: text.length,
  source: 'javascript:alert(1)',
};
const body = { status: 'ready' as const, text };
const event: CorpusEvent = {
  id: 'a1.published',
  articleId: 'a1',
  kind: 'published',
  date: { start: '2024-06-19' },
  title: article.title,
  span: [0, 51],
  actorIds: [],
};

describe('EventPane', () => {
  it('invites a selection when nothing is selected', () => {
    render(<EventPane event={null} article={null} onClose={() => {}} />);
    expect(screen.getByRole('region', { name: 'Event' })).toHaveTextContent(/Select an event/);
  });

  it('shows the date, the title and the article text', () => {
    render(<EventPane event={event} article={article} body={body} onClose={() => {}} />);
    const pane = screen.getByRole('region', { name: 'Event' });
    expect(pane).toHaveTextContent('19 June 2024');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(article.title);
    expect(pane).toHaveTextContent('While hosting president Putin, Kim pledged support.');
  });

  it('renders markup in article data as literal text, and no javascript: link', () => {
    const { container } = render(<EventPane event={event} article={article} body={body} onClose={() => {}} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('region', { name: 'Event' }).textContent).toContain(hostile);
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says while the text loads, and when it could not be loaded', () => {
    const { rerender } = render(<EventPane event={event} article={article} body={{ status: 'loading' }} onClose={() => {}} />);
    expect(screen.getByRole('region', { name: 'Event' })).toHaveTextContent('Loading the article…');
    rerender(<EventPane event={event} article={article} body={{ status: 'failed', error: 'HTTP 404' }} onClose={() => {}} />);
    expect(screen.getByRole('region', { name: 'Event' })).toHaveTextContent('Could not load the article text (HTTP 404).');
  });

  it('closes with its button', async () => {
    const onClose = vi.fn();
    render(<EventPane event={event} article={article} body={body} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close the event' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
