// Semantic tokens: actors, dates and quotes coloured by the theme. The legend is defined here once; package.json
// declares the same ids in `contributes.semanticTokenTypes` / `semanticTokenModifiers` (custom types must be
// declared there, with the superType and scopes that let themes colour them); a unit test keeps the two equal.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';

export const SEMANTIC_TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'quote'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['speaker'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKENS_LEGEND.tokenTypes.map((type, index) => [type, index]));
const SPEAKER_BIT = 1 << SEMANTIC_TOKENS_LEGEND.tokenModifiers.indexOf('speaker');

export interface TokenSpan {
  start: number;
  end: number;
  type: SemanticTokenType;
  modifiers: number;
}

/** Removes `holes` from [start, end): what is left of a quote around the mentions and dates inside it. */
function subtract(start: number, end: number, holes: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (const hole of holes) {
    if (hole.end <= from || hole.start >= end) continue;
    if (hole.start > from) pieces.push({ start: from, end: hole.start });
    from = Math.max(from, hole.end);
  }
  if (from < end) pieces.push({ start: from, end });
  return pieces;
}

/**
 * Non-overlapping token spans in text order. Editors do not nest tokens, so mentions and dates win over the quote
 * they sit in (the quote keeps the pieces around them), and of two overlapping mentions or dates the first stays.
 */
export function tokenSpans(annotations: Annotations): TokenSpan[] {
  const speakerSpans = new Set(
    annotations.quotes.filter((quote) => quote.speaker?.start !== undefined).map((quote) => `${quote.speaker!.start}:${quote.speaker!.end}`),
  );
  const candidates: TokenSpan[] = [
    ...annotations.actors.flatMap((actor) =>
      actor.mentions.map((mention) => ({
        start: mention.start,
        end: mention.end,
        type: actor.type,
        modifiers: speakerSpans.has(`${mention.start}:${mention.end}`) ? SPEAKER_BIT : 0,
      })),
    ),
    ...annotations.dates.map((date): TokenSpan => ({ start: date.start, end: date.end, type: 'date', modifiers: 0 })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const inner: TokenSpan[] = [];
  for (const candidate of candidates) {
    const previous = inner.at(-1);
    if (candidate.end > candidate.start && (!previous || candidate.start >= previous.end)) inner.push(candidate);
  }
  const quotePieces: TokenSpan[] = annotations.quotes.flatMap((quote) =>
    (quote.parts?.length ? quote.parts : [quote]).flatMap((part) =>
      subtract(part.start, part.end, inner).map((piece): TokenSpan => ({ ...piece, type: 'quote', modifiers: 0 })),
    ),
  );
  // Quotes do not overlap one another; should two parts ever do, the first stays.
  const all = [...inner, ...quotePieces].sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: TokenSpan[] = [];
  for (const token of all) {
    const previous = tokens.at(-1);
    if (!previous || token.start >= previous.end) tokens.push(token);
  }
  return tokens;
}

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
