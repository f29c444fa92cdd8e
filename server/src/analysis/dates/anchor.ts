// The article's reference date, in order: front matter `date:`, a dateline with a full date, the caller's
// reference date, else the year inferred from the article's own evidence (future-tense statements about
// explicit dates bound the article's date from above, past-tense ones from below, "next year … in 2026"
// pairs pin it, a weekday stated with a month-day picks the year whose calendar matches).
import * as chrono from 'chrono-node';
import { type Day, dayValue, parseDay, weekdayOf } from './calendar';
import type { Anchor } from './resolve';
import type { Candidate } from './spec';
import type { Tense } from './tense';

export interface Located {
  candidate: Candidate;
  tense?: Tense;
  text: string;
  /** The candidate lies in the dateline block, or in a top line that holds nothing but a date. */
  inDateline: boolean;
  /** Where the candidate's sentence starts, to tell what the same sentence said before it. */
  sentenceStart?: number;
}

const SOURCE_WORDS = { 'front-matter': 'front matter date', dateline: 'dateline', option: 'reference date setting' } as const;

/** Reads a front matter date written as YYYY-MM-DD or in words ("November 27, 2025"). */
function readWrittenDate(value: string | undefined): Day | undefined {
  if (!value) return undefined;
  const iso = parseDay(value);
  if (iso) return iso;
  const parsed = chrono.parse(value)[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return undefined;
  return { year: parsed.start.get('year')!, month: parsed.start.get('month')!, day: parsed.start.get('day')! };
}

function quote(text: string): string {
  return `'${text}'`;
}

interface Evidence {
  year: number;
  relation: 'equal' | 'at-most' | 'at-least';
  weight: number;
  /** The expression the evidence is read from, and what is said of it: the reason given is `'text'` + reason (written
   * out only for the evidence the explanation names). */
  text: string;
  reason: string;
}

function satisfies(year: number, evidence: Evidence): boolean {
  if (evidence.relation === 'equal') return year === evidence.year;
  if (evidence.relation === 'at-most') return year <= evidence.year;
  return year >= evidence.year;
}

function explicitYear(candidate: Candidate): number | undefined {
  const spec = candidate.spec;
  if (spec.type === 'explicit' || spec.type === 'part-of-year' || spec.type === 'season' || spec.type === 'holiday') return spec.year;
  return undefined;
}

/** The article's own month and day, when its dateline gives them without a year, or else the latest undated past one. */
function articleMonthDay(located: readonly Located[]): { month: number; day: number; text: string; fromDateline: boolean } | undefined {
  for (const item of located) {
    const spec = item.candidate.spec;
    if (item.inDateline && spec.type === 'explicit' && spec.year === undefined && spec.month && spec.day)
      return { month: spec.month, day: spec.day, text: item.text, fromDateline: true };
  }
  let latest: { month: number; day: number; text: string; fromDateline: boolean } | undefined;
  for (const item of located) {
    const spec = item.candidate.spec;
    if (spec.type !== 'explicit' || spec.year !== undefined || !spec.month || !spec.day || item.tense === 'future') continue;
    if (!latest || spec.month * 40 + spec.day > latest.month * 40 + latest.day) latest = { month: spec.month, day: spec.day, text: item.text, fromDateline: false };
  }
  return latest;
}

/** Infers the article's year from what it says; undefined when nothing in the text bears on it. */
export function inferYear(located: readonly Located[]): { year: number; explanation: string; monthDay?: { month: number; day: number } } | undefined {
  const evidence: Evidence[] = [];
  const own = articleMonthDay(located);
  const futureYears: { year: number; text: string }[] = [];
  for (const item of located) {
    const spec = item.candidate.spec;
    const year = explicitYear(item.candidate);
    if (year === undefined || item.candidate.kind === 'duration' || item.candidate.kind === 'set') continue;
    const hasDay = spec.type === 'explicit' && spec.month !== undefined && spec.day !== undefined;
    if (item.tense === 'future') {
      futureYears.push({ year, text: item.text });
      let bound = year;
      if (hasDay && own && spec.type === 'explicit' && own.month * 40 + own.day >= spec.month! * 40 + spec.day!) bound = year - 1;
      evidence.push({ year: bound, relation: 'at-most', weight: hasDay ? 1.5 : 1, text: item.text, reason: ' is spoken of as still to come' });
    } else if (item.tense === 'past') {
      let bound = year;
      if (hasDay && own && spec.type === 'explicit' && own.month * 40 + own.day < spec.month! * 40 + spec.day!) bound = year + 1;
      evidence.push({ year: bound, relation: 'at-least', weight: hasDay ? 1 : 0.7, text: item.text, reason: ' is told as past' });
    }
  }
  // "next year" alongside a future "in 2026": the article was written the year before.
  const nextYear = located.find(isNextYear);
  if (nextYear && futureYears.length > 0) {
    const target = futureYears.map(yearOf).sort(byNumber)[0];
    const partner = futureYears.find((entry) => entry.year === target)!;
    evidence.push({ year: target - 1, relation: 'equal', weight: 2, text: nextYear.text, reason: ` alongside ${quote(partner.text)}` });
  }
  const lastYear = located.find(isLastYear);
  if (lastYear) {
    const pastYears = located.filter(isPastYearAlone);
    const latest = pastYears.sort(byExplicitYearDescending)[0];
    if (latest) evidence.push({ year: explicitYear(latest.candidate)! + 1, relation: 'equal', weight: 0.5, text: lastYear.text, reason: ` alongside ${quote(latest.text)}` });
  }
  // A weekday written with its month-day ("Thursday, November 27") fits only some years.
  const weekdayDates = located.filter(isWeekdayDateWithoutYear);
  if (evidence.length === 0 && weekdayDates.length === 0) return undefined;

  const around = evidence.length > 0 ? evidence.map(yearOf) : [new Date().getUTCFullYear()];
  const low = Math.min(...around) - (evidence.length > 0 ? 1 : 12);
  const high = Math.max(...around) + 1;
  for (const item of weekdayDates) {
    const spec = item.candidate.spec as { month: number; day: number; weekday: number };
    const fitting: number[] = [];
    for (let year = low - 6; year <= high + 6; year++) {
      const day = { year, month: spec.month, day: spec.day };
      if (weekdayOf(day) === spec.weekday) fitting.push(year);
    }
    const center = evidence.length > 0 ? (low + high) / 2 : high;
    const best = fitting.sort((a, b) => Math.abs(a - center) - Math.abs(b - center))[0];
    if (best !== undefined) evidence.push({ year: best, relation: 'equal', weight: 3, text: item.text, reason: ` falls on that weekday in ${best}` });
  }
  if (evidence.length === 0) return undefined;

  let bestYear: number | undefined;
  let bestScore = -Infinity;
  let bestDistance = Infinity;
  // (the years one either side of each piece of evidence: from the least less one to the greatest plus one)
  let lowest = Infinity;
  let highest = -Infinity;
  for (const entry of evidence) {
    if (entry.year < lowest) lowest = entry.year;
    if (entry.year > highest) highest = entry.year;
  }
  for (let year = lowest - 1; year <= highest + 1; year++) {
    // (loops, not reduce: a callback written here is a new closure per call, compiled again after every full
    // garbage collection: bench/probes/recompile-probe.ts)
    let score = 0;
    let distance = 0;
    for (const entry of evidence) {
      score += satisfies(year, entry) ? entry.weight : -entry.weight;
      distance += Math.abs(entry.year - year) * entry.weight;
    }
    if (score > bestScore || (score === bestScore && (distance < bestDistance || (distance === bestDistance && year > (bestYear ?? -Infinity))))) {
      bestYear = year;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (bestYear === undefined) return undefined;
  const reasons = evidence
    .filter((entry) => satisfies(bestYear!, entry))
    .sort(byWeightDescending)
    .slice(0, 3)
    .map(reasonOf);
  const explanation = `year ${bestYear} inferred from ${reasons.join('; ')}`;
  return { year: bestYear, explanation, monthDay: own?.fromDateline ? { month: own.month, day: own.day } : undefined };
}

// inferYear()'s callbacks, written out here: a callback written inside a function is a new closure per call,
// compiled again after every full garbage collection (bench/probes/recompile-probe.ts).

/** "next year", said of the article's time (not of another date's). */
function isNextYear(item: Located): boolean {
  const spec = item.candidate.spec;
  return spec.type === 'shift' && spec.unit === 'year' && spec.offset === 1 && !spec.anaphoric;
}

/** "last year", said of the article's time. */
function isLastYear(item: Located): boolean {
  const spec = item.candidate.spec;
  return spec.type === 'shift' && spec.unit === 'year' && spec.offset === -1 && !spec.anaphoric;
}

/** A year told as past, written without a month ("in 2019"). */
function isPastYearAlone(item: Located): boolean {
  return item.tense === 'past' && explicitYear(item.candidate) !== undefined && item.candidate.spec.type === 'explicit' && item.candidate.spec.month === undefined;
}

/** A weekday written with its month-day and no year. */
function isWeekdayDateWithoutYear(item: Located): boolean {
  const spec = item.candidate.spec;
  return spec.type === 'explicit' && spec.weekday !== undefined && spec.year === undefined && spec.day !== undefined;
}

function byExplicitYearDescending(a: Located, b: Located): number {
  return explicitYear(b.candidate)! - explicitYear(a.candidate)!;
}

function yearOf(entry: { year: number }): number {
  return entry.year;
}

function byNumber(a: number, b: number): number {
  return a - b;
}

function byWeightDescending(a: Evidence, b: Evidence): number {
  return b.weight - a.weight;
}

function reasonOf(entry: Evidence): string {
  return `${quote(entry.text)}${entry.reason}`;
}

export interface AnchorInput {
  frontMatterDate?: string;
  referenceDate?: string;
  located: readonly Located[];
}

/** Chooses the article's anchor. */
export function chooseAnchor(input: AnchorInput): Anchor {
  const frontMatter = readWrittenDate(input.frontMatterDate);
  if (frontMatter) return { day: frontMatter, year: frontMatter.year, source: 'front-matter', explanation: `${SOURCE_WORDS['front-matter']} ${dayValue(frontMatter)}` };
  for (const item of input.located) {
    const spec = item.candidate.spec;
    if (item.inDateline && spec.type === 'explicit' && spec.year && spec.month && spec.day) {
      const day = { year: spec.year, month: spec.month, day: spec.day };
      return { day, year: day.year, source: 'dateline', explanation: `${SOURCE_WORDS.dateline} ${quote(item.text)}` };
    }
  }
  const option = parseDay(input.referenceDate);
  if (option) return { day: option, year: option.year, source: 'option', explanation: `${SOURCE_WORDS.option} ${dayValue(option)}` };
  const inferred = inferYear(input.located);
  if (!inferred) return { source: 'none' };
  if (inferred.monthDay) {
    const day = { year: inferred.year, ...inferred.monthDay };
    return { day, year: inferred.year, source: 'inferred', explanation: `${inferred.explanation}; day from the dateline` };
  }
  return { year: inferred.year, source: 'inferred', explanation: inferred.explanation };
}
