// Which date rules can match in a block at all, read from the block's words in one pass. Each rule's expression
// is costly to run over a whole block (33 of them ran over every block, most matching nothing), and each can only
// match where certain words are written: a month rule needs a month name, "ago" needs a calendar unit. A rule
// runs on a block only when the block holds, for each group of words the rule needs, one of them.
//
// Why a word test is enough: every literal word of these expressions is bounded on both sides by a non-letter
// (\b, whitespace, "-", "(?![A-Za-z])"), so when an expression matches, the word is a whole run of ASCII
// letters of the block. "0" stands for any digit, "Y4" for a run of exactly four digits that can be a year
// (1000–2099: the rules' year is \b(?:1[0-9]|20)\d{2}\b), "D2" for a run of exactly two digits ("the '90s").
// Capitalized-only words (month and weekday names, holidays)
// count only when written with a capital, as their expressions require. A rule missing from RULE_NEEDS always runs.
import type { TokenList } from '../tokenList';
import { MONTHS, WEEKDAYS } from './lexicon';

const DIGIT = '0';
const YEAR_DIGITS = 'Y4';
const TWO_DIGITS = 'D2';
const MONTH_WORDS = [...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_WORDS = [...WEEKDAYS, 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const UNIT_WORDS = [
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'decade',
  'decades',
  'centuries',
  'century',
];
const HOLIDAY_WORDS = ['christmas', 'thanksgiving', 'independence', 'halloween', 'valentine', 'election', 'labor', 'memorial', 'boxing', 'easter'];

/** For each rule (by name), groups of words: the block must hold one word of every group. */
const RULE_NEEDS: Record<string, string[][]> = {
  'month-day-year': [[YEAR_DIGITS], MONTH_WORDS],
  'day-month-year': [[DIGIT], MONTH_WORDS],
  'month-day': [[DIGIT], MONTH_WORDS],
  'month-year': [[YEAR_DIGITS], MONTH_WORDS],
  month: [MONTH_WORDS],
  'numeric-date': [[DIGIT]],
  year: [[YEAR_DIGITS]],
  decade: [[YEAR_DIGITS, TWO_DIGITS, 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
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
  // The direction word is not optional: "two days ago", "a year earlier", "three weeks from now".
  ago: [UNIT_WORDS, ['ago', 'earlier', 'later', 'before', 'after', 'now', 'hence', 'previously']],
  reference: [['now', 'currently', 'nowadays', 'present', 'presently', 'days', 'moment', 'current', 'recently', 'lately', 'recent', 'past', 'future', 'soon', 'coming']],
  weekday: [WEEKDAY_WORDS],
  set: [
    [
      'every',
      'each',
      'per',
      'daily',
      'weekly',
      'monthly',
      'yearly',
      'annually',
      'quarterly',
      'hourly',
      'nightly',
      'biweekly',
      'bimonthly',
      'once',
      'twice',
      'times',
      ...WEEKDAY_WORDS.map((day) => `${day}s`),
      ...WEEKDAY_WORDS,
    ],
  ],
  duration: [UNIT_WORDS],
  clock: [[DIGIT, 'noon', 'midnight', 'midday']],
  holiday: [[...HOLIDAY_WORDS, 'year']],
};

/** Words that count only when capitalized in the text. */
const CAPITALIZED_ONLY = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS, ...HOLIDAY_WORDS]);

// Each distinct group of RULE_NEEDS is a bit; a rule needs the bits of its groups, a word gives the bits of the
// groups it belongs to, and a block holds the union of its words' bits.
const GROUP_BITS = new Map<string, number>();
for (const group of Object.values(RULE_NEEDS).flat()) {
  const key = [...group].sort().join(' ');
  if (!GROUP_BITS.has(key)) GROUP_BITS.set(key, 1 << GROUP_BITS.size);
}
if (GROUP_BITS.size > 31) throw new Error('date rule gate: more word groups than bits');
const groupBit = (group: readonly string[]) => GROUP_BITS.get([...group].sort().join(' '))!;

/** The bits each rule needs (a rule missing here always runs). */
const RULE_BITS = new Map(Object.entries(RULE_NEEDS).map(([rule, groups]) => [rule, groups.reduce((bits, group) => bits | groupBit(group), 0)]));

/** The bits each trigger word (and digit mark) gives. */
const WORD_BITS = new Map<string, number>();
for (const groups of Object.values(RULE_NEEDS)) for (const group of groups) for (const word of group) WORD_BITS.set(word, (WORD_BITS.get(word) ?? 0) | groupBit(group));

const TRIGGER_WORDS = new Set([...WORD_BITS.keys()].filter((word) => word !== DIGIT && word !== YEAR_DIGITS && word !== TWO_DIGITS));
const LONGEST_TRIGGER = Math.max(...[...TRIGGER_WORDS].map((word) => word.length));

/** FNV-1a of a word's lower-case letters: a run is sliced only when its hash is a trigger's. */
function lowerHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ (text.charCodeAt(index) | 0x20), 0x01000193);
  return hash | 0;
}

const TRIGGER_HASHES = new Set([...TRIGGER_WORDS].map((word) => lowerHash(word, 0, word.length)));

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The bits of the trigger words (and digit marks) written in one token's text: its runs of ASCII letters and digits. */
function triggerBits(text: string): number {
  let bits = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isDigit(code)) {
      const start = index;
      while (index < text.length && isDigit(text.charCodeAt(index))) index++;
      bits |= WORD_BITS.get(DIGIT)!;
      const length = index - start;
      if (length === 2) bits |= WORD_BITS.get(TWO_DIGITS)!;
      else if (length === 4 && (code === 0x31 || (code === 0x32 && text.charCodeAt(start + 1) === 0x30))) bits |= WORD_BITS.get(YEAR_DIGITS)!;
      continue;
    }
    if (!isAsciiLetter(code)) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isAsciiLetter(text.charCodeAt(index))) index++;
    if (index - start > LONGEST_TRIGGER || !TRIGGER_HASHES.has(lowerHash(text, start, index))) continue;
    const lower = text.slice(start, index).toLowerCase();
    if (!TRIGGER_WORDS.has(lower)) continue;
    if (CAPITALIZED_ONLY.has(lower) && code >= 0x61) continue; // written in lower case: not a name
    bits |= WORD_BITS.get(lower)!;
  }
  return bits;
}

/**
 * The trigger bits of a block, from its tokens (tokens [first, end)): each written form's bits are read once, kept on its word record.
 * A token holds whole runs of letters and of digits (the tokenizer splits between a letter and a mark, or a
 * digit and a mark, never inside a run, "n't" aside), so the tokens give the runs the block's text gives.
 */
export function blockTriggers(tokens: TokenList, first = 0, end = tokens.length): number {
  let bits = 0;
  for (let index = first; index < end; index++) {
    const word = tokens.word(index);
    bits |= word.dateTriggers ??= triggerBits(word.text);
  }
  return bits;
}

/** False when the rule cannot match a block holding only these triggers. */
export function ruleMayMatch(rule: string, triggers: number): boolean {
  const needs = ruleNeeds(rule);
  return (triggers & needs) === needs;
}

/** The trigger bits a rule needs, all of them (0 for a rule the gate does not know: it may always match). */
export function ruleNeeds(rule: string): number {
  return RULE_BITS.get(rule) ?? 0;
}
