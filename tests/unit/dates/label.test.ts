import { describe, expect, it } from 'vitest';
import { labelAround, MAX_WORDS } from '../../../src/dates/label.ts';

const around = (sentence: string, focus: string) => {
  const start = sentence.indexOf(focus);
  return labelAround(sentence, { start, end: start + focus.length });
};

describe('labelAround', () => {
  it('drops the conjunction that joined a clause cut at its comma', () => {
    const s = 'Millions of workers send remittances home, but tightened migrant controls after a deadly attack last year ripple through those economies.';
    const label = around(s, 'last year');
    expect(label).toBe('tightened migrant controls after a deadly attack last year ripple through those economies');
    expect(s).toContain(label);
  });

  it('keeps a conjunction inside the clause and a clause that only starts like one', () => {
    expect(around('Officials said on Monday that talks and trade would resume.', 'on Monday')).toBe('Officials said on Monday that talks and trade would resume');
    expect(around('Sources agreed, Oregon officials said on Friday the dam would stay open.', 'on Friday')).toBe('Oregon officials said on Friday the dam would stay open');
  });

  it('keeps the subject when a short clause borrows the aside before it', () => {
    expect(around('Quiland, home to some 46 million people, became independent in 1995.', 'in 1995')).toBe(
      'Quiland, home to some 46 million people, became independent in 1995',
    );
  });

  it('never returns an empty label, even for a clause that is all conjunction', () => {
    expect(around('And so, but yet.', 'so')).not.toBe('');
  });

  it('stays a window of at most MAX_WORDS words of the sentence', () => {
    const s = 'The ministers, who met in the capital on 3 March 2024 after months of talks about water, energy and transport corridors across the region, agreed.';
    const label = around(s, '3 March 2024');
    expect(s).toContain(label);
    expect(label.split(/\s+/).length).toBeLessThanOrEqual(MAX_WORDS);
    expect(label).toContain('3 March 2024');
  });
});

describe('labelAround on clauses and cuts', () => {
  it('gives a describing clause the noun it describes', () => {
    const s = "The 'Central Asia - Russia' format, established a decade ago, serves as a strategic tool for maintaining balance in the region's foreign policy.";
    expect(around(s, 'a decade ago')).toBe("The 'Central Asia - Russia' format, established a decade ago");
  });

  it('still reads on into the next clause after an opening date', () => {
    expect(around('After talks in Moscow, on 5 March, the leaders signed a treaty.', 'on 5 March')).toBe('on 5 March, the leaders signed a treaty');
  });

  it('ends a cut window where a phrase ends, not inside a noun phrase', () => {
    const s = 'The summit concluded with the adoption of a joint communiqué and a multi-year action plan designed to guide cooperation through 2027.';
    expect(around(s, 'summit')).toBe('The summit concluded with the adoption of a joint communiqué');
  });

  it('opens a cut window on the determiner of its first noun, not on the bare noun', () => {
    const s = 'The summit resulted in a Joint Communiqué and a Plan of Joint Actions for 2025-2027, outlining a common direction.';
    expect(around(s, '2025-2027')).toBe('The summit resulted in a Joint Communiqué and a Plan of Joint Actions for 2025-2027');
    const long = 'Yesterday the regional water council of the northern provinces approved a new dam on 3 May 2024 near the border town.';
    const label = around(long, '3 May 2024');
    expect(long).toContain(label);
    expect(label).toMatch(/^the /);
    expect(label.split(/\s+/).length).toBeLessThanOrEqual(MAX_WORDS);
  });
});
