// The first diagnostics of a long article, sooner: when a document is analyzed for the first time and is long, the
// worker first analyzes its opening paragraphs alone (what the editor shows on opening), and their diagnostics are
// published for that version while the whole article is analyzed; the whole article's diagnostics replace them.
// They are the opening's own reading: a document-level step (a name typed by the rest of the article, a speaker
// named further down) can change a few of them, so only diagnostics that end before the opening's last paragraph
// are shown, and nothing else (hovers, views, the analysis-done notification) ever reads the opening's analysis.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Articles shorter than this are analyzed whole at once (their whole analysis is about as quick). */
export const FIRST_LOOK_MIN_LENGTH = 64 * 1024;
/** About how much of the article the first look reads: more than a screen, a tenth of a 400 KB analysis. */
const FIRST_LOOK_LENGTH = 16 * 1024;

/**
 * The opening of a long text to analyze first, cut at a paragraph break (else a line break), and where the
 * diagnostics shown from it must end: at the start of its last paragraph, whose reading the next one may change.
 * Undefined when the text is short or has no break to cut at.
 */
export function firstLookOf(text: string): { text: string; trustedEnd: number } | undefined {
  if (text.length < FIRST_LOOK_MIN_LENGTH) return undefined;
  let end = text.indexOf('\n\n', FIRST_LOOK_LENGTH);
  if (end < 0 || end > FIRST_LOOK_LENGTH * 2) end = text.indexOf('\n', FIRST_LOOK_LENGTH);
  if (end < 0 || end > FIRST_LOOK_LENGTH * 2) return undefined;
  const opening = text.slice(0, end);
  const lastBreak = Math.max(opening.lastIndexOf('\n\n'), opening.lastIndexOf('\n'));
  if (lastBreak <= 0) return undefined;
  return { text: opening, trustedEnd: lastBreak };
}

/** The diagnostics that end before `trustedEnd` (offsets in `document`, whose text starts with the opening). */
export function firstLookDiagnostics(document: TextDocument, diagnostics: readonly Diagnostic[], trustedEnd: number): Diagnostic[] {
  return diagnostics.filter((diagnostic) => document.offsetAt(diagnostic.range.end) <= trustedEnd);
}
