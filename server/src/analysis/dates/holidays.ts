// Named days of the calendar whose date a news reader knows ("Thanksgiving", "Christmas Eve").
import { type Day, addDays, easterSunday, nthWeekdayOfMonth } from './calendar';

const FIXED: Record<string, [number, number]> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  'boxing day': [12, 26],
};

/** The day a holiday falls on in a given year (US conventions for Thanksgiving, Labor Day, Memorial Day, Election Day). */
export function holidayDay(name: string, year: number): Day | undefined {
  const key = name.toLowerCase();
  if (FIXED[key]) return { year, month: FIXED[key][0], day: FIXED[key][1] };
  switch (key) {
    case 'thanksgiving':
    case 'thanksgiving day':
      return nthWeekdayOfMonth(year, 11, 4, 4);
    case 'labor day':
      return nthWeekdayOfMonth(year, 9, 1, 1);
    case 'memorial day':
      return nthWeekdayOfMonth(year, 5, 1, -1);
    case 'election day':
      return addDays(nthWeekdayOfMonth(year, 11, 1, 1), 1);
    case 'easter':
    case 'easter sunday':
      return easterSunday(year);
    default:
      return undefined;
  }
}
