// An actor anywhere in the app: a button that adds the actor to the filter.
import type { Actor } from '../../corpus/schema';
import { useFilterStore } from '../../store/filter-store';

export function ActorChip({ actor }: { actor: Actor }) {
  const addActor = useFilterStore((s) => s.addActor);
  const active = useFilterStore((s) => s.actorIds.includes(actor.id));
  return (
    <button
      type="button"
      className={`dl-chip dl-chip-${actor.kind}${active ? ' is-active' : ''}`}
      onClick={() => addActor(actor.id)}
      title={`Filter by ${actor.name}`}
      aria-pressed={active}
    >
      {actor.name}
    </button>
  );
}
