import { describe, expect, it } from 'vitest';
import { isSpeakerTitle, quotedSpans, speakersOf, speechOf } from '../../../src/claims/speech.ts';
import { stem, type Token } from '../../../src/claims/text.ts';

const quoted = (text: string) => quotedSpans(text).map(([from, to]) => text.slice(from, to));

describe('speechOf', () => {
  it('drops who said a direct quote, before or after it', () => {
    expect(speechOf('“We will rebuild every school that was damaged,” Ilse Varga told reporters.')).toBe('“We will rebuild every school that was damaged,”');
    expect(speechOf('Ilse Varga said: “We will rebuild every school that was damaged.”')).toBe('“We will rebuild every school that was damaged.”');
    expect(speechOf('Ilse Varga said that "we can fix all the problems"')).toBe('"we can fix all the problems"');
    expect(speechOf('“Our first task is to reach every family,” said Ilse Varga,')).toBe('“Our first task is to reach every family,”');
    expect(speechOf('"And we have to end the pandemic," he said.')).toBe('"And we have to end the pandemic,"');
  });

  it('drops an attribution that says how or where it was said', () => {
    expect(speechOf('“Every road will reopen by Friday,” the ministry said in a statement.')).toBe('“Every road will reopen by Friday,”');
    expect(speechOf('“We will rebuild,” Ilse Varga told reporters at a news conference.')).toBe('“We will rebuild,”');
    expect(speechOf('“We will rebuild,” Ilse Varga said on Tuesday.')).toBe('“We will rebuild,”');
  });

  it('keeps reported speech and clauses that say something after the quote', () => {
    expect(speechOf('Ilse Varga said the toll rose to 9.')).toBe('Ilse Varga said the toll rose to 9.');
    expect(speechOf('said people were waiting for more details.')).toBe('said people were waiting for more details.');
    expect(speechOf('The “temporary” bridge has stood for ten years.')).toBe('The “temporary” bridge has stood for ten years.');
  });
});

describe('isSpeakerTitle', () => {
  it('is the last clause, a title, after a quote and "said Name,"', () => {
    expect(isSpeakerTitle('“Roads will reopen on Friday,” said Ilse Varga,', 'the Norland Interior Minister.', true)).toBe(true);
    expect(isSpeakerTitle('“Roads will reopen on Friday,” said Ilse Varga,', 'the Norland Interior Minister.', false)).toBe(false);
    expect(isSpeakerTitle('Roads will reopen on Friday,', 'the ministry expects.', true)).toBe(false);
  });
});

describe('quotedSpans', () => {
  it('finds what a clause quotes, also when the quote opens or closes outside the clause', () => {
    expect(quoted('“We will rebuild every school,” Ilse Varga said.')).toEqual(['We will rebuild every school,']);
    expect(quoted('Ilse Varga said that "we can fix all the problems')).toEqual(['we can fix all the problems']);
    expect(quoted('by working together," Varga told reporters.')).toEqual(['by working together,']);
    expect(quoted('He said "rain" and "wind".')).toEqual(['rain', 'wind']);
    expect(quoted('No one was quoted.')).toEqual([]);
  });
});

describe('speakersOf', () => {
  it('reads the names around the quote as who said it, also from a dropped attribution beside it', () => {
    const isName = (t: Token) => t.capital && !['President', 'He'].includes(t.surface);
    expect(speakersOf('“We finished on time,” said Voic, the President.', [], isName)).toEqual(['voic']);
    // As stems, the form of every other name of a clause.
    expect(speakersOf('“We finished on time,” said Selqui Zanyaral, the Melstani Finance Minister.', [], isName)).toEqual([stem('selqui'), stem('zanyaral')]);
    // A clause ending "the White House said" is the speaker, not a title.
    expect(speakersOf('“… complex global challenges”, the White House said in a statement.', [], isName)).toEqual([stem('white'), stem('house')]);
    expect(speakersOf('“We finished on time.”', ['Selvin Voic said:'], isName)).toEqual(['selvin', 'voic']);
    expect(speakersOf('“We finished on time,” he said.', [], isName)).toEqual([]);
    expect(speakersOf('Voic said the work finished on time.', [], isName)).toEqual([]);
  });
});
