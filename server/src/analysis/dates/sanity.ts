// Dates that cannot all be true, as a fact-checker reads them: a weekday that does not fall on its date
// ("Tuesday, March 5, 2025": a Wednesday), a relative date beside a written one that the article's own date
// contradicts ("yesterday, Nov 27" in an article dated Nov 29), and an event told in the past tense dated after
// the article's date. Each is a Problem (code in ProblemCode) with the date it is about.
import type { DateAnnotation, Problem } from '../types';
import type { Located } from './anchor';
import { compareDays, dayValue, parseDay, weekdayOf, type Day } from './calendar';
import { WEEKDAYS } from './lexicon';
import type { Anchor } from './resolve';

export const WEEKDAY_MISMATCH = 'weekday-mismatch';
export const RELATIVE_DATE_MISMATCH = 'relative-date-mismatch';
export const PAST_EVENT_AFTER_ARTICLE = 'past-event-after-article-date';

/** The codes of the date sanity problems (their severity has its own setting). */
export const DATE_SANITY_CODES: ReadonlySet<string> = new Set([WEEKDAY_MISMATCH, RELATIVE_DATE_MISMATCH, PAST_EVENT_AFTER_ARTICLE]);

const WEEKDAY_WORD = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?/i;

const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);

/** The weekday `weekday` (0 Sunday) written the way `written` is: full or abbreviated, its case, its dot. */
export function weekdayLike(written: string, weekday: number): string {
  const bare = written.replace(/\.$/, '');
  // Full names have six letters or more ("Monday"); abbreviations three or four ("Tue", "Tues").
  let word = bare.length >= 6 ? WEEKDAYS[weekday] : WEEKDAYS[weekday].slice(0, 3);
  if (bare.length > 1 && bare === bare.toUpperCase()) word = word.toUpperCase();
  else if (bare[0] === bare[0].toUpperCase()) word = capitalized(word);
  return word + (written.endsWith('.') ? '.' : '');
}

/** The weekday word inside a date's text, as an offset span. */
export function weekdayWordIn(text: string, date: { start: number; end: number }): { start: number; end: number; word: string } | undefined {
  const match = WEEKDAY_WORD.exec(text.slice(date.start, date.end));
  if (!match) return undefined;
  const word = match[0];
  return { start: date.start + match.index, end: date.start + match.index + word.length, word };
}

const dayName = (day: Day) => capitalized(WEEKDAYS[weekdayOf(day)]);

/** A day value's Day ("2025-11-27", also with a time part), undefined for coarser values. */
const dayOf = (value: string) => parseDay(value.replace(/T.*$/, ''));

function weekdayProblems(text: string, items: readonly { item: Located; date: DateAnnotation }[]): Problem[] {
  const problems: Problem[] = [];
  for (const { item, date } of items) {
    const spec = item.candidate.spec;
    if (spec.type !== 'explicit' || spec.weekday === undefined || spec.day === undefined) continue;
    // A year that had to be inferred may be what is wrong, not the weekday.
    if (date.anchoring === 'inferred-year' || date.anchoring === 'unanchored') continue;
    const day = dayOf(date.value);
    if (!day || weekdayOf(day) === spec.weekday) continue;
    const written = weekdayWordIn(text, date);
    if (!written) continue;
    problems.push({
      code: WEEKDAY_MISMATCH,
      start: written.start,
      end: written.end,
      message: `"${written.word}" does not match ${date.text.slice(written.end - date.start).replace(/^[\s,.]+/, '') || dayValue(day)}: ${dayValue(day)} is a ${dayName(day)}.`,
      annotationId: date.id,
    });
  }
  return problems;
}

