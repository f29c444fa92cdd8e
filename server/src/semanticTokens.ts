// Semantic tokens: actors, dates and quotes coloured by the theme. The legend is defined here once; package.json
// declares the same ids in `contributes.semanticTokenTypes` / `semanticTokenModifiers` (custom types must be
// declared there, with the superType and scopes that let themes colour them); a unit test keeps the two equal.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, tokenSpans } from './tokenSpans';

export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, tokenSpans, type SemanticTokenType, type TokenSpan } from './tokenSpans';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKENS_LEGEND.tokenTypes.map((type, index) => [type, index]));

/** The tokens in LSP's relative encoding, each cut at line ends (VS Code does not take multi-line tokens). */
export function semanticTokens(document: TextDocument, annotations: Annotations): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokenSpans(annotations)) {
    const first = document.positionAt(token.start);
    const last = document.positionAt(token.end);
    for (let line = first.line; line <= last.line; line++) {
      const lineStart = document.offsetAt({ line, character: 0 });
      const lineEnd = document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
      const start = Math.max(token.start, lineStart);
      const end = Math.min(token.end, lineEnd);
      if (end > start) builder.push(line, start - lineStart, end - start, TYPE_INDEX.get(token.type)!, token.modifiers);
    }
  }
  return builder.build();
}
