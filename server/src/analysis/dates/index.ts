// The date layer: finds date and time expressions in the prose blocks, chooses the article's reference date
// (front matter, dateline, caller's date, or a year inferred from the article) and normalizes each
// expression to a TIMEX3 value at its own granularity.
import { explainInferredYear } from './inferredYear';
import { proseBlocks } from '../structure';
import type { Block, DateAnnotation, Problem, ReferenceDate } from '../types';
import { type Located, chooseAnchor } from './anchor';
import { blockDatesReader } from './blockDatesCache';
import { dayValue } from './calendar';
import { joinNeighbours, settleOverlaps } from './combine';
import { type Anchor, type Mention, type Resolution, type ResolveContext, resolve } from './resolve';
import { chronoCandidates } from './fallback';
import { recognize } from './rules';
import type { Candidate } from './spec';
import { tenseAt } from './tense';
import { documentTokens, type DocumentTokens } from '../documentTokens';
import { sentenceStartsInto } from '../sentences';
import { isSpaceCode } from '../characters';
import { EMPTY_TOKENS, type TokenList } from '../tokenList';
import { dateSanityProblems } from './sanity';

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

/** A block near the top that holds nothing but a date ("March 01, 2008") serves as the dateline. */
function isDateOnlyLine(text: string, block: Block, candidates: readonly Candidate[], index: number): boolean {
  if (index > 3 || candidates.length !== 1) return false;
  // (the characters left when /[\s,.\-–—|:()]/g is taken out of the block around the date, counted without copies)
  return restLength(text, block.start, candidates[0].start) + restLength(text, candidates[0].end, block.end) <= 3;
}

/** text.slice(from, to).replace(/[\s,.\-–—|:()]/g, '').length */
function restLength(text: string, from: number, to: number): number {
  let length = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2c || code === 0x2e || code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x7c || code === 0x3a || code === 0x28 || code === 0x29) continue;
    if (!isSpaceCode(code)) length++;
  }
  return length;
}

function referenceOf(anchor: Anchor): ReferenceDate {
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

// tenseAt()'s two sets of options, made once (it only reads them).
const STRONG_ONLY = { strongOnly: true };
const ALL_CUES = { strongOnly: false };

/**
 * The dates of one prose block before anchoring (reads the block's text, its tokens (which depend on its text
 * alone), its kind, and whether it is near the top).
 */
/** locateInBlock()'s sentence starts, one array for every call (nothing it calls reads sentence starts). */
const LOCATE_STARTS: number[] = [];

function locateInBlock(text: string, block: Block, index: number, tokens: TokenList, first: number, end: number): Located[] {
  const located: Located[] = [];
  const ours = recognize(text, block.start, block.end, tokens, first, end);
  const chronos = chronoCandidates(text, block.start, block.end, ours);
  if (ours.length === 0 && chronos.length === 0) return located; // most blocks: no date, nothing to settle
  const candidates = joinNeighbours(text, settleOverlaps(chronos.length === 0 ? ours : ours.length === 0 ? chronos : [...ours, ...chronos]));
  if (candidates.length === 0) return located; // most blocks: no sentences to split
  // The sentences by their first tokens' indices; only those holding a date are copied out (for tenseAt).
  const starts = LOCATE_STARTS;
  const startCount = sentenceStartsInto(starts, tokens, first, end);
  const dateOnly = isDateOnlyLine(text, block, candidates, index);
  // candidates come in text order, so the sentence holding each one is found by walking forward
  let sentenceIndex = 0;
  let sentence: TokenList | undefined;
  for (const candidate of candidates) {
    while (sentenceIndex < startCount - 1 && tokens.start(starts[sentenceIndex + 1]) <= candidate.start) {
      sentenceIndex++;
      sentence = undefined;
    }
    sentence ??= startCount === 0 ? EMPTY_TOKENS : tokens.slice(starts[sentenceIndex], sentenceIndex + 1 < startCount ? starts[sentenceIndex + 1] : end);
    located.push({
      candidate,
      // Bare weekdays in news are mostly days just past: only a firm future ("will", "plans") turns them ahead.
      tense: tenseAt(text, sentence, candidate.start, candidate.end, candidate.spec.type === 'weekday' || candidate.spec.type === 'weekend' ? STRONG_ONLY : ALL_CUES),
      text: text.slice(candidate.start, candidate.end),
      inDateline: block.kind === 'dateline' || dateOnly,
      sentenceStart: sentence.length > 0 ? sentence.start(0) : block.start,
    });
  }
  return located;
}

/**
 * Finds and normalizes the dates of the prose blocks against the article's own reference date (`document`: the
 * tokens of the prose blocks, when the caller has them already).
 */
export function findDates(text: string, blocks: readonly Block[], options: DateOptions, document?: DocumentTokens): DateLayer {
  const located: Located[] = [];
  // The document's tokens are read only for a block that is not in the block cache.
  let tokens = document;
  // (the block's tokens by their place in the document's: a copy per block was garbage, and most blocks hold no date)
  const locate = (text: string, block: Block, index: number) => {
    const all = (tokens ??= documentTokens(text, blocks));
    const first = all.firstFrom(block.start);
    return locateInBlock(text, block, index, all.tokens, first, all.endWithin(first, block.end));
  };
  const readBlock = blockDatesReader(text);
  proseBlocks(blocks).forEach((block, index) => located.push(...readBlock(block, index, locate)));

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
  return { dates, referenceDate: referenceOf(anchor), problems };
}
