// Which date rules can match in a block at all, read from the block's words in one pass. Each rule's expression
// is costly to run over a whole block (33 of them ran over every block, most matching nothing), and each can only
// match where certain words are written: a month rule needs a month name, "ago" needs a calendar unit. A rule
// runs on a block only when the block holds, for each group of words the rule needs, one of them.
//
// Why a word test is enough: every literal word of these expressions is bounded on both sides by a non-letter
// (\b, whitespace, "-", "(?![A-Za-z])"), so when an expression matches, the word is a whole run of ASCII
// letters of the block. "0" stands for any digit. Capitalized-only words (month and weekday names, holidays)
// count only when written with a capital, as their expressions require. A rule missing from RULE_NEEDS always runs.
import { MONTHS, WEEKDAYS } from './lexicon';

const DIGIT = '0';
const MONTH_WORDS = [...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_WORDS = [...WEEKDAYS, 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const UNIT_WORDS = ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'centuries', 'century'];
const HOLIDAY_WORDS = ['christmas', 'thanksgiving', 'independence', 'halloween', 'valentine', 'election', 'labor', 'memorial', 'boxing', 'easter'];

/** For each rule (by name), groups of words: the block must hold one word of every group. */
const RULE_NEEDS: Record<string, string[][]> = {
  'month-day-year': [[DIGIT], MONTH_WORDS],
  'day-month-year': [[DIGIT], MONTH_WORDS],
  'month-day': [[DIGIT], MONTH_WORDS],
  'month-year': [[DIGIT], MONTH_WORDS],
  month: [MONTH_WORDS],
  'numeric-date': [[DIGIT]],
  year: [[DIGIT]],
  decade: [[DIGIT, 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
  century: [['century']],
  quarter: [['quarter', 'half']],
  'half-phrase': [['half', 'quarters']],
  'quarter-code': [[DIGIT]],
  'quarter-anaphor': [['quarter', 'period']],
  'last-year-quarter': [['quarter', 'period']],
  'year-ago-adjective': [['ago', 'earlier']],
  'month-relative-year': [MONTH_WORDS, ['year']],
  weekend: [['weekend']],
  'spoken-year': [['nineteen', 'twenty', 'thousand']],
  season: [['spring', 'summer', 'autumn', 'fall', 'winter']],
  'deictic-day': [['today', 'tonight', 'yesterday', 'tomorrow', 'night']],
  'this-part-of-day': [['morning', 'afternoon', 'evening']],
  'relative-unit': [['day', 'week', 'weekend', 'month', 'year', 'decade', 'century']],
  'the-year': [['year', 'month']],
  'year-end': [['year']],
  'earlier-later-this': [['earlier', 'later']],
  'earlier-today': [['today']],
  ago: [UNIT_WORDS],
  reference: [['now', 'currently', 'nowadays', 'present', 'presently', 'days', 'moment', 'current', 'recently', 'lately', 'recent', 'past', 'future', 'soon', 'coming']],
  weekday: [WEEKDAY_WORDS],
  set: [['every', 'each', 'per', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'quarterly', 'hourly', 'nightly', 'biweekly', 'bimonthly', 'once', 'twice', 'times', ...WEEKDAY_WORDS.map((day) => `${day}s`), ...WEEKDAY_WORDS]],
  duration: [UNIT_WORDS],
  clock: [[DIGIT, 'noon', 'midnight', 'midday']],
  holiday: [[...HOLIDAY_WORDS, 'year']],
};

/** Words that count only when capitalized in the text. */
const CAPITALIZED_ONLY = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS, ...HOLIDAY_WORDS]);

/** Every word some rule needs (the digit aside). */
const TRIGGER_WORDS = new Set(Object.values(RULE_NEEDS).flat(2).filter((word) => word !== DIGIT));
const LONGEST_TRIGGER = Math.max(...[...TRIGGER_WORDS].map((word) => word.length));

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** The trigger words (and "0" for a digit) written in text[from, to). */
export function blockTriggers(text: string, from: number, to: number): Set<string> {
  const found = new Set<string>();
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (!isAsciiLetter(code)) {
      if (code >= 0x30 && code <= 0x39) found.add(DIGIT);
      index++;
      continue;
    }
    const start = index;
    while (index < to && isAsciiLetter(text.charCodeAt(index))) index++;
    if (index - start > LONGEST_TRIGGER) continue;
    const lower = text.slice(start, index).toLowerCase();
    if (!TRIGGER_WORDS.has(lower)) continue;
    if (CAPITALIZED_ONLY.has(lower) && code >= 0x61) continue; // written in lower case: not a name
    found.add(lower);
  }
  return found;
}

/** False when the rule cannot match a block holding only these triggers. */
export function ruleMayMatch(rule: string, triggers: ReadonlySet<string>): boolean {
  const needs = RULE_NEEDS[rule];
  if (needs === undefined) return true;
  return needs.every((group) => group.some((word) => triggers.has(word)));
}
