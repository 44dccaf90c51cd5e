import { describe, expect, it } from 'vitest';
import { gold } from '../../helpers/gold.ts';
import { ROOT } from '../../helpers/gold.ts';
import { SourceInputError } from '../../../src/model/errors.ts';
import { loadTaxonomy, parseTaxonomy } from '../../../src/topics/loadTaxonomy.ts';

describe('content/taxonomy.yaml', () => {
  it('validates and covers every topic id the gold uses', () => {
    const tax = loadTaxonomy(ROOT);
    expect(tax.threshold.minEvidence).toBeGreaterThanOrEqual(2);
    expect(tax.topics.map((t) => t.id).sort()).toEqual([...gold.topics].sort());
    for (const t of tax.topics) expect(t.description, t.id).not.toBe('');
  });
});

describe('parseTaxonomy errors', () => {
  const bad = (yaml: string) => {
    try {
      parseTaxonomy(yaml, 'content/taxonomy.yaml');
    } catch (err) {
      expect(err).toBeInstanceOf(SourceInputError);
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };

  it('names the file and the entry with a bad term', () => {
    const msg = bad('topics:\n  - id: trade\n    label: Trade\n    terms: [trade]\n  - id: energy\n    label: Energy\n    terms: [oil, Power]\n');
    expect(msg).toMatch(/^content\/taxonomy\.yaml: /);
    expect(msg).toContain('topics[1] (id "energy")');
    expect(msg).toContain('terms[1]');
    expect(msg).toContain('lowercase');
  });

  it('rejects a misplaced wildcard, a missing label, duplicate ids and broken YAML', () => {
    expect(bad('topics:\n  - id: a\n    label: A\n    terms: ["*trade"]\n')).toContain('`*` only at the end');
    expect(bad('topics:\n  - id: a\n    terms: [x]\n')).toContain('topics[0] (id "a") → label');
    expect(bad('topics:\n  - {id: a, label: A, terms: [x]}\n  - {id: a, label: B, terms: [y]}\n')).toContain('duplicate topic id "a"');
    expect(bad('topics: [\n')).toContain('is not valid YAML');
  });

  it('applies defaults', () => {
    const tax = parseTaxonomy('topics:\n  - {id: a, label: A, terms: [x]}\n');
    expect(tax.threshold.minEvidence).toBe(2);
    expect(tax.topics[0]!.description).toBe('');
  });
});
