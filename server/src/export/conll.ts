// CoNLL-2003 NER columns with IOB2 tags (every entity starts with B-): `token -X- _ TAG`, documents opened by
// `-DOCSTART- <id> -X- O` (the document's record id or name in the second column, so the line keeps the four
// columns and the O tag readers expect) and a blank line, a blank line after each sentence. Tokens and the
// whitespace they are split on are Python's (tokens.ts), so `line.split()` always gives four columns. The entity layer only (actors and
// dates): quotations contain entities and cannot share one tag column with them. A span covering part of a token
// tags the whole token (expand); whitespace at a span's edges is ignored; of overlapping spans the earlier (then
// the longer) wins. The label map is configurable (CoNLL-2003 knows PER/ORG/LOC/MISC; DATE is an extension).
import type { EntityLabels, ExportDocument, Exporter, ExportOptions } from './document';
import { corpusName, documentId } from './document';
import { collectSpans, isEntity } from './spans';
import { isWhitespace, PYTHON_WHITESPACE_CLASS } from './text';
import { sentences, tokenize } from './tokens';

const WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+`, 'g');

export const DEFAULT_CONLL_LABELS: EntityLabels = { person: 'PER', organization: 'ORG', place: 'LOC', date: 'DATE' };

export function conllDocument(document: ExportDocument, labels: EntityLabels): string {
  const text = document.text;
  const tokens = tokenize(text);
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
  for (const sentence of sentences(text, tokens)) {
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
