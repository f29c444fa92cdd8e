// The one sentence splitter, read from the document's tokens (tokens.ts): the date layer (the clause of a date, the
// sentence a bare clock time belongs to), the CoNLL exporter and the workspace's sentence comparison read it. The
// periods that do not end a sentence are decided once, by the tokenizer: an abbreviation's period stays in its word
// token ("Mr.", "U.S.", "No. 10"; abbreviations.ts), so only a stop of its own can end a sentence.
//
// The rule, decided once:
// - Every line (a block of the article) starts a sentence.
// - A sentence ends after a run of stops ("." "!" "?" "..." "…") and the closing quotation marks and brackets
//   written right after it (no space between): `He left."` ends at the quotation mark.
// - The next sentence starts at the next token only when that token starts with a capital letter or a digit, or is
//   an opening quotation mark or bracket before one ("... said. “We ..."); after a stop a lower-case word goes on the
//   same sentence (`“Why?” she asked.`, "Calif. officials").
import { startsWithUppercase } from './characters';
import type { TokenList } from './tokenList';
import type { Word } from './tokens';

export interface SentenceSpan {
  /** The first token's start. */
  start: number;
  /** The last token's end. */
  end: number;
}

/** /^[.!?]+$/ on the folded form: "." "?!" "..." and "…" (folded to "..."). */
function isStop(word: Word): boolean {
  const norm = word.norm;
  if (word.kind !== 'punct' || norm.length === 0) return false;
  for (let index = 0; index < norm.length; index++) {
    const code = norm.charCodeAt(index);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) return false;
  }
  return true;
}

/** A quotation mark, a backtick (`` in wire copy) or a bracket, folded: what may close or open a sentence. */
function isQuoteOrBracket(word: Word): boolean {
  if (word.norm.length !== 1) return false;
  const code = word.norm.charCodeAt(0);
  return code === 0x22 || code === 0x27 || code === 0x60 || code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;
}

function startsWithCapitalOrDigit(word: Word): boolean {
  const code = word.text.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || startsWithUppercase(word.text);
}

/** Whether token `index` (after a sentence's end) starts a new sentence: see the rule above. */
function opensSentence(tokens: TokenList, index: number, to: number): boolean {
  // Opening marks ("“", "(", "``") are passed over; the word after them decides.
  let first = index;
  while (first < to && first < index + 3 && isQuoteOrBracket(tokens.word(first))) first++;
  return first < to && startsWithCapitalOrDigit(tokens.word(first));
}

/** The indices of the tokens that start a sentence in tokens [from, to), one line's (or block's) tokens. */
export function sentenceStarts(tokens: TokenList, from = 0, to = tokens.length): number[] {
  const starts: number[] = [];
  starts.length = sentenceStartsInto(starts, tokens, from, to);
  return starts;
}

/**
 * sentenceStarts() written into `into[0, count)`, the count returned (what lies past it is left as it was): a caller
 * that reads the starts at once keeps one array for every call instead of a new one per block.
 */
export function sentenceStartsInto(into: number[], tokens: TokenList, from = 0, to = tokens.length): number {
  if (from >= to) return 0;
  let count = 0;
  into[count++] = from;
  for (let index = from; index < to; index++) {
    if (tokens.lineStart(index) && index > from && into[count - 1] !== index) into[count++] = index;
    if (!isStop(tokens.word(index))) continue;
    // The stop's run, with the closing marks written right after it.
    let next = index + 1;
    while (next < to && (isStop(tokens.word(next)) || (isQuoteOrBracket(tokens.word(next)) && tokens.start(next) === tokens.end(next - 1))) && !tokens.lineStart(next)) next++;
    if (next >= to) break;
    if (tokens.lineStart(next) || opensSentence(tokens, next, to)) into[count++] = next;
    index = next - 1;
  }
  return count;
}

/** The sentences of tokens [from, to) as text spans, first token's start to last token's end. */
export function sentenceSpans(tokens: TokenList, from = 0, to = tokens.length): SentenceSpan[] {
  const starts = sentenceStarts(tokens, from, to);
  const spans: SentenceSpan[] = [];
  for (let index = 0; index < starts.length; index++) spans.push({ start: tokens.start(starts[index]), end: tokens.end((starts[index + 1] ?? to) - 1) });
  return spans;
}
