// Skip links: the first Tab stops of the page, shown when focused, each
// moving the keyboard into one region (its first control, else the region).
const TARGETS = ['Timeline', 'Actors', 'Quotes', 'Events'] as const;

function focusRegion(name: string) {
  const region = document.querySelector<HTMLElement>(`[aria-label="${name}"]`);
  if (!region) return;
  const first = region.querySelector<HTMLElement>('input, button, select, a[href], [tabindex]:not([tabindex="-1"])');
  if (first && first.offsetParent !== null) first.focus();
  else {
    region.tabIndex = -1;
    region.focus();
  }
}

export function SkipLinks() {
  return (
    <nav className="dl-skip" aria-label="Skip to">
      {TARGETS.map((name) => (
        <a
          key={name}
          href={`#${name.toLowerCase()}`}
          onClick={(e) => {
            e.preventDefault();
            focusRegion(name);
          }}
        >
          Skip to {name}
        </a>
      ))}
    </nav>
  );
}
