// Annotations as diagnostics: one per actor mention, date and quote (Hint by default, so they mark the text
// without crowding the Problems panel), and each writing problem as a Warning (an inferred year, which is no
// fault, as Information). Every diagnostic carries a stable
// code per kind and the annotation id in `data`, for code actions and the client.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DATE_SANITY_CODES } from './analysis/dates/sanity';
import type { Annotations, Origin, Provenance } from './analysis/types';
import { actorLabel, quoteLabel } from './labels';
import { rangeOf } from './positions';
import type { NewsAnnotatorSettings, Severity } from './settings';

export const DIAGNOSTIC_SOURCE = 'News Annotator';

export type AnnotationKind = 'person' | 'organization' | 'place' | 'date' | 'quote';

/** The `data` of an annotation diagnostic. */
export interface AnnotationDiagnosticData {
  id: string;
  kind: AnnotationKind | 'problem';
  /** `manual` when an annotator added or changed it (or its actor); `reviewed` when accepted. Absent otherwise. */
  origin?: Origin;
  reviewed?: boolean;
}

/** The provenance of an annotation for a diagnostic's data: only what differs from the analyzer's own output. */
function provenance(...items: readonly Provenance[]): Pick<AnnotationDiagnosticData, 'origin' | 'reviewed'> {
  const manual = items.some((item) => item.origin === 'manual');
  return { ...(manual ? { origin: 'manual' as const } : {}), ...(items[0]?.reviewed ? { reviewed: true } : {}) };
}

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Problems that are facts about the article rather than faults (wire copy often omits the year) are at most Information. */
const INFORMATIONAL_PROBLEMS: ReadonlySet<string> = new Set(['inferred-year']);
const RANK: Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

export function problemSeverity(code: string, configured: Severity): Severity {
  if (!INFORMATIONAL_PROBLEMS.has(code)) return configured;
  return RANK.indexOf(configured) > RANK.indexOf('information') ? 'information' : configured;
}

export function toDiagnostics(document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const add = (severity: Severity, span: { start: number; end: number }, code: string, message: string, data: AnnotationDiagnosticData) => {
    if (severity === 'off') return;
    diagnostics.push({ range: rangeOf(document, span), severity: SEVERITY[severity], source: DIAGNOSTIC_SOURCE, code, message, data });
  };
  // A kind whose severity is off costs nothing (labels and data are made only for what is published).
  for (const actor of annotations.actors) {
    if (settings.severity[actor.type] === 'off') continue;
    const message = actorLabel(actor);
    for (const mention of actor.mentions) add(settings.severity[actor.type], mention, actor.type, message, { id: actor.id, kind: actor.type, ...provenance(mention, actor) });
  }
  if (settings.severity.date !== 'off') {
    for (const date of annotations.dates) add(settings.severity.date, date, 'date', `Date: ${date.value}`, { id: date.id, kind: 'date', ...provenance(date) });
  }
  if (settings.severity.quote !== 'off') {
    for (const quote of annotations.quotes) add(settings.severity.quote, quote, 'quote', quoteLabel(quote), { id: quote.id, kind: 'quote', ...provenance(quote) });
  }
  for (const problem of annotations.problems) {
    const severity = DATE_SANITY_CODES.has(problem.code) ? settings.severity.dateSanity : problemSeverity(problem.code, settings.severity.problem);
    add(severity, problem, problem.code, problem.message, { id: problem.annotationId ?? '', kind: 'problem' });
  }
  return diagnostics;
}
