// chrono-node as a second recognizer: the calendar formats our rules do not spell out ("3rd of Feb",
// "2/3", "Feb 3rd at 4pm") are taken from it when it knows the month and day for certain. Its known false
// positives are guarded: bare numbers, "may"/"march" as verbs (our month guards handle those words, so
// chrono results made of a lone month name are dropped), "second" as a unit, ranges of durations.
import * as chrono from 'chrono-node';
import { MONTH_PATTERN } from './lexicon';
import type { Candidate } from './spec';

const MONTH_NAME = new RegExp(`\\b${MONTH_PATTERN}`);

const pad = (value: number) => String(value).padStart(2, '0');

export function chronoCandidates(text: string, blockStart: number, blockEnd: number, taken: readonly Candidate[]): Candidate[] {
  const block = text.slice(blockStart, blockEnd);
  const found: Candidate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(block, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return found;
  }
  for (const result of results) {
    const start = blockStart + result.index;
    const end = start + result.text.length;
    if (taken.some((other) => other.start < end && start < other.end)) continue;
    const parts = result.start;
    // Only what chrono is sure of: a month with its day (a lone month word may be a verb)
    if (!parts.isCertain('month') || !parts.isCertain('day')) continue;
    // a written calendar date has digits; relative phrases ("the day before") are our rules' business
    if (!/\d/.test(result.text)) continue;
    // and names its month, or is a full numeric date: "5/8" in "rose 8 to 112 5/8" is a stock price
    if (!MONTH_NAME.test(result.text) && !/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(result.text)) continue;
    const month = parts.get('month')!;
    const day = parts.get('day')!;
    const year = parts.isCertain('year') ? parts.get('year')! : undefined;
    const timeOfDay = parts.isCertain('hour') ? (parts.isCertain('minute') ? `${pad(parts.get('hour')!)}:${pad(parts.get('minute')!)}` : pad(parts.get('hour')!)) : undefined;
    found.push({ start, end, kind: timeOfDay ? 'time' : 'date', spec: { type: 'explicit', year, month, day }, timeOfDay, rule: 'chrono' });
  }
  return found;
}
