// A quotation's reading (its attribution, whether it is a title, whether it opens its sentence: index.ts
// readStretch) taken from the previous analysis when an edit left alone everything the reading reads. readStretch
// reads the text and tokens of the paragraphs the quotation lies in (their sentences, split around every quoted part
// in them), up to 40 characters past the last one (whether the words after its attribution lead into the next
// quotation), the quotation's neighbours' bounds (floor, ceiling: no window reaches into another quotation) and a
// little of the reading before it. When that text lies wholly in the unchanged start or end of the text
// (previousText.ts), the paragraphs' sentences are the previous analysis's (the quoted parts in them where they were:
// blockSentencesCache.ts) and the rest, written relative to the paragraphs (the "signature"), is the same, the
// reading is the previous one, moved by the edit. Test mode (paragraphCache.ts setCacheChecks) reads every kept one again.
// (The signature is a row of numbers: written as a string, a few dozen pieces per quotation, it was half a megabyte
// of garbage per edit of a long article.)
import type { Block } from '../types';
import { checkedKept, paragraphCachesEnabled } from '../paragraphCache';
import { KeptByPlace, textAlignmentOf, type Places, type TextAlignment } from '../previousText';
import type { Attribution, SpeakerPhrase } from './attribution';
import type { QuotedStretch } from './marks';
import { countMovedInPlace, mayMoveInPlace, moveRangeInPlace, newClaim } from './inPlace';
import { movedPhrase, movedRange, movePhraseInPlace } from './sentenceSpeechCache';
import { hasOwnColumns } from './words';

/** What readStretch decides for a quotation. */
export interface StretchReading {
  attribution?: Attribution;
  kind: 'direct' | 'title';
  opensSentence: boolean;
}

/** What of the reading before a quotation readStretch reads. */
export interface ReadingBefore {
  kind: 'direct' | 'title';
  attribution?: Attribution;
  stretch: QuotedStretch;
}

/** Characters past the last paragraph the reading may read (index.ts introducesNextQuotation). */
const READ_PAST = 40;

interface Kept {
  signature: Int32Array;
  reading: StretchReading;
  /** The analysis that took the reading (inPlace.ts newClaim): taken once per analysis. */
  claimed: number;
}

const kept = new KeptByPlace<Kept>();

