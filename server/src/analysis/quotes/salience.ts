// Salience of the people and organizations before a pronoun, in the manner of Lappin and Leass (1994): each
// mention adds a weight for being recent, for opening its sentence (the subject) and for being the speaker of an
// attribution, halved for each sentence between it and the pronoun; an entity's salience is the sum over its
// mentions. The pronoun takes the most salient entity its gender and number allow.
import type { DocumentTokens } from '../documentTokens';
import { cacheChecksOn, checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { firstAtOrAfter } from '../partitionPoint';
import { alignmentOf, type TokenAlignment } from '../previousTokens';
import { sentenceStarts, sentenceStartsInto } from '../sentences';
import type { TokenList } from '../tokenList';

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
  private readonly starts: number[];

  constructor(document: DocumentTokens) {
    this.starts = sentenceStartPositions(document);
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

/** The last analysis's sentence starts, for the next one (startsAfterEdit). */
const keptStarts = new KeptLatest<{ document: DocumentTokens; starts: number[] }>();

/** Where the document's sentences start (0 first), those away from the edit taken from the previous analysis. */
function sentenceStartPositions(document: DocumentTokens): number[] {
  const tokens = document.tokens;
  const latest = keptStarts.value;
  let starts: number[] | undefined;
  if (latest !== undefined && paragraphCachesEnabled()) {
    const alignment = alignmentOf(document);
    if (alignment.previous === latest.document && alignment.previous !== document) starts = startsAfterEdit(tokens, alignment, latest.starts);
    if (starts !== undefined && cacheChecksOn()) starts = checkedKept('sentence starts', starts, () => allStartPositions(tokens));
  }
  starts ??= allStartPositions(tokens);
  if (paragraphCachesEnabled()) keptStarts.value = { document, starts };
  return starts;
}

/** allStartPositions()'s first tokens, one array for every call (read at once). */
const ALL_FIRSTS: number[] = [];

function allStartPositions(tokens: TokenList): number[] {
  const starts = [0];
  const firsts = ALL_FIRSTS;
  const count = sentenceStartsInto(firsts, tokens);
  for (let index = 0; index < count; index++) if (tokens.start(firsts[index]) > 0) starts.push(tokens.start(firsts[index]));
  return starts;
}

/**
 * The sentence starts of `tokens` from the previous analysis's (`previous`, of the document `alignment` lines them up
 * with): sentenceStarts() over the whole document starts afresh at every line start (every line opens a sentence, and
 * a run of stops ends at one), and whether a token after a stop opens a sentence reads at most the two tokens after
 * it. So the starts before the last line start at least three tokens before the first changed token are the previous
 * ones, those from the first line start among the unchanged tokens after the edit are the previous ones moved, and
 * only the lines between are read again (with two tokens past them to look at). Undefined when the edit is too near
 * the start to be worth it.
 */
function startsAfterEdit(tokens: TokenList, alignment: TokenAlignment, previous: readonly number[]): number[] | undefined {
  const count = tokens.length;
  let first = Math.min(alignment.prefix, count) - 3;
  while (first > 0 && !tokens.lineStart(first)) first--;
  if (first <= 0) return undefined;
  let after = Math.max(alignment.from, first);
  while (after < count && !tokens.lineStart(after)) after++;
  const starts: number[] = [];
  const firstStart = tokens.start(first);
  for (let index = 0; index < previous.length && previous[index] < firstStart; index++) starts.push(previous[index]);
  for (const start of sentenceStarts(tokens, first, Math.min(count, after + 2))) {
    if (start >= after) break;
    starts.push(tokens.start(start));
  }
  if (after < count) {
    const shift = alignment.charShift;
    for (let index = firstAtOrAfter(previous, tokens.start(after) + shift); index < previous.length; index++) starts.push(previous[index] - shift);
  }
  return starts;
}
