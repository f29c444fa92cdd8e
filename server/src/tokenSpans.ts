// Token spans: the actors, dates and quotes of an analysis as non-overlapping spans in text order, each with its
// type and whether it names a quote's speaker. Pure (no LSP or vscode import): the server's semantic tokens and
// the client's colour decorations both paint from it, so the two never disagree.
import type { Annotations } from './analysis/types';

export const SEMANTIC_TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'quote'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['speaker'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** The `speaker` modifier's bit in a token's modifiers (its index in SEMANTIC_TOKEN_MODIFIERS). */
export const SPEAKER_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('speaker');

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
  const speakerSpans = new Set(annotations.quotes.filter((quote) => quote.speaker?.start !== undefined).map((quote) => `${quote.speaker!.start}:${quote.speaker!.end}`));
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
    (quote.parts?.length ? quote.parts : [quote]).flatMap((part) => subtract(part.start, part.end, inner).map((piece): TokenSpan => ({ ...piece, type: 'quote', modifiers: 0 }))),
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
