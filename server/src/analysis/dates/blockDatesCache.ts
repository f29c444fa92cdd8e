// The dates a prose block holds, before anchoring, from the paragraph cache when the same block was read before.
// Finding them (33 rules, chrono, the tense of each sentence) reads only the block's own text, its kind and whether
// it is one of the first lines (a date-only line near the top is a dateline); anchoring and resolving read the
// whole article and run every time. A one-character edit then finds the dates of one block again, not of all.
import { ParagraphCache } from '../paragraphCache';
import type { Block } from '../types';
import type { Located } from './anchor';

/** Blocks from this index on are read alike (isDateOnlyLine looks at the first four only). */
const TOP_LINES = 4;

// The blocks of two versions of a 400 KB article (about 1,900 blocks each), at most 16 MB: the workspace index's
// analyses pass through too, and the server's peak memory with 3,000 articles indexed must stay under 300 MB. A
// located date costs about 300 bytes with its strings.
const LOCATED_BYTES = 300;
const blockDates = new ParagraphCache<Located[]>(4000, 16 * 1024 * 1024, (key, located) => key.length * 2 + located.length * LOCATED_BYTES);

/** `locate(text, block, index)`, with offsets relative to the block in the cache, so a block that moved is found. */
export function cachedBlockDates(text: string, block: Block, index: number, locate: (text: string, block: Block, index: number) => Located[]): Located[] {
  const key = `${block.kind}\u0000${Math.min(index, TOP_LINES)}\u0000${text.slice(block.start, block.end)}`;
  const cached = blockDates.get(key);
  if (cached) return shifted(cached, block.start);
  const located = locate(text, block, index);
  // 0 - start, not -start: -0 is not a small integer to V8, and one such offset made every offset field that it
  // reached (dates, tokens, quotes, actors) a double field, so optimized code expecting integers kept deoptimizing.
  blockDates.set(key, shifted(located, 0 - block.start));
  return located;
}

/** Fresh copies moved by `by` characters (the cached ones are never handed out: later steps may keep them). */
function shifted(located: readonly Located[], by: number): Located[] {
  return located.map((item) => ({
    ...item,
    candidate: { ...item.candidate, start: item.candidate.start + by, end: item.candidate.end + by },
    ...(item.sentenceStart === undefined ? {} : { sentenceStart: item.sentenceStart + by }),
  }));
}
