// The edits the editor's commands and quick fixes make: each takes the sidecar and the article's current text and
// returns the new sidecar (pure; the caller serializes and writes it). A correction that undoes or supersedes an
// earlier one replaces it rather than piling up, so the file stays what the annotator meant.
import type { ActorType, QuoteKind } from '../analysis/types';
import { nameKey } from '../workspace/notActors';
import { createAnchor, resolveAnchor } from './anchor';
import { sortCorrections } from './sidecarFormat';
import type { AddCorrection, AnnotationKind, Correction, CorrectionMeta, Sidecar, TextAnchor } from './types';

export interface SpanRange {
  start: number;
  end: number;
}

/** What an added annotation is. */
export type AddTarget = { kind: 'actor'; type: ActorType; name?: string } | { kind: 'date'; value?: string } | { kind: 'quote'; quoteKind?: QuoteKind; speaker?: string };

/** Whether a stored anchor denotes this span of the current text. */
function anchoredAt(anchor: TextAnchor | undefined, text: string, span: SpanRange): boolean {
  if (!anchor) return false;
  const resolved = resolveAnchor(anchor, text);
  return resolved.found && resolved.start === span.start && resolved.end === span.end;
}

function annotationKindOf(correction: Correction): AnnotationKind | undefined {
  if ('kind' in correction) return correction.kind;
  return correction.op === 'setSpeaker' ? 'quote' : correction.op === 'setDate' ? 'date' : correction.op === 'link' ? 'actor' : undefined;
}

function withCorrections(sidecar: Sidecar, corrections: Correction[]): Sidecar {
  return { version: sidecar.version, corrections: sortCorrections(corrections) };
}

function validSpan(text: string, span: SpanRange): void {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)) {
    throw new RangeError(`not a span of the text: ${span.start}–${span.end}`);
  }
}

/** Tag a span: replaces any earlier addition, rejection or retyping of an annotation of the same kind there. */
export function recordAdd(sidecar: Sidecar, text: string, span: SpanRange, target: AddTarget, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  const kept = sidecar.corrections.filter(
    (correction) =>
      !(
        ['add', 'reject', 'retype'].includes(correction.op) &&
        annotationKindOf(correction) === target.kind &&
        anchoredAt('anchor' in correction ? correction.anchor : undefined, text, span)
      ),
  );
  const correction = { op: 'add', anchor: createAnchor(text, span.start, span.end), ...target, ...meta } as AddCorrection;
  return withCorrections(sidecar, [...kept, correction]);
}

/**
 * Not an actor / date / quote here: drops any manual addition or change there and records the rejection (kept
 * even after undoing an addition, since the analyzer may find the same annotation on its own).
 */
export function recordReject(sidecar: Sidecar, text: string, span: SpanRange, kind: AnnotationKind, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  const sameSpan = (correction: Correction) => annotationKindOf(correction) === kind && 'anchor' in correction && anchoredAt(correction.anchor, text, span);
  const kept = sidecar.corrections.filter(
    (correction) => !(['add', 'reject', 'retype', 'setSpeaker', 'setDate', 'link', 'accept'].includes(correction.op) && sameSpan(correction)),
  );
  return withCorrections(sidecar, [...kept, { op: 'reject', kind, anchor: createAnchor(text, span.start, span.end), ...meta }]);
}

/** Not an actor anywhere in this article (the workspace-wide list is the not-actors file). */
export function recordRejectName(sidecar: Sidecar, name: string, meta: CorrectionMeta = {}): Sidecar {
  const key = nameKey(name);
  const kept = sidecar.corrections.filter((correction) => !(correction.op === 'reject' && correction.name !== undefined && nameKey(correction.name) === key));
  return withCorrections(sidecar, [...kept, { op: 'reject', kind: 'actor', name: name.replace(/\s+/g, ' ').trim(), ...meta }]);
}

