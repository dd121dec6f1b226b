// Panels beside the timeline mount after the timeline's first frame: at
// 10,000 articles their first render (thousands of actors, quotes, list
// rows) would otherwise sit between the corpus arriving and the first title
// on screen. Until then an empty panel holds its place, so nothing moves.
// The print summary (up to 500 hidden table rows) waits the same way.
import { useEffect, useState, type ReactNode } from 'react';

/** `area`: the grid area of the panel whose place an empty panel holds meanwhile; none for what takes no room (the print summary). */
export function AfterFirstPaint({ area, children }: { area?: string; children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    // One frame for the timeline's paint, then a task of its own for the panels.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  if (ready) return children;
  return area ? <section className={`dl-panel ${area}`} aria-busy="true" /> : null;
}
