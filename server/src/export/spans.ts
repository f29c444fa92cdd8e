// The one in-memory model every exporter writes from: the annotations of a document flattened into labeled spans
// in document order (actor mentions, dates, quotations, the speakers that are no actor, the speech cues) and the
// links between them: quote → speaker, quote → cue, person → affiliation.
import type { Actor, Annotations, DateAnnotation, Mention, Origin, Quote } from '../analysis/types';

/** The entity kinds (actors and dates), the quotation, and two spans that belong to a quotation. */
export type SpanKind = 'person' | 'organization' | 'place' | 'date' | 'quote' | 'speaker' | 'cue';
export type EntityKind = 'person' | 'organization' | 'place' | 'date';

export function isEntity(span: ExportSpan): span is ExportSpan & { kind: EntityKind } {
  return span.kind === 'person' || span.kind === 'organization' || span.kind === 'place' || span.kind === 'date';
}

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
  /** An annotator accepted the annotation as it is (corrections). */
  reviewed: boolean;
  actor?: Actor;
  mention?: Mention;
  date?: DateAnnotation;
  /** The quotation of a quote span, or the quotation a speaker or cue span belongs to. */
  quote?: Quote;
}

export interface SpeakerLink {
  quote: ExportSpan;
  speaker: ExportSpan;
}

/** A relation between two spans: quote → cue ("cue"), person mention → organization or place mention ("affiliation"). */
export interface SpanLink {
  from: ExportSpan;
  to: ExportSpan;
}

export interface DocumentSpans {
  spans: ExportSpan[];
  /** Quote → the span naming its speaker: an actor mention, or a `speaker` span when the speaker is no actor. */
  speakers: SpeakerLink[];
  /** Quote → its `cue` span. */
  cues: SpanLink[];
  /** Person mention → a mention of the organization or place the person belongs to (Actor.affiliation). */
  affiliations: SpanLink[];
  /** Mention spans of each actor (by actor id), in document order. */
  mentionsByActor: Map<string, ExportSpan[]>;
}

const KIND_ORDER: readonly SpanKind[] = ['quote', 'person', 'organization', 'place', 'date', 'speaker', 'cue'];

function originOf(...annotations: object[]): Origin {
  for (const annotation of annotations) {
    const origin = (annotation as { origin?: unknown }).origin;
    if (origin === 'manual' || origin === 'auto') return origin;
  }
  return 'auto';
}

function reviewedOf(...annotations: object[]): boolean {
  for (const annotation of annotations) {
    const reviewed = (annotation as { reviewed?: unknown }).reviewed;
    if (typeof reviewed === 'boolean') return reviewed;
  }
  return false;
}

