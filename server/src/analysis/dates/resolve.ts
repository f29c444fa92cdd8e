// Resolution: a recognized expression's Spec, plus the article's anchor and the clause's tense, becomes a
// TIMEX3 value at the expression's own granularity ("next year" → 2026, "last week" → 2025-W47).
import type { DateAnchoring, DateGranularity, ReferenceDateSource } from '../types';
import { type Day, addDays, addMonths, compareDays, dayValue, isValidDay, isoWeekValue, pad, weekdayOf } from './calendar';
import { holidayDay } from './holidays';
import type { CalendarUnit } from './lexicon';
import type { Candidate, Spec } from './spec';
import type { Tense } from './tense';

export interface Anchor {
  /** The article's full date, when known. */
  day?: Day;
  /** The article's year, when only that is known (inferred) or as the year of `day`. */
  year?: number;
  source: ReferenceDateSource;
  /** In words, how the anchor was found. */
  explanation?: string;
}

/** A date already mentioned, for anaphora ("the next day", "a year earlier"): its first day and granularity. */
export interface Mention {
  day: Day;
  granularity: DateGranularity;
}

export interface ResolveContext {
  anchor: Anchor;
  tense?: Tense;
  /** The date mentioned last before this one (anaphoric expressions count from it). */
  previous?: Mention;
  /** The quarter mentioned last ("the quarter" refers back to it). */
  previousQuarter?: Mention;
}

export interface Resolution {
  value: string;
  granularity: DateGranularity;
  anchoring: DateAnchoring;
  /** The resolved point, for later anaphora. */
  mention?: Mention;
  /** Set when the expression's value had to leave the year open (no anchor). */
  partial?: boolean;
}

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function anchoringOf(anchor: Anchor): DateAnchoring {
  if (anchor.source === 'inferred') return 'inferred-year';
  return anchor.day || anchor.year !== undefined ? 'reference-date' : 'unanchored';
}

function quarterOf(day: Day): number {
  return Math.floor((day.month - 1) / 3) + 1;
}

/** Formats a point at a granularity. */
export function formatAt(day: Day, granularity: DateGranularity): string {
  switch (granularity) {
    case 'day':
    case 'time':
      return dayValue(day);
    case 'week':
      return isoWeekValue(day);
    case 'month':
      return `${pad(day.year, 4)}-${pad(day.month)}`;
    case 'quarter':
      return `${pad(day.year, 4)}-Q${quarterOf(day)}`;
    case 'half':
      return `${pad(day.year, 4)}-H${day.month <= 6 ? 1 : 2}`;
    case 'season':
      return `${pad(day.year, 4)}-${day.month >= 12 || day.month <= 2 ? 'WI' : day.month <= 5 ? 'SP' : day.month <= 8 ? 'SU' : 'FA'}`;
    case 'year':
      return pad(day.year, 4);
    case 'decade':
      return `${String(day.year).slice(0, 3)}X`;
    case 'century':
      return String(Math.floor(day.year / 100)).padStart(2, '0');
    default:
      return dayValue(day);
  }
}

const UNIT_GRANULARITY: Record<CalendarUnit, DateGranularity> = {
  second: 'day',
  minute: 'day',
  hour: 'day',
  day: 'day',
  week: 'week',
  weekend: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'decade',
  century: 'century',
};
const GRANULARITY_RANK: Partial<Record<DateGranularity, number>> = { time: 0, day: 1, week: 2, month: 3, quarter: 4, season: 4, half: 5, year: 6, decade: 7, century: 8 };

function shiftDay(day: Day, unit: CalendarUnit, offset: number): Day {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return day;
    case 'day':
      return addDays(day, offset);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * offset);
    case 'month':
      return addMonths(day, offset);
    case 'quarter':
      return addMonths(day, 3 * offset);
    case 'year':
      return addMonths(day, 12 * offset);
    case 'decade':
      return addMonths(day, 120 * offset);
    case 'century':
      return addMonths(day, 1200 * offset);
  }
}

/** The first day of the period of a given granularity holding `day`. */
function startOf(day: Day, granularity: DateGranularity): Day {
  switch (granularity) {
    case 'month':
      return { ...day, day: 1 };
    case 'quarter':
      return { year: day.year, month: (quarterOf(day) - 1) * 3 + 1, day: 1 };
    case 'year':
      return { year: day.year, month: 1, day: 1 };
    case 'decade':
      return { year: day.year - (day.year % 10), month: 1, day: 1 };
    default:
      return day;
  }
}

