// How the tokens of this analysis line up with those of the analysis before it: after an edit, the tokens before
// the edit are the same tokens at the same places, and those after it the same tokens moved by the edit's length.
// Steps whose result for a stretch of tokens depends on those tokens alone keep the previous analysis's results by
// token index and take them again for a stretch lying wholly in the unchanged part: a lookup by number, where a
// cache keyed by the stretch's text would build and hash a string per stretch.
import type { DocumentTokens } from './documentTokens';
import { cacheChecksOn, keptAcrossAnalyses, KeptLatest, paragraphCachesEnabled } from './paragraphCache';
import type { TokenList } from './tokenList';

export interface TokenAlignment {
  /** The document analyzed before this one, or undefined (nothing lines up). */
  previous: DocumentTokens | undefined;
  /** Tokens [0, prefix) are the previous document's tokens [0, prefix), at the same places. */
  prefix: number;
  /** Tokens [from, all.length) are the previous document's [from + tokenShift, …), `charShift` characters earlier there. */
  from: number;
  tokenShift: number;
  charShift: number;
}

let last: DocumentTokens | undefined;
/**
 * What documentTokens() knows of the last document it made: its tokens [0, prefix) are those of `previous`, copied at
 * the same places, and its tokens [from, length) those of `previous` from from + tokenShift on, copied `charShift`
 * characters earlier there (old offset = new offset + charShift). alignmentOf() need not compare those tokens again.
 * (one record, of the latest document: a record per document would keep every document before it alive)
 */
interface CopiedEnds {
  document: DocumentTokens;
  previous: DocumentTokens;
  prefix: number;
  from: number;
  tokenShift: number;
  charShift: number;
}
let copiedEnds: CopiedEnds | undefined;

/** Notes that `document`'s tokens at either end were copied from `previous` (see CopiedEnds; documentTokens.ts). */
export function noteCopiedEnds(document: DocumentTokens, previous: DocumentTokens, prefix: number, from: number, tokenShift: number, charShift: number): void {
  copiedEnds = { document, previous, prefix, from, tokenShift, charShift };
}
// The alignment of the document being analyzed (one at a time: an alignment holds the previous document, and kept
// for every document, in a WeakMap say, each would keep the one before it alive, and so on back to the first).
let current: { document: DocumentTokens; alignment: TokenAlignment } | undefined;
keptAcrossAnalyses(
  () => {
    last = undefined;
    current = undefined;
    copiedEnds = undefined;
  },
  () => {
    const saved = { last, current, copiedEnds };
    return () => ({ last, current, copiedEnds } = saved);
  },
);

/**
 * Token `a` of `old` and token `b` of `tokens` are the same token at the same place moved by `shift` characters:
 * everything a step may read of a token (its text, whether it opens a line or a sentence, its offsets).
 */
function sameToken(old: TokenList, a: number, tokens: TokenList, b: number, shift: number): boolean {
  return (
    (old.word(a) === tokens.word(b) || old.text(a) === tokens.text(b)) &&
    old.flags(a) === tokens.flags(b) &&
    old.start(a) - tokens.start(b) === shift &&
    old.end(a) - tokens.end(b) === shift
  );
}

/**
 * The alignment of `document` with the document analyzed before it (the first call for a document makes it the one
 * the next document is aligned with). With the caches off nothing lines up and nothing is remembered.
 */
