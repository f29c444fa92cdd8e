// The text an export ships and the offsets into it. Annotations carry UTF-16 offsets into the text as analyzed;
// the formats annotation tools read count code points (Python `str` indices) and mishandle CRLF (brat counts a
// CRLF as two characters in one place and one in another). Every exporter therefore writes offsets against one
// normalized text: the UTF-8 BOM removed and CRLF / lone CR turned into LF, counted in code points. That is exactly
// what Python's `open(path, encoding="utf-8-sig").read()` returns for the original file, so the offsets also hold
// against the source file read that way.

/** The normalized text and a map from UTF-16 offsets of the original text to code point offsets into it. */
export interface ExportText {
  /** BOM-free, LF-only text. */
  readonly text: string;
  /** Length of the original text in UTF-16 code units. */
  readonly length16: number;
  /** The normalized text as an array of code points, for slicing by code point offsets. */
  readonly codePoints: readonly string[];
  /** Code point offset in `text` of the UTF-16 offset `utf16` of the original text (0 ≤ utf16 ≤ original length). */
  at(utf16: number): number;
  /** The normalized text between two code point offsets. */
  slice(start: number, end: number): string;
}

export function exportText(original: string): ExportText {
  // before[i] = number of code points of the normalized text produced by original.slice(0, i).
  const before = new Uint32Array(original.length + 1);
  const codePoints: string[] = [];
  for (let index = 0; index < original.length;) {
    before[index] = codePoints.length;
    const code = original.charCodeAt(index);
    if (index === 0 && code === 0xfeff) {
      index += 1; // the BOM is not text
    } else if (code === 0x0d) {
      codePoints.push('\n');
      if (original.charCodeAt(index + 1) === 0x0a) {
        before[index + 1] = codePoints.length - 1; // between CR and LF: the line break is not yet complete
        index += 2;
      } else index += 1;
    } else {
      const codePoint = original.codePointAt(index)!;
      codePoints.push(String.fromCodePoint(codePoint));
      if (codePoint > 0xffff) {
        before[index + 1] = codePoints.length; // inside a surrogate pair: count the pair as read
        index += 2;
      } else index += 1;
    }
  }
  before[original.length] = codePoints.length;
  return {
    text: codePoints.join(''),
    length16: original.length,
    codePoints,
    at(utf16: number): number {
      if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > original.length) {
        throw new RangeError(`offset ${utf16} is outside the text (0–${original.length})`);
      }
      return before[utf16];
    },
    slice(start: number, end: number): string {
      return codePoints.slice(start, end).join('');
    },
  };
}

/** Line breaks as Python's str.splitlines sees them: a span's text in a line-based format must not contain one. */
export const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/**
 * Whitespace as Python's str.split() and str.isspace() see it: what the readers of the exports (CoNLL column
 * splitters, brat, spaCy) split on. JavaScript's \s differs both ways: it misses U+001C–U+001F and U+0085 (common in
 * badly decoded text) and counts U+FEFF, which Python keeps as a character.
 */
export const PYTHON_WHITESPACE_CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WHITESPACE = new RegExp(`^[${PYTHON_WHITESPACE_CLASS}]$`);

/** True when a character (one code point) is whitespace to Python. */
export function isWhitespace(character: string): boolean {
  return WHITESPACE.test(character);
}

/** Splits the code point range [start, end) of a text at line breaks into trimmed, non-empty fragments. */
export function lineFragments(text: ExportText, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  let fragmentStart = start;
  const flush = (fragmentEnd: number) => {
    let from = fragmentStart;
    let to = fragmentEnd;
    while (from < to && isWhitespace(text.codePoints[from])) from++;
    while (to > from && isWhitespace(text.codePoints[to - 1])) to--;
    if (from < to) fragments.push([from, to]);
  };
  for (let index = start; index < end; index++) {
    if (LINE_BREAK.test(text.codePoints[index])) {
      flush(index);
      fragmentStart = index + 1;
    }
  }
  flush(end);
  return fragments;
}
