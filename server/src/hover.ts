// Hover: what the analysis knows about the annotation under the cursor, in Markdown. A mention inside a quote
// shows both, the innermost annotation's range is highlighted. Each card starts with its kind's colour square (the
// legend of the editor's colours, readable in any client). Per-mention diagnostics are off by default, so no
// diagnostic text stands above the card saying the same thing.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, Annotations, DateAnnotation, Provenance, Quote } from './analysis/types';
import { describeDate } from './analysis/dates/describe';
import { annotationsAt, quotesOf } from './annotationsAt';
import { ACTOR_TYPE_LABEL, KIND_SWATCH, QUOTE_KIND_LABEL, roleLine } from './labels';
import { escapeMarkdown } from './markdown';
import { rangeOf } from './positions';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function actorHover(annotations: Annotations, actor: Actor): string {
  const lines = [`${KIND_SWATCH[actor.type]} **${escapeMarkdown(actor.name)}** · ${ACTOR_TYPE_LABEL[actor.type]}`];
  const role = roleLine(actor);
  if (role) lines.push(escapeMarkdown(role));
  if (actor.aliases?.length) lines.push(`Also: ${actor.aliases.map(escapeMarkdown).join(', ')}`);
  const nominals = actor.nominals?.length
    ? ` (and ${actor.nominals.length} as ${[...new Set(actor.nominals.map((nominal) => `“${escapeMarkdown(nominal.text.toLowerCase())}”`))].join(', ')})`
    : '';
  lines.push(`${plural(actor.mentions.length, 'mention')}${nominals} · ${plural(quotesOf(annotations, actor.id).length, 'quote')} attributed`);
  return lines.join('\n\n');
}

export function dateHover(annotations: Annotations, date: DateAnnotation): string {
  const lines = [`${KIND_SWATCH.date} **Date** “${escapeMarkdown(date.text)}” → \`${date.value}\``];
  // "Friday 28 November 2025 — day, year inferred": the date layer's own words for value, granularity, anchoring.
  let description = escapeMarkdown(describeDate(date));
  const reference = annotations.referenceDate;
  // The note, when there is one, already says what the date was counted from.
  if (date.anchoring === 'reference-date' && reference.value && !date.note) description += ` (article date ${reference.value}, from the ${reference.source})`;
  lines.push(description);
  if (date.note) lines.push(escapeMarkdown(date.note));
  return lines.join('\n\n');
}

export function quoteHover(annotations: Annotations, quote: Quote, text?: string): string {
  const lines = [`${KIND_SWATCH.quote} **${QUOTE_KIND_LABEL[quote.kind]}**${quote.unclosed ? ' (quotation mark never closed)' : ''}`];
  if (quote.kind !== 'title') {
    const speaker = quote.speaker;
    const actor = speaker?.actorId ? annotations.actors.find((candidate) => candidate.id === speaker.actorId) : undefined;
    // The words the text used for the speaker ("she", "the mayor"), when the name shown is not them.
    const written = speaker && text !== undefined && speaker.start !== undefined && speaker.end !== undefined ? text.slice(speaker.start, speaker.end) : undefined;
    const differs = written !== undefined && written !== '' && !!speaker && !speaker.name.toLowerCase().includes(written.toLowerCase());
    const unresolved = speaker?.unnamed ? ' (unnamed source, as the text puts it)' : differs ? '' : ' (as the text puts it)';
    const who = speaker ? `${escapeMarkdown(speaker.name)}${actor ? ` (${ACTOR_TYPE_LABEL[actor.type]})` : unresolved}` : 'unknown';
    lines.push(`Speaker: ${who}${differs ? ` — the text says “${escapeMarkdown(written)}”` : ''}`);
    const role = actor ? [actor.role, actor.affiliation].filter(Boolean).join(', ') : '';
    if (role) lines.push(`Role: ${escapeMarkdown(role)}`);
    if (quote.cue) lines.push(`Cue: “${escapeMarkdown(quote.cue.text)}”`);
  }
  return lines.join('\n\n');
}

/** "Corrected by hand" / "Reviewed" for annotations the corrections touched (the item, or its actor). */
function provenanceLine(...items: readonly Provenance[]): string {
  const words = [items.some((item) => item.origin === 'manual') ? 'corrected by hand' : '', items[0].reviewed ? 'reviewed' : ''].filter(Boolean);
  return words.length ? `\n\n_${words.join(' · ').replace(/^./, (first) => first.toUpperCase())}_` : '';
}

export function hoverAt(document: TextDocument, annotations: Annotations, offset: number): Hover | null {
  const found = annotationsAt(annotations, offset);
  const sections: string[] = [];
  const spans: { start: number; end: number }[] = [];
  if (found.actor) {
    sections.push(actorHover(annotations, found.actor.actor) + provenanceLine(found.actor.mention, found.actor.actor));
    spans.push(found.actor.mention);
  }
  if (found.date) {
    sections.push(dateHover(annotations, found.date) + provenanceLine(found.date));
    spans.push(found.date);
  }
  if (found.quote) {
    sections.push(quoteHover(annotations, found.quote, document.getText()) + provenanceLine(found.quote));
    spans.push(found.quote);
  }
  if (!sections.length) return null;
  const innermost = spans.reduce((best, span) => (span.end - span.start < best.end - best.start ? span : best));
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: rangeOf(document, innermost) };
}
