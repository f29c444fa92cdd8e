// Finds the quoted stretches of the prose: pairs double quotation marks (straight “ ” " „ « ») in one linear
// pass, follows a quotation that runs on into the next paragraph (news convention: no closing mark at the end
// of the paragraph, an opening mark at the start of the next), and notes quotation marks that are never closed
// or are glued to the neighbouring word.
import type { Block, Problem } from '../types';
import { byStart } from '../spanOrder';
import { firstAtOrAfter } from '../partitionPoint';
import { cacheChecksOn, checkedKept, keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import { textAlignmentOf } from '../previousText';

export interface QuotedPart {
  /** Opening mark included. */
  start: number;
  /** Closing mark included; for an unclosed part, the end of its paragraph. */
  end: number;
  /** Index of the prose block holding this part. */
  block: number;
  closed: boolean;
}

export interface QuotedStretch {
  parts: QuotedPart[];
  /** True when the last part is never closed and the next paragraph does not carry it on. */
  unclosed: boolean;
}

export interface MarkScan {
  stretches: QuotedStretch[];
  problems: Problem[];
}

const OPENERS = new Set(['“', '„', '«', '‟']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

/** The characters isDoubleMark() accepts, for searching. */
const DOUBLE_MARK = /["“„«‟”»]/g;
// Double marks in a block, counting two apostrophes (`''`), which some archives write for them; a pair counts
// when its first apostrophe is inside the block (the second may be just past it).
const DOUBLE_MARK_OR_TWO_APOSTROPHES = /["“„«‟”»]|'(?=')/g;

const TWO_APOSTROPHES = /''|’’/g;

export function isDoubleMark(char: string): boolean {
  return char === STRAIGHT || OPENERS.has(char) || CLOSERS.has(char);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isSpaceOrEdge(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char);
}

// Characters that may touch the outside of an opening mark without a space: brackets, dashes, slashes, other
// quotation marks.
const OPEN_NEIGHBOURS = /[([{\u2014\u2013\-/'‘’“"«„]/u;

/** Classifies a mark as an opener or closer given whether a quotation is open and what surrounds it. */
function roleOf(char: string, before: string | undefined, after: string | undefined, open: boolean): 'open' | 'close' {
  const spaceBefore = isSpaceOrEdge(before) || OPEN_NEIGHBOURS.test(before ?? '');
  const spaceAfter = isSpaceOrEdge(after) || /[.,;:!?)\]}\u2014\u2013\-'’”»]/u.test(after ?? '');
  // A straight mark after a space and before a word opens, even with a quotation open: the one before it was
  // never closed (`the words "alpha and "beta" topped the list`).
  if (char === STRAIGHT) return open && !(isSpaceOrEdge(before) && isWordChar(after)) ? 'close' : 'open';
  if (OPENERS.has(char)) {
    // A curly opener used as a closer: it ends an open quotation and is followed by a space or punctuation.
    if (open && !spaceBefore && spaceAfter) return 'close';
    return 'open';
  }
  // A curly closer used as an opener ("”Mr. Trump …"): nothing is open and a word follows it.
  if (!open && spaceBefore && isWordChar(after)) return 'open';
  return 'close';
}

function missingSpace(text: string, index: number, role: 'open' | 'close', blockStart: number, blockEnd: number): Problem | undefined {
  const before = index > blockStart ? text[index - 1] : undefined;
  const after = index + 1 < blockEnd ? text[index + 1] : undefined;
  if (role === 'open' && before !== undefined && /[\p{L}\p{N}.,;:!?]/u.test(before)) {
    return {
      code: 'missing-space-at-quote',
      start: index - 1,
      end: index + 1,
      message: `Missing space before the opening quotation mark: "${text.slice(Math.max(blockStart, index - 12), index + 1)}" runs into the quotation.`,
    };
  }
  if (role === 'close' && after !== undefined && isWordChar(after)) {
    return {
      code: 'missing-space-at-quote',
      start: index,
      end: index + 2,
      message: `Missing space after the closing quotation mark: the quotation runs into "${text.slice(index + 1, Math.min(blockEnd, index + 13))}".`,
    };
  }
  return undefined;
}

/** The first non-space character of a block, when it is a double quotation mark that opens. */
function startsWithOpeningMark(text: string, block: Block): boolean {
  let index = block.start;
  while (index < block.end && /\s/u.test(text[index])) index++;
  if (index >= block.end) return false;
  const char = text[index];
  return char === STRAIGHT || OPENERS.has(char) || (CLOSERS.has(char) && isWordChar(text[index + 1]));
}

export function scanQuotationMarks(text: string, blocks: readonly Block[]): MarkScan {
  const stretches: QuotedStretch[] = [];
  const problems: Problem[] = [];
  let carried: QuotedStretch | undefined; // a stretch left open at the end of the previous paragraph
  // Single marks quote speech only in articles written in that style (no double marks anywhere); in an article
  // that quotes with double marks, single ones at the top level are headline style and read only in headlines.
  const { doubleMarks, doubleMarksOrApostrophePairs, apostrophePairs } = markPositions(text);
  const usesDoubleMarks = blocks.some((block) => {
    const at = firstAtOrAfter(doubleMarksOrApostrophePairs, block.start);
    return at < doubleMarksOrApostrophePairs.length && doubleMarksOrApostrophePairs[at] < block.end;
  });

  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    let current: QuotedStretch | undefined;
    let openAt = -1;
    if (carried) {
      // The paragraph convention: this paragraph starts with the opening mark that carries the quotation on.
      current = carried;
      carried = undefined;
    }
    let sawDoubleMark = false;
    // Jumps from mark to mark (found once for the whole text) instead of testing every character.
    for (let at = firstAtOrAfter(doubleMarks, block.start); at < doubleMarks.length && doubleMarks[at] < block.end; at++) {
      const index = doubleMarks[at];
      const char = text[index];
      const before = index > block.start ? text[index - 1] : undefined;
      const after = index + 1 < block.end ? text[index + 1] : undefined;
      // An inch sign (`6'3"`, `a 12" screen`) is no quotation mark.
      if (
        char === STRAIGHT &&
        openAt < 0 &&
        /\d/u.test(before ?? '') &&
        (isSpaceOrEdge(after) || (/[\d'’]['’]?\d{0,2}$/u.test(text.slice(Math.max(block.start, index - 4), index)) && !isWordChar(after)))
      )
        continue;
      sawDoubleMark = true;
      if (openAt >= 0) {
        // `“We open at six,’’ she said. “…”`: two apostrophes written for the closing mark.
        const pair = apostrophePairCloser(text, apostrophePairs, openAt + 2, index);
        if (pair >= 0) {
          current!.parts.push({ start: openAt, end: pair + 2, block: blockIndex, closed: true });
          stretches.push(current!);
          current = undefined;
          openAt = -1;
        }
      }
      const role = roleOf(char, before, after, openAt >= 0);
      const glued = missingSpace(text, index, role, block.start, block.end);
      if (glued) problems.push(glued);
      if (role === 'open') {
        if (openAt >= 0) {
          // A second opener while one is open: the first was never closed; it ends before this one.
          closeUnclosed(text, current!, openAt, index, blockIndex, problems, stretches);
          current = undefined;
        }
        openAt = index;
        if (!current) current = { parts: [], unclosed: false };
      } else if (openAt >= 0) {
        current!.parts.push({ start: openAt, end: index + 1, block: blockIndex, closed: true });
        stretches.push(current!);
        current = undefined;
        openAt = -1;
      }
      // A closing mark with nothing open is left alone: it may be an inch sign or a stray mark.
    }
    if (!sawDoubleMark && !current && (!usesDoubleMarks || block.kind === 'headline')) {
      // No double quotation marks in this paragraph: British style quotes with single marks ('…,' she said).
      for (const part of scanSingleQuotes(text, block, blockIndex)) stretches.push({ parts: [part], unclosed: false });
    }
    const pairAtEnd = openAt >= 0 ? apostrophePairCloser(text, apostrophePairs, openAt + 2, block.end) : -1;
    if (pairAtEnd >= 0) {
      current!.parts.push({ start: openAt, end: pairAtEnd + 2, block: blockIndex, closed: true });
      stretches.push(current!);
      current = undefined;
      openAt = -1;
    }
    if (openAt >= 0) {
      const next = blocks[blockIndex + 1];
      if (next && next.kind === block.kind && startsWithOpeningMark(text, next)) {
        current!.parts.push({ start: openAt, end: trimEnd(text, openAt, block.end), block: blockIndex, closed: false });
        carried = current;
      } else {
        closeUnclosed(text, current!, openAt, block.end, blockIndex, problems, stretches);
      }
    }
  }
  return { stretches: stretches.sort(byFirstPartStart), problems };
}

/**
 * The first pair of apostrophes in [from, to) written as a closing double mark (`…six,’’ she said`, `…enough''
 * for`): after a word or punctuation, before a space, punctuation or the end. -1 when there is none.
 */
function apostrophePairCloser(text: string, pairs: readonly number[], from: number, to: number): number {
  for (let index = firstAtOrAfter(pairs, from); index < pairs.length && pairs[index] + 1 < to; index++) {
    const at = pairs[index];
    const after = text[at + 2];
    if (!/\s/u.test(text[at - 1]) && (after === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(after))) return at;
  }
  return -1;
}

/** Where the marks the scan reads stand in a text. */
interface MarkPositions {
  doubleMarks: number[];
  doubleMarksOrApostrophePairs: number[];
  /** Where two apostrophes stand for a closing double mark (`…six,’’ she said`), found once (the scan stays linear). */
  apostrophePairs: number[];
}

/** The positions of the last text analyzed with the caches on. */
let lastPositions: { text: string; positions: MarkPositions } | undefined;
keptAcrossAnalyses(
  () => (lastPositions = undefined),
  () => {
    const saved = lastPositions;
    return () => (lastPositions = saved);
  },
);

/**
 * The marks of `text`: those of the previous analysis's text in the unchanged start and end of the text (moved by
 * the edit in the end), found again between. A match reads its character and the next; a pair of apostrophes also
 * depends on where the run of apostrophes it is in starts, so the stretch searched again reaches over such runs.
 */
function markPositions(text: string): MarkPositions {
  let positions: MarkPositions | undefined;
  if (paragraphCachesEnabled()) {
    const alignment = textAlignmentOf(text);
    const last = lastPositions;
    if (last !== undefined && last.text === text) positions = last.positions;
    else if (last !== undefined && alignment.previous !== undefined && last.text === alignment.previous) {
      let from = Math.max(0, alignment.prefix - 2);
      while (from > 0 && isApostrophe(text.charCodeAt(from - 1))) from--;
      let to = Math.min(text.length, Math.max(from, alignment.suffixFrom + 1));
      while (to < text.length && isApostrophe(text.charCodeAt(to - 1))) to++;
      positions = {
        doubleMarks: positionsAround(last.positions.doubleMarks, text, DOUBLE_MARK, from, to, alignment.shift),
        doubleMarksOrApostrophePairs: positionsAround(last.positions.doubleMarksOrApostrophePairs, text, DOUBLE_MARK_OR_TWO_APOSTROPHES, from, to, alignment.shift),
        apostrophePairs: positionsAround(last.positions.apostrophePairs, text, TWO_APOSTROPHES, from, to, alignment.shift),
      };
      if (cacheChecksOn()) checkedKept('quotation mark positions', positions, () => allPositions(text));
    }
    positions ??= allPositions(text);
    lastPositions = { text, positions };
  }
  return positions ?? allPositions(text);
}

function allPositions(text: string): MarkPositions {
  return {
    doubleMarks: positionsOf(text, DOUBLE_MARK, 0, text.length, []),
    doubleMarksOrApostrophePairs: positionsOf(text, DOUBLE_MARK_OR_TWO_APOSTROPHES, 0, text.length, []),
    apostrophePairs: positionsOf(text, TWO_APOSTROPHES, 0, text.length, []),
  };
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * The previous text's `positions` before `from`, the matches of `pattern` in text[from, to), and the previous
 * text's positions from `to` on (moved `shift` further).
 */
function positionsAround(previous: readonly number[], text: string, pattern: RegExp, from: number, to: number, shift: number): number[] {
  const positions: number[] = [];
  let index = 0;
  for (; index < previous.length && previous[index] < from; index++) positions.push(previous[index]);
  positionsOf(text, pattern, from, to, positions);
  for (index = firstAtOrAfter(previous, to - shift); index < previous.length; index++) positions.push(previous[index] + shift);
  return positions;
}

/**
 * Adds where `pattern` (global) matches, from `from` on, starting before `to`, to `positions`, in order (searched in
 * text[from, to + 1): a match reads the character after it, and the search stops there).
 */
function positionsOf(text: string, pattern: RegExp, from: number, to: number, positions: number[]): number[] {
  const searched = from === 0 && to >= text.length ? text : text.slice(from, Math.min(text.length, to + 1));
  const before = to - from;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(searched); found && found.index < before; found = pattern.exec(searched)) positions.push(found.index + from);
  return positions;
}

/** Closing single marks examined for one opening mark: keeps the scan linear on text full of apostrophes. */
const MAX_SINGLE_CANDIDATES = 24;

/**
 * Pairs single quotation marks used as primary quotes (‘We will win,’ she said / 'We will win,' she said). A
 * single mark is also an apostrophe ("don’t", "the states’ rights", "’90s"), so an opening mark must start a word
 * after a space, and the closing mark is the first one after it that ends a word before a space or punctuation —
 * passing over a plural possessive ("states’ rights") when a mark after punctuation ("…rights,’") follows.
 */
function scanSingleQuotes(text: string, block: Block, blockIndex: number): QuotedPart[] {
  const closers: number[] = [];
  for (let index = block.start + 1; index < block.end; index++) {
    const char = text[index];
    if (char !== '’' && char !== "'") continue;
    const after = index + 1 < block.end ? text[index + 1] : undefined;
    if (!/\s/u.test(text[index - 1]) && (after === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(after))) closers.push(index);
  }
  const parts: QuotedPart[] = [];
  let pointer = 0;
  for (let index = block.start; index < block.end; index++) {
    const char = text[index];
    if (char !== '‘' && char !== "'") continue;
    const before = index > block.start ? text[index - 1] : undefined;
    if (!(before === undefined || /[\s([\u2014\u2013-]/u.test(before)) || !/[\p{L}\p{N}]/u.test(text[index + 1] ?? '')) continue;
    while (pointer < closers.length && closers[pointer] <= index + 1) pointer++;
    let chosen = -1;
    for (let candidate = pointer; candidate < closers.length && candidate - pointer < MAX_SINGLE_CANDIDATES; candidate++) {
      const at = closers[candidate];
      const previous = text[at - 1];
      const after = text[at + 1];
      // The first mark that ends a word closes, except after an "s" (a plural possessive, "states’ rights"),
      // which closes only when no mark after punctuation comes later.
      if (/[.,!?]/u.test(previous) || (after !== undefined && /[.,;:!?]/u.test(after)) || (previous !== 's' && previous !== 'S')) {
        chosen = at;
        break;
      }
      if (chosen < 0) chosen = at;
    }
    if (chosen < 0) continue;
    const inner = text.slice(index + 1, chosen);
    // Two words at least, or a capitalized name: a lone lowercase word between apostrophes is likelier noise.
    if (!/\s/u.test(inner.trim()) && !/^\p{Lu}/u.test(inner)) continue;
    parts.push({ start: index, end: chosen + 1, block: blockIndex, closed: true });
    index = chosen;
    while (pointer < closers.length && closers[pointer] <= chosen) pointer++;
  }
  return parts;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/u.test(text[end - 1])) end--;
  return end;
}

function closeUnclosed(text: string, stretch: QuotedStretch, openAt: number, end: number, blockIndex: number, problems: Problem[], stretches: QuotedStretch[]): void {
  const partEnd = trimEnd(text, openAt, end);
  stretch.parts.push({ start: openAt, end: partEnd, block: blockIndex, closed: false });
  stretch.unclosed = true;
  stretches.push(stretch);
  const preview = text.slice(openAt, Math.min(partEnd, openAt + 40)).replace(/\s+/g, ' ');
  problems.push({
    code: 'unclosed-quote',
    start: openAt,
    end: openAt + 1,
    message: `Quotation mark never closed: ${preview}${partEnd - openAt > 40 ? '…' : ''} runs to the end of its paragraph and the next paragraph does not continue it with an opening quotation mark.`,
  });
}

function byFirstPartStart(a: QuotedStretch, b: QuotedStretch): number {
  return a.parts[0].start - b.parts[0].start;
}

/** The parts of all `stretches`, in order of start. */
export function partsInOrder(stretches: readonly QuotedStretch[]): QuotedPart[] {
  const parts: QuotedPart[] = [];
  for (const stretch of stretches) for (const part of stretch.parts) parts.push(part);
  return parts.sort(byStart);
}
