// Annotations as diagnostics: one per actor mention, date and quote (Hint by default, so they mark the text
// without crowding the Problems panel), and each writing problem as a Warning (an inferred year, which is no
// fault, as Information). Every diagnostic carries a stable
// code per kind and the annotation id in `data`, for code actions and the client.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DATE_SANITY_CODES } from './analysis/dates/sanity';
import type { Annotations, Origin, Provenance } from './analysis/types';
import { actorLabel, quoteLabel } from './labels';
import { rangeOf, sameRange } from './positions';
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
  return flatten(diagnosticGroups(document, annotations, settings));
}

/** The diagnostics of each annotation, per list: one group per item (an actor's group has one per mention). */
export type DiagnosticGroups = Record<DiagnosedList, Diagnostic[][]>;
type DiagnosedList = 'actors' | 'dates' | 'quotes' | 'problems';
const LISTS: readonly DiagnosedList[] = ['actors', 'dates', 'quotes', 'problems'];

export function flatten(groups: DiagnosticGroups): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const list of LISTS) for (const group of groups[list]) for (const diagnostic of group) diagnostics.push(diagnostic);
  return diagnostics;
}

/** The spans an item's diagnostics lie on, in the order of its group. */
function spansOf(list: DiagnosedList, item: unknown): readonly { start: number; end: number }[] {
  return list === 'actors' ? (item as Annotations['actors'][number]).mentions : [item as { start: number; end: number }];
}

/** One item's diagnostics. */
function itemDiagnostics(document: TextDocument, list: DiagnosedList, item: unknown, settings: NewsAnnotatorSettings): Diagnostic[] {
  const made: Diagnostic[] = [];
  const add = (severity: Severity, span: { start: number; end: number }, code: string, message: string, data: AnnotationDiagnosticData) => {
    made.push({ range: rangeOf(document, span), severity: SEVERITY[severity as Exclude<Severity, 'off'>], source: DIAGNOSTIC_SOURCE, code, message, data });
  };
  // A kind whose severity is off costs nothing (labels and data are made only for what is published).
  if (list === 'actors') {
    const actor = item as Annotations['actors'][number];
    const severity = settings.severity[actor.type];
    if (severity === 'off') return made;
    const message = actorLabel(actor);
    for (const mention of actor.mentions) add(severity, mention, actor.type, message, { id: actor.id, kind: actor.type, ...provenance(mention, actor) });
  } else if (list === 'dates') {
    const date = item as Annotations['dates'][number];
    if (settings.severity.date !== 'off') add(settings.severity.date, date, 'date', `Date: ${date.value}`, { id: date.id, kind: 'date', ...provenance(date) });
  } else if (list === 'quotes') {
    const quote = item as Annotations['quotes'][number];
    if (settings.severity.quote !== 'off') add(settings.severity.quote, quote, 'quote', quoteLabel(quote), { id: quote.id, kind: 'quote', ...provenance(quote) });
  } else {
    const problem = item as Annotations['problems'][number];
    const severity = DATE_SANITY_CODES.has(problem.code) ? settings.severity.dateSanity : problemSeverity(problem.code, settings.severity.problem);
    if (severity !== 'off') add(severity, problem, problem.code, problem.message, { id: problem.annotationId ?? '', kind: 'problem' });
  }
  return made;
}

/** Whether every span ends before `offset`. */
function whollyBefore(spans: readonly { end: number }[], offset: number): boolean {
  for (const span of spans) if (span.end >= offset) return false;
  return true;
}

/**
 * An unchanged item's diagnostics on its moved spans (an actor's group has one diagnostic per mention, in order, or
 * none at all when its severity is off). Positions count lines, so after an edit within one line only the items
 * later on that line move: the others keep their very diagnostics, and the group itself when none moved (less
 * garbage per keystroke, and what was sent before is recognisably the same).
 */
function movedGroup(document: TextDocument, group: Diagnostic[], spans: readonly { start: number; end: number }[]): Diagnostic[] {
  let moved: Diagnostic[] | undefined;
  for (let at = 0; at < group.length; at++) {
    const diagnostic = group[at];
    const range = rangeOf(document, spans[at]);
    if (sameRange(range, diagnostic.range)) continue;
    moved ??= group.slice();
    moved[at] = { ...diagnostic, range };
  }
  return moved ?? group;
}

/**
 * The diagnostics of an analysis, per item. Given the groups of the analysis it was rebuilt from (same settings)
 * and the delta between them, only the changed items' diagnostics are made: the unchanged leading items before the
 * edit keep theirs as they are, the other unchanged ones keep their messages and data with ranges moved.
 */
export function diagnosticGroups(
  document: TextDocument,
  annotations: Annotations,
  settings: NewsAnnotatorSettings,
  previous?: { groups: DiagnosticGroups; delta: { change: { prefix: number }; lists: Record<string, { keep: number; tail: number }> } },
): DiagnosticGroups {
  const groups = {} as DiagnosticGroups;
  for (const list of LISTS) {
    const items = annotations[list] as readonly unknown[];
    const before = previous?.groups[list];
    const change = previous?.delta.lists[list];
    if (!before || !change || change.keep + change.tail > before.length || change.keep + change.tail > items.length) {
      groups[list] = items.map((item) => itemDiagnostics(document, list, item, settings));
      continue;
    }
    // A leading item is the same annotation at the same offsets, but only one wholly before the edit is on the same
    // lines: an edit that leaves the length as it was but adds or removes a line break keeps the items after it too.
    // An unchanged item without diagnostics (its kind's severity off, as for most items by default) keeps its empty
    // group as it is, with no look at its spans: only those with diagnostics cost anything per keystroke.
    const { prefix } = previous.delta.change;
    const made = new Array<Diagnostic[]>(items.length);
    for (let index = 0; index < change.keep; index++) {
      const group = before[index];
      made[index] = group.length === 0 || whollyBefore(spansOf(list, items[index]), prefix) ? group : movedGroup(document, group, spansOf(list, items[index]));
    }
    for (let index = change.keep; index < items.length - change.tail; index++) made[index] = itemDiagnostics(document, list, items[index], settings);
    for (let index = items.length - change.tail, old = before.length - change.tail; index < items.length; index++, old++) {
      const group = before[old];
      made[index] = group.length === 0 ? group : movedGroup(document, group, spansOf(list, items[index]));
    }
    groups[list] = made;
  }
  return groups;
}
