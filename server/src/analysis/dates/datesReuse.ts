// The date layer of an edited document taken over from the previous analysis when the edit changed none of its
// dates. Anchoring and resolving (datesOfLocated.ts) read the located dates in order and the options, nothing else:
// not the text between the dates, not their places, except to tell whether two dates stand in one sentence (a bare
// clock time takes the day its sentence named last). So when every located date reads as before (its block's dates
// as the block cache holds them, relative to the block: the same object for a block the edit left alone) and each
// stands in the same sentence as the one before it exactly when it did, each date resolves as it did; only its
// place is new. The sanity problems read the text around the dates and are read again. In test mode each layer
// taken over is compared with one resolved afresh (checkedKept).
import type { Located } from './anchor';
import { datesOfLocated, referenceOf, type DateLayer, type DateOptions } from './datesOfLocated';
import { explainInferredYear } from './inferredYear';
import type { Anchor } from './resolve';
import { dateSanityProblems } from './sanity';
import { shifted } from './blockDatesCache';
import { checkedKept, KeptLatest } from '../paragraphCache';
import { textAlignmentOf } from '../previousText';
import type { Block, DateAnnotation, Problem } from '../types';

/** What a date of the previous layer is, its place apart (a copy of its own: the layer handed out may be corrected in place). */
interface DateMade {
  id: string;
  value: string;
  kind: DateAnnotation['kind'];
  granularity: DateAnnotation['granularity'];
  anchoring: DateAnnotation['anchoring'];
  mod: DateAnnotation['mod'];
  note: string | undefined;
}

/** The latest date layer: what it read and what it made. */
interface KeptDates {
  text: string;
  referenceDate: string | undefined;
  frontMatterDate: string | undefined;
  /** The located dates in text order, each relative to its block's start (as the block cache holds them). */
  items: readonly Located[];
  /** Each one's block start. */
  blockStarts: Int32Array;
  anchor: Anchor;
  /** In step with items. */
  made: readonly DateMade[];
}

const kept = new KeptLatest<KeptDates>();
/** How many date layers were taken over so far (for the tests). */
let takenOver = 0;

/** How many date layers datesReusing() took over from the previous analysis so far. */
export function datesTakenOver(): number {
  return takenOver;
}

/**
 * The date layer of the prose `blocks`, whose dates `relative[index]` holds for block `index` (relative to the
 * block's start), taken over from the previous analysis where it can be. With the caches on only.
 */
export function datesReusing(text: string, blocks: readonly Block[], relative: readonly (readonly Located[])[], options: DateOptions): DateLayer {
  let count = 0;
  for (const dates of relative) count += dates.length;
  const items: Located[] = new Array(count);
  const blockStarts = new Int32Array(count);
  let at = 0;
  for (let index = 0; index < blocks.length; index++) {
    for (const item of relative[index]) {
      items[at] = item;
      blockStarts[at++] = blocks[index].start;
    }
  }
  const previous = kept.value;
  if (
    previous !== undefined &&
    (previous.text === text || previous.text === textAlignmentOf(text).previous) &&
    previous.referenceDate === options.referenceDate &&
    previous.frontMatterDate === options.frontMatterDate &&
    sameDates(previous, items, blockStarts)
  ) {
    takenOver++;
    kept.value = { ...previous, text, items, blockStarts };
    return checkedKept('date layer', layerAgain(text, previous, items, blockStarts), () => datesOfLocated(text, absolute(blocks, relative), options).layer);
  }
  const { layer, anchor } = datesOfLocated(text, absolute(blocks, relative), options);
  kept.value = { text, referenceDate: options.referenceDate, frontMatterDate: options.frontMatterDate, items, blockStarts, anchor, made: layer.dates.map(madeOf) };
  return layer;
}

/** The located dates at their places in the text (copies: the relative ones are the cache's). */
function absolute(blocks: readonly Block[], relative: readonly (readonly Located[])[]): Located[] {
  const located: Located[] = [];
  for (let index = 0; index < blocks.length; index++) if (relative[index].length > 0) located.push(...shifted(relative[index], blocks[index].start));
  return located;
}

