// The calendar's day arithmetic counts four-digit years itself: it must give what dayjs gives (which it used for every
// day before, and still uses for other years).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addDays, addMonths, weekdayOf, type Day } from '../../server/src/analysis/dates/calendar';

dayjs.extend(utc);

function viaDayjs(day: Day): dayjs.Dayjs {
  return dayjs.utc(`${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`);
}

function asDay(date: dayjs.Dayjs): Day {
  return { year: date.year(), month: date.month() + 1, day: date.date() };
}

/** Every day of the given years. */
function daysOf(years: number[]): Day[] {
  const days: Day[] = [];
  for (const year of years) for (let date = dayjs.utc(`${year}-01-01`); date.year() === year; date = date.add(1, 'day')) days.push(asDay(date));
  return days;
}

// Leap years of both kinds (2000, 2024), a century that is not one (2100), ordinary years, and the last years counted.
const DAYS = daysOf([1999, 2000, 2023, 2024, 2100, 9999]);

test('adding months keeps the day, or takes the month’s last day, as dayjs does', () => {
  for (const day of DAYS) {
    for (const count of [-25, -13, -12, -1, 0, 1, 2, 3, 11, 12, 120, 1200]) {
      const expected = asDay(viaDayjs(day).add(count, 'month'));
      assert.deepEqual(addMonths(day, count), expected, `${JSON.stringify(day)} + ${count} months`);
    }
  }
  assert.deepEqual(addMonths({ year: 2024, month: 1, day: 31 }, 1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addMonths({ year: 2023, month: 3, day: 31 }, -1), { year: 2023, month: 2, day: 28 });
});

test('adding days crosses months, years and leap days as dayjs does', () => {
  for (const day of DAYS) {
    for (const count of [-400, -366, -31, -1, 0, 1, 28, 29, 365, 1000]) {
      assert.deepEqual(addDays(day, count), asDay(viaDayjs(day).add(count, 'day')), `${JSON.stringify(day)} + ${count} days`);
    }
  }
  assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addDays({ year: 2100, month: 2, day: 28 }, 1), { year: 2100, month: 3, day: 1 });
});

test('weekdays are dayjs’s, Sunday 0', () => {
  for (const day of DAYS) assert.equal(weekdayOf(day), viaDayjs(day).day(), JSON.stringify(day));
  assert.equal(weekdayOf({ year: 2026, month: 12, day: 7 }), 1); // a Monday
});

test('days outside four-digit years, or not real days, are still read as dayjs reads them', () => {
  for (const day of [
    { year: 999, month: 12, day: 31 },
    { year: 2024, month: 2, day: 30 },
    { year: 2024, month: 13, day: 1 },
  ]) {
    assert.deepEqual(addMonths(day, 1), asDay(viaDayjs(day).add(1, 'month')), JSON.stringify(day));
    assert.deepEqual(addDays(day, 1), asDay(viaDayjs(day).add(1, 'day')), JSON.stringify(day));
    assert.equal(weekdayOf(day), viaDayjs(day).day(), JSON.stringify(day));
  }
  // Past the years counted: dayjs's answer.
  assert.deepEqual(addDays({ year: 9999, month: 12, day: 31 }, 1), asDay(viaDayjs({ year: 9999, month: 12, day: 31 }).add(1, 'day')));
  assert.deepEqual(addMonths({ year: 1000, month: 1, day: 15 }, -1), asDay(viaDayjs({ year: 1000, month: 1, day: 15 }).add(-1, 'month')));
});