const RELATIVE_DAY = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'last night']);
/** What may stand between two names of one day: "yesterday, Nov 27", "Nov 27 (yesterday)", "yesterday — on Nov 27". */
const BETWEEN_NAMES = /^[^\S\n]*(?:,|\(|–|—|-|on)[^\S\n]*(?:on[^\S\n]+)?$/i;

function isRelativeDay(item: Located): boolean {
  const spec = item.candidate.spec;
  return spec.type === 'shift' && spec.unit === 'day' && !spec.anaphoric && RELATIVE_DAY.has(item.text.toLowerCase().replace(/^the day (?:before|after)\s+/, ''));
}

function relativeProblems(text: string, items: readonly { item: Located; date: DateAnnotation }[], anchor: Anchor): Problem[] {
  if (!anchor.day) return [];
  const problems: Problem[] = [];
  for (let index = 0; index + 1 < items.length; index++) {
    const [first, second] = [items[index], items[index + 1]];
    if (!BETWEEN_NAMES.test(text.slice(first.date.end, second.date.start))) continue;
    const [relative, written] = isRelativeDay(first.item) ? [first, second] : isRelativeDay(second.item) ? [second, first] : [undefined, undefined];
    if (!relative || !written || isRelativeDay(written.item)) continue;
    const relativeDay = dayOf(relative.date.value);
    const spec = written.item.candidate.spec;
    if (!relativeDay || spec.type !== 'explicit' || spec.day === undefined) {
      // A bare weekday beside it ("yesterday (Wednesday)") must be that day's weekday.
      if (!relativeDay || spec.type !== 'weekday' || spec.weekday === weekdayOf(relativeDay)) continue;
    } else {
      const writtenDay = dayOf(written.date.value);
      if (!writtenDay || compareDays(writtenDay, relativeDay) === 0) continue;
    }
    problems.push({
      code: RELATIVE_DATE_MISMATCH,
      start: first.date.start,
      end: second.date.end,
      message: `"${relative.date.text}" is ${dayName(relativeDay)} ${dayValue(relativeDay)} for an article dated ${dayValue(anchor.day)}, but it is written beside "${written.date.text}" (${written.date.value}).`,
      annotationId: relative.date.id,
    });
  }
  return problems;
}

/** The article's date, its month or its year, to compare a value of that granularity with. */
function laterThanArticle(value: string, article: Day): boolean | undefined {
  const day = dayOf(value);
  if (day) return compareDays(day, article) > 0;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) * 12 + Number(month[2]) > article.year * 12 + article.month;
  const year = /^(\d{4})$/.exec(value);
  if (year) return Number(year[1]) > article.year;
  return undefined;
}

/** A preposition that makes a date the time of its clause's event. */
const EVENT_TIME_BEFORE = /\b(?:on|in|at|during)\s+$/i;

function pastAfterArticleProblems(text: string, items: readonly { item: Located; date: DateAnnotation }[], anchor: Anchor): Problem[] {
  // Only against a date the article states (front matter, dateline) or the user gave: an inferred one was itself
  // read from these tenses.
  if (!anchor.day || anchor.source === 'inferred' || anchor.source === 'none') return [];
  const problems: Problem[] = [];
  for (const { item, date } of items) {
    if (item.tense !== 'past' || item.inDateline || date.kind !== 'date' || date.anchoring !== 'absolute') continue;
    // The date must be when the event happened ("finished on December 3"), not a date named in passing
    // ("notes due March 1", "by 1992 it intended", "its 1990 earnings").
    if (!EVENT_TIME_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start))) continue;
    if (date.mod && date.mod !== 'APPROX' && date.mod !== 'EQUAL_OR_LESS') continue;
    if (!laterThanArticle(date.value, anchor.day)) continue;
    problems.push({
      code: PAST_EVENT_AFTER_ARTICLE,
      start: date.start,
      end: date.end,
      message: `"${date.text}" (${date.value}) is after the article's date ${dayValue(anchor.day)}, yet the sentence tells it in the past tense.`,
      annotationId: date.id,
    });
  }
  return problems;
}

/** The date sanity problems of an article's dates (`items`: each located expression with its annotation, in text order). */
export function dateSanityProblems(text: string, items: readonly { item: Located; date: DateAnnotation }[], anchor: Anchor): Problem[] {
  return [...weekdayProblems(text, items), ...relativeProblems(text, items, anchor), ...pastAfterArticleProblems(text, items, anchor)];
}