export function alignmentOf(document: DocumentTokens): TokenAlignment {
  if (current !== undefined && current.document === document) return current.alignment;
  const previous = paragraphCachesEnabled() ? last : undefined;
  let alignment: TokenAlignment = { previous: undefined, prefix: 0, from: document.tokens.length, tokenShift: 0, charShift: 0 };
  if (previous !== undefined && previous !== document) {
    // (the tokens documentTokens() copied from the previous document are the same tokens: not compared again)
    const copied = copiedEnds !== undefined && copiedEnds.document === document && copiedEnds.previous === previous ? copiedEnds : undefined;
    alignment = scannedAlignment(previous, document, copied);
    if (copied !== undefined && cacheChecksOn()) {
      const fresh = scannedAlignment(previous, document, undefined);
      if (fresh.prefix !== alignment.prefix || fresh.from !== alignment.from || fresh.tokenShift !== alignment.tokenShift || fresh.charShift !== alignment.charShift)
        throw new Error('token alignment: the one from the copied ends differs from a fresh one');
    }
  }
  current = { document, alignment };
  if (paragraphCachesEnabled()) last = document;
  return alignment;
}

/**
 * How `document`'s tokens line up with `previous`'s: the longest run of the same tokens at the start, then at the end
 * (not reaching into the first). `copied`: tokens known to be the same (copied at either end), which the scans skip,
 * going on from where the copies end and stopping where they would have.
 */
function scannedAlignment(previous: DocumentTokens, document: DocumentTokens, copied: CopiedEnds | undefined): TokenAlignment {
  const tokens = document.tokens;
  const old = previous.tokens;
  const shorter = Math.min(old.length, tokens.length);
  let prefix = copied === undefined ? 0 : Math.min(copied.prefix, shorter);
  while (prefix < shorter && sameToken(old, prefix, tokens, prefix, 0)) prefix++;
  const tokenShift = old.length - tokens.length;
  let from = tokens.length;
  if (!(from > prefix && old.length > prefix)) return { previous, prefix, from, tokenShift, charShift: 0 };
  const charShift = old.start(old.length - 1) - tokens.start(tokens.length - 1);
  if (copied !== undefined && copied.tokenShift === tokenShift && copied.charShift === charShift) {
    // The loop below passes every `from` above `lowest`: there sameToken holds (a copied token) and so do its other
    // conditions, which hold at lowest + 1 and so at every larger `from`.
    const lowest = Math.max(copied.from, prefix, prefix - tokenShift, -tokenShift);
    if (lowest < from) from = lowest;
  }
  while (from > prefix && from - 1 + tokenShift > prefix - 1 && from - 1 + tokenShift >= 0 && sameToken(old, from - 1 + tokenShift, tokens, from - 1, charShift)) from--;
  return { previous, prefix, from, tokenShift, charShift };
}

/**
 * Where the stretch of tokens [first, end) was in the previous document when every one of them is unchanged (same
 * text, flags and places relative to each other): its first index there and how many characters earlier it stood
 * there (old offset = new offset + charShift); undefined otherwise. The stretch may reach past either end of the
 * tokens (a step that reads a token before the first finds none in both).
 */
export function unchangedStretch(alignment: TokenAlignment, first: number, end: number): { oldFirst: number; charShift: number } | undefined {
  if (alignment.previous === undefined) return undefined;
  if (end <= alignment.prefix) return { oldFirst: first, charShift: 0 };
  if (first >= alignment.from) return { oldFirst: first + alignment.tokenShift, charShift: alignment.charShift };
  return undefined;
}

/**
 * Results of one analysis by a number (a token index, an offset), kept for the next one: begin() hands an analysis
 * the previous analysis's results when that analysis was of the document this one is aligned with and of the same
 * `context` (the register, say), and a map to fill with its own. With the caches off nothing is kept.
 */
export class KeptByPosition<T> {
  private readonly kept = new KeptLatest<{ document: DocumentTokens; context: string; results: Map<number, T> }>();

  begin(document: DocumentTokens, context = ''): { alignment: TokenAlignment; previous: Map<number, T> | undefined; current: Map<number, T> } {
    const alignment = alignmentOf(document);
    const latest = this.kept.value;
    const previous = latest !== undefined && latest.document === alignment.previous && latest.context === context ? latest.results : undefined;
    const current = new Map<number, T>();
    if (paragraphCachesEnabled()) this.kept.value = { document, context, results: current };
    return { alignment, previous, current };
  }
}
