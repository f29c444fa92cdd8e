// Which sentences of two versions of a story tell the same thing: their content words (numbers and dates set
// aside, so "three packages" and "four packages" still match) mostly agree. The date and number comparisons
// look for what differs inside such pairs.
import { sentenceSpans } from '../analysis/sentences';
import { tokenize } from '../analysis/tokens';
import { proseBlocks } from '../analysis/structure';
import type { Block } from '../analysis/types';
import type { TextSpan } from './compareTypes';

export interface Sentence extends TextSpan {
  /** Lower-case content words, numbers left out. */
  words: Set<string>;
}

// Function words carry no sign of what a sentence is about.
const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for from with and or but as is are was were be been has have had it its this that these those which who whom whose will would could should may might can not no than then there their they them he she his her we our you your i me my also into over after before about such so'.split(
    ' ',
  ),
);

/** Number words, left out of sentence matching like digits (they are what may differ). */
export const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions half'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word) && !NUMBER_WORDS.has(word) && !/\p{N}/u.test(word)));
}

/** The sentences of an article's prose (headline, dateline, paragraphs). */
export function sentencesOf(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  // The analyzer's tokenizer, without its paragraph cache: comparing two articles keeps nothing.
  for (const block of proseBlocks(blocks)) {
    for (const { start, end } of sentenceSpans(tokenize(text, block.start, block.end))) {
      sentences.push({ start, end, text: text.slice(start, end), words: contentWords(text.slice(start, end)) });
    }
  }
  return sentences;
}

/** Dice coefficient of the content words: 1 for the same words, 0 for none shared. */
export function sentenceSimilarity(a: Sentence, b: Sentence): { score: number; shared: number } {
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  const total = a.words.size + b.words.size;
  return { score: total === 0 ? 0 : (2 * shared) / total, shared };
}

/** Least similarity and content words in common for two sentences to tell the same thing. */
const MATCH_SCORE = 0.5;
const MATCH_SHARED = 4;

/** Pairs of matching sentences, each sentence in at most one pair, best matches first. */
export function matchSentences(a: readonly Sentence[], b: readonly Sentence[]): [Sentence, Sentence][] {
  const candidates: { a: number; b: number; score: number }[] = [];
  a.forEach((sentenceA, indexA) => {
    b.forEach((sentenceB, indexB) => {
      const { score, shared } = sentenceSimilarity(sentenceA, sentenceB);
      if (score >= MATCH_SCORE && shared >= MATCH_SHARED) candidates.push({ a: indexA, b: indexB, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [Sentence, Sentence][] = [];
  for (const candidate of candidates) {
    if (usedA.has(candidate.a) || usedB.has(candidate.b)) continue;
    usedA.add(candidate.a);
    usedB.add(candidate.b);
    pairs.push([a[candidate.a], b[candidate.b]]);
  }
  return pairs.sort((x, y) => x[0].start - y[0].start);
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
