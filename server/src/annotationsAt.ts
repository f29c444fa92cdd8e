// What the analysis found at one offset of the text: the actor mention, the date and the quote under the cursor
// (a mention or a date can sit inside a quote, so more than one may apply).
import type { Actor, Annotations, DateAnnotation, Mention, Quote } from './analysis/types';

export interface AnnotationsAtOffset {
  actor?: { actor: Actor; mention: Mention };
  date?: DateAnnotation;
  quote?: Quote;
}

/**
 * A span is under the cursor when the offset is inside it; the cursor just after its last character counts
 * too, but only when nothing contains the offset (so "Putin|" still finds Putin).
 */
function pick<T extends { start: number; end: number }>(spans: Iterable<T>, offset: number): T | undefined {
  let touching: T | undefined;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end) return span;
    if (offset === span.end && span.start < span.end && !touching) touching = span;
  }
  return touching;
}

function* mentionsOf(actors: readonly Actor[]): Generator<Mention & { actor: Actor }> {
  for (const actor of actors) for (const mention of actor.mentions) yield { ...mention, actor };
}

export function annotationsAt(annotations: Annotations, offset: number): AnnotationsAtOffset {
  const found: AnnotationsAtOffset = {};
  const mention = pick(mentionsOf(annotations.actors), offset);
  if (mention) {
    const { actor, ...span } = mention;
    found.actor = { actor, mention: span };
  }
  found.date = pick(annotations.dates, offset);
  found.quote = pick(annotations.quotes, offset);
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