function madeOf(date: DateAnnotation): DateMade {
  return { id: date.id, value: date.value, kind: date.kind, granularity: date.granularity, anchoring: date.anchoring, mod: date.mod, note: date.note };
}

/**
 * Whether the located dates read as the previous layer's, their places apart, and each stands in the sentence of the
 * one before it exactly when its counterpart did (the sentences hold the dates in order, so this tells every two
 * dates that share a sentence).
 */
function sameDates(previous: KeptDates, items: readonly Located[], blockStarts: Int32Array): boolean {
  const earlier = previous.items;
  if (earlier.length !== items.length) return false;
  const earlierStarts = previous.blockStarts;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const before = earlier[index];
    if (item !== before && !sameApartFromPlace(item, before)) return false;
    if (index > 0) {
      const sameSentence = sentenceOf(item, blockStarts[index]) === sentenceOf(items[index - 1], blockStarts[index - 1]);
      const sameSentenceBefore = sentenceOf(before, earlierStarts[index]) === sentenceOf(earlier[index - 1], earlierStarts[index - 1]);
      if (sameSentence !== sameSentenceBefore) return false;
    }
  }
  return true;
}

/** Where the sentence of a located date starts in the text (relative to `blockStart` as it is kept). */
function sentenceOf(item: Located, blockStart: number): number {
  return item.sentenceStart === undefined ? -1 : blockStart + item.sentenceStart;
}

/** Two located dates alike in every field but their places (the candidate's start and end, the sentence's start). */
function sameApartFromPlace(a: Located, b: Located): boolean {
  return sameFields(a, b, PLACE_OF_LOCATED) && sameFields(a.candidate, b.candidate, PLACE_OF_CANDIDATE);
}

const PLACE_OF_LOCATED = new Set(['sentenceStart']);
const PLACE_OF_CANDIDATE = new Set(['start', 'end']);
const NO_KEYS = new Set<string>();

/**
 * Whether two records have the same keys with the same values, `skipped` keys apart; a value that is an object (a
 * candidate, its spec: flat records of numbers, strings and booleans) compared the same way, one level down.
 */
function sameFields(a: object, b: object, skipped: ReadonlySet<string>): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    keys++;
    if (skipped.has(key)) continue;
    const value = left[key];
    const other = right[key];
    if (value === other) continue;
    if (typeof value !== 'object' || typeof other !== 'object' || value === null || other === null) return false;
    // (the candidate is compared by the caller, with its own places skipped)
    if (key === 'candidate') continue;
    if (!sameFields(value, other, NO_KEYS)) return false;
  }
  for (const _key in right) keys--;
  return keys === 0;
}

/** The previous layer's dates at the places of `items`, with the problems read again. */
function layerAgain(text: string, previous: KeptDates, items: readonly Located[], blockStarts: Int32Array): DateLayer {
  const dates: DateAnnotation[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const made = previous.made[index];
    const start = blockStarts[index] + item.candidate.start;
    // (the fields in the order datesOfLocated writes them)
    const date: DateAnnotation = {
      id: made.id,
      start,
      end: start + (item.candidate.end - item.candidate.start),
      text: item.text,
      value: made.value,
      kind: made.kind,
      granularity: made.granularity,
      anchoring: made.anchoring,
    };
    if (made.mod !== undefined) date.mod = made.mod;
    if (made.note !== undefined) date.note = made.note;
    dates[index] = date;
  }
  const anchor = previous.anchor;
  const problems: Problem[] = [];
  // (the notes it writes are the ones kept; the problem is on the date that explains the year, at its new place)
  if (anchor.source === 'inferred') {
    const inDateline = new Set<string>();
    for (let index = 0; index < items.length; index++) if (items[index].inDateline) inDateline.add(dates[index].id);
    const inferredYear = explainInferredYear(dates, anchor, inDateline);
    if (inferredYear) problems.push(inferredYear);
  }
  const paired: { item: Located; date: DateAnnotation }[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) paired[index] = { item: items[index], date: dates[index] };
  problems.push(...dateSanityProblems(text, paired, anchor));
  return { dates, referenceDate: referenceOf(anchor), problems };
}
