// Anchoring a correction to the text (W3C TextQuoteSelector: the quoted text with some context, plus its old
// position as a hint) and finding it again after the article changed, inside or outside the editor.
// Linear in the text's length, apart from a fuzzy fallback whose cost is bounded.
import { ANCHOR_CONTEXT_LENGTH, type TextAnchor } from './types';

export function createAnchor(text: string, start: number, end: number): TextAnchor {
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + ANCHOR_CONTEXT_LENGTH);
  // Context never starts or ends inside a surrogate pair (an emoji), so the file holds only whole characters.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart < start) prefixStart++;
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd > end) suffixEnd--;
  return { start, end, exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * exact: found where it was. moved: the same words elsewhere (text inserted or removed before them).
 * fuzzy: the words themselves changed a little, found between their unchanged context.
 */
export type AnchorMatch = 'exact' | 'moved' | 'fuzzy';

export type OrphanReason = 'text-not-found' | 'text-changed';

export type ResolvedAnchor = { found: true; start: number; end: number; match: AnchorMatch } | { found: false; reason: OrphanReason; message: string };

/** Occurrences of the exact text weighed beyond this many are not considered (a name met on every line). */
const MAX_CANDIDATES = 2000;
/** Spans longer than this are not compared fuzzily (the edit distance is quadratic in the worst case). */
const MAX_FUZZY_LENGTH = 4000;
/** Share of a span's characters that may have changed for it to still be the same span. */
const FUZZY_TOLERANCE = 0.3;

/** Line ends unified to \n, with the way back to the original offsets (CRLF files, files converted either way). */
interface NormalizedText {
  text: string;
  /** original offset of each normalized offset (length text.length + 1). */
  toOriginal: Int32Array;
}

function normalizeLineEnds(original: string): NormalizedText {
  if (!original.includes('\r')) {
    const identity = new Int32Array(original.length + 1);
    for (let index = 0; index <= original.length; index++) identity[index] = index;
    return { text: original, toOriginal: identity };
  }
  const toOriginal = new Int32Array(original.length + 1);
  let text = '';
  let chunkStart = 0;
  let length = 0;
  for (let index = 0; index < original.length; index++) {
    if (original[index] !== '\r') {
      toOriginal[length++] = index;
      continue;
    }
    text += original.slice(chunkStart, index) + '\n';
    toOriginal[length++] = index;
    if (original[index + 1] === '\n') index++;
    chunkStart = index + 1;
  }
  text += original.slice(chunkStart);
  toOriginal[length] = original.length;
  return { text, toOriginal: toOriginal.subarray(0, length + 1) };
}

function unifyLineEnds(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/** Characters at which two strings agree, reading backwards from their ends. */
function commonSuffixLength(a: string, aEnd: number, b: string): number {
  let count = 0;
  while (count < b.length && aEnd - count > 0 && a[aEnd - count - 1] === b[b.length - count - 1]) count++;
  return count;
}

/** Characters at which two strings agree, reading forwards from `aStart`. */
function commonPrefixLength(a: string, aStart: number, b: string): number {
  let count = 0;
  while (count < b.length && aStart + count < a.length && a[aStart + count] === b[count]) count++;
  return count;
}

/** Levenshtein distance when at most `limit`, else limit + 1 (banded: O(limit · length)). */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const outside = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let column = 0; column <= b.length; column++) previous[column] = column <= limit ? column : outside;
  for (let row = 1; row <= a.length; row++) {
    const from = Math.max(1, row - limit);
    const to = Math.min(b.length, row + limit);
    current.fill(outside);
    current[0] = row <= limit ? row : outside;
    let rowMinimum = current[0];
    for (let column = from; column <= to; column++) {
      const substitution = previous[column - 1] + (a[row - 1] === b[column - 1] ? 0 : 1);
      const value = Math.min(substitution, previous[column] + 1, current[column - 1] + 1, outside);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return outside;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], outside);
}

/** Finds the anchored span in the current text. */
export function resolveAnchor(anchor: TextAnchor, currentText: string): ResolvedAnchor {
  // Where it was, with its context: kept. The position alone is not enough: an insertion above can bring other
  // words just like these to the old offset (a name repeated in the article).
  if (
    anchor.end <= currentText.length &&
    currentText.slice(anchor.start, anchor.end) === anchor.exact &&
    currentText.slice(anchor.start - anchor.prefix.length, anchor.start) === anchor.prefix &&
    currentText.slice(anchor.end, anchor.end + anchor.suffix.length) === anchor.suffix
  ) {
    return { found: true, start: anchor.start, end: anchor.end, match: 'exact' };
  }
  const normalized = normalizeLineEnds(currentText);
  const exact = unifyLineEnds(anchor.exact);
  const prefix = unifyLineEnds(anchor.prefix);
  const suffix = unifyLineEnds(anchor.suffix);
  const text = normalized.text;
  const back = (start: number, end: number, match: AnchorMatch): ResolvedAnchor => ({
    found: true,
    start: normalized.toOriginal[start],
    end: normalized.toOriginal[end],
    match,
  });

  // The same words elsewhere: the occurrence whose context agrees most, the nearest to the old position among equals.
  let best: { start: number; context: number; distance: number } | undefined;
  let candidates = 0;
  for (let at = text.indexOf(exact); at >= 0 && candidates < MAX_CANDIDATES; at = text.indexOf(exact, at + 1), candidates++) {
    const context = commonSuffixLength(text, at, prefix) + commonPrefixLength(text, at + exact.length, suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) best = { start: at, context, distance };
  }
  if (best) return back(best.start, best.start + exact.length, normalized.toOriginal[best.start] === anchor.start ? 'exact' : 'moved');

  // The words changed a little: between an unchanged prefix and suffix, something close to the old words.
  const fuzzy = findBetweenContext(text, exact, prefix, suffix, anchor.start);
  if (fuzzy) return back(fuzzy.start, fuzzy.end, 'fuzzy');
  const hasContext = prefix.length > 0 || suffix.length > 0;
  return {
    found: false,
    reason: hasContext && (text.includes(prefix) || text.includes(suffix)) ? 'text-changed' : 'text-not-found',
    message: `"${abbreviate(anchor.exact)}" is no longer in the article`,
  };
}

function findBetweenContext(text: string, exact: string, prefix: string, suffix: string, oldStart: number): { start: number; end: number } | undefined {
  if (exact.length > MAX_FUZZY_LENGTH || (!prefix && !suffix)) return undefined;
  const limit = Math.max(1, Math.floor(exact.length * FUZZY_TOLERANCE));
  const starts: number[] = [];
  if (prefix) {
    for (let at = text.indexOf(prefix); at >= 0 && starts.length < MAX_CANDIDATES; at = text.indexOf(prefix, at + 1)) starts.push(at + prefix.length);
  } else {
    starts.push(0);
  }
  starts.sort((a, b) => Math.abs(a - oldStart) - Math.abs(b - oldStart));
  // Only the few nearest to the old position are compared, which bounds the cost.
  for (const start of starts.slice(0, 8)) {
    let end: number;
    if (suffix) {
      end = text.indexOf(suffix, start);
      if (end < 0 || end - start > exact.length + limit) continue;
    } else {
      end = text.length;
    }
    if (end - start < 1) continue;
    if (boundedEditDistance(text.slice(start, end), exact, limit) <= limit) return { start, end };
  }
  return undefined;
}

function abbreviate(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
