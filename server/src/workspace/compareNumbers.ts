// Numbers that differ between matching sentences of two versions of a story ("three packages" / "four
// packages"). Dates are compared apart (compareDates.ts), so digits inside dates are left out here.
import type { Annotations } from '../analysis/types';
import type { NumberDifference, TextSpan } from './compareTypes';
import { NUMBER_WORDS, type Sentence } from './compareSentences';

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

interface NumberToken {
  span: TextSpan;
  /** The value to compare: digits without separators, or the word ("three" is "3"). */
  value: string;
  /** The word after it ("packages"), which tells what is counted. */
  counted: string;
}

const NUMBER = /\p{N}[\p{N},.]*\p{N}%?|\p{N}%?|\p{L}+/gu;

function numbersIn(text: string, sentence: Sentence, dateSpans: readonly { start: number; end: number }[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  const body = sentence.text;
  NUMBER.lastIndex = 0;
  const words = [...body.matchAll(NUMBER)];
  words.forEach((match, index) => {
    const word = match[0];
    const lower = word.toLowerCase();
    const isDigits = /^\p{N}/u.test(word);
    if (!isDigits && !NUMBER_WORDS.has(lower)) return;
    const start = sentence.start + match.index!;
    const end = start + word.length;
    if (dateSpans.some((date) => start < date.end && end > date.start)) return;
    const small = SMALL_NUMBERS.indexOf(lower);
    const value = small >= 0 ? String(small) : isDigits ? word.replace(/[,]/g, '') : lower;
    tokens.push({ span: { start, end, text: text.slice(start, end) }, value, counted: (words[index + 1]?.[0] ?? '').toLowerCase() });
  });
  return tokens;
}

export function compareNumbers(
  textA: string,
  annotationsA: Annotations,
  textB: string,
  annotationsB: Annotations,
  sentencePairs: readonly [Sentence, Sentence][],
): NumberDifference[] {
  const differences: NumberDifference[] = [];
  for (const [sentenceA, sentenceB] of sentencePairs) {
    const numbersA = numbersIn(textA, sentenceA, annotationsA.dates);
    const numbersB = numbersIn(textB, sentenceB, annotationsB.dates);
    const unmatchedA = numbersA.filter((a) => !numbersB.some((b) => b.value === a.value));
    const unmatchedB = numbersB.filter((b) => !numbersA.some((a) => a.value === b.value));
    const usedB = new Set<NumberToken>();
    const pairs: [NumberToken, NumberToken][] = [];
    // What is counted pairs them ("three packages" / "four packages"); else a lone number on each side.
    for (const a of unmatchedA) {
      const b = unmatchedB.find((candidate) => !usedB.has(candidate) && candidate.counted === a.counted && a.counted !== '');
      if (b) {
        usedB.add(b);
        pairs.push([a, b]);
      }
    }
    const restA = unmatchedA.filter((a) => !pairs.some(([paired]) => paired === a));
    const restB = unmatchedB.filter((b) => !usedB.has(b));
    if (restA.length === 1 && restB.length === 1) pairs.push([restA[0], restB[0]]);
    const sentence = (each: Sentence) => ({ start: each.start, end: each.end, text: each.text });
    for (const [a, b] of pairs) differences.push({ a: { span: a.span, sentence: sentence(sentenceA) }, b: { span: b.span, sentence: sentence(sentenceB) } });
  }
  return differences;
}
