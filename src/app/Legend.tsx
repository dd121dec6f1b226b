// What the timeline's shapes and the actor colours mean, one click away.
import { KIND_LABELS } from '../panels/actors/actor-groups';
import type { ActorKind } from '../corpus/schema';

const SHAPES = [
  { key: 'published', label: 'An article, on its publication day' },
  { key: 'point', label: 'A day an article mentions' },
  { key: 'range', label: 'A month, year or span an article mentions' },
  { key: 'approximate', label: 'Dashed: approximate (“about 2000”)' },
  { key: 'more', label: '+N: more events there; click to zoom in' },
] as const;

export function Legend() {
  return (
    <details className="dl-legend">
      <summary className="dl-button dl-text-button">Legend</summary>
      <div className="dl-legend-body" role="group" aria-label="Legend">
        <ul>
          {SHAPES.map((s) => (
            <li key={s.key}>
              <span className={`dl-swatch dl-swatch-${s.key}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
        <ul>
          {(Object.keys(KIND_LABELS) as ActorKind[]).map((kind) => (
            <li key={kind}>
              <span className={`dl-chip dl-chip-${kind} dl-swatch-kind`} aria-hidden="true" />
              {KIND_LABELS[kind]}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
