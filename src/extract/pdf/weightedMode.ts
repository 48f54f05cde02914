/** The value with the greatest weight (the first of equals, in insertion order); undefined when there is none. */
export function weightedMode(weights: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}
