/**
 * Seeded randomness for the corpus generator: the same seed gives the same
 * corpus byte for byte, so two bench runs build identical inputs.
 */

import { mulberry32 } from '../../../src/model/prng.ts';

export { mulberry32 };

/** Helpers over one PRNG stream. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(xs: readonly T[]): T[];
  /** `k` distinct elements, in random order. */
  sample<T>(xs: readonly T[], k: number): T[];
  /** An index drawn with probability proportional to `weights`. */
  weighted(weights: readonly number[]): number;
  /** A new independent stream derived from this one (so adding draws in one place does not shift another). */
  fork(label: string): Random;
}

function hash(label: string): number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function random(seed: number): Random {
  const next = mulberry32(seed);
  const r: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (xs) => {
      if (xs.length === 0) throw new Error('pick from an empty list');
      return xs[Math.floor(next() * xs.length)]!;
    },
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    sample: (xs, k) => r.shuffle(xs).slice(0, Math.max(0, k)),
    weighted: (weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    fork: (label) => random((Math.floor(next() * 2 ** 32) ^ hash(label)) >>> 0),
  };
  return r;
}
