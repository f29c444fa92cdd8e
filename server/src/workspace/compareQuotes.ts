// The quotations of two versions of a story: the same words in both, the same quotation reworded (with the
// word-level difference), and what only one of them quotes; for each pair, whether the speaker is the same.
import { diffWords } from 'diff';
import type { Actor, Annotations, Quote } from '../analysis/types';
import type { ChangedQuotePair, ComparedQuote, DiffPiece, QuotePair } from './compareTypes';
import { isNameVariant } from './nameVariants';
import { nameKey } from './notActors';
import { isSameActor } from './sameActor';
import { quoteWords } from './sharedQuotes';

/** Length of the longest common subsequence of two word lists. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let index = 1; index <= b.length; index++) current[index] = word === b[index - 1] ? previous[index - 1] + 1 : Math.max(previous[index], current[index - 1]);
    previous = current;
  }
  return previous[b.length];
}

/** Whether `inner` appears word for word, contiguously, inside `outer`. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let from = 0; from + inner.length <= outer.length; from++) if (inner.every((word, index) => outer[from + index] === word)) return true;
  return false;
}

/** Common words a reworded quotation keeps at least (and at least half of the shorter one's words). */
const MIN_COMMON_WORDS = 4;

/**
 * How alike two quotations are, 0 when they are not the same quotation: 1 for the same words; a reworded one
 * keeps most of its words in order; a short direct quotation (two words or more) may be carried whole inside the
 * other version's longer or reported quote ("significantly enhance").
 */
export function quoteLikeness(a: Quote, b: Quote): number {
  const wordsA = quoteWords(a.text);
  const wordsB = quoteWords(b.text);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  if (wordsA.join(' ') === wordsB.join(' ')) return 1;
  const common = commonWords(wordsA, wordsB);
  const shorter = Math.min(wordsA.length, wordsB.length);
  const longer = Math.max(wordsA.length, wordsB.length);
  if (common >= MIN_COMMON_WORDS && common / shorter >= 0.5) return (0.9 * common) / longer;
  const [short, long, shortQuote] = wordsA.length <= wordsB.length ? [wordsA, wordsB, a] : [wordsB, wordsA, b];
  if (short.length >= 2 && shortQuote.kind === 'direct' && containsRun(long, short)) return (0.5 * short.length) / long.length;
  return 0;
}

function actorOf(annotations: Annotations, quote: Quote): Actor | undefined {
  const id = quote.speaker?.actorId;
  return id ? annotations.actors.find((actor) => actor.id === id) : undefined;
}

/** One speaker: the same actor (by name or full alias), a spelling variant of one name, or the same words. */
function sameSpeaker(annotationsA: Annotations, a: Quote, annotationsB: Annotations, b: Quote): boolean | null {
  if (!a.speaker || !b.speaker) return null;
  const actorA = actorOf(annotationsA, a);
  const actorB = actorOf(annotationsB, b);
  if (actorA && actorB) return isSameActor(actorA, actorB) || (actorA.type === 'person' && actorB.type === 'person' && isNameVariant(actorA.name, actorB.name));
  return nameKey(a.speaker.name) === nameKey(b.speaker.name) || isNameVariant(a.speaker.name, b.speaker.name);
}

export function comparedQuote(quote: Quote): ComparedQuote {
  return { id: quote.id, kind: quote.kind, span: { start: quote.start, end: quote.end, text: quote.text }, ...(quote.speaker ? { speaker: quote.speaker.name } : {}) };
}

/** The word-level difference from one wording to the other. */
export function wordDiff(a: string, b: string): DiffPiece[] {
  return diffWords(a, b).map((change) => ({ op: change.added ? 'onlyB' : change.removed ? 'onlyA' : 'same', text: change.value }));
}

export interface QuoteComparison {
  both: QuotePair[];
  changed: ChangedQuotePair[];
  onlyA: ComparedQuote[];
  onlyB: ComparedQuote[];
}

/** Pairs each quotation with its best counterpart in the other version (each in one pair at most). */
export function compareQuotes(annotationsA: Annotations, annotationsB: Annotations): QuoteComparison {
  // Titles ("Interaction," as the name of an exercise) are not speech.
  const quotesA = annotationsA.quotes.filter((quote) => quote.kind !== 'title');
  const quotesB = annotationsB.quotes.filter((quote) => quote.kind !== 'title');
  const candidates: { a: Quote; b: Quote; likeness: number }[] = [];
  for (const a of quotesA) {
    for (const b of quotesB) {
      const likeness = quoteLikeness(a, b);
      if (likeness > 0) candidates.push({ a, b, likeness });
    }
  }
  candidates.sort((x, y) => y.likeness - x.likeness || x.a.start - y.a.start || x.b.start - y.b.start);
  const paired = new Set<Quote>();
  const result: QuoteComparison = { both: [], changed: [], onlyA: [], onlyB: [] };
  for (const { a, b, likeness } of candidates) {
    if (paired.has(a) || paired.has(b)) continue;
    paired.add(a);
    paired.add(b);
    const pair: QuotePair = { a: comparedQuote(a), b: comparedQuote(b), sameSpeaker: sameSpeaker(annotationsA, a, annotationsB, b) };
    if (likeness === 1) result.both.push(pair);
    else result.changed.push({ ...pair, diff: wordDiff(a.text, b.text) });
  }
  result.both.sort((x, y) => x.a.span.start - y.a.span.start);
  result.changed.sort((x, y) => x.a.span.start - y.a.span.start);
  result.onlyA = quotesA.filter((quote) => !paired.has(quote)).map(comparedQuote);
  result.onlyB = quotesB.filter((quote) => !paired.has(quote)).map(comparedQuote);
  return result;
}
