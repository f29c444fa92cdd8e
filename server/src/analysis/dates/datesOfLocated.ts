// The date layer's second half: the dates found in the prose blocks (Located, in text order) anchored to the
// article's reference date (front matter, dateline, caller's date, or a year inferred from the article) and each
// normalized to a TIMEX3 value at its own granularity, with the problems met on the way. It reads the located dates
// and the options alone, besides the text around the dates for the sanity problems (sanity.ts).
import { type Located, chooseAnchor } from './anchor';
import { dayValue } from './calendar';
import { explainInferredYear } from './inferredYear';
import { type Anchor, type Mention, type Resolution, type ResolveContext, resolve } from './resolve';
import { dateSanityProblems } from './sanity';
import type { Candidate } from './spec';
import type { DateAnnotation, Problem, ReferenceDate } from '../types';

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

export function referenceOf(anchor: Anchor): ReferenceDate {
  if (anchor.source === 'none') return { value: null, source: 'none' };
  const value = anchor.day ? dayValue(anchor.day) : String(anchor.year);
  return { value, source: anchor.source, explanation: anchor.explanation };
}

function noteFor(annotation: Pick<DateAnnotation, 'anchoring' | 'value'>, anchor: Anchor): string | undefined {
  switch (annotation.anchoring) {
    case 'absolute':
      return undefined;
    case 'reference-date':
      if (/_REF$/.test(annotation.value)) return 'a reference to the time of writing, relative to the article';
      return `relative to the article's date ${referenceOf(anchor).value} (${anchor.explanation ?? anchor.source})`;
    case 'inferred-year':
      return `year inferred, not written: ${anchor.explanation ?? ''}`.trim();
    case 'unanchored':
      return 'the article gives no date to count from, so the value leaves open what the text leaves open';
  }
}

/**
 * A clock time with no day of its own ("at 18:00 UTC") belongs to the day its sentence has already named
 * ("flew Tuesday … at 18:00 UTC"), as TimeML anchors times to the last mentioned day; else to the article's day.
 */
function resolveInSentence(
  candidate: Candidate,
  item: Located,
  lastDay: { mention: Mention; anchoring: DateAnnotation['anchoring']; sentenceStart?: number } | undefined,
  context: ResolveContext,
): Resolution {
  const bareClock = candidate.rule === 'clock' && candidate.spec.type === 'shift' && candidate.spec.offset === 0;
  if (!bareClock || !lastDay || lastDay.sentenceStart === undefined || lastDay.sentenceStart !== item.sentenceStart) return resolve(candidate, context);
  const { day } = lastDay.mention;
  const resolution = resolve({ ...candidate, spec: { type: 'explicit', year: day.year, month: day.month, day: day.day } }, context);
  return { ...resolution, anchoring: lastDay.anchoring };
}

/** The date layer of `located`, with the anchor it was resolved against. */
export function datesOfLocated(text: string, located: readonly Located[], options: DateOptions): { layer: DateLayer; anchor: Anchor } {
  const anchor = chooseAnchor({ frontMatterDate: options.frontMatterDate, referenceDate: options.referenceDate, located });
  const dates: DateAnnotation[] = [];
  const problems: Problem[] = [];
  const inDateline = new Set<string>();
  let previous: Mention | undefined;
  let previousQuarter: Mention | undefined;
  let lastDay: { mention: Mention; anchoring: DateAnnotation['anchoring']; sentenceStart?: number } | undefined;
  for (const item of located) {
    const { candidate } = item;
    const resolution = resolveInSentence(candidate, item, lastDay, { anchor, tense: item.tense, previous, previousQuarter });
    if (resolution.mention && (resolution.granularity === 'day' || resolution.granularity === 'time')) {
      lastDay = { mention: resolution.mention, anchoring: resolution.anchoring, sentenceStart: item.sentenceStart };
    }
    // Anaphora count from what the text last named itself; comparisons ("a year earlier") do not move that
    // point, or a chain of them would drift a year further each time. "The quarter", "that year" (no shift)
    // name the point under discussion again, so a following "a year ago" compares with it.
    const spec = candidate.spec;
    const namesItsOwnPoint = spec.type !== 'shift' || !spec.anaphoric || spec.unit === 'day' || spec.offset === 0;
    if (resolution.mention && candidate.kind !== 'duration' && candidate.kind !== 'set' && namesItsOwnPoint) {
      if (!(spec.type === 'shift' && spec.unit === 'year' && spec.offset < 0)) previous = resolution.mention;
      const namesQuarter = spec.type === 'part-of-year' || (spec.type === 'shift' && spec.unit === 'quarter');
      if (namesQuarter && resolution.granularity === 'quarter') previousQuarter = resolution.mention;
    }
    const annotation: DateAnnotation = {
      id: `d${dates.length + 1}`,
      start: candidate.start,
      end: candidate.end,
      text: item.text,
      value: resolution.value,
      kind: candidate.kind === 'date' && resolution.granularity === 'time' ? 'time' : candidate.kind,
      granularity: resolution.granularity,
      anchoring: resolution.anchoring,
    };
    if (candidate.mod) annotation.mod = candidate.mod;
    const note = noteFor(annotation, anchor);
    if (note) annotation.note = note;
    dates.push(annotation);
    if (item.inDateline) inDateline.add(annotation.id);
  }
  const inferredYear = explainInferredYear(dates, anchor, inDateline);
  if (inferredYear) problems.push(inferredYear);
  // located and dates are in step: one annotation per located expression.
  problems.push(
    ...dateSanityProblems(
      text,
      located.map((item, index) => ({ item, date: dates[index] })),
      anchor,
    ),
  );
  return { layer: { dates, referenceDate: referenceOf(anchor), problems }, anchor };
}
