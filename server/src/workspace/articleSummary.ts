// What the workspace keeps of an analyzed article: its actors, dates and quotes with their ranges (and the
// sentence of each date, for the timeline), never its text, so an index of thousands of articles stays small.
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActorType, Annotations, DateAnnotation, MentionForm, QuoteKind } from '../analysis/types';
import { sentenceSpans, type SentenceSpan } from '../analysis/sentences';
import { tokenize } from '../analysis/tokens';
import { rangeOf } from '../positions';

export interface SummaryMention {
  text: string;
  range: Range;
  form?: MentionForm;
}

export interface SummaryActor {
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  role?: string;
  affiliation?: string;
  mentions: SummaryMention[];
}

export interface SummaryDate {
  id: string;
  text: string;
  value: string;
  kind: DateAnnotation['kind'];
  range: Range;
  /** The sentence the date is in, shortened, for the timeline. */
  sentence: string;
}

export interface SummaryQuote {
  id: string;
  kind: QuoteKind;
  text: string;
  range: Range;
  speaker?: string;
  /** The speaker's actor, when the speaker resolves to one (for the Sources view). */
  speakerId?: string;
}

export interface ArticleSummary {
  uri: string;
  /** The article's own date (its reference date: YYYY-MM-DD or YYYY), for quote provenance. */
  date?: string;
  actors: SummaryActor[];
  dates: SummaryDate[];
  quotes: SummaryQuote[];
}

const MAX_SENTENCE_LENGTH = 200;

/**
 * The sentences of one text, as the analyzer splits them (analysis/sentences.ts: an abbreviation's period, "Mr." or
 * "U.S.", ends none), line by line: the dates of an article come in order, several to a line, and each line is split
 * once.
 */
export class TextSentences {
  private lineStart = -1;
  private lineEnd = -1;
  private spans: SentenceSpan[] = [];

  constructor(private readonly text: string) {}

  /** The sentence around [start, end), within its line; shortened around the span when long. */
  around(start: number, end: number): string {
    const text = this.text;
    if (start < this.lineStart || end > this.lineEnd) {
      this.lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineBreak = text.indexOf('\n', end);
      this.lineEnd = lineBreak === -1 ? text.length : lineBreak;
      this.spans = sentenceSpans(tokenize(text, this.lineStart, this.lineEnd));
    }
    let from = start;
    let to = end;
    for (const sentence of this.spans) {
      if (sentence.end <= start) continue;
      if (sentence.start >= end) break;
      from = Math.min(from, sentence.start);
      to = Math.max(to, sentence.end);
    }
    // A long sentence is cut around the date, so the date stays in what is shown.
    const context = Math.max(0, Math.floor((MAX_SENTENCE_LENGTH - (end - start)) / 2));
    const cutBefore = start - from > context;
    const cutAfter = to - end > context;
    // Cut at a word boundary, never inside a word.
    if (cutBefore) from = Math.min(start, text.indexOf(' ', start - context) + 1 || start);
    if (cutAfter) to = Math.max(end, text.lastIndexOf(' ', end + context));
    const flat = (piece: string) => piece.replace(/\s+/g, ' ');
    return `${cutBefore ? '…' : ''}${flat(text.slice(from, to)).trim()}${cutAfter ? '…' : ''}`;
  }
}

/** The sentence around [start, end) of `text` (TextSentences, for one span). */
export function sentenceAround(text: string, start: number, end: number): string {
  return new TextSentences(text).around(start, end);
}

/** The summary of one analysis of `text` (a document's text or a file read from disk). */
export function summarize(uri: string, text: string, annotations: Annotations, document: TextDocument = TextDocument.create(uri, 'plaintext', 0, text)): ArticleSummary {
  const sentences = new TextSentences(text);
  return {
    uri,
    ...(annotations.referenceDate?.value ? { date: annotations.referenceDate.value } : {}),
    actors: annotations.actors.map((actor) => ({
      id: actor.id,
      type: actor.type,
      name: actor.name,
      aliases: actor.aliases ?? [],
      ...(actor.role ? { role: actor.role } : {}),
      ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
      mentions: [...actor.mentions]
        .sort((a, b) => a.start - b.start)
        .map((mention) => ({ text: mention.text, range: rangeOf(document, mention), ...(mention.form ? { form: mention.form } : {}) })),
    })),
    dates: annotations.dates.map((date) => ({
      id: date.id,
      text: date.text,
      value: date.value,
      kind: date.kind,
      range: rangeOf(document, date),
      sentence: sentences.around(date.start, date.end),
    })),
    quotes: annotations.quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      text: quote.text,
      range: rangeOf(document, quote),
      ...(quote.speaker ? { speaker: quote.speaker.name } : {}),
      ...(quote.speaker?.actorId ? { speakerId: quote.speaker.actorId } : {}),
    })),
  };
}

/** The file name of an article's URI, for messages ("cstoRearmament-uni.txt"). */
export function articleName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
}
