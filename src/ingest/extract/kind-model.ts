// The learned kind model: a multinomial logistic regression over the named
// features of kind-features.ts, trained by `npm run train:kinds` on the dev
// gold (scripts/train-kinds.ts) and stored as data in lexicon/kind-model.json.
// Inference is a sparse dot product per class: a few dozen lookups a name.
import model from '../lexicon/kind-model.json';

export const KIND_LABELS = ['none', 'person', 'organization', 'place', 'thing'] as const;
export type KindLabel = (typeof KIND_LABELS)[number];

export interface KindModel {
  labels: readonly KindLabel[];
  /** Feature -> one weight per label (features the training saw too rarely are absent and weigh nothing). */
  weights: Record<string, number[]>;
}

const loaded = model as KindModel;

/** The probability of each label (in `labels` order) for a candidate with `features`. */
export function kindProbabilities(features: string[], m: KindModel = loaded): number[] {
  const scores = new Array<number>(m.labels.length).fill(0);
  for (const f of features) {
    const w = Object.hasOwn(m.weights, f) ? m.weights[f] : undefined;
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
  return softmax(scores);
}

export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The most probable label and its probability. */
export function predictKind(features: string[], m: KindModel = loaded): { label: KindLabel; p: number } {
  const p = kindProbabilities(features, m);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  return { label: m.labels[best], p: p[best] };
}
