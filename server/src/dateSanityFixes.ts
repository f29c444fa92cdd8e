// The quick fix of a weekday that does not fall on its date ("Tuesday, March 5, 2025"): the date is usually what
// the reporter checked, so the evident reading is the date's own weekday, written as the text writes weekdays.
import { parseDay, weekdayOf } from './analysis/dates/calendar';
import { weekdayLike } from './analysis/dates/sanity';
import type { Annotations, Problem } from './analysis/types';

/** The weekday word that should replace the problem's span, or undefined when the date is no longer there. */
export function weekdayFix(text: string, annotations: Annotations, problem: Problem): string | undefined {
  const date = annotations.dates.find((candidate) => candidate.id === problem.annotationId);
  const day = date && parseDay(date.value.replace(/T.*$/, ''));
  if (!day || !date || problem.start < date.start || problem.end > date.end) return undefined;
  return weekdayLike(text.slice(problem.start, problem.end), weekdayOf(day));
}
