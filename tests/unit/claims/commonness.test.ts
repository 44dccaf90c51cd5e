/** General-English commonness: framing words weigh less than topical words and places. */
import { describe, expect, it } from 'vitest';
import { backgroundIdf } from '../../../src/claims/commonness.ts';
import { commonnessFactors } from '../../../src/claims/compare.ts';
import { stem } from '../../../src/claims/text.ts';

describe('word commonness', () => {
  it('ranks framing words as more common than topical words', () => {
    for (const common of ['situation', 'particularly', 'key', 'remains']) {
      for (const topical of ['hydroelectric', 'terrorism', 'communique', 'Afghanistan']) {
        expect(backgroundIdf(stem(common)), `${common} vs ${topical}`).toBeLessThan(backgroundIdf(stem(topical)));
      }
    }
  });

  it('scales words only, to a mean of one', () => {
    const f = commonnessFactors([stem('situation'), stem('hydroelectric'), stem('trade'), '~payments', '#yr:2027', '@velmora']);
    expect([...f.keys()].sort()).toEqual([stem('hydroelectric'), stem('situation'), stem('trade')].sort());
    const mean = [...f.values()].reduce((a, b) => a + b, 0) / f.size;
    expect(mean).toBeCloseTo(1, 9);
    expect(f.get(stem('hydroelectric'))).toBeGreaterThan(f.get(stem('situation')) as number);
  });
});
