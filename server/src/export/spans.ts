// The one in-memory model every exporter writes from: the annotations of a document flattened into labeled spans
// in document order (actor mentions, dates, quotations) and the quote→speaker links between them.
import type { Actor, Annotations, DateAnnotation, Mention, Origin, Quote } from '../analysis/types';

export type SpanKind = 'person' | 'organization' | 'place' | 'date' | 'quote';

/** Who made an annotation (analysis/types.ts): absent on an annotation means the analyzer. */
export type { Origin } from '../analysis/types';

export interface ExportSpan {
  /** 1-based position in document order: brat's T number, "t<n>" in the JSON formats. */
  number: number;
  kind: SpanKind;
  /** UTF-16 offsets into the analyzed text, end exclusive. */
  start: number;
  end: number;
  origin: Origin;
  actor?: Actor;
  mention?: Mention;
  date?: DateAnnotation;
  quote?: Quote;
}

export interface SpeakerLink {
  quote: ExportSpan;
  speaker: ExportSpan;
}

export interface DocumentSpans {
  spans: ExportSpan[];
  speakers: SpeakerLink[];
  /** Mention spans of each actor (by actor id), in document order. */
  mentionsByActor: Map<string, ExportSpan[]>;
}

const KIND_ORDER: readonly SpanKind[] = ['quote', 'person', 'organization', 'place', 'date'];

function originOf(...annotations: object[]): Origin {
  for (const annotation of annotations) {
    const origin = (annotation as { origin?: unknown }).origin;
    if (origin === 'manual' || origin === 'auto') return origin;
  }
  return 'auto';
}

/**
 * Quotations exported as spans: direct and reported speech. `title` quotes (exercise names, scare quotes) are
 * quoted words that nobody said, so the span formats leave them out; the JSON and CSV exports keep them.
 */
export function isSpeech(quote: Quote): boolean {
  return quote.kind === 'direct' || quote.kind === 'indirect';
}

/** A non-empty range inside the text: anything else (stale or hand-edited annotations) is left out of exports. */
export function isValidRange(start: number, end: number, textLength: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= textLength;
}

export function collectSpans(annotations: Annotations, textLength: number): DocumentSpans {
  const valid = (start: number, end: number) => isValidRange(start, end, textLength);
  const spans: ExportSpan[] = [];
  for (const actor of annotations.actors) {
    for (const mention of actor.mentions) {
      if (valid(mention.start, mention.end)) {
        spans.push({ number: 0, kind: actor.type, start: mention.start, end: mention.end, origin: originOf(mention, actor), actor, mention });
      }
    }
  }
  for (const date of annotations.dates) {
    if (valid(date.start, date.end)) spans.push({ number: 0, kind: 'date', start: date.start, end: date.end, origin: originOf(date), date });
  }
  for (const quote of annotations.quotes) {
    if (isSpeech(quote) && valid(quote.start, quote.end)) {
      spans.push({ number: 0, kind: 'quote', start: quote.start, end: quote.end, origin: originOf(quote), quote });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  spans.forEach((span, index) => (span.number = index + 1));

  const mentionsByActor = new Map<string, ExportSpan[]>();
  for (const span of spans) {
    if (span.actor) mentionsByActor.set(span.actor.id, [...(mentionsByActor.get(span.actor.id) ?? []), span]);
  }
  const speakers: SpeakerLink[] = [];
  for (const quote of spans) {
    const speaker = quote.quote && speakerSpan(quote, spans, mentionsByActor);
    if (speaker) speakers.push({ quote, speaker });
  }
  return { spans, speakers, mentionsByActor };
}

/**
 * The mention a quote's speaker points to: the one at the speaker's offsets when the analyzer gave them; otherwise
 * the speaker actor's mention nearest before the quote (else the first after it), so the link still lands on the actor.
 */
function speakerSpan(quote: ExportSpan, spans: readonly ExportSpan[], mentionsByActor: Map<string, ExportSpan[]>): ExportSpan | undefined {
  const speaker = quote.quote!.speaker;
  if (!speaker) return undefined;
  if (speaker.start !== undefined && speaker.end !== undefined) {
    const atOffsets = spans.filter((span) => span.actor && span.start === speaker.start && span.end === speaker.end);
    const match = atOffsets.find((span) => span.actor!.id === speaker.actorId) ?? atOffsets[0];
    if (match) return match;
  }
  const mentions = speaker.actorId === undefined ? undefined : mentionsByActor.get(speaker.actorId);
  if (!mentions?.length) return undefined;
  const before = mentions.filter((mention) => mention.end <= quote.start);
  return before.length ? before[before.length - 1] : (mentions.find((mention) => mention.start >= quote.end) ?? mentions[0]);
}
