// Semantic tokens: actors, dates and quotes coloured by the theme. The legend is defined here once; package.json
// declares the same ids in `contributes.semanticTokenTypes` / `semanticTokenModifiers` (custom types must be
// declared there, with the superType and scopes that let themes colour them); a unit test keeps the two equal.
// Encoded with each token's line looked up in the document's line index (tokens come in text order), and answered
// as deltas too: the edit between two encodings is their common start and end cut off, found in one linear pass.
import type { SemanticTokens, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { TextSnapshot } from './textSnapshot';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, tokenSpans } from './tokenSpans';

export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, tokenSpans, type SemanticTokenType, type TokenSpan } from './tokenSpans';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKENS_LEGEND.tokenTypes.map((type, index) => [type, index]));

/** Where each line of a text starts: a snapshot's own index (carried over from the previous version's), else read. */
function lineStartsOf(text: string | TextDocument): { text: string; starts: ArrayLike<number> } {
  if (text instanceof TextSnapshot) return { text: text.getText(), starts: text.lineStarts };
  const content = typeof text === 'string' ? text : text.getText();
  const starts = [0];
  for (let at = 0; at < content.length; at++) {
    const code = content.charCodeAt(at);
    if (code !== 10 && code !== 13) continue;
    if (code === 13 && content.charCodeAt(at + 1) === 10) at++;
    starts.push(at + 1);
  }
  return { text: content, starts };
}

/**
 * The tokens of an analysis in LSP's relative encoding, each cut at line ends (VS Code takes no multi-line tokens).
 * Given a snapshot, its line index is used: the text is not scanned for line breaks again (the editor asks after
 * every edit).
 */
export function encodeTokens(source: string | TextDocument, annotations: Annotations): number[] {
  const { text, starts } = lineStartsOf(source);
  /** Where a line's text ends, before its line break. */
  const lineEnd = (line: number) => {
    if (line + 1 >= starts.length) return text.length;
    const next = starts[line + 1];
    return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  };
  const data: number[] = [];
  let line = 0;
  let previousLine = 0;
  let previousChar = 0;
  for (const token of tokenSpans(annotations)) {
    // Tokens come in text order and do not overlap: the line only moves forward.
    while (line + 1 < starts.length && starts[line + 1] <= token.start) line++;
    for (let each = line; each < starts.length && starts[each] < token.end; each++) {
      const start = Math.max(token.start, starts[each]);
      const end = Math.min(token.end, lineEnd(each));
      if (end <= start) continue;
      const char = start - starts[each];
      data.push(each - previousLine, each === previousLine ? char - previousChar : char, end - start, TYPE_INDEX.get(token.type)!, token.modifiers);
      previousLine = each;
      previousChar = char;
    }
  }
  return data;
}

/** Per analysis (one Annotations object per analyzed version): the editor asks after every change. */
const encoded = new WeakMap<Annotations, number[]>();

export function semanticTokens(document: TextDocument, annotations: Annotations): SemanticTokens {
  let data = encoded.get(annotations);
  if (!data) encoded.set(annotations, (data = encodeTokens(document, annotations)));
  return { data };
}

/** The one edit that turns `before` into `after` (none when equal): their common start and end are left alone. */
export function tokensEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (start === before.length && start === after.length) return [];
  return [{ start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) }];
}
