// A date annotation in words, for the editor hover: "Thursday 27 November 2025 — day, year inferred".
import type { DateAnchoring, DateAnnotation, DateMod } from '../types';
import { MONTHS, WEEKDAYS } from './lexicon';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];
const SEASON_WORDS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PART_OF_DAY_WORDS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', MD: 'midday' };
const UNIT_WORDS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second', DE: 'decade', CE: 'century' };
const MOD_WORDS: Partial<Record<DateMod, string>> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'about',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
  LESS_THAN: 'less than',
  MORE_THAN: 'more than',
  EQUAL_OR_LESS: 'at most',
  EQUAL_OR_MORE: 'at least',
};
const ANCHORING_WORDS: Record<DateAnchoring, string> = {
  absolute: 'written in full',
  'reference-date': "counted from the article's date",
  'inferred-year': 'year inferred',
  unanchored: 'no article date to count from',
};

function ordinalSuffix(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`;
}

function durationWords(value: string): string {
  const match = /^PT?(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])$/.exec(value);
  if (!match) return value;
  const unit = value.startsWith('PT') && match[2] === 'M' ? 'minute' : UNIT_WORDS[match[2]];
  if (match[1] === 'X') return `${unit === 'century' ? 'centuries' : `${unit}s`} (unspecified number)`;
  const count = Number(match[1]);
  return `${count} ${count === 1 ? unit : unit === 'century' ? 'centuries' : `${unit}s`}`;
}

function timeWords(time: string): string {
  const part = /^T(MO|AF|EV|NI|MD)$/.exec(time);
  if (part) return PART_OF_DAY_WORDS[part[1]];
  const clock = time.replace(/^T/, '');
  return clock.endsWith('Z') ? `${clock.slice(0, -1)} UTC` : /^\d{2}$/.test(clock) ? `${clock}:00` : clock;
}

/** The value alone in words: "Thursday 27 November 2025", "third quarter of 2026", "the 1990s". */
export function valueInWords(value: string, kind: DateAnnotation['kind'] = 'date'): string {
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  if (kind === 'duration') return durationWords(value);
  if (kind === 'set') {
    const weekday = /^XXXX-WXX-(\d)$/.exec(value);
    if (weekday) return `every ${capital(WEEKDAYS[Number(weekday[1]) % 7])}`;
    if (/^T/.test(value)) return `every ${timeWords(value)}`;
    const every = /^PT?1(DE|CE|[YMWDH])$/.exec(value);
    return every ? `every ${UNIT_WORDS[every[1]]}` : `every ${durationWords(value)}`;
  }
  const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (day) {
    const monthName = capital(MONTHS[Number(day[2]) - 1] ?? '?');
    let words = `${Number(day[3])} ${monthName}`;
    if (day[1] !== 'XXXX') {
      const weekday = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay();
      words = `${capital(WEEKDAYS[weekday])} ${words} ${Number(day[1])}`;
    } else words += ', year unknown';
    return day[4] ? `${words}, ${timeWords(day[4])}` : words;
  }
  const month = /^(\d{4}|XXXX)-(\d{2})$/.exec(value);
  if (month) return `${capital(MONTHS[Number(month[2]) - 1] ?? '?')} ${month[1] === 'XXXX' ? '(year unknown)' : Number(month[1])}`;
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (week) return `${week[3] ? 'the weekend of ' : ''}week ${Number(week[2])} of ${week[1]}`;
  const quarter = /^(\d{4}|XXXX)-([QH])(\d)$/.exec(value);
  if (quarter) return `${ORDINAL_WORDS[Number(quarter[3]) - 1]} ${quarter[2] === 'Q' ? 'quarter' : 'half'} of ${quarter[1] === 'XXXX' ? 'an unknown year' : quarter[1]}`;
  const season = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value);
  if (season) return `${SEASON_WORDS[season[2]]} ${season[1] === 'XXXX' ? '(year unknown)' : season[1]}`;
  const weekday = /^XXXX-WXX-(\d)$/.exec(value);
  if (weekday) return `${capital(WEEKDAYS[Number(weekday[1]) % 7])}, date unknown`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}X$/.test(value)) return `the ${value.slice(0, 3)}0s`;
  if (/^\d{2}$/.test(value)) return `the ${ordinalSuffix(Number(value) + 1)} century`;
  return value;
}

/** What the hover shows for a date: its value in words, its granularity and how it was anchored. */
export function describeDate(date: DateAnnotation): string {
  const words = valueInWords(date.value, date.kind);
  const modWords = date.mod ? MOD_WORDS[date.mod] : undefined;
  const value = modWords ? `${modWords} ${words}` : words;
  if (date.kind === 'duration' || date.kind === 'set') return `${value} — ${date.kind === 'set' ? 'recurrence' : 'duration'}, not a date`;
  const granularity = date.granularity === 'reference' ? 'reference to the time of writing' : date.granularity;
  return `${value} — ${granularity}, ${ANCHORING_WORDS[date.anchoring]}`;
}
