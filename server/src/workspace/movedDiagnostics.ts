// Diagnostics of an earlier version of a document carried over to an edited one: each range of the document (the
// diagnostic's and its related locations in the same document) taken to where its text is now. Used when what the
// diagnostics were made from is known to be the same but for its offsets (the cross-article diagnostics after an
// edit that changed no name, quote or index entry): moving a few ranges instead of making a long article's
// diagnostics again on every keystroke.
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../annotationsDelta';
import { sameRange } from '../positions';

/**
 * `diagnostics` of `from` on `to`, an edit of it (`change`): the very objects where nothing moved, copies with
 * moved ranges otherwise; undefined when a range touches the edited stretch (the caller makes them anew).
 */
export function movedDiagnostics(diagnostics: readonly Diagnostic[], from: TextDocument, to: TextDocument, change: TextChange): Diagnostic[] | undefined {
  const { prefix, oldEnd, shift } = change;
  let failed = false;
  // Offsets up to the edit stay, those from its end on move by its length, those inside it have no place.
  const moveOffset = (offset: number) => (offset <= prefix ? offset : offset >= oldEnd ? offset + shift : NaN);
  const moveRange = (range: Range): Range => {
    const end = from.offsetAt(range.end);
    // Wholly before the edit: the same text before it, so the same lines and characters. Not always for a range ending
    // where the edit starts: a line feed typed right after a carriage return makes the two one line break, and the
    // offset between them has the position of the end of the first line, no longer the start of the next.
    if (end < prefix) return range;
    const start = moveOffset(from.offsetAt(range.start));
    const moved = moveOffset(end);
    if (Number.isNaN(start) || Number.isNaN(moved)) {
      failed = true;
      return range;
    }
    const next = { start: to.positionAt(start), end: to.positionAt(moved) };
    return sameRange(next, range) ? range : next;
  };
  const movedRelated = new Map<DiagnosticRelatedInformation[], DiagnosticRelatedInformation[]>();
  const moveRelated = (related: DiagnosticRelatedInformation[]): DiagnosticRelatedInformation[] => {
    let moved = movedRelated.get(related);
    if (moved) return moved;
    moved = related;
    for (let at = 0; at < related.length; at++) {
      const { location } = related[at];
      if (location.uri !== to.uri) continue;
      const range = moveRange(location.range);
      if (range === location.range) continue;
      if (moved === related) moved = related.slice();
      moved[at] = { ...related[at], location: { ...location, range } };
    }
    movedRelated.set(related, moved);
    return moved;
  };
  const result = new Array<Diagnostic>(diagnostics.length);
  for (let at = 0; at < diagnostics.length; at++) {
    const diagnostic = diagnostics[at];
    const range = moveRange(diagnostic.range);
    const related = diagnostic.relatedInformation && moveRelated(diagnostic.relatedInformation);
    result[at] =
      range === diagnostic.range && related === diagnostic.relatedInformation ? diagnostic : { ...diagnostic, range, ...(related ? { relatedInformation: related } : {}) };
  }
  return failed ? undefined : result;
}
