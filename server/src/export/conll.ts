// CoNLL-2003 NER columns with IOB2 tags (every entity starts with B-): `token -X- _ TAG`, documents opened by
// `-DOCSTART- <id> -X- O` (the document's record id or name in the second column, so the line keeps the four
// columns and the O tag readers expect) and a blank line, a blank line after each sentence. The tokens and sentences
// are the analyzer's (analysis/tokens.ts, analysis/sentences.ts: one tokenizer and one sentence splitter for every
// layer, so an actor's span starts and ends on a token's edge), whose tokens never hold what Python's str.split()
// splits on: `line.split()` always gives four columns. The entity layer only (actors and dates): quotations contain
// entities and cannot share one tag column with them. A span covering part of a token tags the whole token
// (expand); whitespace at a span's edges is ignored; of overlapping spans the earlier (then the longer) wins. The
// label map is configurable (CoNLL-2003 knows PER/ORG/LOC/MISC; DATE is an extension).
import type { EntityLabels, ExportDocument, Exporter, ExportOptions } from './document';
import { corpusName, documentId } from './document';
import { collectSpans, isEntity } from './spans';
import { isWhitespace, PYTHON_WHITESPACE_CLASS } from './text';
import { sentenceStarts } from '../analysis/sentences';
import { tokenize } from '../analysis/tokens';

interface ConllToken {
  text: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

/**
 * The analyzer's tokens of the whole text, in its sentences, with every character the tokenizer passes over that
 * Python keeps (a zero-width space, a byte order mark inside the text) as a token of its own in the sentence it
 * follows, so that the tokens join back to the text less Python's whitespace.
 */
export function conllSentences(text: string): ConllToken[][] {
  const tokens = tokenize(text);
  const starts = new Set(sentenceStarts(tokens).map((index) => tokens.start(index)));
  const sentences: ConllToken[][] = [];
  let current: ConllToken[] = [];
  const push = (token: ConllToken, startsSentence: boolean) => {
    if (startsSentence && current.length > 0) {
      sentences.push(current);
      current = [];
    }
    current.push(token);
  };
  let gapStart = 0;
  for (let index = 0; index <= tokens.length; index++) {
    const gapEnd = index < tokens.length ? tokens.start(index) : text.length;
    for (let at = gapStart; at < gapEnd;) {
      const character = String.fromCodePoint(text.codePointAt(at)!);
      // a byte order mark at the start is not text (text.ts)
      if (!isWhitespace(character) && !(at === 0 && character === '\uFEFF')) push({ text: character, start: at, end: at + character.length }, false);
      at += character.length;
    }
    if (index === tokens.length) break;
    push({ text: tokens.text(index), start: tokens.start(index), end: tokens.end(index) }, starts.has(tokens.start(index)));
    gapStart = tokens.end(index);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

const WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+`, 'g');

export const DEFAULT_CONLL_LABELS: EntityLabels = { person: 'PER', organization: 'ORG', place: 'LOC', date: 'DATE' };

export function conllDocument(document: ExportDocument, labels: EntityLabels): string {
  const text = document.text;
  const sentences = conllSentences(text);
  const tokens = sentences.flat();
  const tags = new Map<number, string>(); // token index → tag
  const { spans } = collectSpans(document.annotations, text.length);
  for (const span of spans) {
    const label = isEntity(span) ? labels[span.kind] : null;
    if (!label) continue;
    let start = span.start;
    let end = span.end;
    while (start < end && isWhitespace(text[start])) start++;
    while (end > start && isWhitespace(text[end - 1])) end--;
    let inside = false;
    tokens.forEach((token, index) => {
      if (token.start >= end || token.end <= start || tags.has(index)) return;
      tags.set(index, `${inside ? 'I' : 'B'}-${label}`);
      inside = true;
    });
  }
  const indexOf = new Map(tokens.map((token, index) => [token, index]));
  const lines = [`-DOCSTART- ${documentId(document).replace(WHITESPACE_RUN, '_') || '_'} -X- O`, ''];
  for (const sentence of sentences) {
    for (const token of sentence) lines.push(`${token.text} -X- _ ${tags.get(indexOf.get(token)!) ?? 'O'}`);
    lines.push('');
  }
  return lines.map((line) => line + '\n').join('');
}

export const conllExporter: Exporter = {
  id: 'conll',
  export(documents, options: ExportOptions) {
    // An absent or undefined entry keeps the default; null leaves the kind out.
    const given = Object.entries(options.conllLabels ?? {}).filter(([, label]) => label !== undefined);
    const labels: EntityLabels = { ...DEFAULT_CONLL_LABELS, ...Object.fromEntries(given) };
    return [{ name: `${corpusName(documents, options)}.conll`, content: documents.map((document) => conllDocument(document, labels)).join('') }];
  },
};
