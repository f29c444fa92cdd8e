// Splits a prose block into sentences without splitting inside a quotation: a full stop inside quotation marks
// ends a sentence only when it is the last thing inside the closing mark and a new sentence starts after it.
// Linear in the block's length.

import { partitionPoint } from '../partitionPoint';
import { keepsAbbreviationPeriod, numberFollowsAt } from '../abbreviations';

export interface Range {
  start: number;
  end: number;
}

const CLOSING_AFTER_STOP = /[)\]}"'’”»]/u;
const SENTENCE_START = /[\p{Lu}\p{N}"“‘'«(\[]/u;

function wordBefore(text: string, index: number, floor: number): string {
  // Abbreviations are short: looking back a dozen characters keeps the scan linear on dot-filled input.
  const limit = Math.max(floor, index - 12);
  let start = index;
  while (start > limit && /[\p{L}.]/u.test(text[start - 1])) start--;
  if (start === limit && start > floor && /[\p{L}.]/u.test(text[start - 1])) return '';
  return text.slice(start, index);
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === '') return false;
  return keepsAbbreviationPeriod(word.endsWith('.') ? word.slice(0, -1) : word, numberFollowsAt(text, dot + 1));
}

/**
 * Sentences of the block [start, end). `quoted` are the quotation parts inside it, sorted and disjoint, each
 * [opening mark, closing mark + 1).
 */
export function splitSentences(text: string, start: number, end: number, quoted: readonly Range[]): Range[] {
  const sentences: Range[] = [];
  let sentenceStart = start;
  let quoteIndex = 0;
  for (let index = start; index < end; index++) {
    const char = text[index];
    if (char !== '.' && char !== '!' && char !== '?') continue;
    while (quoteIndex < quoted.length && quoted[quoteIndex].end <= index) quoteIndex++;
    const quote = quoted[quoteIndex];
    let after = index + 1;
    while (after < end && (text[after] === '.' || text[after] === '!' || text[after] === '?')) after++;
    if (quote && quote.start < index && index < quote.end) {
      // Inside a quotation: only a stop right before its closing mark can end the sentence.
      if (after !== quote.end - 1) {
        index = after - 1;
        continue;
      }
    }
    if (char === '.' && isAbbreviation(text, index, sentenceStart)) continue;
    while (after < end && CLOSING_AFTER_STOP.test(text[after])) after++;
    let next = after;
    while (next < end && /\s/u.test(text[next])) next++;
    if (next >= end) break;
    if (next === after || !SENTENCE_START.test(text[next])) {
      index = after - 1;
      continue;
    }
    sentences.push({ start: sentenceStart, end: after });
    sentenceStart = next;
    index = next - 1;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end });
  return sentences;
}

/** The index of the range containing position (ranges sorted and disjoint), or -1. */
export function rangeAt(ranges: readonly Range[], position: number): number {
  const index = partitionPoint(ranges.length, (candidate) => ranges[candidate].end <= position);
  return index < ranges.length && ranges[index].start <= position ? index : -1;
}
