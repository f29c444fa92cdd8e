// chrono-node as a second recognizer: the calendar formats our rules do not spell out ("3rd of Feb",
// "2/3", "Feb 3rd at 4pm") are taken from it when it knows the month and day for certain. Its known false
// positives are guarded: bare numbers, "may"/"march" as verbs (our month guards handle those words, so
// chrono results made of a lone month name are dropped), "second" as a unit, ranges of durations.
import * as chrono from 'chrono-node';
import { MONTH_PATTERN } from './lexicon';
import type { Candidate } from './spec';
import { byStart, sortedInPlace } from '../spanOrder';

const MONTH_NAME = new RegExp(`\\b${MONTH_PATTERN}`);

const pad = (value: number) => String(value).padStart(2, '0');

// What a result we keep must contain; chrono is run only on short stretches around these (chrono's own
// scanning is slow on long runs of digits, and nothing elsewhere could be kept anyway).
const TRIGGER = new RegExp(`\\b${MONTH_PATTERN}|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b`, 'g');
const REACH = 60;
const MAX_STRETCH = 4000;

/**
 * Stretches of the block (offsets into it) around each trigger, merged while they touch, each bounded. A trigger
 * inside a span our rules took is passed over: a kept result holds a trigger (see chronoCandidates) and may not
 * overlap a taken span, so a result around that trigger would be dropped anyway (most month names of an article).
 */
function stretches(block: string, takenByStart: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let takenIndex = 0;
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(block); match; match = TRIGGER.exec(block)) {
    // triggers come in text order: walk the taken spans alongside them
    while (takenIndex < takenByStart.length && takenByStart[takenIndex].end <= match.index) takenIndex++;
    const taken = takenByStart[takenIndex];
    if (taken && taken.start <= match.index && match.index + match[0].length <= taken.end) continue;
    const start = Math.max(0, match.index - REACH);
    const end = Math.min(block.length, match.index + match[0].length + REACH);
    const last = found[found.length - 1];
    if (last && start <= last.end && end - last.start <= MAX_STRETCH) last.end = Math.max(last.end, end);
    else found.push({ start: last && start < last.end ? last.end : start, end });
  }
  // start and end on whitespace, so that no word is cut in two
  for (const stretch of found) {
    while (stretch.start > 0 && !/\s/.test(block[stretch.start - 1]) && stretch.start > stretch.end - MAX_STRETCH - REACH) stretch.start--;
    while (stretch.end < block.length && !/\s/.test(block[stretch.end]) && stretch.end < stretch.start + MAX_STRETCH + 2 * REACH) stretch.end++;
  }
  return found;
}

export function chronoCandidates(text: string, blockStart: number, blockEnd: number, taken: readonly Candidate[]): Candidate[] {
  const block = text.slice(blockStart, blockEnd);
  // Most blocks hold no trigger: nothing to copy, sort or parse (stretches() would find none).
  TRIGGER.lastIndex = 0;
  if (!TRIGGER.test(block)) return [];
  const found: Candidate[] = [];
  const results: { index: number; text: string; start: chrono.ParsedComponents }[] = [];
  const takenInBlock = taken.map((span) => ({ start: span.start - blockStart, end: span.end - blockStart })).sort(byStart);
  for (const stretch of stretches(block, takenInBlock)) {
    // A result is kept only when its text holds a digit (below): a stretch without one gives none to keep. Its results
    // would touch nothing else either (the stretches do not overlap, and a later result's sweep of the taken spans
    // covers an earlier one's), so it is not parsed: chrono costs about 0.4 ms a call.
    if (!hasDigitIn(block, stretch.start, stretch.end)) continue;
    try {
      for (const result of chrono.strict.parse(block.slice(stretch.start, stretch.end), new Date(Date.UTC(2000, 0, 1)))) {
        results.push({ index: stretch.start + result.index, text: result.text, start: result.start });
      }
    } catch {
      continue;
    }
  }
  const takenByStart = sortedInPlace([...taken], byStart);
  let takenIndex = 0;
  let takenEnd = -Infinity;
  for (const result of results) {
    if (found.length > 0 && blockStart + result.index < found[found.length - 1].end) continue; // stretches may overlap
    const start = blockStart + result.index;
    const end = start + result.text.length;
    // results come in text order: walk the taken spans alongside them (a linear sweep, not a search per result)
    while (takenIndex < takenByStart.length && takenByStart[takenIndex].start < end) takenEnd = Math.max(takenEnd, takenByStart[takenIndex++].end);
    if (takenEnd > start) continue;
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

/** /\d/.test(text.slice(from, to)), without the slice. */
function hasDigitIn(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
