// Tokens and sentences for the CoNLL export: a whitespace-and-punctuation tokenizer. A token never contains
// whitespace as Python's str.split() knows it (CoNLL readers split lines on it; see PYTHON_WHITESPACE_CLASS), and
// every character that is not such whitespace is in a token, so the tokens join back to the text. Punctuation is a token of its own except inside numbers
// ("3.99", "1,000"), in word-internal apostrophes and hyphens ("O'Brien", "Jean-Pierre"), in dotted
// abbreviations ("U.S.") and after the abbreviations and initials of the analyzer's one list ("Mr.", "J.", "No. 10"),
// which keep their period.
import { keepsAbbreviationPeriod, numberFollowsAt } from '../analysis/abbreviations';
import { LINE_BREAK, PYTHON_WHITESPACE_CLASS } from './text';

export interface Token {
  text: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

const WORD_CHARS = String.raw`[\p{L}\p{N}\p{M}]`;
const POSSESSIVE = String.raw`['’][sS](?!${WORD_CHARS})`;
const TOKEN = new RegExp(
  [
    POSSESSIVE, // "'s" is a token of its own, as in the Penn Treebank
    String.raw`\p{N}+(?:[.,:]\p{N}+)+`,
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`${WORD_CHARS}+(?:(?!${POSSESSIVE})['’\-]${WORD_CHARS}+)*`,
    String.raw`\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*`,
    `[^${PYTHON_WHITESPACE_CLASS}]`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index!;
    if (start === 0 && match[0] === '\uFEFF') continue; // a byte order mark is not text (text.ts)
    const previous = tokens[tokens.length - 1];
    // The analyzer's one rule for a period after a word (analysis/abbreviations.ts): "Mr.", "J.", "No. 10" keep it.
    const takesPeriod = previous && previous.end === start && keepsAbbreviationPeriod(previous.text, numberFollowsAt(text, start + 1));
    if (match[0] === '.' && takesPeriod) {
      previous.text += '.';
      previous.end += 1;
    } else tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

const SENTENCE_END = /^[.!?…]+$/;
const CLOSING = /^[”’"')\]»]$/;

/** Splits tokens into sentences: after . ! ? (and the closing quotes or brackets glued to them) and at line breaks. */
export function sentences(text: string, tokens: readonly Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  let ended = false;
  for (const token of tokens) {
    const previous = current[current.length - 1];
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const lineBreak = LINE_BREAK.test(gap);
    const gluedClosing = ended && gap === '' && CLOSING.test(token.text);
    if (previous && (lineBreak || (ended && !gluedClosing))) {
      result.push(current);
      current = [];
      ended = false;
    }
    current.push(token);
    if (SENTENCE_END.test(token.text)) ended = true;
    else if (!gluedClosing) ended = false;
  }
  if (current.length) result.push(current);
  return result;
}
