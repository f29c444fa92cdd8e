// A TokenList read out as plain records, for tests that look at what the tokenizer made token by token.
import type { TokenList } from '../../server/src/analysis/tokenList';
import type { TokenKind, Word } from '../../server/src/analysis/tokens';

export interface TokenRecord {
  start: number;
  end: number;
  word: Word;
  text: string;
  norm: string;
  lower: string;
  kind: TokenKind;
  lineStart: boolean;
  sentenceStart: boolean;
}

export function tokenRecords(tokens: TokenList): TokenRecord[] {
  const records: TokenRecord[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens.word(index);
    records.push({
      start: tokens.start(index),
      end: tokens.end(index),
      word,
      text: word.text,
      norm: word.norm,
      lower: word.lower,
      kind: word.kind,
      lineStart: tokens.lineStart(index),
      sentenceStart: tokens.sentenceStart(index),
    });
  }
  return records;
}
