// The quote layer's sentences: the document's, read from its tokens (sentences.ts), without a break inside a
// quotation.

import { firstEndingAfter } from '../partitionPoint';
import { sentenceStartsInto } from '../sentences';
import type { TokenList } from '../tokenList';

export interface Range {
  start: number;
  end: number;
}

/**
 * Sentences of a block, from its tokens: the document's sentences (sentences.ts), less the breaks inside a
 * quotation. `quoted` are the quotation parts inside the block, sorted and disjoint, each [opening mark, closing
 * mark + 1): a break at a token inside one is dropped, so a full stop inside quotation marks ends a sentence only
 * when it is the last thing inside the closing mark ("“We stay.” Then …"). Linear in the block's tokens.
 */
/** splitSentences()'s sentence starts, one array for every call (read at once, before it returns). */
const SPLIT_STARTS: number[] = [];

export function splitSentences(tokens: TokenList, block: Range, quoted: readonly Range[]): Range[] {
  const sentences: Range[] = [];
  let sentenceStart = block.start;
  let quoteIndex = 0;
  const starts = SPLIT_STARTS;
  const count = sentenceStartsInto(starts, tokens);
  for (let index = 0; index < count; index++) {
    const first = starts[index];
    const start = tokens.start(first);
    if (start <= sentenceStart) continue;
    while (quoteIndex < quoted.length && quoted[quoteIndex].end <= start) quoteIndex++;
    const quote = quoted[quoteIndex];
    if (quote && quote.start < start) continue; // inside a quotation
    sentences.push({ start: sentenceStart, end: tokens.end(first - 1) });
    sentenceStart = start;
  }
  if (sentenceStart < block.end) sentences.push({ start: sentenceStart, end: block.end });
  return sentences;
}

/** The index of the range containing position (ranges sorted and disjoint), or -1. */
export function rangeAt(ranges: readonly Range[], position: number): number {
  const index = firstEndingAfter(ranges, position);
  return index < ranges.length && ranges[index].start <= position ? index : -1;
}
