// Recognition: regular-expression rules over one prose block, each yielding a Candidate (span + Spec).
// Overlaps are settled later (longest match wins), so rules may overlap freely.
import type { DateMod } from '../types';
import {
  DAY_PARTS,
  MONTH_PATTERN,
  NUMBER_PATTERN,
  ORDINALS,
  SEASONS,
  UNIT_PATTERN,
  WEEKDAY_PATTERN,
  durationCode,
  monthNumber,
  numberValue,
  unitOf,
  weekdayNumber,
} from './lexicon';
import type { Candidate, Spec } from './spec';
import type { TokenList } from '../tokenList';
import { blockTriggers, ruleNeeds } from './triggers';
import { isSpaceCode } from '../characters';

/** "[Ll]ast" — a word as it appears in running text or at the start of a sentence. */
function word(text: string): string {
  return text.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`);
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[0-9]|20)\\d{2})';
const WEEKDAY_PREFIX = `(?:(${WEEKDAY_PATTERN}),?\\s+)?`;
const NOT_NUMBER_AFTER = '(?![\\d,.:]*\\d)(?!\\s*(?:%|percent|per cent))';
const RELATIVE_DIRECTION: Record<string, -1 | 0 | 1> = { 'this past': -1, last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1 };

interface Rule {
  name: string;
  pattern: RegExp;
  build(match: RegExpExecArray, block: string): Omit<Candidate, 'start' | 'end' | 'rule'> | undefined;
  /** Where in the match the expression starts (group text to skip), for leading context words. */
  skip?: (match: RegExpExecArray) => number;
}

const date = (spec: Spec, extra: Partial<Candidate> = {}) => ({ kind: 'date' as const, spec, ...extra });
const literal = (kind: 'duration' | 'set', value: string) => ({ kind, spec: { type: 'literal' as const, value } });

function weekdayOf(name: string | undefined): number | undefined {
  return name === undefined ? undefined : weekdayNumber(name);
}

function durationValue(count: number | undefined, unitWord: string): string {
  const unit = unitOf(unitWord);
  const code = durationCode(unit);
  return `${code.prefix}${count === undefined ? 'X' : count * code.factor}${code.letter}`;
}

// A month name that may be an ordinary word: "may" (modal verb), "March" (verb), "April"/"June"/"August" (names).
// "the past three years": a number of units after "the past" (compiled once, not per match).
const DURATION_AFTER = new RegExp(`^\\s+(?:${NUMBER_PATTERN}\\s+)?${UNIT_PATTERN}\\b`, 'i');
const AMBIGUOUS_MONTH = /^(?:May|MAY|March|MARCH|Mar\.?|April|June|August|Jan|Sat|Sun)$/;
const MONTH_TRIGGER =
  /(?:\b(?:in|on|since|until|till|by|from|through|during|before|after|of|early|late|mid|last|next|this|that|each|every|past|coming|end|beginning|start|middle|between|and|to|or|until|around|into|a|an)\s+$|\bmid-$)/i;

const RULES: Rule[] = [
  // "November 27, 2025", "Friday, Nov. 28 2025", "Dec. 2, 1956"
  {
    name: 'month-day-year',
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}(${MONTH_PATTERN})\\s*${DAY}(?:,\\s*|\\s+)${YEAR}\\b${NOT_NUMBER_AFTER}`, 'g'),
    build: (m) => {
      const day = Number(m[3]);
      if (day < 1 || day > 31) return undefined;
      return date({ type: 'explicit', year: Number(m[4]), month: monthNumber(m[2]), day, weekday: weekdayOf(m[1]) });
    },
  },
  // "11 December 2009", "the 5th of May", "Friday 28 November"
  {
    name: 'day-month-year',
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}(?:\\s+of)?\\s+(${MONTH_PATTERN})(?:,?\\s+${YEAR}\\b)?${NOT_NUMBER_AFTER}`, 'g'),
    build: (m) => {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return undefined;
      return date({ type: 'explicit', year: m[4] ? Number(m[4]) : undefined, month: monthNumber(m[3]), day, weekday: weekdayOf(m[1]) });
    },
  },
  // "November 27", "Nov 28", "Thursday, April 6"
  {
    name: 'month-day',
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}(${MONTH_PATTERN})\\s*${DAY}\\b${NOT_NUMBER_AFTER}`, 'g'),
    build: (m) => {
      const day = Number(m[3]);
      if (day < 1 || day > 31) return undefined;
      return date({ type: 'explicit', month: monthNumber(m[2]), day, weekday: weekdayOf(m[1]) });
    },
  },
  // "November 2006", "May of 2008"
  {
    name: 'month-year',
    pattern: new RegExp(`\\b(${MONTH_PATTERN}),?\\s+(?:of\\s+)?${YEAR}\\b${NOT_NUMBER_AFTER}`, 'g'),
    build: (m) => date({ type: 'explicit', year: Number(m[2]), month: monthNumber(m[1]) }),
  },
  // "in December"; "last April" / "this September" / "next May"
  {
    name: 'month',
    pattern: new RegExp(`\\b(?:(${word('last')}|${word('this')}|${word('next')}|${word('past')}|${word('coming')})\\s+)?(${MONTH_PATTERN})`, 'g'),
    build: (m, block) => {
      const month = monthNumber(m[2]);
      if (month === undefined || (/\.$/.test(m[2]) === false && m[2].length < 3)) return undefined;
      if (/^\s*\d/.test(block.slice(m.index + m[0].length))) return undefined; // "last Oct. 23": the month-day rule's
      const start = m.index + (m[1] ? m[1].length + 1 : 0);
      const before = block.slice(Math.max(0, start - 30), start);
      const after = block.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "December's figures" is a month; "May's speech" is a person's
      if (/^['’]s\b/.test(after) && AMBIGUOUS_MONTH.test(m[2])) return undefined;
      if (!m[1]) {
        if (AMBIGUOUS_MONTH.test(m[2]) && !MONTH_TRIGGER.test(before)) return undefined;
        // "April Ryan", "June Carter": a capitalized word after a month is a name.
        if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:[A-Z][a-z]+day|Last|Next|This)\b/.test(after) && !MONTH_TRIGGER.test(before)) return undefined;
        // Abbreviations without their day ("Jan") are too ambiguous alone.
        if (/^[A-Z][a-z]{2}\.?$/.test(m[2]) && m[2] !== 'May') return undefined;
        return date({ type: 'explicit', month });
      }
      const direction = RELATIVE_DIRECTION[m[1].toLowerCase()];
      return date({ type: 'month-relative', month, direction });
    },
  },
  // ISO dates "2025-11-27", and "11/27/2025" (US order unless the first number cannot be a month)
  {
    name: 'numeric-date',
    pattern: /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))\b(?![/-]\d)/g,
    build: (m) => {
      if (m[1]) return date({ type: 'explicit', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
      let [month, day] = [Number(m[4]), Number(m[5])];
      if (month > 12) [month, day] = [day, month];
      const year = m[6].length === 2 ? (Number(m[6]) < 50 ? 2000 : 1900) + Number(m[6]) : Number(m[6]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return date({ type: 'explicit', year, month, day });
    },
  },
  // "2026", "fiscal 1989", "the year 2000", "mid-1996"
  {
    name: 'year',
    pattern: new RegExp(
      `(?<![\\d$£€.,:/]|\\d[.,]|\\d-)(?:(${word('fiscal')}(?:\\s+${word('year')})?|FY|${word('the year')}|${word('calendar')}(?:\\s+${word('year')})?)\\s*)?\\b${YEAR}\\b(?![.,:/]?\\d)(?!\\s*(?:%|percent|per cent))`,
      'g',
    ),
    build: (m, block) => {
      const year = Number(m[2]);
      const after = block.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const before = block.slice(Math.max(0, m.index - 16), m.index);
      if (!m[1]) {
        // Counts, not years: "2000 troops", "1500 people"; "No. 1", "Room 1984" are not years either.
        const adjectival = /\b(?:the|its|their|his|her|this|that|our|[A-Za-z]+['’]s)\s+$|\b(?:pre|post|mid)-$/i.test(before);
        if (!adjectival && /^\s+(?!(?:was|is|has|as|this|its|his|years?|levels?|s|saw|marks?|ends?|and|or|to|through|when|while|after|before|with|for)\b)[a-z]+s\b/.test(after))
          return undefined;
        // "1990-style" is a year, "2000-strong" a count
        if (/^-(?:strong|member|page)\b/.test(after)) return undefined;
        if (year < 1800 && !/\b(?:in|since|of|from|by|until|year|around|circa|c\.)\s+$/i.test(before)) return undefined;
        if (/\b(?:No\.|number|Room|Flight|Route|Highway|page|Article|model|Boeing|Airbus)\s*$/i.test(before)) return undefined;
      }
      return date({ type: 'explicit', year });
    },
  },
  // "the 1990s", "the late 1970s", "1980s", "the '90s", "the nineties"
  {
    name: 'decade',
    pattern: new RegExp(
      `\\b(?:${word('the')}\\s+)?(?:((?:1[0-9]|20)\\d)0['’]?s|['’](\\d)0s|(${word('twenties')}|${word('thirties')}|${word('forties')}|${word('fifties')}|${word('sixties')}|${word('seventies')}|${word('eighties')}|${word('nineties')}))\\b`,
      'g',
    ),
    build: (m) => {
      if (m[1]) return date({ type: 'decade', decade: Number(m[1]), centuryKnown: true });
      if (m[2]) return date({ type: 'decade', decade: Number(m[2]), centuryKnown: false });
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[3].toLowerCase()) + 2;
      return date({ type: 'decade', decade: tens, centuryKnown: false });
    },
  },
  // "the 20th century", "the twenty-first century", "this century"
  {
    name: 'century',
    pattern: new RegExp(
      `\\b(?:${word('the')}\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${word('nineteenth')}|${word('twentieth')}|${word('twenty-first')}|${word('twenty first')}))[- ]${word('century')}\\b`,
      'g',
    ),
    build: (m) => {
      const ordinal = m[1] ? Number(m[1]) : ({ nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21 }[m[2].toLowerCase()] ?? 0);
      return ordinal > 0 ? date({ type: 'century', century: ordinal - 1 }) : undefined;
    },
  },
  // "the third quarter", "third-quarter", "the fourth quarter of 2025", "Q3 2026", "the first half of next year"
  {
    name: 'quarter',
    pattern: new RegExp(
      `\\b(?:${word('the')}\\s+)?(?:(${word('this')}|${word('last')}|${word('next')})\\s+year['’]s\\s+)?(?:(?:${word('fiscal')}|${word('calendar')})\\s+)?(?:${YEAR}\\s+)?(${word('first')}|${word('second')}|${word('third')}|${word('fourth')}|1st|2nd|3rd|4th)[- ](?:${word('fiscal')}[- ])?(${word('quarter')}|${word('half')})\\b` +
        `(?:\\s+of\\s+(?:${word('fiscal')}\\s+)?(?:${YEAR}|(${word('this')}|${word('last')}|${word('next')})\\s+year))?`,
      'g',
    ),
    build: (m) => {
      const index = ORDINALS[m[3].toLowerCase()];
      const part = m[4].toLowerCase() === 'half' ? 'H' : 'Q';
      if (part === 'H' && index > 2) return undefined;
      const year = m[2] ? Number(m[2]) : m[5] ? Number(m[5]) : undefined;
      const relative = m[1] ?? m[6];
      const yearOffset = relative ? RELATIVE_DIRECTION[relative.toLowerCase()] : undefined;
      return date({ type: 'part-of-year', part, index, year, yearOffset });
    },
  },
  // "the last half of 1989", "the latter half of next year", "the first two quarters of 1990": halves by
  // another name (the plain "first half of 2026" is the quarter rule's)
  {
    name: 'half-phrase',
    pattern: new RegExp(
      `\\b(?:${word('the')}\\s+)?(?:(${word('last')}|${word('latter')}|${word('final')})\\s+${word('half')}|(${word('first')}|${word('last')}|${word('final')})\\s+${word('two')}\\s+${word('quarters')})` +
        `\\s+of\\s+(?:${word('fiscal')}\\s+)?(?:${YEAR}|(${word('this')}|${word('last')}|${word('next')})\\s+year)\\b`,
      'g',
    ),
    build: (m) => {
      const index = m[1] || m[2].toLowerCase() !== 'first' ? 2 : 1;
      const year = m[3] ? Number(m[3]) : undefined;
      const yearOffset = m[4] ? RELATIVE_DIRECTION[m[4].toLowerCase()] : undefined;
      return date({ type: 'part-of-year', part: 'H', index, year, yearOffset });
    },
  },
  {
    name: 'quarter-code',
    pattern: /\b(?:Q([1-4])|H([12]))[ -]?(?:(?:FY)?((?:19|20)\d{2})|FY(\d{2}))?\b/g,
    build: (m) => {
      const year = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : undefined;
      return date({ type: 'part-of-year', part: m[1] ? 'Q' : 'H', index: Number(m[1] ?? m[2]), year });
    },
  },
  // "the latest quarter", "the year-ago quarter", "the quarter", "the previous quarter"
  {
    name: 'quarter-anaphor',
    pattern: new RegExp(
      `\\b(?:${word('the')}\\s+|${word('that')}\\s+|${word('this')}\\s+)(?:(${word('latest')}|${word('last')}|${word('past')}|${word('previous')}|${word('prior')}|${word('current')}|${word('same')}|${word('most recent')}|${word('next')}|${word('coming')}|(?:${word('comparable')}\\s+)?${word('year-ago')}|(?:${word('comparable')}\\s+)?${word('year-earlier')}|${word('prior-year')}|${word('comparable')}|${word('corresponding')})\\s+)?(?:${word('fiscal')}\\s+)?(${word('quarter')}|${word('period')})\\b(?!\\s+(?:of|century))`,
      'g',
    ),
    build: (m) => {
      const modifier = m[1]?.toLowerCase().replace(/^comparable\s+/, '');
      const isPeriod = m[2].toLowerCase() === 'period';
      // "the period" alone is any span of time; it stands for a quarter only with a modifier or in results talk
      if (
        isPeriod &&
        (!modifier ||
          modifier === 'past' ||
          modifier === 'same' ||
          modifier === 'previous' ||
          modifier === 'prior' ||
          modifier === 'last' ||
          modifier === 'next' ||
          modifier === 'coming')
      )
        return undefined;
      if (modifier === 'year-ago' || modifier === 'year-earlier' || modifier === 'prior-year' || modifier === 'comparable' || modifier === 'corresponding')
        return date({ type: 'shift', unit: 'quarter', offset: -4, anaphoric: true });
      if (/^this\s/i.test(m[0]) || modifier === 'current') return date({ type: 'shift', unit: 'quarter', offset: 0 });
      const offset = modifier === 'previous' || modifier === 'prior' ? -1 : modifier === 'next' || modifier === 'coming' ? 1 : 0;
      // "the latest quarter" has been reported, so it has ended
      const completed = modifier === 'latest' || modifier === 'most recent' || modifier === 'past' || modifier === 'last' || undefined;
      return date({ type: 'shift', unit: 'quarter', offset, anaphoric: true, completed });
    },
  },
  // "last year's quarter", "last year's period": the quarter under discussion, a year before
  {
    name: 'last-year-quarter',
    pattern: new RegExp(`\\b${word('last')}\\s+${word('year')}['’]s\\s+(?:${word('fiscal')}\\s+)?(?:${word('quarter')}|${word('period')})\\b`, 'g'),
    build: () => date({ type: 'shift', unit: 'quarter', offset: -4, anaphoric: true }),
  },
  {
    name: 'year-ago-adjective',
    pattern: new RegExp(
      `\\b(${word('year-ago')}|${word('year-earlier')})(?:\\s+(${word('first')}|${word('second')}|${word('third')}|${word('fourth')})[- ]${word('quarter')})?\\b`,
      'g',
    ),
    build: (m) => {
      if (m[2]) return date({ type: 'part-of-year', part: 'Q', index: ORDINALS[m[2].toLowerCase()], yearOffset: -1 });
      return date({ type: 'shift', unit: 'year', offset: -1, anaphoric: true });
    },
  },
  // "July last year", "March this year", "January next year"
  {
    name: 'month-relative-year',
    pattern: new RegExp(`\\b(${MONTH_PATTERN})\\s+(${word('last')}|${word('this')}|${word('next')})\\s+${word('year')}\\b`, 'g'),
    build: (m) => {
      const month = monthNumber(m[1]);
      return month === undefined ? undefined : date({ type: 'explicit', month, yearOffset: RELATIVE_DIRECTION[m[2].toLowerCase()] } as Spec);
    },
  },
  // "the weekend", "this weekend"
  {
    name: 'weekend',
    pattern: new RegExp(`\\b(?:${word('the')}|${word('this')})\\s+${word('weekend')}\\b`, 'g'),
    build: () => date({ type: 'weekend' } as Spec),
  },
  // Years spoken in words: "nineteen ninety-six", "the year two thousand", "two thousand and one"
  {
    name: 'spoken-year',
    pattern: new RegExp(
      `\\b(?:${word('the year')}\\s+)?(?:(${word('nineteen')}|${word('twenty')})\\s+(${word('ten')}|${word('eleven')}|${word('twelve')}|${word('thirteen')}|${word('fourteen')}|${word('fifteen')}|${word('sixteen')}|${word('seventeen')}|${word('eighteen')}|${word('nineteen')}|(?:${word('twenty')}|${word('thirty')}|${word('forty')}|${word('fifty')}|${word('sixty')}|${word('seventy')}|${word('eighty')}|${word('ninety')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)|${word('two thousand')}(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)\\b`,
      'g',
    ),
    build: (m) => {
      if (m[1]) {
        const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000;
        const rest = numberValue(m[2].toLowerCase());
        return rest === undefined ? undefined : date({ type: 'explicit', year: century + rest });
      }
      if (!/year/i.test(m[0]) && !m[3]) return undefined; // "two thousand" alone is a number
      return date({ type: 'explicit', year: 2000 + (m[3] ? (numberValue(m[3]) ?? 0) : 0) });
    },
  },
  // "this spring", "last fall", "the summer of 2024", "winter 2025", "in the spring"
  {
    name: 'season',
    pattern: new RegExp(
      `\\b(?:(${word('this')}|${word('last')}|${word('next')}|${word('past')}|${word('coming')})\\s+|(${word('the')})\\s+)?(${word('spring')}|${word('summer')}|${word('autumn')}|${word('fall')}|${word('winter')})\\b(?:\\s+(?:of\\s+)?${YEAR}\\b)?`,
      'g',
    ),
    build: (m, block) => {
      const season = SEASONS[m[3].toLowerCase()];
      const year = m[4] ? Number(m[4]) : undefined;
      const before = block.slice(Math.max(0, m.index - 20), m.index);
      if (!m[1] && year === undefined) {
        // "a fall in prices", "hot spring": a season needs a calendar context.
        if (!/\b(?:in|into|during|by|since|until|through|early|late|mid|over|this|next|last|before|after)\s+(?:the\s+)?$/i.test(before)) return undefined;
        if (season === 'FA' && !m[2]) return undefined;
        const after = block.slice(m.index + m[0].length, m.index + m[0].length + 20);
        if (/^\s+(?:of\s+(?!\d)|[a-z]+(?:s|ing)\b)/.test(after) && season === 'FA') return undefined;
      }
      if (m[1]) return date({ type: 'season', season, yearOffset: RELATIVE_DIRECTION[m[1].toLowerCase()] });
      return date({ type: 'season', season, year });
    },
  },
  // today, tonight, yesterday, tomorrow, "the day before yesterday"
  {
    name: 'deictic-day',
    pattern: new RegExp(
      `\\b(?:(${word('the day before')}|${word('the day after')})\\s+)?(${word('today')}|${word('tonight')}|${word('yesterday')}|${word('tomorrow')}|${word('last night')})\\b`,
      'g',
    ),
    build: (m) => {
      const key = m[2].toLowerCase();
      let offset = key === 'yesterday' || key === 'last night' ? -1 : key === 'tomorrow' ? 1 : 0;
      if (m[1]) offset += m[1].toLowerCase().endsWith('before') ? -1 : 1;
      const timeOfDay = key === 'tonight' || key === 'last night' ? 'TNI' : undefined;
      return { kind: timeOfDay ? 'time' : 'date', spec: { type: 'shift', unit: 'day', offset }, timeOfDay };
    },
  },
  // "this morning", "this evening"
  {
    name: 'this-part-of-day',
    pattern: new RegExp(`\\b${word('this')}\\s+(${word('morning')}|${word('afternoon')}|${word('evening')})\\b`, 'g'),
    build: (m) => ({ kind: 'time', spec: { type: 'shift', unit: 'day', offset: 0 }, timeOfDay: DAY_PARTS[m[1].toLowerCase()] }),
  },
  // "last week", "this year", "next month", "the coming year", "the following day", "that day"
  {
    name: 'relative-unit',
    pattern: new RegExp(
      `\\b(?:(${word('this past')}|${word('last')}|${word('this')}|${word('next')}|${word('coming')}|${word('current')})|${word('the')}\\s+(${word('coming')}|${word('next')}|${word('following')}|${word('previous')}|${word('prior')}|${word('same')}|${word('current')}|${word('present')})|(${word('that')}(?:\\s+${word('same')})?))\\s+(?:${word('fiscal')}\\s+(?=[Yy]ear))?(${word('day')}|${word('week')}|${word('weekend')}|${word('month')}|${word('year')}|${word('decade')}|${word('century')})\\b(?!['’]s\\s+(?:worth|time))`,
      'g',
    ),
    build: (m, block) => {
      const unit = unitOf(m[4]);
      // "This Week" in quotes is the name of a programme or a column
      if (/^[A-Z]/.test(m[4]) && /["“‘']\s*$/.test(block.slice(Math.max(0, m.index - 2), m.index))) return undefined;
      if (m[1]) {
        const direction = RELATIVE_DIRECTION[m[1].toLowerCase()];
        if (unit === 'day' && direction !== 0) return undefined; // "last day" is not yesterday
        return date({ type: 'shift', unit, offset: direction });
      }
      if (m[3]) return date({ type: 'shift', unit, offset: 0, anaphoric: true });
      const modifier = m[2].toLowerCase();
      if (modifier === 'current' || modifier === 'present') return date({ type: 'shift', unit, offset: 0 });
      if (modifier === 'coming') return date({ type: 'shift', unit, offset: 1 });
      // "the next day", "the following week", "the previous year", "the same day": from the date just mentioned
      const offset = modifier === 'same' ? 0 : modifier === 'previous' || modifier === 'prior' ? -1 : 1;
      return date({ type: 'shift', unit, offset, anaphoric: true });
    },
  },
  // "the beginning of the year", "for the year", "during the month": the current (or last named) one
  {
    name: 'the-year',
    pattern: new RegExp(
      `(?<=\\b(?:[Oo]f|[Ff]or|[Dd]uring|[Tt]hroughout|[Ii]n|[Tt]hrough|[Ss]ince|[Uu]ntil)\\s+)${word('the')}\\s+(?:${word('full')}\\s+|${word('fiscal')}\\s+)?(${word('year')}|${word('month')})\\b(?!\\s*(?:['’]s|ago|before|after|earlier|later|in which|when|that|of|to|\\d))`,
      'g',
    ),
    build: (m) => date({ type: 'shift', unit: unitOf(m[1]), offset: 0 }),
  },
  // "by year-end", "by year's end": the end of the current year
  {
    name: 'year-end',
    pattern: new RegExp(`(?<=\\b(?:[Bb]y|[Aa]t|[Aa]round|[Bb]efore|[Uu]ntil|[Tt]hrough)\\s+)${word('year')}(?:[- ]${word('end')}|['’]s\\s+${word('end')})\\b`, 'g'),
    build: () => date({ type: 'shift', unit: 'year', offset: 0 }, { mod: 'END' }),
  },
  // "earlier this month" (START), "later this year" (END), "earlier this week"
  {
    name: 'earlier-later-this',
    pattern: new RegExp(
      `\\b(${word('earlier')}|${word('later')})\\s+(${word('this')}|${word('that')}|${word('last')}|${word('next')})\\s+(${word('day')}|${word('week')}|${word('month')}|${word('year')}|${word('decade')}|${word('century')})\\b`,
      'g',
    ),
    build: (m) => {
      const anchorWord = m[2].toLowerCase();
      const offset = anchorWord === 'last' ? -1 : anchorWord === 'next' ? 1 : 0;
      const mod: DateMod = m[1].toLowerCase() === 'earlier' ? 'START' : 'END';
      return date({ type: 'shift', unit: unitOf(m[3]), offset, anaphoric: anchorWord === 'that' }, { mod });
    },
  },
  // "earlier today", "later today"
  {
    name: 'earlier-today',
    pattern: new RegExp(`\\b(${word('earlier')}|${word('later')})\\s+(${word('today')})\\b`, 'g'),
    build: () => date({ type: 'shift', unit: 'day', offset: 0 }),
  },
  // "two days ago", "a year earlier", "nearly four years ago", "three weeks later", "a decade ago"
  {
    name: 'ago',
    pattern: new RegExp(
      `\\b(?:(${word('about')}|${word('around')}|${word('nearly')}|${word('almost')}|${word('roughly')}|${word('approximately')}|${word('some')}|${word('more than')}|${word('over')}|${word('less than')}|${word('at least')}|${word('just')})\\s+)?(${NUMBER_PATTERN})[- ](${UNIT_PATTERN})\\s+(${word('ago')}|${word('earlier')}|${word('later')}|${word('before')}|${word('after')}|${word('from now')}|${word('hence')}|${word('previously')})\\b(?!\\s+(?:than|that|the|a|an|his|her|their|its)\\b)`,
      'g',
    ),
    build: (m) => {
      const count = numberValue(m[2]);
      const unit = unitOf(m[3]);
      const direction = m[4].toLowerCase();
      const sign = direction === 'ago' || direction === 'earlier' || direction === 'before' || direction === 'previously' ? -1 : 1;
      const anaphoric = direction !== 'ago' && direction !== 'from now' && direction !== 'hence';
      const approx = m[1]?.toLowerCase();
      const mod: DateMod | undefined =
        approx === undefined || approx === 'just'
          ? undefined
          : approx === 'more than' || approx === 'over'
            ? 'MORE_THAN'
            : approx === 'less than'
              ? 'LESS_THAN'
              : approx === 'at least'
                ? 'EQUAL_OR_MORE'
                : 'APPROX';
      if (count === undefined) return date({ type: 'reference', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }, { mod });
      if (unit === 'hour' || unit === 'minute' || unit === 'second') return date({ type: 'shift', unit: 'day', offset: 0, anaphoric }, { mod });
      return date({ type: 'shift', unit, offset: sign * count, anaphoric, comparison: true }, { mod });
    },
  },
  // now, currently, recently, the past, the future, soon, nowadays
  {
    name: 'reference',
    pattern: new RegExp(
      `\\b(?:(${word('right now')}|${word('now')}|${word('currently')}|${word('nowadays')}|${word('at present')}|${word('presently')}|${word('these days')}|${word('at the moment')}|${word('the present')}|${word('current')})` +
        `|(${word('recently')}|${word('lately')}|${word('recent')}\\s+(?:${word('years')}|${word('months')}|${word('weeks')}|${word('days')}|${word('decades')}|${word('times')})|${word('the past')})` +
        `|(${word('the future')}|${word('soon')}|${word('the near future')}|${word('the coming')}\\s+(?:${word('days')}|${word('weeks')}|${word('months')}|${word('years')}|${word('decades')})|${word('coming')}\\s+(?:${word('days')}|${word('weeks')}|${word('months')}|${word('years')}|${word('quarters')})))\\b`,
      'g',
    ),
    build: (m, block) => {
      const after = block.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const before = block.slice(Math.max(0, m.index - 12), m.index);
      const text = m[0].toLowerCase();
      // "the past three years", "the past week" are durations; "now-defunct" is not a date
      if (text === 'the past' && DURATION_AFTER.test(after)) return undefined;
      if ((text === 'current' || text === 'recent') && /^\s+(?:account|accounts|affairs|events|ly)\b/.test(after)) return undefined;
      // "the then-current price" looks back from the time of writing
      if (text === 'current' && /\bthen[\s-]$/i.test(before)) return date({ type: 'reference', value: 'PAST_REF' });
      if (text === 'the present' && !/^\s*(?:[.,;]|$)/.test(after)) return undefined;
      if ((text === 'now' || text === 'soon') && /^-/.test(after)) return undefined;
      if (text === 'shortly' && /^\s+(?:before|after)\b/.test(after)) return undefined;
      if (text === 'future' && /\b(?:no|a|the)\s+$/i.test(before)) return undefined;
      if (text === 'soon' && /\bas\s+$/i.test(before)) return undefined;
      const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
      return date({ type: 'reference', value });
    },
  },
  // "Tuesday", "last Friday", "next Monday", "this Thursday"
  {
    name: 'weekday',
    pattern: new RegExp(
      `\\b(?:(${word('this past')}|${word('last')}|${word('next')}|${word('this')}|${word('past')}|${word('coming')}|${word('the')}\\s+(?:${word('previous')}|${word('preceding')}|${word('following')}))\\s+)?(${WEEKDAY_PATTERN})(?![A-Za-z])`,
      'g',
    ),
    build: (m, block) => {
      const weekday = weekdayNumber(m[2]);
      // "the previous Friday", "the following Monday": a week's step from the day just spoken of
      const anaphor = m[1] ? /^the\s+(previous|preceding|following)$/i.exec(m[1]) : null;
      if (weekday !== undefined && anaphor) return date({ type: 'weekday', weekday, direction: anaphor[1].toLowerCase() === 'following' ? 1 : -1, anaphoric: true });
      if (weekday === undefined) return undefined;
      const before = block.slice(Math.max(0, m.index - 10), m.index);
      if (/\b(?:Good|Black|Cyber|Super|Ash|Holy|Bloody|Palm|Easter)\s+$/.test(before)) return undefined;
      if (/^(?:Sun\.|Sat\.|Wed\.)$/.test(m[2])) return undefined;
      const direction = m[1] ? RELATIVE_DIRECTION[m[1].toLowerCase()] : undefined;
      // "Wednesday's ruling": a day whose events are already reported
      const possessive = direction === undefined && /^['’]s\b/.test(block.slice(m.index + m[0].length));
      return date({ type: 'weekday', weekday, direction, reported: possessive || undefined });
    },
  },
  // "on Mondays", "every week", "each year", "weekly", "twice a year", "per month"
  {
    name: 'set',
    pattern: new RegExp(
      `\\b(?:(${word('every')}|${word('each')}|${word('per')})\\s+(?:(${word('other')}|${NUMBER_PATTERN})\\s+)?(${UNIT_PATTERN}|${WEEKDAY_PATTERN}|${word('morning')}|${word('night')}|${word('evening')})` +
        `|(${word('daily')}|${word('weekly')}|${word('monthly')}|${word('yearly')}|${word('annually')}|${word('quarterly')}|${word('hourly')}|${word('nightly')}|${word('biweekly')}|${word('bimonthly')})` +
        `|(?:${word('once')}|${word('twice')}|${NUMBER_PATTERN}\\s+${word('times')})\\s+(?:a|an|per)\\s+(${UNIT_PATTERN})` +
        `|${word('on')}\\s+(${WEEKDAY_PATTERN})s)\\b`,
      'g',
    ),
    build: (m) => {
      if (m[4]) {
        const key = m[4].toLowerCase();
        const code: Record<string, string> = {
          daily: 'P1D',
          nightly: 'P1D',
          weekly: 'P1W',
          biweekly: 'P2W',
          monthly: 'P1M',
          bimonthly: 'P2M',
          yearly: 'P1Y',
          annually: 'P1Y',
          quarterly: 'P3M',
          hourly: 'PT1H',
        };
        return literal('set', code[key]);
      }
      if (m[6]) return literal('set', `XXXX-WXX-${(((weekdayNumber(m[6]) ?? 0) + 6) % 7) + 1}`);
      const unitWord = m[3] ?? m[5];
      const weekday = weekdayNumber(unitWord);
      if (weekday !== undefined) return literal('set', `XXXX-WXX-${((weekday + 6) % 7) + 1}`);
      if (/^(?:morning|night|evening)$/i.test(unitWord)) return literal('set', `T${DAY_PARTS[unitWord.toLowerCase()]}`);
      const count = m[2] && m[2].toLowerCase() !== 'other' ? numberValue(m[2]) : m[2] ? 2 : 1;
      return literal('set', durationValue(count, unitWord));
    },
  },
  // Durations: "three years", "the past week", "the next five days", "a three-year plan", "decades"
  {
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:(?:${word('the')}\\s+)?(?:${word('past')}|${word('last')}|${word('next')}|${word('first')}|${word('final')}|${word('previous')}|${word('following')}|${word('coming')}|${word('entire')}|${word('whole')}|${word('full')})\\s+)?` +
        `(?:(${NUMBER_PATTERN})[- ](?:${word('more')}\\s+|${word('straight')}\\s+|${word('consecutive')}\\s+)?)?(${UNIT_PATTERN})(?:[- ](?:long|old))?\\b`,
      'g',
    ),
    build: (m, block) => {
      const text = m[0].toLowerCase();
      const unitWord = m[2];
      const hasCount = m[1] !== undefined;
      const hasDeterminer = /^(?:the\s+)?(?:past|last|next|first|final|previous|following|coming|entire|whole|full)\s/.test(text);
      const before = block.slice(Math.max(0, m.index - 12), m.index);
      if (!hasCount && !hasDeterminer) {
        // bare plural after "for"/"over"/"in": "for years", "over decades"
        if (!/s$/i.test(unitWord) || !/\b(?:for|over|within|in|took|takes|lasted)\s+$/i.test(before)) return undefined;
        return literal('duration', durationValue(undefined, unitWord));
      }
      if (!hasCount && /^(?:the\s+)?(?:next|last|coming|previous|following)\s/.test(text) && !/^the\s/.test(text)) return undefined;
      return literal('duration', durationValue(hasCount ? numberValue(m[1]) : 1, unitWord));
    },
  },
  // Clock times: "10 p.m.", "10:35 a.m. EST", "18:00 UTC", "noon", "midnight"
  {
    name: 'clock',
    pattern:
      /\b(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)|([01]?\d|2[0-3]):([0-5]\d)(?=\s*(?:GMT|UTC|[A-Z]{2}T|hours|hrs|local time|h\b))|(noon|midnight|midday))(?:\s+(?:(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|MSK|IST)\b|local time\b))?/g,
    build: (m) => {
      const built = clockTime(m);
      if (built && /\b(?:UTC|GMT)\b/.test(m[0]) && built.timeOfDay) built.timeOfDay += 'Z';
      return built;
    },
  },
  // Holidays with fixed or computable days.
  {
    name: 'holiday',
    pattern: new RegExp(
      `\\b(?:(${word('last')}|${word('this')}|${word('next')})\\s+)?(Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|New Year['’]s|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine['’]s Day|Election Day|Labor Day|Memorial Day|Boxing Day|Easter(?: Sunday)?)\\b(?:\\s+${YEAR}\\b)?`,
      'g',
    ),
    build: (m) => {
      const direction = m[1] ? RELATIVE_DIRECTION[m[1].toLowerCase()] : undefined;
      return date({ type: 'holiday', name: m[2].replace(/['’]/g, "'"), year: m[3] ? Number(m[3]) : undefined, direction });
    },
  },
];

/** The time of day of a clock expression, at the precision written. */
function clockTime(m: RegExpExecArray): { kind: 'time'; spec: Spec; timeOfDay: string } | undefined {
  let hour: number;
  let minute = 0;
  if (m[6]) {
    const key = m[6].toLowerCase();
    if (key === 'midday') return { kind: 'time', spec: { type: 'shift', unit: 'day', offset: 0 }, timeOfDay: 'TMD' };
    hour = key === 'midnight' ? 24 : 12;
  } else if (m[4]) {
    hour = Number(m[4]);
    minute = Number(m[5]);
  } else {
    hour = Number(m[1]);
    minute = m[2] ? Number(m[2]) : 0;
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    const pm = m[3].toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
    if (!m[2]) return { kind: 'time', spec: { type: 'shift', unit: 'day', offset: 0 }, timeOfDay: String(hour).padStart(2, '0') };
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  // the value keeps the expression's own precision: "5 p.m." is T17, "5:30 p.m." is T17:30
  if (m[6]) return { kind: 'time', spec: { type: 'shift', unit: 'day', offset: 0 }, timeOfDay: pad(hour) };
  return { kind: 'time', spec: { type: 'shift', unit: 'day', offset: 0 }, timeOfDay: `${pad(hour)}:${pad(minute)}` };
}

// The trigger bits each rule needs (ruleNeeds), read once instead of a map lookup per rule and block.
const RULE_NEEDS = RULES.map((rule) => ruleNeeds(rule.name));

/** Every rule's matches in one prose block, with offsets into the whole text (`tokens`: the block's tokens). */
export function recognize(text: string, blockStart: number, blockEnd: number, tokens: TokenList, first = 0, end = tokens.length): Candidate[] {
  const candidates: Candidate[] = [];
  const triggers = blockTriggers(tokens, first, end);
  const block = text.slice(blockStart, blockEnd);
  for (let at = 0; at < RULES.length; at++) {
    const rule = RULES[at];
    const needs = RULE_NEEDS[at];
    if ((triggers & needs) !== needs) continue;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(block); match; match = rule.pattern.exec(block)) {
      if (match[0] === '') {
        rule.pattern.lastIndex++;
        continue;
      }
      const built = rule.build(match, block);
      if (!built) continue;
      const start = match.index;
      let end = match.index + match[0].length;
      // Trailing punctuation that belongs to the sentence, not to an abbreviation like "Nov."
      // (/[\s,]/ on the character, read from its code: this runs for every match)
      while (end > start && (block.charCodeAt(end - 1) === 0x2c || isSpaceCode(block.charCodeAt(end - 1)))) end--;
      candidates.push({ rule: rule.name, ...built, start: blockStart + start, end: blockStart + end });
    }
  }
  return candidates;
}
