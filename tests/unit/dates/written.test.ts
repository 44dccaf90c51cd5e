import { describe, expect, it } from 'vitest';
import { writtenOn, type SourceDating } from '../../../src/dates/index.ts';

const dating = (sourceId: string, date: string | null): SourceDating => ({
  sourceId,
  date,
  provenance: date ? 'inferred' : 'unknown',
  basis: 'test',
  reference: null,
});

describe('writtenOn', () => {
  const on = writtenOn(
    [
      ['dated', '2025-03-02'],
      ['undated', null],
      ['lost', null],
    ],
    [dating('dated', '2025-03-01'), dating('undated', '2025-03-01'), dating('lost', null)],
  );

  it('is the publication date when the source has one, not its event day', () => expect(on('dated')).toBe('2025-03-02'));
  it('is the event day for an undated source', () => expect(on('undated')).toBe('2025-03-01'));
  it('is unknown without either, and for a source it was not given', () => {
    expect(on('lost')).toBeNull();
    expect(on('other')).toBeNull();
  });
});
