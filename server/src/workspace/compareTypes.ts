// The result of comparing two articles (two versions of one story): what each quoted and whom, which actors,
// dates and numbers each has, and what differs. Documented by schema/compare.schema.json; the CLI writes it
// (`news-annotate compare A B`), the server answers it (newsAnnotator/compare), the client's view shows it.
// Every span is UTF-16 code units into the article's text, end exclusive.
import type { ActorType, QuoteKind } from '../analysis/types';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A piece of a word-level difference: words both have, or words only one of them has. */
export interface DiffPiece {
  op: 'same' | 'onlyA' | 'onlyB';
  text: string;
}

export interface ComparedQuote {
  id: string;
  kind: QuoteKind;
  span: TextSpan;
  /** The speaker as named in this article, when there is one. */
  speaker?: string;
}

export interface QuotePair {
  a: ComparedQuote;
  b: ComparedQuote;
  /** true: one speaker (same actor, or a spelling variant); false: two different speakers; null: one has none. */
  sameSpeaker: boolean | null;
}

export interface ChangedQuotePair extends QuotePair {
  /** Word-level difference from A's wording to B's. */
  diff: DiffPiece[];
}

export interface ComparedActor {
  id: string;
  type: ActorType;
  name: string;
  role?: string;
  affiliation?: string;
  /** Every mention, in text order. */
  mentions: TextSpan[];
}

export interface ActorPair {
  a: ComparedActor;
  b: ComparedActor;
  /** The two articles spell the name differently ("Daria Saprynskaya" / "Darya Saprynskaya"). */
  nameVariant: boolean;
  /** The role or affiliation stated differs (one states none, or they differ). */
  roleDiffers: boolean;
}

export interface ComparedDate {
  /** TIMEX3 value. */
  value: string;
  mentions: TextSpan[];
}

export interface DatePair {
  value: string;
  a: TextSpan[];
  b: TextSpan[];
}

/** One event (matching sentences) dated differently by the two articles. */
export interface DateConflict {
  a: { value: string; span: TextSpan; sentence: TextSpan };
  b: { value: string; span: TextSpan; sentence: TextSpan };
}

/** A number that differs in otherwise matching sentences ("three packages" / "four packages"). */
export interface NumberDifference {
  a: { span: TextSpan; sentence: TextSpan };
  b: { span: TextSpan; sentence: TextSpan };
}

export interface ComparisonResult {
  a: string;
  b: string;
  quotes: { both: QuotePair[]; changed: ChangedQuotePair[]; onlyA: ComparedQuote[]; onlyB: ComparedQuote[] };
  actors: { both: ActorPair[]; onlyA: ComparedActor[]; onlyB: ComparedActor[] };
  dates: { both: DatePair[]; onlyA: ComparedDate[]; onlyB: ComparedDate[]; conflicts: DateConflict[] };
  numbers: NumberDifference[];
}
