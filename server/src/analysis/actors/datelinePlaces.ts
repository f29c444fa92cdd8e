// A dateline names where the story was filed: "NEW YORK 2026-05-04", "HARBOR CITY, May 4 (AP) -", "PORTO,
// Portugal, May 4 -". The names before its date are places, whatever the tagger read in them (on the sports pages it
// takes a town for its team; a dateline's town is never the team).
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { CALENDAR_WORD, joinedWords, type NameMention } from './mentions';
import { byStart } from '../spanOrder';
import { startsWithUppercase } from '../characters';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Place names of one dateline at most: "CITY, Region, Country". */
const MAX_PLACE_PARTS = 3;
/** Words of one place name at most. */
const MAX_PLACE_WORDS = 5;
/**
 * How many tokens after a dateline's opening typeDatelinePlaces() reads at most: each place name's words and the comma
 * after it, then a date of two tokens.
 */
export const DATELINE_TOKENS_READ = MAX_PLACE_PARTS * (MAX_PLACE_WORDS + 1) + 2;

function isNameWord(word: Word | undefined): boolean {
  // (the capital told from the character code first: most line openings are ASCII, and most tokens after them words
  // in lower case, which no expression need read)
  return word !== undefined && startsWithUppercase(word.norm) && !CALENDAR_WORD.test(word.norm);
}

/** True when a month name and a day ("May 4", "4 May") or an ISO date starts at `index`. */
function dateAt(tokens: TokenList, index: number): boolean {
  const word = tokens.wordAt(index);
  if (!word) return false;
  if (ISO_DATE.test(word.norm)) return true;
  return (isMonth(word) && isDay(tokens.wordAt(index + 1))) || (isDay(word) && isMonth(tokens.wordAt(index + 1)));
}

function isMonth(word: Word | undefined): boolean {
  // (CALENDAR_WORD leaves "May" out, a name and a verb as often; before or after a day it is the month)
  return word !== undefined && (CALENDAR_WORD.test(word.norm) || /^(?:May|MAY)$/.test(word.norm));
}

function isDay(word: Word | undefined): boolean {
  return word !== undefined && /^\d{1,2}$/.test(word.norm);
}

/**
 * The token range [first, last] of the place names of a dateline that opens the line at `start`, if there is one.
 * `reach.to`, when given: the last token read to tell (the one after the token it stopped at, at most).
 */
function datelinePlaceRange(tokens: TokenList, start: number, reach?: { to: number }): [number, number] | undefined {
  let index = start;
  let range: [number, number] | undefined;
  for (let part = 0; part < MAX_PLACE_PARTS; part++) {
    const first = index;
    while (isNameWord(tokens.wordAt(index)) && (index === start || !tokens.lineStart(index)) && index - first < MAX_PLACE_WORDS) index++;
    if (index === first) break;
    if (tokens.wordAt(index)?.norm === ',') index++;
    if (dateAt(tokens, index)) {
      range = [start, index - 1];
      break;
    }
    if (tokens.wordAt(index - 1)?.norm !== ',') break;
  }
  if (reach) reach.to = index + 1;
  return range;
}

/**
 * The last token the reading of a dateline opening at `start` reads, and the last of the place names found there
 * (-1 when there is no dateline): namedMentions.ts tells from them whether an edit changed what the reading read.
 */
export function datelineReach(tokens: TokenList, start: number): { readTo: number; namesTo: number } {
  const reach = { to: start };
  const range = datelinePlaceRange(tokens, start, reach);
  return { readTo: reach.to, namesTo: range ? range[1] : -1 };
}

/** The tokens a dateline may open: a capitalized word opening its line (read from the tokens given alone). */
export function datelineOpenings(tokens: TokenList): number[] {
  const openings: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (tokens.lineStart(index) && isNameWord(tokens.word(index))) openings.push(index);
  return openings;
}

/**
 * The mentions with those inside a dateline's place names typed as places, and the dateline's place names that the
 * tagger left out (an all-capital town it did not know: "OSTERVIK, Norway 2026-05-04") added as places. `openings`:
 * datelineOpenings(tokens), when the caller has them (an edit keeps each paragraph's).
 */
export function typeDatelinePlaces(tokens: TokenList, mentions: readonly NameMention[], openings: readonly number[] = datelineOpenings(tokens)): NameMention[] {
  const ranges: [number, number][] = [];
  for (const index of openings) {
    const range = datelinePlaceRange(tokens, index);
    if (range) ranges.push(range);
  }
  if (ranges.length === 0) return mentions.slice();
  // A mention lies inside some range when, of the ranges starting at or before it, the one reaching furthest reaches
  // its end: one binary search per mention (testing every range for every mention was quadratic in a long article
  // of many datelines).
  const byStartOfRange = [...ranges].sort(byFirst);
  const reach: number[] = [];
  for (const [, last] of byStartOfRange) reach.push(Math.max(last, reach.length > 0 ? reach[reach.length - 1] : -1));
  // (a loop and a binary search written out: a closure per mention for partitionPoint was most of this step's time;
  // the mentions copied once, whole, at the first one retyped: an array grown a mention at a time was three copies)
  let typed: NameMention[] | undefined;
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    const startingBefore = rangesStartingBy(byStartOfRange, mention.first);
    if (startingBefore > 0 && reach[startingBefore - 1] >= mention.last) (typed ??= mentions.slice())[at] = { ...mention, type: 'place' as const, dateline: true as const };
  }
  typed ??= mentions.slice();
  const parts: NameMention[] = [];
  for (const [first, last] of ranges) for (const part of placeParts(tokens, first, last)) parts.push(part);
  if (parts.length === 0) return typed;
  // (a flag per token, in memory kept from call to call and cleared after: a new array per token of a long article,
  // made on every edit, was most of this step's garbage)
  const count = tokens.length;
  if (taggedScratch.length < count) taggedScratch = new Uint8Array(count + (count >> 2));
  const tagged = taggedScratch.subarray(0, count);
  for (const mention of mentions) tagged.fill(1, mention.first, mention.last + 1);
  const untagged = parts.filter((part) => !tagged.subarray(part.first, part.last + 1).includes(1));
  tagged.fill(0);
  return untagged.length ? [...typed, ...untagged].sort(byStart) : typed;
}

/** The flags of typeDatelinePlaces, all 0 between calls. */
let taggedScratch = new Uint8Array(0);

/** The all-capital place names of a dateline's range, one per part between commas. */
function placeParts(tokens: TokenList, first: number, last: number): NameMention[] {
  const parts: NameMention[] = [];
  let partFirst = first;
  for (let index = first; index <= last + 1; index++) {
    if (index <= last && tokens.norm(index) !== ',') continue;
    // Only all-capital names, as wire datelines write their town: a sentence opening with "On May 4" is no dateline.
    if (index > partFirst && !hasLowercase(tokens, partFirst, index)) {
      parts.push({
        type: 'place',
        first: partFirst,
        last: index - 1,
        start: tokens.start(partFirst),
        end: tokens.end(index - 1),
        text: joinedWords(tokens, partFirst, index - 1),
        dateline: true,
      });
    }
    partFirst = index + 1;
  }
  return parts;
}

/** Whether a token of [from, to) has a lower-case letter. */
function hasLowercase(tokens: TokenList, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (/\p{Ll}/u.test(tokens.norm(index))) return true;
  return false;
}

/** How many of `ranges` (sorted by their first token) start at or before `first`. */
function rangesStartingBy(ranges: readonly (readonly [number, number])[], first: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle][0] <= first) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byFirst(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0];
}
