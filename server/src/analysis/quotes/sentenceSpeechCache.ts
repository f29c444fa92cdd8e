// Each sentence's reported speech as read from its words alone (indirect.ts readSentenceSpeech: its section label,
// its reading, a second clause split off), taken from the previous analysis for a sentence an edit left alone: an
// edit of a long article reads the sentences it touched again, not all of them. What is done with a reading
// afterwards (quotations around it, weak cues) reads the whole article and runs every time.
//
// The reading is a function of the tokens lying wholly inside the sentence. When the sentence starts and ends at the
// same places relative to the tokens (the same length, found where a sentence of the previous analysis started,
// moved by the edit) and those tokens and the one either side are unchanged since the previous analysis
// (previousTokens.ts), the tokens inside are the same, and so is the reading, moved.
import type { DocumentTokens } from '../documentTokens';
import { cacheChecksOn, checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { firstAtOrAfter } from '../partitionPoint';
import { alignmentOf, unchangedStretch, type TokenAlignment } from '../previousTokens';
import type { TokenList } from '../tokenList';
import type { SpeakerPhrase } from './attribution';
import type { ReportedSpeech } from './indirect';
import type { Range } from './sentences';
import { countMovedInPlace, mayMoveInPlace, moveRangeInPlace, newClaim } from './inPlace';
import { hasOwnColumns, movedTokens, moveTokensInPlace, wordsWithin } from './words';

interface Reading {
  end: number;
  /** The analysis that last took the reading (inPlace.ts newClaim): a reading is taken once per analysis. */
  claimed: number;
  /**
   * The reading, where the sentence is in the analysis that keeps it. Handed out as it is (nothing changes reported
   * speech once read: the caller keeps the speakers apart); a sentence the edit moved gets the same objects moved in
   * place (inPlace.ts), or copies, moved, when that is not safe: what the next analysis finds.
   */
  speech: ReportedSpeech[];
}

/**
 * Readings by their sentence's start, in the order added: ascending, as findReportedSpeech reads the sentences (sorted
 * when first asked otherwise, the one added last for a start kept). Asked in ascending order too (the sentences
 * before the edit at their place, those after it all moved by as much), so a cursor finds each: two arrays and a
 * step or two per sentence, where a Map per analysis hashed every sentence's start twice.
 */
class ReadingsByStart {
  private starts: number[] = [];
  private readings: Reading[] = [];
  private inOrder = true;
  private cursor = 0;

  add(start: number, reading: Reading): void {
    const last = this.starts.length - 1;
    if (last >= 0 && start <= this.starts[last]) {
      if (start === this.starts[last]) {
        this.readings[last] = reading;
        return;
      }
      this.inOrder = false;
    }
    this.starts.push(start);
    this.readings.push(reading);
  }

  get(start: number): Reading | undefined {
    if (!this.inOrder) this.sort();
    const starts = this.starts;
    let at = this.cursor;
    if (at > 0 && starts[at - 1] >= start) at = firstAtOrAfter(starts, start);
    else {
      for (let steps = 0; at < starts.length && starts[at] < start; steps++) {
        if (steps === 16) {
          at = firstAtOrAfter(starts, start);
          break;
        }
        at++;
      }
    }
    this.cursor = at;
    return at < starts.length && starts[at] === start ? this.readings[at] : undefined;
  }

  /** Puts the readings in order of start, the one added last for a start replacing the others. */
  private sort(): void {
    const order: number[] = [];
    for (let index = 0; index < this.starts.length; index++) order.push(index);
    const starts = this.starts;
    order.sort((a, b) => starts[a] - starts[b] || b - a);
    const sortedStarts: number[] = [];
    const sortedReadings: Reading[] = [];
    for (const index of order) {
      if (sortedStarts.length > 0 && sortedStarts[sortedStarts.length - 1] === starts[index]) continue;
      sortedStarts.push(starts[index]);
      sortedReadings.push(this.readings[index]);
    }
    this.starts = sortedStarts;
    this.readings = sortedReadings;
    this.inOrder = true;
    this.cursor = 0;
  }
}

/** The readings of the last analysis's sentences, by the sentence's start, and the document they were read from. */
const kept = new KeptLatest<{ document: DocumentTokens; readings: ReadingsByStart }>();

/** The reported speech of one analysis's sentences, those of unchanged sentences taken from the previous analysis. */
export class SentenceSpeechReuse {
  private readonly alignment: TokenAlignment;
  private readonly previous: ReadingsByStart | undefined;
  private readonly current = new ReadingsByStart();
  /** How many characters further on the sentence previousReading() found is now. */
  private foundBy = 0;
  private readonly claim = newClaim();
  /** Whether the previous analysis's readings may be moved in place (inPlace.ts). */
  private readonly inPlace = mayMoveInPlace();

  constructor(private readonly document: DocumentTokens) {
    // (as previousTokens.ts KeptByPosition: the previous readings when they were read from the document this one is
    // aligned with)
    this.alignment = alignmentOf(document);
    const latest = kept.value;
    this.previous = latest !== undefined && latest.document === this.alignment.previous ? latest.readings : undefined;
    if (paragraphCachesEnabled()) kept.value = { document, readings: this.current };
  }

  /**
   * read(words of text[start, end)), or the previous analysis's reading of the same sentence (moved copies when the
   * sentence moved). Never to be changed by the caller. Readings that share a speaker phrase (a second clause of the
   * same speaker) still share it in the copies: the caller compares them by identity.
   */
  speech(start: number, end: number, read: (tokens: TokenList) => ReportedSpeech[]): ReportedSpeech[] {
    const previous = this.previousReading(start, end);
    if (previous === undefined) {
      const speech = read(wordsWithin(this.document, start, end));
      this.current.add(start, { end, speech, claimed: this.claim });
      return speech;
    }
    let reading = previous;
    if (this.foundBy !== 0) {
      if (this.inPlace && ownColumns(previous.speech)) {
        moveInPlace(previous.speech, this.foundBy);
        previous.end = end;
        if (previous.speech.length > 0) countMovedInPlace();
      } else reading = { end, speech: moved(previous.speech, this.foundBy), claimed: 0 };
    }
    reading.claimed = this.claim;
    this.current.add(start, reading);
    // (the check's callback made only when checking: most sentences of an edit are kept ones)
    return cacheChecksOn() ? checkedKept('reported speech', reading.speech, () => read(wordsWithin(this.document, start, end))) : reading.speech;
  }

  /** The previous analysis's record of the sentence (foundBy: how far it moved since). */
  private previousReading(start: number, end: number): Reading | undefined {
    if (this.previous === undefined) return undefined;
    const first = this.document.firstFrom(start);
    const after = this.document.endWithin(first, end);
    // The tokens inside, and the one before and the one after: those decide which tokens lie inside.
    const stretch = unchangedStretch(this.alignment, first - 1, after + 1);
    if (stretch === undefined) return undefined;
    const reading = this.previous.get(start + stretch.charShift);
    if (reading === undefined || reading.end !== end + stretch.charShift || reading.claimed === this.claim) return undefined;
    // (0 - x, not -x: -0, a heap number, stored once in a field that held small integers, made every number read from
    // it a heap number; added to the offsets of the ranges moved in place, those turned their fields from small
    // integers to doubles, which outdated the hidden class of every object whose first fields are start and end: each
    // object made from a literal of them afterwards was moved to the new class at its first read, several ms an edit)
    this.foundBy = 0 - stretch.charShift;
    return reading;
  }
}

/**
 * Copies of `speech` `by` characters further on, each speaker phrase copied once. (Module-level helpers and loops, no
 * callbacks: a callback written here is a new closure per call, compiled again after every full collection.)
 */
function moved(speech: readonly ReportedSpeech[], by: number): ReportedSpeech[] {
  if (speech.length === 0) return []; // (most sentences: no map of phrases made for them)
  const phrases = new Map<SpeakerPhrase, SpeakerPhrase>();
  const copies: ReportedSpeech[] = [];
  for (const item of speech) {
    const copy: ReportedSpeech = {
      content: movedRange(item.content, by),
      attribution: {
        speaker: movedPhrase(item.attribution.speaker, by, phrases),
        cue: movedRange(item.attribution.cue, by),
        verb: item.attribution.verb,
        side: item.attribution.side,
      },
    };
    if (item.parts) {
      const parts: Range[] = [];
      for (const part of item.parts) parts.push(movedRange(part, by));
      copy.parts = parts;
    }
    copies.push(copy);
  }
  return copies;
}

/** Whether every speaker phrase of `speech` has token columns of its own (what moveInPlace moves). */
function ownColumns(speech: readonly ReportedSpeech[]): boolean {
  for (const item of speech) if (!hasOwnColumns(item.attribution.speaker.tokens)) return false;
  return true;
}

/**
 * `speech` moved `by` characters further on in place: each range, speaker phrase and token list once (a second clause
 * shares its speaker phrase with the first). The phrases' token lists have columns of their own (words.ts ownTokens).
 */
function moveInPlace(speech: readonly ReportedSpeech[], by: number): void {
  if (speech.length === 0) return;
  const moved = new Set<object>();
  for (const item of speech) {
    moveRangeInPlace(item.content, by, moved);
    moveRangeInPlace(item.attribution.cue, by, moved);
    if (item.parts) for (const part of item.parts) moveRangeInPlace(part, by, moved);
    movePhraseInPlace(item.attribution.speaker, by, moved);
  }
}

/** A speaker phrase moved `by` characters further on in place, once (`moved`: what was moved so far). */
export function movePhraseInPlace(phrase: SpeakerPhrase, by: number, moved: Set<object>): void {
  if (moved.has(phrase)) return;
  moved.add(phrase);
  moveRangeInPlace(phrase.phrase, by, moved);
  moveRangeInPlace(phrase.head, by, moved);
  moveTokensInPlace(phrase.tokens, by, moved);
}

export function movedRange(from: Range, by: number): Range {
  return { start: from.start + by, end: from.end + by };
}

/** A speaker phrase `by` characters further on, copied once per analysis (`copies`: the copies made so far). */
export function movedPhrase(from: SpeakerPhrase, by: number, copies: Map<SpeakerPhrase, SpeakerPhrase>): SpeakerPhrase {
  let copy = copies.get(from);
  if (copy === undefined) {
    // (token lists are never changed once made: unmoved, the same one serves)
    const tokens = by === 0 ? from.tokens : movedTokens(from.tokens, by);
    copy = { phrase: movedRange(from.phrase, by), head: movedRange(from.head, by), tokens, isPronoun: from.isPronoun, isDescription: from.isDescription };
    copies.set(from, copy);
  }
  return copy;
}
