// The narrator's utterances around a pronoun, for resolving it as centering theory does (Grosz, Joshi and
// Weinstein 1995; Brennan, Friedman and Pollard 1987): "he" or "she" continues the highest-ranked person of the
// utterance just before it, its subject first. News writes "Regular exercise helped Lee Park, 50. “…,” he says."
// and "Lee Park, head of the guild, is hopeful. “…,” she said.": the person that sentence brought in speaks.
// Quoted words are no utterance of the narrator: a sentence end inside a quotation ends nothing here.
import { firstEndingAfter } from '../partitionPoint';
import { lastStartingBy, type SentenceIndex } from './salience';
import type { Range } from './sentences';

/** Longest utterance (characters) read: past it the text is no prose sentence, and reading it costs. */
const MAX_UTTERANCE = 3000;

export class Utterances {
  /** Sentence starts that do not fall strictly inside a quotation, ascending. */
  private readonly starts: number[];

  /** `quoted`: the quotations' parts, marks included, sorted by start and disjoint. */
  constructor(
    sentences: SentenceIndex,
    private readonly quoted: readonly Range[],
  ) {
    this.starts = [];
    for (const start of sentences.allStarts()) if (!this.insideQuotation(start)) this.starts.push(start);
  }

  /**
   * The narration of the utterance before the one holding `position`, quoted words left out; none when there is
   * none or it is too long to be a sentence (text without sentence ends).
   */
  previous(position: number): Range[] | undefined {
    const index = lastStartingBy(this.starts, position);
    if (index === 0) return undefined;
    const start = this.starts[index - 1];
    const end = this.starts[index];
    return end - start > MAX_UTTERANCE ? undefined : this.narration({ start, end });
  }

  private insideQuotation(position: number): boolean {
    const part = this.quoted[this.firstEndingAfter(position)];
    return part !== undefined && part.start < position && position < part.end;
  }

  /** `range` less the quotations inside it. */
  private narration(range: Range): Range[] {
    const pieces: Range[] = [];
    let from = range.start;
    for (let index = this.firstEndingAfter(range.start); index < this.quoted.length && this.quoted[index].start < range.end; index++) {
      const part = this.quoted[index];
      if (part.start > from) pieces.push({ start: from, end: part.start });
      from = Math.max(from, part.end);
    }
    if (from < range.end) pieces.push({ start: from, end: range.end });
    return pieces;
  }

  private firstEndingAfter(position: number): number {
    return firstEndingAfter(this.quoted, position);
  }
}
