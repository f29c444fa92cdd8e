// The document outline: People / Organizations / Places (one row per actor with its mention count and role; its
// mentions as children, each with its line and a few words around it), Dates in time order, and Quotes grouped
// by speaker. Feeds VS Code's Outline, breadcrumbs and Go to Symbol.
//
// Ranges: an actor's mentions interleave with other actors' across the article, so no group can span "its" text
// without covering the others'; editors pick the first symbol whose range holds the cursor and never look
// further, so a spanning group put "Moscow" under Organizations. The five groups are therefore anchored at the
// start of the article (one character apart, so the Outline's order by position is this one), an actor at its first
// mention, and each mention, date and quote at its own text: the breadcrumbs show a mention's actor, or
// nothing, never the wrong group.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ActorType, Annotations, DateAnnotation, Quote } from './analysis/types';
import { valueInWords } from './analysis/dates/describe';
import { ACTOR_GROUP_LABEL, QUOTE_KIND_LABEL, roleLine, shortText } from './labels';
import { rangeOf } from './positions';

const ACTOR_KIND: Record<ActorType, SymbolKind> = { person: SymbolKind.Object, organization: SymbolKind.Struct, place: SymbolKind.Package };
const ACTOR_TYPES: ActorType[] = ['person', 'organization', 'place'];
/** Words of context on each side of a mention in its outline row. */
const CONTEXT_WORDS = 3;

interface Span {
  start: number;
  end: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function symbol(name: string, kind: SymbolKind, range: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  // An empty name is rejected by VS Code.
  return { name: name.trim() || '(empty)', kind, range, selectionRange: range, ...(detail ? { detail } : {}), ...(children ? { children } : {}) };
}

/**
 * A group row, anchored at the article's start (see the comment at the top): the `index`-th group at the
 * `index`-th character, an empty range, since VS Code's Outline orders symbols at the same place by name
 * ("Dates" before "People") and by position otherwise.
 */
function group(document: TextDocument, index: number, name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const start = document.positionAt(index);
  return symbol(name, kind, { start, end: start }, `${children.length}`, children);
}

const lineOf = (document: TextDocument, span: Span) => document.positionAt(span.start).line + 1;

/** "…President Vladimir Putin said on…": a few whole words either side of the span, from its own line. */
export function contextAround(text: string, span: Span, words = CONTEXT_WORDS): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineBreak = text.indexOf('\n', span.end);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak;
  // Only the words shown are read (a paragraph is one line, and an actor can have thousands of mentions).
  const from = wordsOut(text, span.start, lineStart, -1, words);
  const to = wordsOut(text, span.end, lineEnd, 1, words);
  const left = flatWords(text.slice(from, span.start));
  const right = flatWords(text.slice(span.end, to));
  const flat = [...(left ? [left] : []), text.slice(span.start, span.end), ...(right ? [right] : [])].join(' ').replace(/\s+/g, ' ');
  return `${hasWord(text, lineStart, from) ? '…' : ''}${flat}${hasWord(text, to, lineEnd) ? '…' : ''}`;
}

/** The words of a piece of text, one space between them. */
function flatWords(piece: string): string {
  return piece.replace(/\s+/g, ' ').trim();
}

/** /\s/ on one character, without a regular expression for the usual ones. */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[index]);
}

/** Where `words` whole words from `at` towards `limit` end (direction -1: before `at`, 1: after it). */
function wordsOut(text: string, at: number, limit: number, direction: -1 | 1, words: number): number {
  const before = direction < 0 ? 1 : 0;
  // Short of the limit (a span at the very start of a text that starts with a line break has its line after it).
  const inside = direction < 0 ? (index: number) => index > limit : (index: number) => index < limit;
  let position = at;
  for (let count = 0; count < words && inside(position); count++) {
    while (inside(position) && isSpace(text, position - before)) position += direction;
    while (inside(position) && !isSpace(text, position - before)) position += direction;
  }
  return position;
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isSpace(text, index)) return true;
  return false;
}

function actorSymbol(document: TextDocument, actor: Actor, options: OutlineOptions): DocumentSymbol {
  const text = document.getText();
  const mentions = [...actor.mentions, ...(options.nominalMentions ? (actor.nominals ?? []) : [])].sort((a, b) => a.start - b.start);
  const children = mentions.map((mention) => symbol(`line ${lineOf(document, mention)}`, SymbolKind.Field, rangeOf(document, mention), contextAround(text, mention)));
  const detail = [plural(mentions.length, 'mention'), roleLine(actor)].filter(Boolean).join(' · ');
  return symbol(actor.name, ACTOR_KIND[actor.type], rangeOf(document, mentions[0]), detail, children);
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

export interface OutlineOptions {
  /** List the nominal mentions ("the company") among an actor's mentions (setting outline.nominalMentions). */
  nominalMentions?: boolean;
}

export function documentSymbols(document: TextDocument, annotations: Annotations, options: OutlineOptions = {}): DocumentSymbol[] {
  const outline: DocumentSymbol[] = [];

  const actors = annotations.actors.filter((actor) => actor.mentions.length > 0);
  for (const type of ACTOR_TYPES) {
    // Most mentioned first, as a reader asks "who is this about?"; ties in order of appearance.
    const ofType = actors
      .filter((actor) => actor.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
    if (ofType.length)
      outline.push(
        group(
          document,
          outline.length,
          ACTOR_GROUP_LABEL[type],
          SymbolKind.Namespace,
          ofType.map((actor) => actorSymbol(document, actor, options)),
        ),
      );
  }

  if (annotations.dates.length) {
    const dates = [...annotations.dates]
      .sort(byTime)
      .map((date) => symbol(date.text, SymbolKind.Event, rangeOf(document, date), `${valueInWords(date.value, date.kind)} · line ${lineOf(document, date)}`));
    outline.push(group(document, outline.length, 'Dates', SymbolKind.Namespace, dates));
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
      const children = quotes.map((quote) =>
        symbol(shortText(quote.text), SymbolKind.String, rangeOf(document, quote), `${QUOTE_KIND_LABEL[quote.kind]} · line ${lineOf(document, quote)}`),
      );
      const name = quotes[0].kind === 'title' ? 'Quoted titles' : (speaker?.name ?? 'Unattributed');
      return symbol(
        name,
        actor ? ACTOR_KIND[actor.type] : SymbolKind.Object,
        rangeOf(document, quotes[0]),
        plural(quotes.length, quotes[0].kind === 'title' ? 'title' : 'quote'),
        children,
      );
    });
    outline.push(group(document, outline.length, 'Quotes', SymbolKind.Namespace, speakers));
  }
  return outline;
}
