import type { Warning } from '../corpus/schema';

/** Ingest problems, named by file, so the reader knows what was left out. */
export function WarningsNotice({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="dl-warnings">
      <summary>
        {warnings.length} ingest warning{warnings.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            <code>
              {w.file}
              {w.line ? `:${w.line}` : ''}
            </code>{' '}
            {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
