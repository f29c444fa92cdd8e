// The date layer: finds date and time expressions in the prose blocks, chooses the article's reference date
// (front matter, dateline, caller's date, or a year inferred from the article) and normalizes each
// expression to a TIMEX3 value at its own granularity (datesOfLocated.ts).
import { proseBlocks } from '../structure';
import type { Block } from '../types';
import type { Located } from './anchor';
import { relativeBlockDatesReader } from './blockDatesCache';
import { joinNeighbours, settleOverlaps } from './combine';
import { datesOfLocated, type DateLayer, type DateOptions } from './datesOfLocated';
import { datesReusing } from './datesReuse';
import { chronoCandidates } from './fallback';
import { recognize } from './rules';
import type { Candidate } from './spec';
import { tenseAt } from './tense';
import { documentTokens, type DocumentTokens } from '../documentTokens';
import { paragraphCachesEnabled } from '../paragraphCache';
import { sentenceStartsInto } from '../sentences';
import { isSpaceCode } from '../characters';
import { EMPTY_TOKENS, type TokenList } from '../tokenList';

export type { DateLayer, DateOptions } from './datesOfLocated';

/** A block near the top that holds nothing but a date ("March 01, 2008") serves as the dateline. */
function isDateOnlyLine(text: string, block: Block, candidates: readonly Candidate[], index: number): boolean {
  if (index > 3 || candidates.length !== 1) return false;
  // (the characters left when /[\s,.\-–—|:()]/g is taken out of the block around the date, counted without copies)
  return restLength(text, block.start, candidates[0].start) + restLength(text, candidates[0].end, block.end) <= 3;
}

/** text.slice(from, to).replace(/[\s,.\-–—|:()]/g, '').length */
function restLength(text: string, from: number, to: number): number {
  let length = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2c || code === 0x2e || code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x7c || code === 0x3a || code === 0x28 || code === 0x29) continue;
    if (!isSpaceCode(code)) length++;
  }
  return length;
}

// tenseAt()'s two sets of options, made once (it only reads them).
const STRONG_ONLY = { strongOnly: true };
const ALL_CUES = { strongOnly: false };

/** locateInBlock()'s sentence starts, one array for every call (nothing it calls reads sentence starts). */
const LOCATE_STARTS: number[] = [];

/**
 * The dates of one prose block before anchoring (reads the block's text, its tokens (which depend on its text
 * alone), its kind, and whether it is near the top).
 */
function locateInBlock(text: string, block: Block, index: number, tokens: TokenList, first: number, end: number): Located[] {
  const located: Located[] = [];
  const ours = recognize(text, block.start, block.end, tokens, first, end);
  const chronos = chronoCandidates(text, block.start, block.end, ours);
  if (ours.length === 0 && chronos.length === 0) return located; // most blocks: no date, nothing to settle
  const candidates = joinNeighbours(text, settleOverlaps(chronos.length === 0 ? ours : ours.length === 0 ? chronos : [...ours, ...chronos]));
  if (candidates.length === 0) return located; // most blocks: no sentences to split
  // The sentences by their first tokens' indices; only those holding a date are copied out (for tenseAt).
  const starts = LOCATE_STARTS;
  const startCount = sentenceStartsInto(starts, tokens, first, end);
  const dateOnly = isDateOnlyLine(text, block, candidates, index);
  // candidates come in text order, so the sentence holding each one is found by walking forward
  let sentenceIndex = 0;
  let sentence: TokenList | undefined;
  for (const candidate of candidates) {
    while (sentenceIndex < startCount - 1 && tokens.start(starts[sentenceIndex + 1]) <= candidate.start) {
      sentenceIndex++;
      sentence = undefined;
    }
    sentence ??= startCount === 0 ? EMPTY_TOKENS : tokens.slice(starts[sentenceIndex], sentenceIndex + 1 < startCount ? starts[sentenceIndex + 1] : end);
    located.push({
      candidate,
      // Bare weekdays in news are mostly days just past: only a firm future ("will", "plans") turns them ahead.
      tense: tenseAt(text, sentence, candidate.start, candidate.end, candidate.spec.type === 'weekday' || candidate.spec.type === 'weekend' ? STRONG_ONLY : ALL_CUES),
      text: text.slice(candidate.start, candidate.end),
      inDateline: block.kind === 'dateline' || dateOnly,
      sentenceStart: sentence.length > 0 ? sentence.start(0) : block.start,
    });
  }
  return located;
}

/**
 * Finds and normalizes the dates of the prose blocks against the article's own reference date (`document`: the
 * tokens of the prose blocks, when the caller has them already).
 */
export function findDates(text: string, blocks: readonly Block[], options: DateOptions, document?: DocumentTokens): DateLayer {
  // The document's tokens are read only for a block that is not in the block cache.
  let tokens = document;
  // (the block's tokens by their place in the document's: a copy per block was garbage, and most blocks hold no date)
  const locate = (text: string, block: Block, index: number) => {
    const all = (tokens ??= documentTokens(text, blocks));
    const first = all.firstFrom(block.start);
    return locateInBlock(text, block, index, all.tokens, first, all.endWithin(first, block.end));
  };
  const prose = proseBlocks(blocks);
  if (!paragraphCachesEnabled()) {
    const located: Located[] = [];
    for (let index = 0; index < prose.length; index++) located.push(...locate(text, prose[index], index));
    return datesOfLocated(text, located, options).layer;
  }
  // (each block's dates as the cache holds them: after an edit that changed none, the previous layer, datesReuse.ts)
  const readBlock = relativeBlockDatesReader(text);
  const relative: (readonly Located[])[] = new Array(prose.length);
  for (let index = 0; index < prose.length; index++) relative[index] = readBlock(prose[index], index, locate);
  return datesReusing(text, prose, relative, options);
}