/** Picks the year for a month(-day) written without one, from the anchor and the tense of its clause. */
function yearFor(month: number, dayOfMonth: number | undefined, context: ResolveContext, weekday?: number): number | undefined {
  const { anchor, tense } = context;
  if (!anchor.day) return anchor.year;
  const reference = anchor.day;
  const options = [reference.year - 1, reference.year, reference.year + 1].map((year) => ({
    year,
    order:
      dayOfMonth === undefined
        ? (year - reference.year) * 12 + (month - reference.month)
        : compareDays({ year, month, day: dayOfMonth }, reference) === 0
          ? 0
          : Math.round((Date.UTC(year, month - 1, dayOfMonth) - Date.UTC(reference.year, reference.month - 1, reference.day)) / 86_400_000),
  }));
  // Nearest to the article's date, unless the tense of the clause points the other way ("said on May 3"
  // in November is this year's May; "will meet in March" is next year's). A stated weekday decides.
  const dayCount = (option: { year: number; order: number }) => (dayOfMonth === undefined ? option.order * 30.4 : option.order);
  const penalty = (option: { year: number; order: number }) => {
    const days = dayCount(option);
    const slack = dayOfMonth === undefined ? 0 : 3;
    let cost = Math.abs(days);
    // A month not yet begun cannot be told in the past; a day a few weeks off may be a misread tense.
    const against = dayOfMonth === undefined ? 400 : 200;
    if (tense === 'past' && days > slack) cost += against;
    // With no tense to go by, news more often looks back than ahead: a date half a year off either way is
    // taken as past, one a month or two ahead still as coming.
    if (tense === undefined && days > slack) cost += 100;
    if (tense === 'future' && days < -slack) cost += against;
    if (dayOfMonth !== undefined && !isValidDay({ year: option.year, month, day: dayOfMonth })) return Infinity; // 29 February
    if (weekday !== undefined && dayOfMonth !== undefined && weekdayOf({ year: option.year, month, day: dayOfMonth }) !== weekday) cost += 1000;
    return cost;
  };
  return options.sort((a, b) => penalty(a) - penalty(b))[0].year;
}

function weekdayNear(reference: Day, weekday: number, direction: -1 | 0 | 1 | undefined, tense: Tense | undefined): Day {
  const today = weekdayOf(reference);
  if (direction === 0) {
    const mondayBased = ((weekday + 6) % 7) - ((today + 6) % 7);
    return addDays(reference, mondayBased);
  }
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (direction === -1) return addDays(reference, -(back === 0 ? 7 : back));
  if (direction === 1) return addDays(reference, forward === 0 ? 7 : forward);
  if (tense === 'future') return addDays(reference, forward);
  return addDays(reference, -back);
}

interface Point {
  day: Day;
  granularity: DateGranularity;
  /** The value used the anchor (not written in full in the text). */
  relative: boolean;
  value?: string;
}

