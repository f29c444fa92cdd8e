// Token spans: the actors, dates and quotes of an analysis as non-overlapping spans in text order, each with its
// type and whether it names a quote's speaker. Pure (no LSP or vscode import): the server's semantic tokens and
// the client's colour decorations both paint from it, so the two never disagree.
import { partitionPoint } from './analysis/partitionPoint';
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

/**
 * Removes `holes` from [start, end): what is left of a quote around the mentions and dates inside it. The holes are
 * in text order and do not overlap, so their ends are in order too: the first that can reach into the quote is
 * found by binary search (each quote scanned every mention and date of the article: 40 ms for a 400 KB one).
 */
function subtract(start: number, end: number, holes: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (let index = partitionPoint(holes.length, (at) => holes[at].end <= start); index < holes.length && holes[index].start < end; index++) {
    const hole = holes[index];
    if (hole.start > from) pieces.push({ start: from, end: hole.start });
    from = Math.max(from, hole.end);
  }
  if (from < end) pieces.push({ start: from, end });
  return pieces;
}

const byStartLongestFirst = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;

const inOrder = (spans: readonly { start: number; end: number }[]) => spans.every((span, index) => index === 0 || byStartLongestFirst(spans[index - 1], span) <= 0);

/**
 * Non-overlapping token spans in text order. Editors do not nest tokens, so mentions and dates win over the quote
 * they sit in (the quote keeps the pieces around them), and of two overlapping mentions or dates the first stays.
 */
export function tokenSpans(annotations: Annotations): TokenSpan[] {
  // A number per speaker span (start × 2^26 + end, exact below 2^27 characters): no string made per mention.
  const spanKey = (start: number, end: number) => start * 2 ** 26 + end;
  const speakerSpans = new Set<number>();
  for (const quote of annotations.quotes) if (quote.speaker?.start !== undefined) speakerSpans.add(spanKey(quote.speaker.start, quote.speaker.end!));
  const candidates: TokenSpan[] = [];
  for (const actor of annotations.actors) {
    for (const mention of actor.mentions) {
      candidates.push({ start: mention.start, end: mention.end, type: actor.type, modifiers: speakerSpans.has(spanKey(mention.start, mention.end)) ? SPEAKER_BIT : 0 });
    }
  }
  for (const date of annotations.dates) candidates.push({ start: date.start, end: date.end, type: 'date', modifiers: 0 });
  candidates.sort(byStartLongestFirst);
  const inner: TokenSpan[] = [];
  for (const candidate of candidates) {
    const previous = inner.at(-1);
    if (candidate.end > candidate.start && (!previous || candidate.start >= previous.end)) inner.push(candidate);
  }
  const quotePieces: TokenSpan[] = [];
  for (const quote of annotations.quotes) {
    for (const part of quote.parts?.length ? quote.parts : [quote])
      for (const piece of subtract(part.start, part.end, inner)) quotePieces.push({ ...piece, type: 'quote', modifiers: 0 });
  }
  // Both lists are in text order (quotes come in order; sorted should one not): merged, not sorted together.
  if (!inOrder(quotePieces)) quotePieces.sort(byStartLongestFirst);
  const tokens: TokenSpan[] = [];
  const take = (token: TokenSpan) => {
    const previous = tokens.at(-1);
    // Quotes do not overlap one another; should two parts ever do, the first stays.
    if (!previous || token.start >= previous.end) tokens.push(token);
  };
  let next = 0;
  for (const piece of quotePieces) {
    while (next < inner.length && byStartLongestFirst(inner[next], piece) <= 0) take(inner[next++]);
    take(piece);
  }
  while (next < inner.length) take(inner[next++]);
  return tokens;
}
