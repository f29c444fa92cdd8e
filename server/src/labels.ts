// Words for annotations, shared by diagnostics, hovers and symbols so every view names things the same way.
import type { Actor, ActorType, Quote, QuoteKind } from './analysis/types';

export const ACTOR_TYPE_LABEL: Record<ActorType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
export const ACTOR_GROUP_LABEL: Record<ActorType, string> = { person: 'People', organization: 'Organizations', place: 'Places' };
/**
 * The colour legend as coloured squares, which read in every client: the hover starts each card with one, the
 * README lists them, and the editor's colours (client/src/colors/annotationColors.ts) use the same hues.
 */
export const KIND_SWATCH = { person: '🟦', organization: '🟪', place: '🟩', date: '🟨', quote: '🟥' } as const;
export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  title: 'Quoted title (not speech)',
};

/** "President, Russia" from role and affiliation, whichever exist. */
export function roleLine(actor: Actor): string | undefined {
  const parts = [actor.role, actor.affiliation].filter((part): part is string => !!part);
  return parts.length ? parts.join(', ') : undefined;
}

/** "Person: Vladimir Putin (President)". */
export function actorLabel(actor: Actor): string {
  const role = roleLine(actor);
  return `${ACTOR_TYPE_LABEL[actor.type]}: ${actor.name}${role ? ` (${role})` : ''}`;
}

/** "Quote — Vladimir Putin"; reported speech and quoted titles say what they are. */
export function quoteLabel(quote: Quote): string {
  if (quote.kind === 'title') return QUOTE_KIND_LABEL.title;
  const speaker = quote.speaker?.name ?? 'speaker unknown';
  return `${quote.kind === 'direct' ? 'Quote' : 'Reported speech'} — ${speaker}`;
}

/** A quote's text shortened for one line of an outline. */
export function shortText(text: string, maxLength = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1).trimEnd()}…`;
}
