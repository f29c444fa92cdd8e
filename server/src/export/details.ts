// What a span carries beyond its offsets and label, as plain fields: for the JSON-based formats whose span objects
// cannot hold them in the tool's own schema (doccano, spaCy/Prodigy) and which keep extra keys as metadata.
import type { ExportSpan } from './spans';

export interface SpanDetails {
  /** Actor mentions: the actor (document-local id; mentions with one id corefer) and its canonical name. */
  actor_id?: string;
  actor?: string;
  role?: string;
  /** The organization or place the person belongs to, as named (a relation too where the format has them). */
  affiliation?: string;
  /** Dates: the TIMEX3 value and type. */
  value?: string;
  timex_type?: string;
  /** Quotations: direct or indirect, the speaker as named (and its actor, when it is one), the cue words. */
  quote_kind?: string;
  speaker?: string;
  speaker_id?: string;
  cue?: string;
  origin: 'auto' | 'manual';
  reviewed: boolean;
}

export function spanDetails(span: ExportSpan): SpanDetails {
  const details: Omit<SpanDetails, 'origin' | 'reviewed'> = {};
  if (span.actor) {
    Object.assign(details, { actor_id: span.actor.id, actor: span.actor.name });
    if (span.actor.role) details.role = span.actor.role;
    if (span.actor.affiliation) details.affiliation = span.actor.affiliation;
  } else if (span.date) {
    Object.assign(details, { value: span.date.value, timex_type: span.date.kind });
  } else if (span.kind === 'quote' && span.quote) {
    details.quote_kind = span.quote.kind;
    const speaker = span.quote.speaker;
    if (speaker) Object.assign(details, { speaker: speaker.name }, speaker.actorId !== undefined && { speaker_id: speaker.actorId });
    if (span.quote.cue) details.cue = span.quote.cue.text;
  }
  return { ...details, origin: span.origin, reviewed: span.reviewed };
}

/** Spans that overlap none kept before them, taken in the order of `priority` (then document order). */
export function withoutOverlaps(spans: readonly ExportSpan[], priority: readonly ExportSpan['kind'][]): ExportSpan[] {
  const kept: ExportSpan[] = [];
  for (const kind of priority) {
    for (const span of spans) {
      if (span.kind === kind && !kept.some((other) => other.start < span.end && span.start < other.end)) kept.push(span);
    }
  }
  return kept.sort((a, b) => a.number - b.number);
}