/** The readings of one analysis's quotations, those the edit left alone taken from the previous analysis. */
export class StretchReadingReuse {
  private readonly places: Places<Kept>;
  private readonly alignment: TextAlignment;
  /** Whether the previous analysis's readings may be moved in place (inPlace.ts), and this analysis's claim. */
  private readonly inPlace = mayMoveInPlace();
  private readonly claim = newClaim();

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
    /** Whether a prose block's sentences are the previous analysis's, moved (blockSentencesCache.ts). */
    private readonly sentencesCarried: (block: number) => boolean,
  ) {
    this.places = kept.begin(text);
    this.alignment = textAlignmentOf(text);
  }

  /** read(), or the previous analysis's reading of the same quotation in the same surroundings, moved. */
  reading(stretch: QuotedStretch, floor: number, ceiling: number, previous: ReadingBefore | undefined, read: () => StretchReading): StretchReading {
    if (!paragraphCachesEnabled()) return read(); // (a text analyzed once: nothing to compare)
    const { text, blocks } = this;
    const firstBlock = stretch.parts[0].block;
    const lastBlock = stretch.parts[stretch.parts.length - 1].block;
    const start = blocks[firstBlock].start;
    const end = Math.min(text.length, blocks[lastBlock].end + READ_PAST);
    const signature = this.signature(stretch, floor, ceiling, previous, start, end, firstBlock, lastBlock);
    // Kept by the quotation's own start (a paragraph may hold several), found only when the whole of [start, end)
    // is unchanged.
    const own = stretch.parts[0].start;
    const { prefix, suffixFrom } = this.alignment;
    let found = end <= prefix || start >= suffixFrom ? this.places.find(own, end) : undefined;
    for (let block = firstBlock; found !== undefined && block <= lastBlock; block++) if (!this.sentencesCarried(block)) found = undefined;
    let reading: StretchReading;
    // (a reading is taken once per analysis: one found again, which cannot happen, is read again)
    if (found !== undefined && found.value.claimed !== this.claim && sameSignature(found.value.signature, signature)) {
      found.value.claimed = this.claim;
      const previous = found.value.reading;
      let kept = previous;
      if (found.shift !== 0) kept = this.inPlace && movableInPlace(previous) ? moveInPlace(previous, found.shift) : moved(previous, found.shift);
      reading = checkedKept('quotation reading', kept, read);
    } else reading = read();
    // (kept as it is: nothing changes a reading's attribution once read, and the quotations handed out are copies)
    this.places.keep(own, end, { signature, reading, claimed: 0 });
    return reading;
  }

  /** Everything else readStretch reads, relative to `start` and to the quotation's first paragraph. */
  private signature(
    stretch: QuotedStretch,
    floor: number,
    ceiling: number,
    previous: ReadingBefore | undefined,
    start: number,
    end: number,
    firstBlock: number,
    lastBlock: number,
  ): Int32Array {
    const { text, blocks } = this;
    const parts = stretch.parts;
    const signature = new Int32Array(HEAD + PART * parts.length + BLOCK * (lastBlock - firstBlock + 1) + PREVIOUS);
    let at = 0;
    signature[at++] = parts.length;
    signature[at++] = lastBlock - firstBlock + 1;
    signature[at++] = stretch.unclosed ? 1 : 0;
    signature[at++] = floor < start ? BEFORE_START : floor - start;
    signature[at++] = ceiling > end ? (ceiling >= text.length ? AT_TEXT_END : AFTER_END) : ceiling - start;
    for (const part of parts) {
      signature[at++] = part.start - start;
      signature[at++] = part.end - start;
      signature[at++] = part.block - firstBlock;
      signature[at++] = part.closed ? 1 : 0;
    }
    // (the quoted parts of the paragraphs are read through their sentences only: those must be the previous
    // analysis's, which holds when the parts lie where they did; listed here per quotation they made a paragraph of
    // many quotations quadratic)
    for (let block = firstBlock; block <= lastBlock; block++) {
      signature[at++] = BLOCK_KINDS.indexOf(blocks[block].kind);
      signature[at++] = blocks[block].start - start;
      signature[at++] = blocks[block].end - start;
    }
    if (previous) {
      const previousPart = previous.stretch.parts[previous.stretch.parts.length - 1];
      signature[at] = previous.kind === 'direct' ? 1 : 2;
      signature[at + 1] = previous.attribution === undefined ? 0 : previous.attribution.side === 'after' ? 1 : 2;
      signature[at + 2] = previousPart.block === firstBlock ? 1 : 0;
    }
    return signature;
  }
}

// The signature's row: its head (how many parts and paragraphs follow, unclosed, floor, ceiling), each quoted part (start, end, block, closed), each
// paragraph (kind, start, end), and the reading before it (kind, attribution's side, same paragraph), all relative
// to the quotation's first paragraph; 0 where there is no reading before (its kind is never 0).
const HEAD = 5;
const PART = 4;
const BLOCK = 3;
const PREVIOUS = 3;
/** The floor before the quotation's first paragraph, the ceiling past its reach and at the text's end. */
const BEFORE_START = -1;
const AFTER_END = -1;
const AT_TEXT_END = -2;
const BLOCK_KINDS: readonly Block['kind'][] = ['boilerplate', 'headline', 'dateline', 'paragraph', 'credit', 'signoff'];

/** Whether two signatures are the same row. */
function sameSignature(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) return false;
  return true;
}

/** Whether moveInPlace can move `reading` (its speaker phrase's tokens have columns of their own). */
function movableInPlace(reading: StretchReading): boolean {
  return reading.attribution === undefined || hasOwnColumns(reading.attribution.speaker.tokens);
}

/** `reading` moved `by` characters further on in place (inPlace.ts: nothing but this cache holds it). */
function moveInPlace(reading: StretchReading, by: number): StretchReading {
  const attribution = reading.attribution;
  if (attribution === undefined) return reading;
  countMovedInPlace();
  const moved = new Set<object>();
  movePhraseInPlace(attribution.speaker, by, moved);
  moveRangeInPlace(attribution.cue, by, moved);
  return reading;
}

/** A copy of `reading` `by` characters further on. */
function moved(reading: StretchReading, by: number): StretchReading {
  const attribution = reading.attribution;
  if (attribution === undefined) return { kind: reading.kind, opensSentence: reading.opensSentence };
  const copy: Attribution = {
    speaker: movedPhrase(attribution.speaker, by, new Map<SpeakerPhrase, SpeakerPhrase>()),
    cue: movedRange(attribution.cue, by),
    verb: attribution.verb,
    side: attribution.side,
  };
  return { attribution: copy, kind: reading.kind, opensSentence: reading.opensSentence };
}
