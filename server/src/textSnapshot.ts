// The text an analysis describes, frozen: a TextDocument (same positions as vscode-languageserver-textdocument's,
// lines ending at \r\n, \n or \r) whose line starts are made from the previous snapshot of the same document when
// there is one. After a one-character edit of a 400 KB article only the edited stretch is read for line breaks: the
// other line starts are the previous ones, those after the edit moved by its length (a fresh TextDocument scanned
// the whole text again on the server's thread the first time a diagnostic or a hover asked for a position).
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { unchangedEnds } from './latestAnalysis';

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const isLineBreak = (code: number) => code === LINE_FEED || code === CARRIAGE_RETURN;

/**
 * Pushes the line starts `text` has in [from, to]: a line starts after a line feed, and after a carriage return
 * that no line feed follows.
 */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let at = Math.max(from, 1); at <= to; at++) {
    const before = text.charCodeAt(at - 1);
    if (before === LINE_FEED || (before === CARRIAGE_RETURN && text.charCodeAt(at) !== LINE_FEED)) starts.push(at);
  }
}

export class TextSnapshot implements TextDocument {
  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    private readonly text: string,
    /** Where each line starts; the first is 0. */
    private readonly starts: Int32Array,
  ) {}

  /** A snapshot of `text`; given the previous snapshot of the same document, its line starts are reused. */
  static of(uri: string, languageId: string, version: number, text: string, previous?: TextSnapshot): TextSnapshot {
    return new TextSnapshot(uri, languageId, version, text, previous ? previous.lineStartsFor(text) : TextSnapshot.lineStarts(text));
  }

  private static lineStarts(text: string): Int32Array {
    const starts = [0];
    pushLineStarts(text, 1, text.length, starts);
    return Int32Array.from(starts);
  }

  /**
   * The line starts of `text`, an edit of this snapshot's text: those before the edited stretch are this snapshot's,
   * those in it are read, those after it are this snapshot's moved by the change in length. A line start depends on
   * the character before it and the character at it, so the starts kept are those whose two characters are unedited.
   */
  private lineStartsFor(text: string): Int32Array {
    if (text === this.text) return this.starts;
    const { prefix, suffix } = unchangedEnds(this.text, text);
    const oldEnd = this.text.length - suffix;
    const newEnd = text.length - suffix;
    const shift = text.length - this.text.length;
    const old = this.starts;
    // Starts before the prefix (index < prefix) keep; starts after the old edited stretch (index > oldEnd) move.
    let kept = 1;
    while (kept < old.length && old[kept] < prefix) kept++;
    let moved = old.length;
    while (moved > kept && old[moved - 1] > oldEnd) moved--;
    const middle: number[] = [];
    pushLineStarts(text, prefix, newEnd, middle);
    const starts = new Int32Array(kept + middle.length + old.length - moved);
    starts.set(old.subarray(0, kept));
    starts.set(middle, kept);
    for (let index = moved, at = kept + middle.length; index < old.length; index++, at++) starts[at] = old[index] + shift;
    return starts;
  }

  /** Where each line starts (not to be changed): for readers that walk lines in order. */
  get lineStarts(): Readonly<Int32Array> {
    return this.starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  getText(range?: Range): string {
    return range ? this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text;
  }

  positionAt(offset: number): Position {
    const { starts } = this;
    offset = Math.max(Math.min(offset, this.text.length), 0);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle] > offset) high = middle;
      else low = middle + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeLineBreak(offset, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const { starts } = this;
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** An offset inside a line break counts as the line's end. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}