function resolvePoint(spec: Spec, context: ResolveContext): Point | { unresolved: string; granularity: DateGranularity } {
  const { anchor, tense } = context;
  const reference = anchor.day;
  switch (spec.type) {
    case 'explicit': {
      const { month, day: dayOfMonth } = spec;
      if (month === undefined) return { day: { year: spec.year!, month: 1, day: 1 }, granularity: 'year', relative: false };
      const relativeYear = spec.yearOffset !== undefined && (reference?.year ?? anchor.year) !== undefined ? (reference?.year ?? anchor.year)! + spec.yearOffset : undefined;
      const year = spec.year ?? relativeYear ?? yearFor(month, dayOfMonth, context, spec.weekday);
      const granularity: DateGranularity = dayOfMonth === undefined ? 'month' : 'day';
      if (year === undefined) return { unresolved: dayOfMonth === undefined ? `XXXX-${pad(month)}` : `XXXX-${pad(month)}-${pad(dayOfMonth)}`, granularity };
      const day = { year, month, day: dayOfMonth ?? 1 };
      if (!isValidDay(day)) return { unresolved: `XXXX-${pad(month)}-${pad(dayOfMonth ?? 1)}`, granularity };
      return { day, granularity, relative: spec.year === undefined };
    }
    case 'holiday': {
      const base = spec.year ?? (reference ? reference.year : anchor.year);
      if (base === undefined) return { unresolved: 'XXXX-XX-XX', granularity: 'day' };
      let day = holidayDay(spec.name, base);
      if (!day) return { unresolved: 'XXXX-XX-XX', granularity: 'day' };
      if (spec.year === undefined && reference) {
        const direction = spec.direction ?? (tense === 'future' ? 1 : tense === 'past' ? -1 : 0);
        if (direction === -1 && compareDays(day, reference) > 0) day = holidayDay(spec.name, base - 1) ?? day;
        if (direction === 1 && compareDays(day, reference) < 0) day = holidayDay(spec.name, base + 1) ?? day;
      }
      return { day, granularity: 'day', relative: spec.year === undefined };
    }
    case 'decade': {
      if (spec.centuryKnown) return { day: { year: spec.decade * 10, month: 1, day: 1 }, granularity: 'decade', relative: false };
      const anchorYear = reference?.year ?? anchor.year;
      let year = 1900 + spec.decade * 10;
      if (anchorYear !== undefined) {
        year = Math.floor(anchorYear / 100) * 100 + spec.decade * 10;
        if (year > anchorYear) year -= 100;
      }
      return { day: { year, month: 1, day: 1 }, granularity: 'decade', relative: anchorYear !== undefined };
    }
    case 'century':
      return { day: { year: spec.century * 100, month: 1, day: 1 }, granularity: 'century', relative: false };
    case 'part-of-year': {
      const granularity: DateGranularity = spec.part === 'Q' ? 'quarter' : 'half';
      const firstMonth = spec.part === 'Q' ? (spec.index - 1) * 3 + 1 : (spec.index - 1) * 6 + 1;
      let year = spec.year;
      if (year === undefined && spec.yearOffset !== undefined) year = (reference?.year ?? anchor.year ?? NaN) + spec.yearOffset;
      if (year === undefined) {
        year = reference?.year ?? anchor.year;
        if (reference && year !== undefined) {
          const lastMonth = firstMonth + (spec.part === 'Q' ? 2 : 5);
          // Quarters are reported after they end: "the third quarter" in October is this year's, and so
          // is a later one spoken of in the future; a later one told in the past is last year's.
          if (firstMonth > reference.month && tense !== 'future' && !(spec.part === 'H' && lastMonth - reference.month < 6)) year -= 1;
        }
      }
      if (year === undefined || Number.isNaN(year)) return { unresolved: `XXXX-${spec.part}${spec.index}`, granularity };
      return { day: { year, month: firstMonth, day: 1 }, granularity, relative: spec.year === undefined };
    }
    case 'season': {
      const month = SEASON_MONTH[spec.season];
      let year = spec.year;
      if (year === undefined) {
        year = reference?.year ?? anchor.year;
        if (year !== undefined && reference) {
          const current = { year: reference.year, month, day: 1 };
          const seasonEnd = addMonths(current, 3);
          if (spec.yearOffset === -1) year = compareDays(seasonEnd, reference) <= 0 ? year : year - 1;
          else if (spec.yearOffset === 1) year = compareDays(current, reference) > 0 ? year : year + 1;
          else if (spec.yearOffset === undefined && tense === 'past' && compareDays(current, reference) > 0) year -= 1;
          else if (spec.yearOffset === undefined && tense === 'future' && compareDays(seasonEnd, reference) <= 0) year += 1;
        } else if (year !== undefined && spec.yearOffset !== undefined && spec.yearOffset !== 0) year += spec.yearOffset;
      }
      if (year === undefined) return { unresolved: `XXXX-${spec.season}`, granularity: 'season' };
      return { day: { year, month, day: 1 }, granularity: 'season', relative: spec.year === undefined, value: `${pad(year, 4)}-${spec.season}` };
    }
    case 'month-relative': {
      const year0 = reference?.year ?? anchor.year;
      if (year0 === undefined) return { unresolved: `XXXX-${pad(spec.month)}`, granularity: 'month' };
      let year = year0;
      if (reference) {
        if (spec.direction === -1 && spec.month >= reference.month) year -= 1;
        if (spec.direction === 1 && spec.month <= reference.month) year += 1;
      }
      return { day: { year, month: spec.month, day: 1 }, granularity: 'month', relative: true };
    }
    case 'weekend': {
      if (!reference) return { unresolved: 'XXXX-WXX-WE', granularity: 'week' };
      // the weekend just past, unless the clause speaks of the future
      const saturday = weekdayNear(reference, 6, undefined, tense === 'future' ? 'future' : 'past');
      return { day: saturday, granularity: 'week', relative: true, value: `${isoWeekValue(saturday)}-WE` };
    }
    case 'weekday': {
      if (!reference) return { unresolved: `XXXX-WXX-${((spec.weekday + 6) % 7) + 1}`, granularity: 'day' };
      const previousDay = context.previous && (context.previous.granularity === 'day' || context.previous.granularity === 'time') ? context.previous.day : undefined;
      const base = spec.anaphoric && previousDay ? previousDay : reference;
      return { day: weekdayNear(base, spec.weekday, spec.direction, spec.reported ? 'past' : tense), granularity: 'day', relative: true };
    }
    case 'shift': {
      const unitGranularity = UNIT_GRANULARITY[spec.unit];
      let previous = spec.unit === 'quarter' ? context.previousQuarter : context.previous;
      if (spec.completed && previous && reference && compareDays(shiftDay(startOf(previous.day, 'quarter'), 'quarter', 1), reference) > 0) previous = undefined;
      // "up from $5 a year ago" right after a quarter's figures compares with that quarter a year before
      const quarterComparison =
        spec.comparison === true && spec.unit === 'year' && spec.offset === -1 && context.previous?.granularity === 'quarter' && context.previousQuarter === context.previous;
      if ((spec.anaphoric || quarterComparison) && previous && (GRANULARITY_RANK[previous.granularity] ?? 99) <= (GRANULARITY_RANK[unitGranularity] ?? 0)) {
        // "a year earlier" keeps the granularity of what it points back to ("the third quarter" → a quarter)
        // "a year earlier" after a quarter means that quarter a year before (financial comparisons)
        const keep = spec.offset !== 0 && (previous.granularity === 'quarter' || previous.granularity === 'half') && spec.unit === 'year';
        const granularity = keep ? previous.granularity : unitGranularity;
        return { day: shiftDay(previous.day, spec.unit, spec.offset), granularity, relative: true };
      }
      if (spec.unit === 'quarter' && spec.anaphoric && reference) {
        // "the latest quarter" with none mentioned before: the last quarter completed
        return { day: shiftDay(startOf(reference, 'quarter'), 'quarter', spec.offset - 1), granularity: 'quarter', relative: true };
      }
      if (spec.unit === 'quarter' && spec.anaphoric && !reference) return { unresolved: 'XXXX-QX', granularity: 'quarter' };
      if (!reference) {
        if (anchor.year !== undefined && (spec.unit === 'year' || spec.unit === 'decade' || spec.unit === 'century')) {
          const base = { year: anchor.year, month: 7, day: 1 };
          return { day: shiftDay(base, spec.unit, spec.offset), granularity: unitGranularity, relative: true };
        }
        if (spec.offset === 0 && spec.unit === 'day') return { unresolved: 'PRESENT_REF', granularity: 'reference' };
        return { unresolved: unresolvedShift(spec.unit), granularity: unitGranularity };
      }
      const day = shiftDay(startOf(reference, unitGranularity === 'week' ? 'day' : unitGranularity), spec.unit, spec.offset);
      const value = spec.unit === 'weekend' ? `${isoWeekValue(shiftDay(reference, 'week', spec.offset))}-WE` : undefined;
      return { day: unitGranularity === 'week' ? shiftDay(reference, spec.unit, spec.offset) : day, granularity: unitGranularity, relative: true, value };
    }
    case 'reference':
      return { unresolved: spec.value, granularity: 'reference' };
    case 'literal':
      return { unresolved: spec.value, granularity: 'duration' };
  }
}

