// The links of the embedded view: the `<iframe>` snippet for a view, and the
// full view an embed opens. Both are the view's link with `embed` set or not.
import { serializeUrl, type UrlState } from '../store/url-state';

export const EMBED_HEIGHT = 480;

/** The page's address without query or hash: where the app is served. */
export function appBase(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}

export function embedUrl(base: string, state: UrlState): string {
  return base + serializeUrl({ ...state, embed: true });
}

export function fullViewUrl(base: string, state: UrlState): string {
  return base + serializeUrl({ ...state, embed: false });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(base: string, state: UrlState, title: string): string {
  return (
    `<iframe src="${escapeAttr(embedUrl(base, state))}" title="${escapeAttr(title)}"` +
    ` width="100%" height="${EMBED_HEIGHT}" style="border: 0" loading="lazy"></iframe>`
  );
}
