// Salience of the people and organizations before a pronoun, in the manner of Lappin and Leass (1994): each
// mention adds a weight for being recent, for opening its sentence (the subject) and for being the speaker of an
// attribution, halved for each sentence between it and the pronoun; an entity's salience is the sum over its
// mentions. The pronoun takes the most salient entity its gender and number allow.
import type { DocumentTokens } from '../documentTokens';
import { sentenceStarts } from '../sentences';

/** One mention of a candidate antecedent. */
export interface SalientMention {
  /** The entity the mention belongs to (an actor id, or a name for a speaker with no actor). */
  key: string;
  start: number;
  /** The mention opens its sentence (after at most a short introductory phrase): it is the subject. */
  subject: boolean;
  /** The mention is the speaker of an attribution. */
  speaker: boolean;
}

/** Weights of a mention in the pronoun's own sentence or the one before; halved per sentence further back. */
const RECENCY = 100;
const SUBJECT = 80;
const SPEAKER = 120;
/** Sentences looked back over. */
const MAX_SENTENCES = 5;

/** The sentences of the document (its prose blocks' sentences: sentences.ts), by their starts. */
export class SentenceIndex {
  private readonly starts: number[] = [0];

  constructor(document: DocumentTokens) {
    const tokens = document.tokens;
    for (const first of sentenceStarts(tokens)) if (tokens.start(first) > 0) this.starts.push(tokens.start(first));
  }

  /** Every sentence start, ascending. */
  allStarts(): readonly number[] {
    return this.starts;
  }

  /** Where the sentence containing `position` starts. */
  startOf(position: number): number {
    return this.starts[this.at(position)];
  }

  /** The index of the sentence containing `position`. */
  at(position: number): number {
    return lastStartingBy(this.starts, position);
  }
}

/** The index of the last of the ascending `starts` at or before `position` (0 when none is). */
export function lastStartingBy(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How much an entity may be the antecedent (0: not at all), by its key. */
export interface SalienceFit {
  fit(key: string): number;
}

/** The key of the most salient entity among `mentions` (all before `position`) that `fits`, if any. */
export function mostSalient(sentences: SentenceIndex, position: number, mentions: readonly SalientMention[], fits: SalienceFit): string | undefined {
  const here = sentences.at(position);
  // An entity counts once per sentence (its strongest mention there), summed over the sentences.
  const perSentence = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.start >= position) continue;
    const sentence = sentences.at(mention.start);
    const distance = here - sentence;
    if (distance > MAX_SENTENCES) continue;
    const fit = fits.fit(mention.key);
    if (fit <= 0) continue;
    const weight = ((RECENCY + (mention.subject ? SUBJECT : 0) + (mention.speaker ? SPEAKER : 0)) * fit) / 2 ** Math.max(0, distance - 1);
    const slot = `${sentence}\u0000${mention.key}`;
    perSentence.set(slot, Math.max(perSentence.get(slot) ?? 0, weight));
  }
  const scores = new Map<string, number>();
  for (const [slot, weight] of perSentence) {
    const key = slot.slice(slot.indexOf('\u0000') + 1);
    scores.set(key, (scores.get(key) ?? 0) + weight);
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [key, score] of scores) {
    if (score > bestScore) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}
