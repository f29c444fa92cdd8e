// The dates a prose block holds, before anchoring, from the paragraph cache when the same block was read before.
// Finding them (33 rules, chrono, the tense of each sentence) reads only the block's own text, its kind and whether
// it is one of the first lines (a date-only line near the top is a dateline); anchoring and resolving read the
// dates of the whole article (taken over after an edit that changed none: datesReuse.ts). A one-character edit then
// finds the dates of one block again, not of all.
import { cacheChecksOn, checkedKept, ParagraphCache } from '../paragraphCache';
import { KeptByPlace } from '../previousText';
import type { Block } from '../types';
import type { Located } from './anchor';

/** Blocks from this index on are read alike (isDateOnlyLine looks at the first four only). */
const TOP_LINES = 4;

// The blocks of two versions of a 400 KB article (about 1,900 blocks each), at most 16 MB: the workspace index's
// analyses pass through too, and the server's peak memory with 3,000 articles indexed must stay under 300 MB. A
// located date costs about 300 bytes with its strings.
const LOCATED_BYTES = 300;
const blockDates = new ParagraphCache<Located[]>(4000, 16 * 1024 * 1024, (key, located) => key.length * 2 + located.length * LOCATED_BYTES);

type Locate = (text: string, block: Block, index: number) => Located[];

/**
 * `locate(text, block, index)` relative to the block's start, from the cache when the same block was read before (so
 * a block that moved is found).
 */
function readBlockDates(text: string, block: Block, index: number, locate: Locate): Located[] {
  const key = `${block.kind}\u0000${Math.min(index, TOP_LINES)}\u0000${text.slice(block.start, block.end)}`;
  const cached = blockDates.get(key);
  if (cached) return cached;
  // 0 - start, not -start: -0 is not a small integer to V8, and one such offset made every offset field that it
  // reached (dates, tokens, quotes, actors) a double field, so optimized code expecting integers kept deoptimizing.
  const relative = shifted(locate(text, block, index), 0 - block.start);
  blockDates.set(key, relative);
  return relative;
}

/** A block's dates kept by its place, with what else they depend on. */
interface PlacedDates {
  kind: Block['kind'];
  top: number;
  relative: Located[];
}

// The previous analysis's blocks by place: a block the edit left alone is found by its offset (previousText.ts), not
// by slicing and hashing its text.
const datesByPlace = new KeptByPlace<PlacedDates>();

/**
 * The dates of the prose blocks of `text`, one block after the other, relative to each block's start as the cache holds
 * them (never to be changed: shifted() makes them the block's own), finding those an edit left alone by place. With
 * the caches on only: the relative dates are what the date layer compares with the previous analysis's
 * (datesReuse.ts), and most are never copied.
 */
export function relativeBlockDatesReader(text: string): (block: Block, index: number, locate: Locate) => readonly Located[] {
  const places = datesByPlace.begin(text);
  return (block, index, locate) => {
    const top = Math.min(index, TOP_LINES);
    const found = places.find(block.start, block.end)?.value;
    if (found !== undefined && found.kind === block.kind && found.top === top) {
      places.keep(block.start, block.end, found);
      if (cacheChecksOn()) checkedKept('block dates', shifted(found.relative, block.start), () => locate(text, block, index));
      return found.relative;
    }
    const relative = readBlockDates(text, block, index, locate);
    places.keep(block.start, block.end, { kind: block.kind, top, relative });
    return relative;
  };
}

/** Fresh copies moved by `by` characters (the cached ones are never handed out: later steps may keep them). */
export function shifted(located: readonly Located[], by: number): Located[] {
  return located.map((item) => ({
    ...item,
    candidate: { ...item.candidate, start: item.candidate.start + by, end: item.candidate.end + by },
    ...(item.sentenceStart === undefined ? {} : { sentenceStart: item.sentenceStart + by }),
  }));
}
