/**
 * Average-linkage agglomerative clustering. Single linkage would chain
 * ("summit concluded" → "summit concluded with a communiqué" → "communiqué
 * adopted") and swallow distinct events of one day; average linkage merges
 * two groups only when they are similar as wholes.
 *
 * A year bucket of a large corpus holds thousands of mentions, so the merge
 * loop must not rescan members: group similarities are updated in place
 * (Lance–Williams: the average over a union is the size-weighted mean of the
 * averages), and each group remembers its best partner, so a merge costs one
 * pass over the groups instead of a pass over every pair.
 */

/**
 * Group `n` items given a pairwise similarity, merging the most similar pair
 * of groups while their average similarity is at least `threshold`.
 * `initial` pre-groups items already known to belong together (each index in
 * at most one group; the rest start alone). Deterministic: ties go to the
 * lowest group indices. Groups come back sorted by their first member.
 */
export function averageLinkage(
  n: number, similarity: SimilarityRows, threshold: number, initial: readonly (readonly number[])[] = [],
): number[][] {
  const grouped = new Set(initial.flat());
  const members: number[][] = [...initial.map((g) => [...g]), ...Array.from({ length: n }, (_, i) => i).filter((i) => !grouped.has(i)).map((i) => [i])];
  const g = members.length;
  const avg = groupAverages(members, n, similarity);
  const alive = new Uint8Array(g).fill(1);
  const partner = new Int32Array(g).fill(-1);
  const partnerScore = new Float64Array(g).fill(-Infinity);
  const rescan = (a: number) => {
    partner[a] = -1;
    partnerScore[a] = -Infinity;
    for (let b = 0; b < g; b++) {
      if (b !== a && alive[b] && avg[a * g + b]! > partnerScore[a]!) {
        partner[a] = b;
        partnerScore[a] = avg[a * g + b]!;
      }
    }
  };
  for (let a = 0; a < g; a++) rescan(a);

  for (;;) {
    let a = -1;
    for (let x = 0; x < g; x++) if (alive[x] && partner[x]! >= 0 && (a < 0 || partnerScore[x]! > partnerScore[a]!)) a = x;
    if (a < 0 || partnerScore[a]! < threshold) break;
    const b = partner[a]!;
    // The union keeps the lower index (its row), the other is retired.
    const [keep, drop] = a < b ? [a, b] : [b, a];
    const wk = members[keep]!.length;
    const wd = members[drop]!.length;
    alive[drop] = 0;
    for (let c = 0; c < g; c++) {
      if (!alive[c] || c === keep) continue;
      const v = (wk * avg[keep * g + c]! + wd * avg[drop * g + c]!) / (wk + wd);
      avg[keep * g + c] = v;
      avg[c * g + keep] = v;
    }
    members[keep] = [...members[keep]!, ...members[drop]!];
    members[drop] = [];
    rescan(keep);
    for (let c = 0; c < g; c++) {
      if (!alive[c] || c === keep) continue;
      // Its partner changed or vanished: look again. Otherwise only the union can have become better.
      if (partner[c] === keep || partner[c] === drop) rescan(c);
      else if (avg[c * g + keep]! > partnerScore[c]! || (avg[c * g + keep] === partnerScore[c] && keep < partner[c]!)) {
        partner[c] = keep;
        partnerScore[c] = avg[c * g + keep]!;
      }
    }
  }
  return members
    .filter((m, k) => alive[k] && m.length)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}

/**
 * Item similarities a row at a time: `row(i)[j]` is the similarity of item i
 * to a later item j > i, zero where nothing is shared. The array may be reused
 * by the next call. Sparse vectors get theirs from an inverted index
 * (cosineRows in terms.ts); any pairwise function through {@link pairwiseRows}.
 */
export interface SimilarityRows {
  row(i: number): ArrayLike<number>;
}

/** Rows from a pairwise similarity function: every later pair computed. */
export function pairwiseRows(n: number, similarity: (i: number, j: number) => number): SimilarityRows {
  const row = new Float64Array(n);
  return {
    row(i) {
      for (let j = i + 1; j < n; j++) row[j] = similarity(i, j);
      return row;
    },
  };
}

/** Average item similarity between every two starting groups, as a dense g × g matrix. */
function groupAverages(members: number[][], n: number, similarity: SimilarityRows): Float32Array {
  const g = members.length;
  const groupOf = new Int32Array(n);
  members.forEach((m, k) => m.forEach((i) => (groupOf[i] = k)));
  // Single precision: a year bucket of a large corpus can hold thousands of mentions.
  const sum = new Float32Array(g * g);
  for (let i = 0; i < n; i++) {
    const row = similarity.row(i);
    for (let j = i + 1; j < n; j++) {
      const a = groupOf[i]!;
      const b = groupOf[j]!;
      if (a === b) continue;
      const s = row[j]!;
      // Adding zero changes nothing: skipping it keeps the sums exactly those of the pairwise loop.
      if (s === 0) continue;
      sum[a * g + b] = sum[a * g + b]! + s;
      sum[b * g + a] = sum[b * g + a]! + s;
    }
  }
  for (let a = 0; a < g; a++) {
    for (let b = 0; b < g; b++) if (a !== b) sum[a * g + b] = sum[a * g + b]! / (members[a]!.length * members[b]!.length);
  }
  return sum;
}