/** The speaker of a quote as the words of the text, when it resolves to no actor ("the publication"). */
export function unresolvedSpeaker(quote: Quote): string | undefined {
  return quote.speaker && quote.speaker.actorId === undefined ? quote.speaker.name : undefined;
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
        spans.push({ number: 0, kind: actor.type, start: mention.start, end: mention.end, origin: originOf(mention, actor), reviewed: reviewedOf(mention, actor), actor, mention });
      }
    }
  }
  for (const date of annotations.dates) {
    if (valid(date.start, date.end)) spans.push({ number: 0, kind: 'date', start: date.start, end: date.end, origin: originOf(date), reviewed: reviewedOf(date), date });
  }
  for (const quote of annotations.quotes) {
    if (!isSpeech(quote) || !valid(quote.start, quote.end)) continue;
    const provenance = { origin: originOf(quote), reviewed: reviewedOf(quote), quote };
    spans.push({ number: 0, kind: 'quote', start: quote.start, end: quote.end, ...provenance });
    if (quote.cue && valid(quote.cue.start, quote.cue.end)) spans.push({ number: 0, kind: 'cue', start: quote.cue.start, end: quote.cue.end, ...provenance });
    // A speaker named in the text that is no actor ("the publication") becomes a span of its own, so the quote
    // keeps its speaker in the span formats; one span for several quotes of the same words.
    const speaker = quote.speaker;
    if (speaker && speaker.actorId === undefined && speaker.start !== undefined && speaker.end !== undefined && valid(speaker.start, speaker.end)) {
      if (!spans.some((span) => (span.actor || span.kind === 'speaker') && span.start === speaker.start && span.end === speaker.end)) {
        spans.push({ number: 0, kind: 'speaker', start: speaker.start, end: speaker.end, ...provenance });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  spans.forEach((span, index) => (span.number = index + 1));

  const mentionsByActor = new Map<string, ExportSpan[]>();
  for (const span of spans) {
    if (span.actor) mentionsByActor.set(span.actor.id, [...(mentionsByActor.get(span.actor.id) ?? []), span]);
  }
  const speakers: SpeakerLink[] = [];
  const cues: SpanLink[] = [];
  for (const quote of spans) {
    if (quote.kind !== 'quote') continue;
    const speaker = speakerSpan(quote, spans, mentionsByActor);
    if (speaker) speakers.push({ quote, speaker });
    const cue = spans.find((span) => span.kind === 'cue' && span.quote === quote.quote);
    if (cue) cues.push({ from: quote, to: cue });
  }
  return { spans, speakers, cues, affiliations: affiliationLinks(annotations.actors, mentionsByActor), mentionsByActor };
}

/**
 * Person → affiliation as a link between two mentions: the actor named by the person's affiliation (by name or
 * alias), and of the two actors' mentions the closest pair ("Anna Smith of Acme Corp."). An affiliation that is
 * no actor of the article (a country read from an adjective) has no span: formats carry it as text.
 */
function affiliationLinks(actors: readonly Actor[], mentionsByActor: Map<string, ExportSpan[]>): SpanLink[] {
  const links: SpanLink[] = [];
  for (const actor of actors) {
    if (!actor.affiliation) continue;
    const wanted = actor.affiliation.toLowerCase();
    const owner = actors.find((other) => other !== actor && [other.name, ...(other.aliases ?? [])].some((name) => name.toLowerCase() === wanted));
    const from = mentionsByActor.get(actor.id) ?? [];
    const to = owner ? (mentionsByActor.get(owner.id) ?? []) : [];
    let best: SpanLink | undefined;
    let bestDistance = Infinity;
    for (const person of from) {
      for (const organization of to) {
        const distance = Math.max(organization.start - person.end, person.start - organization.end);
        if (distance < bestDistance) [best, bestDistance] = [{ from: person, to: organization }, distance];
      }
    }
    if (best) links.push(best);
  }
  return links.sort((a, b) => a.from.number - b.from.number);
}

/**
 * The mention a quote's speaker points to: the one at the speaker's offsets when the analyzer gave them; otherwise
 * the speaker actor's mention nearest before the quote (else the first after it), so the link still lands on the actor.
 */
function speakerSpan(quote: ExportSpan, spans: readonly ExportSpan[], mentionsByActor: Map<string, ExportSpan[]>): ExportSpan | undefined {
  const speaker = quote.quote!.speaker;
  if (!speaker) return undefined;
  if (speaker.start !== undefined && speaker.end !== undefined) {
    const atOffsets = spans.filter((span) => (span.actor || span.kind === 'speaker') && span.start === speaker.start && span.end === speaker.end);
    const match = atOffsets.find((span) => span.actor?.id === speaker.actorId) ?? atOffsets[0];
    if (match) return match;
  }
  const mentions = speaker.actorId === undefined ? undefined : mentionsByActor.get(speaker.actorId);
  if (!mentions?.length) return undefined;
  const before = mentions.filter((mention) => mention.end <= quote.start);
  return before.length ? before[before.length - 1] : (mentions.find((mention) => mention.start >= quote.end) ?? mentions[0]);
}

export type RelationType = 'speaker' | 'cue' | 'affiliation' | 'coreference';
export const RELATION_TYPES: readonly RelationType[] = ['speaker', 'cue', 'affiliation', 'coreference'];

export interface SpanRelation {
  from: ExportSpan;
  to: ExportSpan;
  type: RelationType;
}

/**
 * Every link as a typed relation, for the formats with relations and no coreference structure of their own:
 * quote → speaker, quote → cue, person → affiliation, and each mention → its actor's previous mention (coreference).
 */
export function spanRelations({ speakers, cues, affiliations, mentionsByActor }: DocumentSpans): SpanRelation[] {
  return [
    ...speakers.map((link): SpanRelation => ({ from: link.quote, to: link.speaker, type: 'speaker' })),
    ...cues.map((link): SpanRelation => ({ ...link, type: 'cue' })),
    ...affiliations.map((link): SpanRelation => ({ ...link, type: 'affiliation' })),
    ...[...mentionsByActor.values()].flatMap((mentions) => mentions.slice(1).map((mention, index): SpanRelation => ({ from: mention, to: mentions[index], type: 'coreference' }))),
  ];
}