/** Another actor type for the actor named at the span: folded into a manual addition there, if there is one. */
export function recordRetypeActor(sidecar: Sidecar, text: string, span: SpanRange, type: ActorType, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  return retype(sidecar, text, span, 'actor', (correction) => (correction.kind === 'actor' ? { ...correction, type } : correction), {
    op: 'retype',
    kind: 'actor',
    anchor: createAnchor(text, span.start, span.end),
    type,
    ...meta,
  });
}

/** Another kind (direct / indirect / title) for the quote at the span. */
export function recordRetypeQuote(sidecar: Sidecar, text: string, span: SpanRange, quoteKind: QuoteKind, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  return retype(sidecar, text, span, 'quote', (correction) => (correction.kind === 'quote' ? { ...correction, quoteKind } : correction), {
    op: 'retype',
    kind: 'quote',
    anchor: createAnchor(text, span.start, span.end),
    quoteKind,
    ...meta,
  });
}

function retype(sidecar: Sidecar, text: string, span: SpanRange, kind: 'actor' | 'quote', updateAdd: (add: AddCorrection) => AddCorrection, correction: Correction): Sidecar {
  const atSpan = (other: Correction) => annotationKindOf(other) === kind && 'anchor' in other && anchoredAt(other.anchor, text, span);
  const addIndex = sidecar.corrections.findIndex((other) => other.op === 'add' && atSpan(other));
  if (addIndex >= 0) {
    const corrections = [...sidecar.corrections];
    corrections[addIndex] = updateAdd(corrections[addIndex] as AddCorrection);
    return withCorrections(sidecar, corrections);
  }
  const kept = sidecar.corrections.filter((other) => !(other.op === 'retype' && atSpan(other)));
  return withCorrections(sidecar, [...kept, correction]);
}

/** The speaker of the quote at `quoteSpan` (null: nobody is quoted), optionally pointing at the words naming them. */
export function recordSetSpeaker(sidecar: Sidecar, text: string, quoteSpan: SpanRange, speaker: string | null, speakerSpan?: SpanRange, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, quoteSpan);
  if (speakerSpan) validSpan(text, speakerSpan);
  const kept = sidecar.corrections.filter((other) => !(other.op === 'setSpeaker' && anchoredAt(other.anchor, text, quoteSpan)));
  return withCorrections(sidecar, [
    ...kept,
    {
      op: 'setSpeaker',
      anchor: createAnchor(text, quoteSpan.start, quoteSpan.end),
      speaker: speaker === null ? null : speaker.replace(/\s+/g, ' ').trim(),
      ...(speakerSpan ? { speakerAnchor: createAnchor(text, speakerSpan.start, speakerSpan.end) } : {}),
      ...meta,
    },
  ]);
}

/** One actor called `into`, whatever else it was called. Merges that share a name are combined. */
export function recordMerge(sidecar: Sidecar, into: string, names: readonly string[], meta: CorrectionMeta = {}): Sidecar {
  const flat = (name: string) => name.replace(/\s+/g, ' ').trim();
  const keys = new Set([into, ...names].map(nameKey));
  const overlapping = sidecar.corrections.filter((other) => other.op === 'merge' && [other.into, ...other.names].some((name) => keys.has(nameKey(name))));
  const allNames = new Map<string, string>();
  for (const name of [...overlapping.flatMap((other) => (other.op === 'merge' ? [other.into, ...other.names] : [])), ...names]) {
    if (nameKey(name) !== nameKey(into)) allNames.set(nameKey(name), flat(name));
  }
  const kept = sidecar.corrections.filter((other) => !overlapping.includes(other));
  const mergedNames = [...allNames.values()].sort();
  if (mergedNames.length === 0) return withCorrections(sidecar, kept);
  return withCorrections(sidecar, [...kept, { op: 'merge', into: flat(into), names: mergedNames, ...meta }]);
}

