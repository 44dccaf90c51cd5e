import { describe, expect, it } from 'vitest';
import { specificFigures } from '../../../src/stories/figures.ts';

describe('specificFigures', () => {
  it('keeps decimals and unround numbers of three digits or more, each once', () => {
    expect(specificFigures('The quake was magnitude-6.6; 459 people were injured and 6.6 was the first reading.')).toEqual(['6.6', '459']);
    expect(specificFigures('Some 2,345 homes were hit.')).toEqual(['2345']);
  });

  it('skips small, round and year-like numbers and clock times', () => {
    expect(specificFigures('75 died, 700 were hurt and 1,200 homes fell in 2013 at 7:45 a.m.')).toEqual([]);
  });
});
