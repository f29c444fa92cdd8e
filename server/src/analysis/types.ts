// The analyzer's output: the project's annotation JSON. This shape is a public contract (the CLI writes it,
// other tools read it, schema/annotations.schema.json documents it): extend it only by adding fields.
// All offsets are UTF-16 code units into the analyzed text, end exclusive.

export interface Span {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
}

export type ActorType = 'person' | 'organization' | 'place';

/** How a mention names its actor: the full name, a part of it, an acronym, a pronoun, a common noun ("the company"). */
export type MentionForm = 'full' | 'partial' | 'acronym' | 'pronoun' | 'alias' | 'nominal';

/** Whether an annotation is the analyzer's (auto) or an annotator's (manual: added or changed by a correction). */
export type Origin = 'auto' | 'manual';

/**
 * What corrections add to an annotation. Absent in the analyzer's own output (read as `auto`, not reviewed);
 * set on every annotation once corrections have been applied (server/src/corrections).
 */
export interface Provenance {
  origin?: Origin;
  /** An annotator accepted it as it is. */
  reviewed?: boolean;
}

export interface Mention extends Span, Provenance {
  form?: MentionForm;
}

export interface Actor extends Provenance {
  /** Stable within one analysis: "a1", "a2", … in order of first mention. */
  id: string;
  type: ActorType;
  /** Canonical name: the fullest form met in the article ("Vladimir Putin"). */
  name: string;
  /** Title or function stated in the text ("President", "Deputy Director"). */
  role?: string;
  /** Organization or country the role belongs to ("Higher School of Economics", "Belarus"). */
  affiliation?: string;
  /** Other spellings and short forms met ("Putin", "CSTO"). */
  aliases?: string[];
  mentions: Mention[];
  /**
   * Common-noun phrases that refer to the actor ("the company", "the mayor"; form `nominal`), in text order. Kept
   * apart from `mentions`, which are names (what renaming, exports and the evaluation read).
   */
  nominals?: Mention[];
}

/** TIMEX3 types; durations and sets are carried so they are not mistaken for dates. */
export type DateKind = 'date' | 'time' | 'duration' | 'set';
export type DateGranularity = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century' | 'reference' | 'duration';
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';

/** How a date's value was obtained. */
export type DateAnchoring = 'absolute' | 'reference-date' | 'inferred-year' | 'unanchored';

export interface DateAnnotation extends Span, Provenance {
  id: string;
  /** TIMEX3 value: 2025-11-27, 2026, 2025-11, 2025-W48, 2026-Q3, 2025-SP, 199X, PRESENT_REF, P3Y … */
  value: string;
  kind: DateKind;
  granularity: DateGranularity;
  mod?: DateMod;
  anchoring: DateAnchoring;
  /** Why the year is what it is, when it was not written ("year inferred from 'January 1, 2026' …"). */
  note?: string;
}

export interface Speaker {
  /** The actor the speaker resolves to, when one does. */
  actorId?: string;
  /** The speaker as named (canonical actor name when resolved, else the words of the text). */
  name: string;
  /** The mention in the text that names the speaker (may be a pronoun). */
  start?: number;
  end?: number;
  /** A group or anonymous source ("officials", "a source close to the talks"): `name` keeps the text's words. */
  unnamed?: boolean;
}

/**
 * direct: speech inside quotation marks. indirect: reported speech without marks ("X said that …").
 * title: quoted words that are not speech (names of exercises, operations, newspapers; scare quotes).
 */
export type QuoteKind = 'direct' | 'indirect' | 'title';

export interface Quote extends Span, Provenance {
  id: string;
  kind: QuoteKind;
  /** For a quote split by its attribution or running over paragraphs: each fragment, marks included. */
  parts?: Span[];
  speaker: Speaker | null;
  /** The speech verb or phrase that attributes it ("said", "told", "according to"). */
  cue?: Span;
  /** True when the quote's opening mark is never closed (the span then runs to the end of its paragraph). */
  unclosed?: boolean;
}

export type BlockKind = 'boilerplate' | 'headline' | 'dateline' | 'paragraph' | 'credit' | 'signoff';

/** A region of the article. Boilerplate, credits and sign-offs are not analyzed as prose. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export type ProblemCode =
  | 'unclosed-quote'
  | 'quote-without-speaker'
  | 'missing-space-at-quote'
  | 'inferred-year'
  | 'input-not-text'
  // Date sanity (dates/sanity.ts): a weekday not on its date, a relative date its neighbour contradicts, a past
  // event dated after the article.
  | 'weekday-mismatch'
  | 'relative-date-mismatch'
  | 'past-event-after-article-date';

export interface Problem {
  code: ProblemCode;
  start: number;
  end: number;
  message: string;
  /** The annotation the problem is about, when there is one. */
  annotationId?: string;
}

export type ReferenceDateSource = 'front-matter' | 'dateline' | 'option' | 'inferred' | 'none';

export interface ReferenceDate {
  /** YYYY-MM-DD, or YYYY when only the year could be inferred. */
  value: string | null;
  source: ReferenceDateSource;
  /** In words, for hovers: "year 2025 inferred from 'January 1, 2026' … ". */
  explanation?: string;
}

/** Where the article comes from: a news agency credited in its dateline ("(AP)", "(Reuters)"). Not an actor. */
export interface SourceCredit extends Span {
  kind: 'agency';
  /** The agency as credited ("AP"). */
  name: string;
}

export interface Annotations {
  id?: string;
  referenceDate: ReferenceDate;
  blocks: Block[];
  actors: Actor[];
  /** The article's sources (agency credits), kept out of `actors`; absent when the article credits none. */
  sources?: SourceCredit[];
  dates: DateAnnotation[];
  quotes: Quote[];
  problems: Problem[];
}

export interface AnalyzeOptions {
  /** Document id carried into the output (file path or JSONL record id). */
  id?: string;
  /** YYYY-MM-DD; used when the article states no date of its own (front matter and dateline win). */
  referenceDate?: string;
}
