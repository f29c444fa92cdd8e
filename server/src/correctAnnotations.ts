// Corrections applied to an analysis without throwing: where they run (the analysis worker, or in process for an
// injected analyzer) the outcome is the same, and an analyzer output that breaks the contract is served as it is.
// Free of LSP imports: the worker bundle holds it.
import type { Annotations } from './analysis/types';
import { applyCorrections, type Orphan } from './corrections/apply';
import type { CorrectedAnnotations } from './corrections/corrected';
import type { Correction } from './corrections/types';

/** What an article's corrections need besides the text and the analysis. */
export interface CorrectionsInput {
  corrections: Correction[];
  /** nameKey()s of the names that are never actors. */
  notActors: string[];
}

export interface CorrectedResult {
  annotations: CorrectedAnnotations;
  orphans: Orphan[];
  /** Why the corrections could not be applied (the annotations are then the analyzer's, as they are). */
  error?: string;
}

/**
 * `handedOver`: the caller drops `annotations` afterwards (a fresh analysis), so they are corrected in place rather
 * than deep-copied first; a successful result is the same. (An analyzer output that breaks the contract and makes
 * the corrections fail is then served with whatever the corrections had changed in it before failing.)
 */
export function correctAnnotations(
  text: string,
  annotations: Annotations,
  corrections: readonly Correction[],
  notActors: ReadonlySet<string>,
  handedOver = false,
): CorrectedResult {
  try {
    const result = applyCorrections(text, annotations, corrections, { notActors }, handedOver);
    return { annotations: result.annotations, orphans: result.orphans };
  } catch (error) {
    return { annotations: annotations as CorrectedAnnotations, orphans: [], error: String(error) };
  }
}
