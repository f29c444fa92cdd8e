import type { Block, DateAnnotation, Problem, ReferenceDate } from '../types';

export interface DateOptions {
  /** --reference-date, JSONL dct or the editor setting (YYYY-MM-DD). */
  referenceDate?: string;
  /** The article's front matter `date:` value, which wins over everything. */
  frontMatterDate?: string;
}

export interface DateLayer {
  dates: DateAnnotation[];
  referenceDate: ReferenceDate;
  problems: Problem[];
}

/** Finds and normalizes the dates of the prose blocks against the article's own reference date. */
export function findDates(_text: string, _blocks: readonly Block[], options: DateOptions): DateLayer {
  // placeholder until the date layer lands
  return { dates: [], referenceDate: { value: options.referenceDate ?? null, source: options.referenceDate ? 'option' : 'none' }, problems: [] };
}
