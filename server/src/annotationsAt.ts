// What the analysis found at one offset of the text: the actor mention, the date and the quote under the cursor
// (a mention or a date can sit inside a quote, so more than one may apply).
import type { Actor, Annotations, DateAnnotation, Mention, Quote } from './analysis/types';
import { partitionPoint } from './analysis/partitionPoint';
import { SpanLookup } from './spanLookup';

export interface AnnotationsAtOffset {
  actor?: { actor: Actor; mention: Mention };
  date?: DateAnnotation;
  quote?: Quote;
}

/** Per analysis (one Annotations object per analyzed version): the sorted spans, built on the first request. */
interface AnnotationLookups {
  mentions: SpanLookup<Mention>;
  mentionList: Mention[];
  /**
   * Per actor, the index in `mentionList` after its mentions (each actor's come together, in the actors' order): the
   * actor of a mention is found by binary search, not kept per mention (an array as long as the mentions, made on
   * every keystroke and kept until the next one).
   */
  actors: readonly Actor[];
  mentionsEnd: Uint32Array;
  dates: SpanLookup<DateAnnotation>;
  quotes: SpanLookup<Quote>;
}
const lookups = new WeakMap<Annotations, AnnotationLookups>();
/**
 * The order of the mentions the last lookups were built for. After an edit that changed no actor (the most common
 * keystroke), the next analysis's mentions come in the same order, moved: SpanLookup checks it and takes it instead of
 * sorting thousands of mentions again. Only the indexes are kept, never the analysis.
 */
let lastMentionOrder: Uint32Array | undefined;
const NO_MENTIONS: readonly Mention[] = [];

/** Builds the lookups of a new analysis ahead of the first positional request, so no request pays for it. */
export function prepareLookups(annotations: Annotations): void {
  lookupsOf(annotations);
}

function lookupsOf(annotations: Annotations): AnnotationLookups {
  let found = lookups.get(annotations);
  if (!found) {
    // Nominal mentions ("the company") too: hovering one shows its actor, and its references include them. The two
    // lists are made at their final length (no array grown push by push, nor one per actor, on every keystroke).
    let count = 0;
    for (const actor of annotations.actors) count += actor.mentions.length + (actor.nominals?.length ?? 0);
    const mentions = new Array<Mention>(count);
    const mentionsEnd = new Uint32Array(annotations.actors.length);
    let at = 0;
    annotations.actors.forEach((actor, index) => {
      for (const mention of actor.mentions) mentions[at++] = mention;
      for (const mention of actor.nominals ?? NO_MENTIONS) mentions[at++] = mention;
      mentionsEnd[index] = at;
    });
    const mentionLookup = new SpanLookup(mentions, lastMentionOrder);
    lastMentionOrder = mentionLookup.order;
    found = {
      mentions: mentionLookup,
      mentionList: mentions,
      actors: annotations.actors,
      mentionsEnd,
      dates: new SpanLookup(annotations.dates),
      quotes: new SpanLookup(annotations.quotes),
    };
    lookups.set(annotations, found);
  }
  return found;
}

/**
 * A span is under the cursor when the offset is inside it; the cursor just after its last character counts
 * too, but only when nothing contains the offset (so "Putin|" still finds Putin).
 */
export function annotationsAt(annotations: Annotations, offset: number): AnnotationsAtOffset {
  const found: AnnotationsAtOffset = {};
  const { mentions, mentionList, actors, mentionsEnd, dates, quotes } = lookupsOf(annotations);
  const mention = mentions.indexAt(offset);
  if (mention >= 0) found.actor = { actor: actors[partitionPoint(mentionsEnd.length, (index) => mentionsEnd[index] <= mention)], mention: mentionList[mention] };
  found.date = dates.at(offset);
  found.quote = quotes.at(offset);
  return found;
}

/** The actor a mention at `offset` refers to. */
export function actorAt(annotations: Annotations, offset: number): Actor | undefined {
  return annotationsAt(annotations, offset).actor?.actor;
}

/** Quotes attributed to the actor (direct and indirect speech; quoted titles are not speech). */
export function quotesOf(annotations: Annotations, actorId: string): Quote[] {
  return annotations.quotes.filter((quote) => quote.kind !== 'title' && quote.speaker?.actorId === actorId);
}
