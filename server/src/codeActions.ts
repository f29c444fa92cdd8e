// Quick fixes for the quotation-mark problems: insert the missing space next to a quotation mark, and close a
// quotation that is never closed at the end of its paragraph. Fixes are computed from the current analysis, so a
// diagnostic left over from an older version gets no fix rather than a wrong edit.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, Problem } from './analysis/types';
import { WEEKDAY_MISMATCH } from './analysis/dates/sanity';
import { weekdayFix } from './dateSanityFixes';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { rangeOf } from './positions';

const DOUBLE_MARKS = /["“”„‟«»]/;

/** The closing mark that goes with an opening one. */
export const CLOSING_MARK: Record<string, string> = { '“': '”', '„': '”', '‟': '”', '«': '»', '"': '"', '”': '”' };

/**
 * Where the space goes for a `missing-space-at-quote` problem, whose span is the quotation mark and the character
 * glued to it (before an opening mark, after a closing one): between the two.
 */
export function missingSpaceOffset(text: string, problem: Problem): number | undefined {
  const first = text[problem.start];
  const last = text[problem.end - 1];
  if (problem.end - problem.start >= 2 && DOUBLE_MARKS.test(first) && !DOUBLE_MARKS.test(last)) return problem.start + 1;
  if (problem.end - problem.start >= 2 && DOUBLE_MARKS.test(last)) return problem.end - 1;
  return undefined;
}

/** Where and what to insert to close the quotation an `unclosed-quote` problem points at. */
export function closingInsertion(text: string, annotations: Annotations, problem: Problem): { offset: number; mark: string } | undefined {
  const opening = text[problem.start];
  const mark = CLOSING_MARK[opening];
  if (!mark) return undefined;
  const quote =
    annotations.quotes.find((candidate) => candidate.id === problem.annotationId) ??
    annotations.quotes.find((candidate) => candidate.unclosed && candidate.start <= problem.start && problem.start < candidate.end);
  const paragraph = annotations.blocks.find((block) => block.start <= problem.start && problem.start < block.end);
  let end = quote?.unclosed ? quote.end : paragraph?.end;
  if (end === undefined) return undefined;
  while (end > problem.start + 1 && /\s/u.test(text[end - 1])) end--;
  return { offset: end, mark };
}

const FIXABLE_CODES = new Set(['missing-space-at-quote', 'unclosed-quote', WEEKDAY_MISMATCH]);

/** Whether a diagnostic is one of ours that has a quick fix. */
export function isFixable(diagnostic: Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && FIXABLE_CODES.has(String(diagnostic.code));
}

function matches(document: TextDocument, problem: Problem, diagnostic: Diagnostic): boolean {
  return (
    diagnostic.source === DIAGNOSTIC_SOURCE &&
    diagnostic.code === problem.code &&
    document.offsetAt(diagnostic.range.start) === problem.start &&
    document.offsetAt(diagnostic.range.end) === problem.end
  );
}

export function quickFixes(document: TextDocument, annotations: Annotations, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const text = document.getText();
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const problem = annotations.problems.find((candidate) => matches(document, candidate, diagnostic));
    if (!problem) continue;
    let edit: { offset: number; insert: string; replace?: number } | undefined;
    let title = '';
    if (problem.code === 'missing-space-at-quote') {
      const offset = missingSpaceOffset(text, problem);
      if (offset !== undefined) edit = { offset, insert: ' ' };
      title = 'Insert a space next to the quotation mark';
    } else if (problem.code === 'unclosed-quote') {
      const insertion = closingInsertion(text, annotations, problem);
      if (insertion) edit = { offset: insertion.offset, insert: insertion.mark };
      title = `Close the quotation with ${insertion?.mark} at the end of the paragraph`;
    } else if (problem.code === WEEKDAY_MISMATCH) {
      const weekday = weekdayFix(text, annotations, problem);
      if (weekday) edit = { offset: problem.start, insert: weekday, replace: problem.end - problem.start };
      title = `Change the weekday to ${weekday}`;
    }
    if (!edit) continue;
    const at = rangeOf(document, { start: edit.offset, end: edit.offset + (edit.replace ?? 0) });
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [document.uri]: [{ range: at, newText: edit.insert }] } },
    });
  }
  return actions;
}