/** The mentions at `mentionSpans` are another actor, called `newName`. */
export function recordSplit(sidecar: Sidecar, text: string, mentionSpans: readonly SpanRange[], newName: string, type?: ActorType, meta: CorrectionMeta = {}): Sidecar {
  if (mentionSpans.length === 0) throw new RangeError('a split needs at least one mention');
  mentionSpans.forEach((span) => validSpan(text, span));
  const mentions = [...mentionSpans].sort((a, b) => a.start - b.start).map((span) => createAnchor(text, span.start, span.end));
  return withCorrections(sidecar, [...sidecar.corrections, { op: 'split', mentions, newName: newName.replace(/\s+/g, ' ').trim(), ...(type ? { type } : {}), ...meta }]);
}

/** Without the correction at `index` (as reported by applyCorrections' orphans and applied). */
export function removeCorrection(sidecar: Sidecar, index: number): Sidecar {
  return withCorrections(
    sidecar,
    sidecar.corrections.filter((_, at) => at !== index),
  );
}

/** Every anchor re-made from where it is found in the current text, so stored offsets and context stay fresh. */
export function reanchorSidecar(sidecar: Sidecar, text: string): Sidecar {
  const refresh = (anchor: TextAnchor): TextAnchor => {
    const resolved = resolveAnchor(anchor, text);
    return resolved.found ? createAnchor(text, resolved.start, resolved.end) : anchor;
  };
  return withCorrections(
    sidecar,
    sidecar.corrections.map((correction): Correction => {
      if (correction.op === 'split') return { ...correction, mentions: correction.mentions.map(refresh) };
      if (correction.op === 'setSpeaker')
        return { ...correction, anchor: refresh(correction.anchor), ...(correction.speakerAnchor ? { speakerAnchor: refresh(correction.speakerAnchor) } : {}) };
      if ('anchor' in correction && correction.anchor) return { ...correction, anchor: refresh(correction.anchor) } as Correction;
      return correction;
    }),
  );
}

/** The annotation at the span is right as it is (reviewed). Accepting twice stores it once. */
export function recordAccept(sidecar: Sidecar, text: string, span: SpanRange, kind: AnnotationKind, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  const kept = sidecar.corrections.filter((other) => !(other.op === 'accept' && other.kind === kind && anchoredAt(other.anchor, text, span)));
  return withCorrections(sidecar, [...kept, { op: 'accept', kind, anchor: createAnchor(text, span.start, span.end), ...meta }]);
}

/** Another TIMEX3 value for the date at the span: folded into a manual addition there, if there is one. */
export function recordSetDate(sidecar: Sidecar, text: string, span: SpanRange, value: string, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  const atSpan = (other: Correction) => annotationKindOf(other) === 'date' && 'anchor' in other && anchoredAt(other.anchor, text, span);
  const addIndex = sidecar.corrections.findIndex((other) => other.op === 'add' && atSpan(other));
  if (addIndex >= 0) {
    const corrections = [...sidecar.corrections];
    corrections[addIndex] = { ...(corrections[addIndex] as AddCorrection & { kind: 'date' }), value };
    return withCorrections(sidecar, corrections);
  }
  const kept = sidecar.corrections.filter((other) => !(other.op === 'setDate' && atSpan(other)));
  return withCorrections(sidecar, [...kept, { op: 'setDate', anchor: createAnchor(text, span.start, span.end), value: value.trim(), ...meta }]);
}

/** The mention at the span refers to the actor called `to`. A later link of the same mention replaces it. */
export function recordLink(sidecar: Sidecar, text: string, span: SpanRange, to: string, meta: CorrectionMeta = {}): Sidecar {
  validSpan(text, span);
  const kept = sidecar.corrections.filter((other) => !(other.op === 'link' && anchoredAt(other.anchor, text, span)));
  return withCorrections(sidecar, [...kept, { op: 'link', anchor: createAnchor(text, span.start, span.end), to: to.replace(/\s+/g, ' ').trim(), ...meta }]);
}
