// Decides whether a document is text the analyzer should see. Huge files would stall the server (analysis is
// synchronous) and binary or wrongly decoded files would produce nonsense annotations, so both are skipped with a
// reason the client can show. Runs on the server's thread before every analysis (each keystroke of a long
// article), so it reads the text with native searches only: no byte count when the length settles the size, no
// regular expression over the whole text, and after an edit only the edited stretch.
import { unchangedEnds } from './analysis/unchangedText';

/** Three or more replacement characters in a row: bytes that did not decode, not a stray copy-paste artefact. */
const UNDECODABLE_RUN = '\uFFFD\uFFFD\uFFFD';

/** The UTF-8 size of `text` in KB, or how it compares with `limitKB` when its length alone settles that. */
function overLimit(text: string, limitKB: number): number | undefined {
  const limit = limitKB * 1024;
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair, two units, is 4).
  if (text.length * 3 <= limit) return undefined;
  if (text.length > limit) return Buffer.byteLength(text, 'utf8') / 1024;
  const sizeKB = Buffer.byteLength(text, 'utf8') / 1024;
  return sizeKB > limitKB ? sizeKB : undefined;
}

/**
 * The last text found free of NUL characters and replacement runs. An edit of it can bring one in only where it
 * changed: the next text is searched there (and two characters either side, where a run could join the unchanged
 * text) instead of whole, after each keystroke of a long article.
 */
let lastClean: string | undefined;

/** The stretch of `text` that may hold what `lastClean` did not: the edited characters, two more either side. */
function uncheckedStretch(text: string): { from: number; to: number } {
  if (lastClean === undefined) return { from: 0, to: text.length };
  const { prefix, suffix } = unchangedEnds(lastClean, text);
  const margin = UNDECODABLE_RUN.length - 1;
  return { from: Math.max(0, prefix - margin), to: Math.min(text.length, text.length - suffix + margin) };
}

/** Why `text` is not analyzed, in words for the status bar; undefined when it is analyzable. */
export function whyNotAnalyzable(text: string, maxFileSizeKB: number): string | undefined {
  const sizeKB = overLimit(text, maxFileSizeKB);
  if (sizeKB !== undefined) {
    return `file is ${Math.ceil(sizeKB)} KB, over the newsAnnotator.maxFileSizeKB limit of ${maxFileSizeKB} KB`;
  }
  const { from, to } = uncheckedStretch(text);
  // A slice of a long string is a view of it, not a copy.
  const unchecked = from === 0 && to === text.length ? text : text.slice(from, to);
  if (unchecked.includes('\u0000')) return 'binary file (contains NUL characters)';
  if (unchecked.includes(UNDECODABLE_RUN)) return 'text could not be decoded (runs of U+FFFD replacement characters)';
  lastClean = text;
  return undefined;
}
