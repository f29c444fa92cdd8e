// The document outline: Actors (People / Organizations / Places → actor → its mentions), Dates in time order and
// Quotes grouped by speaker. Feeds VS Code's Outline, breadcrumbs and Go to Symbol.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ActorType, Annotations, DateAnnotation, Quote } from './analysis/types';
import { ACTOR_GROUP_LABEL, QUOTE_KIND_LABEL, roleLine, shortText } from './labels';
import { rangeOf } from './positions';

const ACTOR_KIND: Record<ActorType, SymbolKind> = { person: SymbolKind.Object, organization: SymbolKind.Struct, place: SymbolKind.Package };
const ACTOR_TYPES: ActorType[] = ['person', 'organization', 'place'];

interface Span {
  start: number;
  end: number;
}

function covering(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
}

function symbol(name: string, kind: SymbolKind, range: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  // An empty name is rejected by VS Code.
  return { name: name.trim() || '(empty)', kind, range, selectionRange: range, ...(detail ? { detail } : {}), ...(children ? { children } : {}) };
}

/** A group node spans everything it contains, so breadcrumbs find it wherever its members are. */
function group(document: TextDocument, name: string, kind: SymbolKind, spans: readonly Span[], children: DocumentSymbol[], detail?: string): DocumentSymbol {
  return symbol(name, kind, rangeOf(document, covering(spans)), detail, children);
}

function actorSymbol(document: TextDocument, actor: Actor): DocumentSymbol {
  const mentions = [...actor.mentions].sort((a, b) => a.start - b.start);
  const children = mentions.map((mention) => symbol(mention.text, SymbolKind.Key, rangeOf(document, mention), mention.form));
  return symbol(actor.name, ACTOR_KIND[actor.type], rangeOf(document, mentions[0]), roleLine(actor), children);
}

/**
 * Time order by TIMEX value: values that start with a year sort as strings ("2025-11" before "2025-11-27"),
 * the rest (durations, sets, PRESENT_REF) after them; text order breaks ties.
 */
export function byTime(a: DateAnnotation, b: DateAnnotation): number {
  const aDated = /^\d{4}/.test(a.value);
  const bDated = /^\d{4}/.test(b.value);
  if (aDated !== bDated) return aDated ? -1 : 1;
  if (aDated && a.value !== b.value) return a.value < b.value ? -1 : 1;
  return a.start - b.start;
}

function speakerKey(quote: Quote): string {
  if (quote.kind === 'title') return 'titles';
  return quote.speaker?.actorId ?? (quote.speaker ? `name:${quote.speaker.name}` : 'unattributed');
}

export function documentSymbols(document: TextDocument, annotations: Annotations): DocumentSymbol[] {
  const outline: DocumentSymbol[] = [];

  const actors = annotations.actors.filter((actor) => actor.mentions.length > 0);
  const typeGroups: DocumentSymbol[] = [];
  for (const type of ACTOR_TYPES) {
    const ofType = actors.filter((actor) => actor.type === type);
    if (!ofType.length) continue;
    const spans = ofType.flatMap((actor) => actor.mentions);
    typeGroups.push(group(document, ACTOR_GROUP_LABEL[type], SymbolKind.Namespace, spans, ofType.map((actor) => actorSymbol(document, actor)), `${ofType.length}`));
  }
  if (typeGroups.length) {
    outline.push(group(document, 'Actors', SymbolKind.Module, actors.flatMap((actor) => actor.mentions), typeGroups, `${actors.length}`));
  }

  if (annotations.dates.length) {
    const dates = [...annotations.dates].sort(byTime).map((date) => symbol(date.text, SymbolKind.Event, rangeOf(document, date), date.value));
    outline.push(group(document, 'Dates', SymbolKind.Module, annotations.dates, dates, `${dates.length}`));
  }

  if (annotations.quotes.length) {
    const bySpeaker = new Map<string, Quote[]>();
    for (const quote of [...annotations.quotes].sort((a, b) => a.start - b.start)) {
      const key = speakerKey(quote);
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
    }
    const speakers = [...bySpeaker.values()].map((quotes) => {
      const speaker = quotes[0].speaker;
      const actor = speaker?.actorId ? annotations.actors.find((candidate) => candidate.id === speaker.actorId) : undefined;
      const children = quotes.map((quote) => symbol(shortText(quote.text), SymbolKind.String, rangeOf(document, quote), QUOTE_KIND_LABEL[quote.kind]));
      const name = quotes[0].kind === 'title' ? 'Quoted titles' : (speaker?.name ?? 'Unattributed');
      return group(document, name, actor ? ACTOR_KIND[actor.type] : SymbolKind.Object, quotes, children, `${quotes.length}`);
    });
    outline.push(group(document, 'Quotes', SymbolKind.Module, annotations.quotes, speakers, `${annotations.quotes.length}`));
  }
  return outline;
}