function unresolvedShift(unit: CalendarUnit): string {
  switch (unit) {
    case 'week':
    case 'weekend':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'decade':
      return 'XXXX';
    case 'century':
      return 'XX';
    case 'year':
      return 'XXXX';
    default:
      return 'XXXX-XX-XX';
  }
}

/** The TIMEX3 value of a candidate in its context. */
export function resolve(candidate: Candidate, context: ResolveContext): Resolution {
  const point = resolvePoint(candidate.spec, context);
  if ('unresolved' in point) {
    const isReference = point.granularity === 'reference' || point.granularity === 'duration';
    const { value, granularity } = withTimeOfDay(point.unresolved, point.granularity, candidate.timeOfDay);
    return {
      value,
      granularity,
      anchoring: isReference ? (candidate.spec.type === 'reference' ? 'reference-date' : 'absolute') : 'unanchored',
      partial: !isReference,
    };
  }
  const dayGranularity = candidate.weekOf && point.granularity === 'day' ? 'week' : point.granularity;
  const { value, granularity } = withTimeOfDay(point.value ?? formatAt(point.day, dayGranularity), dayGranularity, candidate.timeOfDay);
  return {
    value,
    granularity,
    anchoring: point.relative ? anchoringOf(context.anchor) : 'absolute',
    mention: { day: point.day, granularity },
  };
}

/** A day's value with the time of day attached to it ("2025-11-27" + "TNI" → "2025-11-27TNI"), at time granularity. */
function withTimeOfDay<G extends string>(value: string, granularity: G, timeOfDay: string | undefined): { value: string; granularity: G | 'time' } {
  if (!timeOfDay || granularity !== 'day') return { value, granularity };
  return { value: value + (timeOfDay.startsWith('T') ? timeOfDay : `T${timeOfDay}`), granularity: 'time' };
}
