// The corrections an annotator makes to the analyzer's output, as stored in an article's sidecar file
// (`article.txt.annotations.json`). Pure data: no editor, LSP or file-system imports.
import type { ActorType, DateKind, QuoteKind } from '../analysis/types';

export const SIDECAR_VERSION = 1;
/** Appended to the article's file name: `article.txt` → `article.txt.annotations.json`. */
export const SIDECAR_SUFFIX = '.annotations.json';
/** Characters of context kept on each side of an anchored span (as the W3C TextQuoteSelector does). */
export const ANCHOR_CONTEXT_LENGTH = 32;

/** Where a correction applies: its position when recorded and its quoted text with some context. */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnnotationKind = 'actor' | 'date' | 'quote';

/** Who made a correction and when; optional, carried for review in version control. */
export interface CorrectionMeta {
  /** ISO 8601. */
  at?: string;
  author?: string;
}

/** Tag a span as an actor, a date or a quote. */
export type AddCorrection = CorrectionMeta & { op: 'add'; anchor: TextAnchor } & (
    | { kind: 'actor'; type: ActorType; /** The actor's canonical name, when it differs from the span's text. */ name?: string }
    | { kind: 'date'; /** TIMEX3 value; unknown when absent. */ value?: string; dateKind?: DateKind }
    | { kind: 'quote'; quoteKind?: QuoteKind; /** The speaker's name (resolved to an actor by name or alias). */ speaker?: string }
  );

/** Not an annotation: one mention (anchored), or an actor's name everywhere in this article. */
export type RejectCorrection = CorrectionMeta & { op: 'reject'; kind: AnnotationKind } & ({ anchor: TextAnchor; name?: undefined } | { name: string; anchor?: undefined });

/** Change the type of the actor named at the anchor, or the kind of the quote at the anchor. */
export type RetypeCorrection = CorrectionMeta & { op: 'retype'; anchor: TextAnchor } & ({ kind: 'actor'; type: ActorType } | { kind: 'quote'; quoteKind: QuoteKind });

/** Set (or clear, with null) the speaker of the quote at the anchor. */
export interface SetSpeakerCorrection extends CorrectionMeta {
  op: 'setSpeaker';
  anchor: TextAnchor;
  speaker: string | null;
  /** The words naming the speaker in the text, when the annotator pointed at them. */
  speakerAnchor?: TextAnchor;
}

/** One actor: all actors named `names` (by name, alias or mention) become the actor called `into`. */
export interface MergeCorrection extends CorrectionMeta {
  op: 'merge';
  into: string;
  names: string[];
}

/** Two actors: the mentions at `mentions` leave their actor and form a new actor called `newName`. */
export interface SplitCorrection extends CorrectionMeta {
  op: 'split';
  mentions: TextAnchor[];
  newName: string;
  type?: ActorType;
}

/** The annotation at the anchor was checked by an annotator and is right as it is (`reviewed: true`). */
export interface AcceptCorrection extends CorrectionMeta {
  op: 'accept';
  kind: AnnotationKind;
  anchor: TextAnchor;
}

/** Another TIMEX3 value for the date at the anchor. */
export interface SetDateCorrection extends CorrectionMeta {
  op: 'setDate';
  anchor: TextAnchor;
  value: string;
}

/** The mention at the anchor refers to the actor called `to` (by name or alias), not to the one it was given. */
export interface LinkCorrection extends CorrectionMeta {
  op: 'link';
  anchor: TextAnchor;
  to: string;
}

export type Correction =
  AddCorrection | RejectCorrection | RetypeCorrection | SetSpeakerCorrection | MergeCorrection | SplitCorrection | AcceptCorrection | SetDateCorrection | LinkCorrection;

export type CorrectionOp = Correction['op'];

export interface Sidecar {
  version: typeof SIDECAR_VERSION;
  corrections: Correction[];
}
