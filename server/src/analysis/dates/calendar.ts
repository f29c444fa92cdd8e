// Calendar arithmetic on plain days (no clock, no time zone), through dayjs in UTC.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(isoWeek);

export interface Day {
  year: number;
  month: number; // 1–12
  day: number;
}

function toDayjs(day: Day): dayjs.Dayjs {
  return dayjs.utc(`${String(day.year).padStart(4, '0')}-${pad(day.month)}-${pad(day.day)}`);
}

function fromDayjs(date: dayjs.Dayjs): Day {
  return { year: date.year(), month: date.month() + 1, day: date.date() };
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Parses YYYY-MM-DD (a time part after it is ignored); undefined if not a real calendar day. */
export function parseDay(value: string | undefined): Day | undefined {
  const match = value === undefined ? null : /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : undefined;
}

export function isValidDay(day: Day): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1) return false;
  return day.day <= daysInMonth(day.year, day.month);
}

export function daysInMonth(year: number, month: number): number {
  // Years of four digits by the Gregorian rule, as dayjs counts them (it reads other years through a date string of
  // its own, "0050" as 1950): a date string parsed per candidate date was a hot spot of the date layer.
  if (Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  }
  return toDayjs({ year, month, day: 1 }).daysInMonth();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Days of four-digit years (the dates news names) are counted here; others go through dayjs, which reads them in its
// own way (a date string per call was most of the date layer's garbage on every edit: a day string built and parsed,
// and a dayjs object or two, for each date the article names).
const MS_PER_DAY = 86_400_000;

/** A real day of a four-digit year: the days counted here rather than by dayjs. */
function isCountable(day: Day): boolean {
  return Number.isInteger(day.year) && day.year >= 1000 && day.year <= 9999 && Number.isInteger(day.month) && Number.isInteger(day.day) && isValidDay(day);
}

/** Days since 1970-01-01 of a countable day. */
function epochDay(day: Day): number {
  // (| 0: the quotient is a whole number, but V8 hands a division's result on as a boxed double; a weekday computed
  // from it and stored in a day's field made that field a double in every day record, whose hidden class V8 then
  // replaced, moving each record made from it afterwards at its first read)
  return (Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY) | 0;
}

export function addDays(day: Day, count: number): Day {
  if (isCountable(day) && Number.isInteger(count)) {
    const date = new Date((epochDay(day) + count) * MS_PER_DAY);
    const year = date.getUTCFullYear();
    if (year >= 1000 && year <= 9999) return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return fromDayjs(toDayjs(day).add(count, 'day'));
}

/** The same day `count` months later (or earlier), the month's last day where it has fewer days (as dayjs adds months). */
export function addMonths(day: Day, count: number): Day {
  if (isCountable(day) && Number.isInteger(count)) {
    const months = day.year * 12 + day.month - 1 + count;
    const year = Math.floor(months / 12);
    if (year >= 1000 && year <= 9999) {
      const month = months - year * 12 + 1;
      return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
    }
  }
  return fromDayjs(toDayjs(day).add(count, 'month'));
}

/** 0 (Sunday) – 6 (Saturday). */
export function weekdayOf(day: Day): number {
  // (1970-01-01 was a Thursday)
  if (isCountable(day)) return (((epochDay(day) + 4) % 7) + 7) % 7;
  return toDayjs(day).day();
}

/** ISO week value, "2025-W48". */
export function isoWeekValue(day: Day): string {
  const date = toDayjs(day);
  return `${date.isoWeekYear()}-W${pad(date.isoWeek())}`;
}

export function dayValue(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = weekdayOf({ year, month, day: 1 });
    return { year, month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = daysInMonth(year, month);
  const last = weekdayOf({ year, month, day: lastDay });
  return { year, month, day: lastDay - ((last - weekday + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}
