// Words of English dates: month and weekday names, number words, calendar units, seasons, parts of the day.

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names and their news abbreviations ("Sept.", "Nov"), capitalized as written in running text. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?|JAN\\.?|FEB\\.?|MAR\\.?|APR\\.?|JUN\\.?|JUL\\.?|AUG\\.?|SEPT?\\.?|OCT\\.?|NOV\\.?|DEC\\.?)(?![A-Za-z])';

/** 1–12 for a month name or abbreviation, else undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index < 0 ? undefined : index + 1;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_PATTERN =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)';

/** 0 (Sunday) – 6 (Saturday), as dayjs counts. */
export function weekdayNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((day) => day.startsWith(key));
  return index < 0 ? undefined : index;
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const NUMBER_WORDS = [
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'a hundred',
  'hundred',
  'a couple of',
  'a few',
  'few',
  'several',
  'many',
  'some',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "[Tt]hree": a word as written in running text or at the start of a sentence. */
const capitalizable = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;

/** A cardinal written in digits or words ("three", "Twenty-five", "a"), or a vague count ("several", "a few"). */
export const NUMBER_PATTERN = `(?:\\d+(?:\\.\\d+)?|(?:${TENS.map(capitalizable).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${NUMBER_WORDS.sort(
  (a, b) => b.length - a.length,
)
  .map(capitalizable)
  .join('|')})`;

/** The number a NUMBER_PATTERN match stands for; undefined for vague quantities ("several", "a few"). */
export function numberValue(words: string): number | undefined {
  const key = words.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(key)) return Number(key);
  if (key === 'a couple of') return 2;
  if (key === 'a hundred') return 100;
  if (key in SMALL_NUMBERS) return SMALL_NUMBERS[key];
  const compound = /^(\w+)[- ](\w+)$/.exec(key);
  if (compound && compound[1] in SMALL_NUMBERS && compound[2] in SMALL_NUMBERS) return SMALL_NUMBERS[compound[1]] + SMALL_NUMBERS[compound[2]];
  return undefined;
}

export type CalendarUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT_PATTERN = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)';

export function unitOf(word: string): CalendarUnit {
  const key = word.toLowerCase();
  if (key.startsWith('centur')) return 'century';
  return key.replace(/s$/, '') as CalendarUnit;
}

/** TIMEX3 duration letter of a unit. */
export function durationCode(unit: CalendarUnit): { prefix: string; letter: string; factor: number } {
  switch (unit) {
    case 'second':
      return { prefix: 'PT', letter: 'S', factor: 1 };
    case 'minute':
      return { prefix: 'PT', letter: 'M', factor: 1 };
    case 'hour':
      return { prefix: 'PT', letter: 'H', factor: 1 };
    case 'day':
      return { prefix: 'P', letter: 'D', factor: 1 };
    case 'week':
    case 'weekend':
      return { prefix: 'P', letter: 'W', factor: 1 };
    case 'month':
      return { prefix: 'P', letter: 'M', factor: 1 };
    case 'quarter':
      return { prefix: 'P', letter: 'M', factor: 3 };
    case 'year':
      return { prefix: 'P', letter: 'Y', factor: 1 };
    case 'decade':
      return { prefix: 'P', letter: 'DE', factor: 1 };
    case 'century':
      return { prefix: 'P', letter: 'CE', factor: 1 };
  }
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** TIMEX3 parts of the day. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'TMO',
  afternoon: 'TAF',
  evening: 'TEV',
  night: 'TNI',
  overnight: 'TNI',
  midday: 'TMD',
  noon: 'TMD',
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
