// Stands in for the `xss` package inside vis-timeline (aliased in
// vite.config.ts). vis-timeline writes every string it is given with
// innerHTML after an HTML "clean-up"; Dateline gives it no HTML at all, so the
// safe filter is the one that keeps none: every string becomes inert text.
// (It is also 7 kB gzip lighter than the HTML sanitizer.)
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export class FilterXSS {
  process(html: string): string {
    return escapeHtml(html);
  }
}

export default { FilterXSS };
