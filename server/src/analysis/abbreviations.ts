// The one list of abbreviations of the analyzer, and the one rule for the period after a short word. Read by the one
// tokenizer (tokens.ts), which keeps an abbreviation's period in its word token: every layer's words and sentences
// (sentences.ts), and the CoNLL export, read those tokens. The quote layer, the date layer and the exporter had a
// list each and disagreed.
//
// The rule, decided once:
// - A word of ABBREVIATIONS ("Mr.", "Corp.", "Sept.", "approx.") keeps its period: it does not end a sentence.
// - A word of WORD_ABBREVIATIONS is also an English word that ends sentences ("no.", "sun.", "wed.", "mar.",
//   "sat."): its period is an abbreviation's only when a number follows ("No. 10", "Mar. 3", "Sat. 14").
// - Letters joined by periods ("U.S.", "e.g.", "a.m.") are one abbreviation with their final period.
// - A single capital letter is an initial ("J. Smith") and keeps its period.
import { startsWithUppercase } from './characters';

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  // police and army ranks ("RCMP Cpl. Lee Park", "Const. Roe", "Pte. Doe", "Det. Insp. Kaye")
  'cpl',
  'cst',
  'const',
  'pte',
  'pvt',
  'det',
  'insp',
  'supt',
  'rev',
  'gov',
  'govs',
  'sen',
  'sens',
  'rep',
  'reps',
  'pres',
  'jr',
  'sr',
  // places
  'st',
  'mt',
  'ft',
  'ave',
  'blvd',
  // organizations
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'bros',
  'dept',
  'univ',
  'assn',
  // months and weekdays that are not words
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'thu',
  'thurs',
  'fri',
  // the rest
  'vs',
  'etc',
  'approx',
  'al',
  'vol',
  'pp',
  'fig',
  'est',
  'ca',
  'cf',
]);

/** Abbreviations that are also words ending sentences: abbreviations only before a number. */
export const WORD_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'mar', 'sun', 'wed', 'sat']);

/** Letters joined by periods, without the final one: "U.S", "e.g", "a.m". */
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

/** True for one capital letter (an initial): /^\p{Lu}$/u. */
function isInitial(word: string): boolean {
  return (word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) && startsWithUppercase(word);
}

/**
 * Whether the period after `word` (given without it, in any case) belongs to the word rather than ending a
 * sentence; `numberFollows` when the next word after the period is a number.
 */
export function keepsAbbreviationPeriod(word: string, numberFollows: boolean): boolean {
  if (word === '') return false;
  if (isInitial(word)) return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (WORD_ABBREVIATIONS.has(lower)) return numberFollows;
  return word.length >= 3 && word.charCodeAt(1) === 0x2e && DOTTED_LETTERS.test(word);
}

/** True when the first thing after `from` (spaces skipped, a few at most) is an ASCII digit. */
export function numberFollowsAt(text: string, from: number, limit = text.length): boolean {
  let index = from;
  while (index < limit && index < from + 4 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0xa0)) index++;
  if (index >= limit) return false;
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

/** A word of WORD_ABBREVIATIONS written with its period ("No.", "Mar."): what it is when a number follows. */
export function isWordAbbreviation(word: string): boolean {
  return word.length > 1 && word.charCodeAt(word.length - 1) === 0x2e && WORD_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}
