import { formatDate } from './format.ts';

export interface WhenInput {
  start: string;
  end?: string | undefined;
  precision: 'day' | 'month' | 'year' | 'approximate-year' | 'year-range' | 'decade';
  bound?: 'until' | 'by' | 'since' | 'before' | 'after' | undefined;
}

const PRECISION: Record<WhenInput['precision'], string> = {
  day: 'exact day',
  month: 'month',
  year: 'year',
  'approximate-year': 'approximate year',
  'year-range': 'range of years',
  decade: 'decade',
};

/** How a timeline date reads, at the precision the sources give it, never more precise. */
export function whenLabel(d: WhenInput): string {
  const base =
    d.precision === 'approximate-year' ? `about ${d.start}`
    : d.precision === 'year-range' ? `${d.start}–${d.end ?? '?'}`
    : d.precision === 'decade' ? `the ${d.start}s`
    : (formatDate(d.start) ?? d.start);
  return d.bound ? `${d.bound} ${base}` : base;
}

/** The precision in words ("exact day", "approximate year"). */
export const precisionLabel = (p: WhenInput['precision']) => PRECISION[p];
