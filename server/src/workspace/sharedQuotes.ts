// The same quotation in several articles: two direct quotes whose words are the same, or nearly (a word or two
// changed in a long quote), once quotation marks, punctuation and case are set aside. Wire copies of one story
// quote the same words; the differences between them are what a fact-checker wants to see.
import { editDistance } from './nameVariants';

/** Quotes are compared against every other article's on each analysis: their words are computed once per text. */
const wordsCache = new Map<string, string[]>();
const WORDS_CACHE_LIMIT = 50_000;

/** The words of a quote: lower case, without quotation marks or punctuation. */
export function quoteWords(text: string): string[] {
  let words = wordsCache.get(text);
  if (!words) {
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    words = splitWords(text);
    wordsCache.set(text, words);
  }
  return words;
}

/** quoteWords without the cache (for texts seen once, such as an indexed file's quotes). */
export function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/** Word-level edits allowed between near-identical quotes: none under eight words, then one per eight words. */
function allowedWordEdits(length: number): number {
  return Math.floor(length / 8);
}

/** Word-level edit distance (the same algorithm as names, over word arrays encoded as characters). */
function wordDistance(a: string[], b: string[]): number {
  const codes = new Map<string, string>();
  const encode = (words: string[]) =>
    words
      .map((word) => {
        let code = codes.get(word);
        if (!code) {
          code = String.fromCharCode(0x4e00 + codes.size);
          codes.set(word, code);
        }
        return code;
      })
      .join('');
  return editDistance(encode(a), encode(b));
}

/** Whether two quotes are the same words, or nearly; at least two words, so single quoted words are not matched. */
export function isSameQuote(textA: string, textB: string): boolean {
  const a = quoteWords(textA);
  const b = quoteWords(textB);
  if (a.length < 2 || b.length < 2) return false;
  const shorter = Math.min(a.length, b.length);
  // Cheap rejections first: most pairs differ in length or in their first or last words.
  if (Math.abs(a.length - b.length) > allowedWordEdits(shorter)) return false;
  if (a.length === b.length && a.every((word, index) => word === b[index])) return true;
  if (allowedWordEdits(shorter) === 0) return false;
  return wordDistance(a, b) <= allowedWordEdits(shorter);
}

/**
 * What differs between two quotes, in words for a hover: "identical", "punctuation or case only", or the words
 * of each that the other lacks ("here: modernised · there: modernized").
 */
export function quoteDifferences(here: string, there: string): string {
  if (here.trim() === there.trim()) return 'identical';
  const a = quoteWords(here);
  const b = quoteWords(there);
  if (a.join(' ') === b.join(' ')) return `punctuation or case only (${JSON.stringify(there.trim())})`;
  const onlyHere = a.filter((word) => !b.includes(word));
  const onlyThere = b.filter((word) => !a.includes(word));
  const parts = [];
  if (onlyHere.length) parts.push(`here: ${onlyHere.join(' ')}`);
  if (onlyThere.length) parts.push(`there: ${onlyThere.join(' ')}`);
  return parts.length ? parts.join(' · ') : 'same words in another order';
}
