// How the quote layer reads the document's tokens (documentTokens.ts): the same tokens, with one reading rule of
// its own. The document tokenizer splits a hyphenated word whose parts differ in case ("Boston-based",
// "then-Mayor") so that the name in it is a mention of its own, and splits "n't" off its verb; the quote layer
// reads such a compound as one word, as a speaker phrase or a clause takes it ("a Boston-based engineer said",
// "don't"), and an amount as one word ("$300", whose sign the tokenizer splits off). Nothing is tokenized again:
// the pieces are joined.
import { startsWithUppercase } from '../characters';
import type { DocumentTokens } from '../documentTokens';
import { Token, wordOf, type Word } from '../tokens';

/** What the word predicates read of a token: its word record (tokens.ts Word) or, while layers still hold them, a Token. */
type WordLike = Pick<Word, 'kind' | 'text' | 'lower'>;

/** True for a word starting with a capital letter. */
export function isCapitalized(token: WordLike | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsWithUppercase(token.text);
}

export function isPossessive(token: WordLike | undefined): boolean {
  return token !== undefined && (token.lower === '’s' || token.lower === "'s");
}

function isNegation(token: Token): boolean {
  return token.lower === "n't" || token.lower === 'n’t';
}

/** A hyphen written between two words with no space: "Boston-based". */
function joinsAt(tokens: readonly Token[], index: number): boolean {
  const hyphen = tokens[index];
  if (hyphen.text !== '-' || index === 0 || index + 1 >= tokens.length) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before.end !== hyphen.start || after.start !== hyphen.end || before.kind !== 'word' || after.kind !== 'word') return false;
  const last = before.text.charCodeAt(before.text.length - 1);
  return last !== 0x2e; // "U.S.-based" stays "U.S.", "-", "based"
}

/** A currency sign written right before a number ("$300"), which the tokenizer splits off: one word here. */
function isAmountAt(tokens: readonly Token[], index: number): boolean {
  const sign = tokens[index - 1];
  const number = tokens[index];
  if (sign.end !== number.start || sign.text.length !== 1 || !CURRENCY_SIGNS.includes(sign.text)) return false;
  const digit = number.text.charCodeAt(0);
  return digit >= 0x30 && digit <= 0x39;
}
const CURRENCY_SIGNS = '$£€¥';

function joined(first: Token, last: Token, text: string): Token {
  const word = wordOf(text);
  return new Token(first.start, last.end, word, first.flags);
}

/** The words of text[from, to) as the quote layer reads them (see above). */
export function wordsWithin(document: DocumentTokens, from: number, to: number): Token[] {
  const tokens = document.within(from, to);
  let compound = false;
  for (let index = 1; index < tokens.length && !compound; index++)
    compound = joinsAt(tokens, index) || (isNegation(tokens[index]) && tokens[index - 1].end === tokens[index].start) || isAmountAt(tokens, index);
  if (!compound) return tokens;
  const words: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const previous = words[words.length - 1];
    if (previous && joinsAt(tokens, index)) {
      const next = tokens[index + 1];
      words[words.length - 1] = joined(previous, next, previous.text + token.text + next.text);
      index++;
    } else if (previous && isNegation(token) && previous.end === token.start && previous.kind === 'word') {
      words[words.length - 1] = joined(previous, token, previous.text + token.text);
    } else if (previous && previous === tokens[index - 1] && isAmountAt(tokens, index)) {
      words[words.length - 1] = joined(previous, token, previous.text + token.text);
    } else words.push(token);
  }
  return words;
}

/** Number of words in text[from, to) (looks at 400 characters at most: callers ask about short gaps). */
export function countWords(text: string, from: number, to: number): number {
  if (from >= to) return 0;
  return (text.slice(from, Math.min(to, from + 400)).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu) ?? []).length;
}
