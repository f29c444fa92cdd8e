// The analyzer's output with corrections applied: every annotation says whether it is the analyzer's (auto) or
// an annotator's (manual: added, or changed by a correction or a workspace list). Extends the contract of
// analysis/types.ts by an optional-in-the-contract `origin` field, carried into exports as `origin: auto | manual`.
import type { Actor, Annotations, DateAnnotation, Mention, Origin, Quote } from '../analysis/types';
import type { KnownActor } from './knownActors';

export type { Origin } from '../analysis/types';

export interface CorrectedMention extends Mention {
  origin: Origin;
}

export interface CorrectedActor extends Actor {
  origin: Origin;
  mentions: CorrectedMention[];
}

export interface CorrectedDate extends DateAnnotation {
  origin: Origin;
}

export interface CorrectedQuote extends Quote {
  origin: Origin;
}

export interface CorrectedAnnotations extends Annotations {
  actors: CorrectedActor[];
  dates: CorrectedDate[];
  quotes: CorrectedQuote[];
}

/** The workspace-wide lists, as read from their files. */
export interface WorkspaceLists {
  /** nameKey() of the names that are never actors (workspace/notActors.ts). */
  notActors?: ReadonlySet<string>;
  knownActors?: readonly KnownActor[];
}
