// The quote layer: direct quotations (with their parts when split by an attribution or carried over paragraphs),
// quoted names and titles, reported speech, each with its speaker and cue, and the problems met on the way.
import { AnalysisStopped, type Checkpoint } from '../checkpoint';
import { documentTokens, type DocumentTokens } from '../documentTokens';
import { proseBlocks } from '../structure';
import type { Actor, Block, Problem, Quote, Span, Speaker } from '../types';
import { attributionAfter, attributionBefore, COLON, DASH, type Attribution } from './attribution';
import { isTitle } from './classify';
import { findReportedSpeech, type ReportedSpeech } from './indirect';
import { partsInOrder, scanQuotationMarks, type QuotedStretch } from './marks';
import { rangeAt, splitSentences, type Range } from './sentences';
import { SpeakerResolver } from './speakers';
import { BlockSentencesReuse } from './blockSentencesCache';
import { StretchReadingReuse, type StretchReading } from './stretchReadingCache';
import { cueBase } from './lexicon';
import { countWords, isCapitalized, wordsWithin } from './words';
import { byEnd, byStart, byStartThenEnd } from '../spanOrder';
import { KeptOrder, orderedByKeys } from './numericOrder';
import type { TokenList } from '../tokenList';

export interface QuoteLayer {
  quotes: Quote[];
  problems: Problem[];
}

/** A quotation being read: its stretch of marks, then its attribution and kind. */
interface Reading {
  stretch: QuotedStretch;
  attribution?: Attribution;
  /** The quotation inherits the speaker of this earlier reading (consecutive quote paragraphs, split quotes). */
  inheritsFrom?: Reading;
  kind: 'direct' | 'title';
  speaker?: Speaker | null;
  /** Absorbed into the previous reading as its next part. */
  merged?: boolean;
  /** The quotation opens its sentence (only such a quotation can continue an earlier speaker's words). */
  opensSentence: boolean;
}

/** `…, writing "`: a participle after a comma right before the quotation. */
const PARTICIPLE_BEFORE_QUOTE = /,\s+\p{Ll}+ing[\s,:]*$/u;

/** Longest stretch between two parts of one quotation split by its attribution (`"A," she said, "B."`). */
const MAX_SPLIT_GAP = 160;

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

const NO_RANGES: readonly Range[] = [];

/** The spans of `parts`. */
function partSpans(text: string, parts: readonly Range[]): Span[] {
  const spans: Span[] = [];
  for (const part of parts) spans.push(span(text, part.start, part.end));
  return spans;
}

class BlockSentences {
  /** Each block's sentences once split (by block index), and whether they were the previous analysis's. */
  private readonly cache: (Range[] | undefined)[];
  private readonly carriedBlocks: Uint8Array;
  /** (a paragraph the edit left alone keeps its sentences: blockSentencesCache.ts) */
  private readonly reuse: BlockSentencesReuse;
  constructor(
    private readonly document: DocumentTokens,
    private readonly blocks: readonly Block[],
    private readonly partsByBlock: Map<number, Range[]>,
    text: string,
  ) {
    this.reuse = new BlockSentencesReuse(text);
    this.cache = new Array<Range[] | undefined>(blocks.length).fill(undefined);
    this.carriedBlocks = new Uint8Array(blocks.length);
  }

  sentences(blockIndex: number): Range[] {
    let sentences = this.cache[blockIndex];
    if (!sentences) {
      const block = this.blocks[blockIndex];
      const quoted = this.partsByBlock.get(blockIndex) ?? NO_RANGES;
      sentences = this.reuse.sentences(block, quoted, () => splitSentences(this.document.tokensWithin(block.start, block.end), block, quoted));
      this.cache[blockIndex] = sentences;
      if (this.reuse.lastCarried) this.carriedBlocks[blockIndex] = 1;
    }
    return sentences;
  }

  /** Whether the sentences of block `blockIndex` are the previous analysis's, moved (split now when not yet). */
  carried(blockIndex: number): boolean {
    this.sentences(blockIndex);
    return this.carriedBlocks[blockIndex] === 1;
  }

  /** The sentence of block `blockIndex` containing `position`. */
  at(blockIndex: number, position: number): Range {
    const sentences = this.sentences(blockIndex);
    const index = rangeAt(sentences, position);
    const block = this.blocks[blockIndex];
    return index >= 0 ? sentences[index] : { start: block.start, end: block.end };
  }
}

/** Finds quotations and reported speech in the prose blocks and attributes each to a speaker (checkpoint: see analyze()). */
/** `document`: the tokens of the prose blocks, when the caller has them already. */
export function findQuotes(
  text: string,
  blocks: readonly Block[],
  actors: readonly Actor[],
  checkpoint?: Checkpoint,
  document: DocumentTokens = documentTokens(text, blocks),
): QuoteLayer {
  try {
    return readQuotes(text, document, blocks, actors, checkpoint);
  } catch (error) {
    if (error instanceof AnalysisStopped) throw error;
    // The analyzer must answer on any input; a bug here should cost the quotes, not the whole analysis.
    const message = error instanceof Error ? error.message : String(error);
    return { quotes: [], problems: [{ code: 'input-not-text', start: 0, end: 0, message: `Quotations could not be read: ${message}` }] };
  }
}

function readQuotes(text: string, document: DocumentTokens, allBlocks: readonly Block[], actors: readonly Actor[], checkpoint?: Checkpoint): QuoteLayer {
  const blocks = proseBlocks(allBlocks);
  const scan = scanQuotationMarks(text, blocks);
  const problems: Problem[] = [...scan.problems];

  const partsByBlock = new Map<number, Range[]>();
  for (const stretch of scan.stretches) {
    for (const part of stretch.parts) {
      const list = partsByBlock.get(part.block) ?? [];
      list.push(part);
      partsByBlock.set(part.block, list);
    }
  }
  for (const list of partsByBlock.values()) list.sort(byStart);
  const sentences = new BlockSentences(document, blocks, partsByBlock, text);
  // Every block's sentences but a dateline's are split (findReportedSpeech reads them all): split here in block order,
  // they are kept for the next analysis in order (previousText.ts PlacedValues), which then finds them without
  // sorting them first. (the same sentences in any order: each block's depend on its tokens and quoted parts alone)
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) if (blocks[blockIndex].kind !== 'dateline') sentences.sentences(blockIndex);

  // Each quotation's attribution is read between its neighbours: no window reaches into another quotation,
  // which keeps the work linear however many marks the text holds.
  // (a quotation the edit left alone, in the same surroundings, keeps the previous analysis's reading:
  // stretchReadingCache.ts)
  const readings: Reading[] = [];
  const reuse = new StretchReadingReuse(text, blocks, (block) => sentences.carried(block));
  for (let index = 0; index < scan.stretches.length; index++) {
    const stretch = scan.stretches[index];
    const previous = scan.stretches[index - 1];
    const next = scan.stretches[index + 1];
    const floor = previous ? previous.parts[previous.parts.length - 1].end : 0;
    const ceiling = next ? next.parts[0].start : text.length;
    const before = readings[index - 1];
    const reading = reuse.reading(stretch, floor, ceiling, before, () => readStretch(text, document, blocks, sentences, stretch, floor, ceiling, before));
    readings.push({ stretch, attribution: reading.attribution, kind: reading.kind, opensSentence: reading.opensSentence });
  }
  mergeSplitQuotes(text, readings);
  inheritSpeakers(text, document, blocks, readings);
  checkpoint?.();

  const quotedParts = partsInOrder(scan.stretches);
  const resolver = new SpeakerResolver(text, actors, quotedParts, document);
  const reported = findReportedSpeech(
    text,
    document,
    blocks,
    sentences,
    readings.filter((reading) => reading.kind === 'direct').map((reading) => reading.stretch),
    readings.filter((reading) => reading.kind === 'title').map((reading) => reading.stretch),
  );
  checkpoint?.();
  // Speakers are resolved in the order they are named, so that a pronoun finds the people named before it;
  // quotations that inherit a speaker take it once their source is resolved.
  // (the quotation and its speaker's phrase, not a closure per quotation: closures written here are compiled again
  // after each full collection while typing)
  // (the speakers of reported speech by its index: the reported speech read from a sentence an edit left alone is the
  // previous analysis's, kept for the next one, and is never changed)
  const reportedSpeakers: (Speaker | null)[] = [];
  const pending: { position: number; reading: Reading | undefined; reported: number; phrase: Attribution['speaker'] }[] = [];
  for (const reading of readings) {
    const attribution = reading.attribution;
    if (reading.merged || reading.kind !== 'direct' || !attribution) continue;
    pending.push({ position: attribution.speaker.head.start, reading, reported: -1, phrase: attribution.speaker });
  }
  for (let index = 0; index < reported.length; index++) {
    const speaker = reported[index].attribution.speaker;
    pending.push({ position: speaker.head.start, reading: undefined, reported: index, phrase: speaker });
    reportedSpeakers.push(null);
  }
  for (const item of inPositionOrder(pending)) {
    const speaker = resolver.resolve(item.phrase);
    if (item.reading !== undefined) item.reading.speaker = speaker;
    else reportedSpeakers[item.reported] = speaker;
  }
  for (const reading of readings) {
    if (reading.attribution) continue;
    // In text order, so the quotation this one continues has its speaker already (a topic change included).
    reading.speaker = reading.inheritsFrom?.speaker !== undefined ? reading.inheritsFrom.speaker : rootSpeaker(reading);
    // "“…,” says Roe. Lee needed no persuading. “…”": a person opening a sentence after the quotation this one
    // continues has become the one the passage is about, and the quotation is theirs.
    const from = reading.inheritsFrom?.stretch.parts.at(-1);
    if (!from || reading.merged || reading.kind !== 'direct') continue;
    const topic = topicSince(text, resolver, from.end, reading.stretch.parts[0].start, reading.speaker);
    if (topic) reading.speaker = topic;
  }
  continueWithinSentence(readings, sentences);
  continueQuoteRuns(text, blocks, readings, reported, reportedSpeakers, resolver);
  // A quote paragraph with no attribution anywhere near it: the person the sentences before it are about.
  for (const reading of readings) {
    if (reading.merged || reading.kind !== 'direct' || reading.speaker || reading.attribution || !reading.opensSentence) continue;
    const first = reading.stretch.parts[0];
    const topic = resolver.sentenceSubjectBefore(first.start);
    if (topic && !isConjoined(text, topic.end) && rangeAt(blocks, topic.position) >= first.block - 1) reading.speaker = { actorId: topic.actor.id, name: topic.actor.name };
  }
  // Quoted words inside a sentence that nobody is said to have spoken are a phrase set off, not a quotation
  // (`what is known as a "backstop"`, `billed as "a meeting of minds"`).
  for (const reading of readings) {
    if (reading.kind !== 'direct' || reading.merged || reading.speaker || reading.opensSentence || reading.stretch.parts.length > 1) continue;
    const part = reading.stretch.parts[0];
    const sentence = sentences.at(part.block, part.start);
    const prose = wordsWithin(document, sentence.start, part.start);
    if (!hasSpeechVerb(prose)) reading.kind = 'title';
  }

  const quotes: Quote[] = [];
  for (const reading of readings) {
    if (reading.merged) continue;
    const parts = reading.stretch.parts;
    const first = parts[0];
    const last = parts[parts.length - 1];
    // (written out, in the order of span()'s fields: an object spread here took a slow path for each of the article's
    // quotations on every edit)
    const quote: Quote = {
      id: '',
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      kind: reading.kind,
      speaker: reading.kind === 'direct' ? (reading.speaker ?? null) : null,
    };
    if (parts.length > 1) quote.parts = partSpans(text, parts);
    if (reading.kind === 'direct' && reading.attribution && reading.attribution.verb !== DASH && reading.attribution.verb !== COLON)
      quote.cue = span(text, reading.attribution.cue.start, reading.attribution.cue.end);
    if (reading.stretch.unclosed) quote.unclosed = true;
    quotes.push(quote);
  }
  for (let index = 0; index < reported.length; index++) {
    const speech = reported[index];
    const { start, end } = speech.content;
    const speaker = reportedSpeakers[index];
    // (the fields in the order the spreads gave them: id, span, kind, parts, speaker, cue)
    const quote: Quote =
      speech.parts === undefined
        ? { id: '', start, end, text: text.slice(start, end), kind: 'indirect', speaker }
        : { id: '', start, end, text: text.slice(start, end), kind: 'indirect', parts: partSpans(text, speech.parts), speaker };
    if (speech.attribution.verb !== COLON) quote.cue = span(text, speech.attribution.cue.start, speech.attribution.cue.end);
    quotes.push(quote);
  }
  const ordered = inSpanOrder(quotes);
  for (let index = 0; index < ordered.length; index++) ordered[index].id = `q${index + 1}`;
  for (const quote of ordered) {
    if (quote.kind === 'direct' && !quote.speaker) {
      problems.push({
        code: 'quote-without-speaker',
        start: quote.start,
        end: quote.end,
        message: `No speaker found for this quotation: no "X said" or "according to X" near it, and no earlier quotation for it to continue.`,
        annotationId: quote.id,
      });
    }
  }
  return { quotes: ordered, problems: problems.sort(byStartThenEnd) };
}

/**
 * `Roe said the plan “will fail” and “costs too much.”`, `Roe said “A,” and added: “B.”`: a quotation inside the
 * sentence of an earlier attributed quotation, with no attribution of its own, is more of the same speaker's words.
 */
function continueWithinSentence(readings: Reading[], sentences: BlockSentences): void {
  let previous: Reading | undefined;
  for (const reading of readings) {
    if (reading.merged) continue;
    const earlier = previous;
    previous = reading;
    if (reading.kind !== 'direct' || reading.speaker || reading.attribution || reading.opensSentence) continue;
    if (!earlier || earlier.kind !== 'direct' || !earlier.speaker) continue;
    const first = reading.stretch.parts[0];
    const earlierLast = earlier.stretch.parts[earlier.stretch.parts.length - 1];
    if (earlierLast.block !== first.block) continue;
    const sentence = sentences.at(first.block, first.start);
    if (earlierLast.start >= sentence.start) reading.speaker = earlier.speaker;
  }
}

/** `…” He added, “…`: the verb after the quotation introduces the next one. */
function introducesNextQuotation(text: string, attribution: Attribution, nextQuotation: number): boolean {
  return /^[\s,:]*$/u.test(text.slice(attribution.cue.end, Math.min(nextQuotation, attribution.cue.end + 40))) && nextQuotation < text.length;
}

/** "MARKET VIEW", "ANALYST'S TAKE": words all in capitals, two or more of them (a one-word label may be a name). */
function isCapitalsLabel(words: string): boolean {
  return /\s/u.test(words.trim()) && /\p{Lu}{2}/u.test(words) && words === words.toUpperCase();
}

/** The part ends with a sentence's final punctuation inside its closing mark (`…win.”`). */
function endsSentenceAt(text: string, part: { end: number; closed: boolean }): boolean {
  return part.closed && /[.!?]/u.test(text[part.end - 2] ?? '');
}

/** True when `position` is the block's first non-space character. */
function opensBlock(text: string, block: Block, position: number): boolean {
  return nextNonSpace(text, block.start) === position;
}

function nextNonSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && index - from < 100 && /\s/u.test(text[index])) index++;
  return index;
}

/**
 * A quotation opening its paragraph with no attribution of its own, right after a paragraph whose last
 * attribution (a quotation or reported speech: `Roe said the plan would fail.`) names a speaker, continues that
 * speaker: the news convention for a run of quote paragraphs, unless a sentence after that attribution opens with
 * another person.
 */
function continueQuoteRuns(
  text: string,
  blocks: readonly Block[],
  readings: Reading[],
  reported: readonly ReportedSpeech[],
  reportedSpeakers: readonly (Speaker | null)[],
  resolver: SpeakerResolver,
): void {
  const attributed: { end: number; block: number; speaker: Speaker }[] = [];
  for (const reading of readings) {
    if (reading.merged || reading.kind !== 'direct' || !reading.speaker) continue;
    const last = reading.stretch.parts[reading.stretch.parts.length - 1];
    attributed.push({ end: last.end, block: last.block, speaker: reading.speaker });
  }
  for (let index = 0; index < reported.length; index++) {
    const speech = reported[index];
    const speaker = reportedSpeakers[index];
    if (!speaker) continue;
    const block = rangeAt(blocks, speech.content.start);
    if (block >= 0) attributed.push({ end: Math.max(speech.content.end, speech.attribution.cue.end), block, speaker });
  }
  attributed.sort(byEnd);
  let cursor = 0;
  let latest: (typeof attributed)[number] | undefined;
  for (const reading of readings) {
    const first = reading.stretch.parts[0];
    while (cursor < attributed.length && attributed[cursor].end <= first.start) latest = attributed[cursor++];
    if (reading.merged || reading.kind !== 'direct' || reading.speaker || reading.attribution || !reading.opensSentence) continue;
    if (!latest || (latest.block !== first.block && latest.block !== first.block - 1)) continue;
    if (latest.block !== first.block && !opensBlock(text, blocks[first.block], first.start)) continue;
    reading.speaker = topicSince(text, resolver, latest.end, first.start, latest.speaker) ?? latest.speaker;
  }
}

/** Whether `prose` holds a lowercase speech verb ("said", "called"). */
function hasSpeechVerb(prose: TokenList): boolean {
  for (let index = 0; index < prose.length; index++) {
    const word = prose.word(index);
    if (word.kind === 'word' && !isCapitalized(word) && cueBase(word.lower) !== undefined) return true;
  }
  return false;
}

/** "Lee and Park have also won": a name joined to another opens a sentence about two people, no single speaker. */
function isConjoined(text: string, end: number): boolean {
  return /^\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(end, end + 12));
}

/** A person other than `speaker` opening a sentence between `from` and the quotation at `position`. */
function topicSince(text: string, resolver: SpeakerResolver, from: number, position: number, speaker: Speaker | null | undefined): Speaker | undefined {
  const topic = resolver.sentenceSubjectBefore(position);
  if (!topic || topic.position < from) return undefined;
  if (isConjoined(text, topic.end)) return undefined;
  if (speaker && (speaker.actorId === topic.actor.id || speaker.name === topic.actor.name)) return undefined;
  return { actorId: topic.actor.id, name: topic.actor.name };
}

/** The speaker of the attributed quotation a chain of inheriting quotations goes back to. */
function rootSpeaker(reading: Reading): Speaker | null {
  let current: Reading | undefined = reading;
  while (current && !current.attribution) current = current.inheritsFrom;
  return current?.speaker ?? null;
}

function readStretch(
  text: string,
  document: DocumentTokens,
  blocks: readonly Block[],
  sentences: BlockSentences,
  stretch: QuotedStretch,
  floor: number,
  ceiling: number,
  previous: Reading | undefined,
): StretchReading {
  const first = stretch.parts[0];
  const last = stretch.parts[stretch.parts.length - 1];
  const firstSentence = sentences.at(first.block, first.start);
  let attribution: Attribution | undefined;
  if (last.closed) {
    // When the quotation ends its sentence (`…?” Trump said.`, `…” He said.`), its attribution may open the next.
    let lastSentence = sentences.at(last.block, last.end - 1);
    const endsSentence = lastSentence.end <= last.end;
    if (endsSentence) lastSentence = sentences.at(last.block, Math.min(blocks[last.block].end - 1, nextNonSpace(text, last.end)));
    attribution = attributionAfter(text, document, last.end, Math.min(lastSentence.end, Math.max(ceiling, last.end)), endsSentence);
    if (attribution && endsSentence && introducesNextQuotation(text, attribution, ceiling)) attribution = undefined;
  }
  let before = attributionBefore(document, Math.max(firstSentence.start, Math.min(floor, first.start)), first.start);
  // `She voiced her "anger" on Twitter, writing "…"`: the verb's subject stands before an earlier quotation of the
  // sentence (the scan still stops at a quotation mark met before any verb).
  if (!before && floor > firstSentence.start && floor < first.start && PARTICIPLE_BEFORE_QUOTE.test(text.slice(Math.max(floor, first.start - 40), first.start)))
    before = attributionBefore(document, firstSentence.start, first.start);
  // An attribution in the next sentence yields to one that introduces the quotation itself (`X told Y: "…"`).
  // `MARKET VIEW: "…," Roe said.`: a label in capitals before the colon heads a section; the verb after names the speaker.
  const sectionLabel = before?.verb === COLON && isCapitalsLabel(text.slice(before.speaker.phrase.start, before.speaker.phrase.end));
  if (!attribution || (endsSentenceAt(text, last) && before && !sectionLabel && countWords(text, before.cue.end, first.start) <= 4)) attribution = before ?? attribution;
  const inner = text.slice(first.start + 1, last.closed ? last.end - 1 : last.end);
  const opensSentence = /^[\s(\[\u2014\u2013-]*$/u.test(text.slice(firstSentence.start, first.start));
  const previousPart = previous?.stretch.parts[previous.stretch.parts.length - 1];
  const continuesSpeech = opensSentence && previous?.kind === 'direct' && previous.attribution?.side === 'after' && previousPart?.block === first.block;
  const title =
    stretch.parts.length === 1 &&
    isTitle(
      text,
      document,
      {
        start: first.start,
        end: last.end,
        inner,
        sentenceStart: firstSentence.start,
        inHeadline: blocks[first.block].kind === 'headline',
        continuesSpeech,
      },
      attribution,
    );
  return { attribution: title ? undefined : attribution, kind: title ? 'title' : 'direct', opensSentence };
}

/**
 * `"A," she said, "B."` and `"A," said Caddell. "B."`: when the words between two quotations of one paragraph
 * are only the first one's attribution and the second has none of its own, they are one quotation in two parts.
 */
function mergeSplitQuotes(text: string, readings: Reading[]): void {
  let previous: Reading | undefined;
  for (const reading of readings) {
    if (reading.kind !== 'direct') {
      previous = undefined;
      continue;
    }
    const earlier = previous;
    previous = reading;
    if (!earlier || earlier.merged || !earlier.attribution || earlier.attribution.side !== 'after') continue;
    const earlierLast = earlier.stretch.parts[earlier.stretch.parts.length - 1];
    const first = reading.stretch.parts[0];
    if (earlierLast.block !== first.block || !earlierLast.closed) continue;
    if (first.start - earlierLast.end > MAX_SPLIT_GAP) continue;
    if (reading.attribution && reading.attribution.side === 'after') continue;
    if (
      reading.attribution &&
      reading.attribution.cue.start >= earlierLast.end &&
      reading.attribution.cue.start < first.start &&
      reading.attribution.cue.start !== earlier.attribution.cue.start
    )
      continue;
    const gap = text.slice(earlier.attribution.cue.end, first.start);
    // After the attribution only a short participle phrase may follow ("…, speaking of the health issue.").
    if (!/^[^.!?]*[,.:;\u2014\u2013-]?\s*$/u.test(gap) && !/^[^"“”]{0,80}[.,:;]\s*$/u.test(gap)) continue;
    earlier.stretch.parts.push(...reading.stretch.parts);
    earlier.stretch.unclosed = earlier.stretch.unclosed || reading.stretch.unclosed;
    reading.merged = true;
    previous = earlier;
  }
}

/**
 * A quotation with no attribution of its own that opens its paragraph right after a paragraph quoting someone
 * (or ending "X said:") continues that speaker; so does a later quotation of the same paragraph.
 */
function inheritSpeakers(text: string, document: DocumentTokens, blocks: readonly Block[], readings: Reading[]): void {
  let lastSpeech: Reading | undefined;
  for (const reading of readings) {
    if (reading.merged || reading.kind !== 'direct') continue;
    const first = reading.stretch.parts[0];
    if (!reading.attribution && lastSpeech && reading.opensSentence) {
      const lastPart = lastSpeech.stretch.parts[lastSpeech.stretch.parts.length - 1];
      const sameBlock = lastPart.block === first.block;
      const nextBlock = lastPart.block === first.block - 1 && opensBlock(text, blocks[first.block], first.start);
      if (sameBlock || nextBlock) reading.inheritsFrom = lastSpeech;
    }
    if (!reading.attribution && !reading.inheritsFrom && first.block > 0 && opensBlock(text, blocks[first.block], first.start)) {
      // `He said:` closing the previous paragraph introduces this one.
      const previous = blocks[first.block - 1];
      if (text[previous.end - 1] === ':') {
        const colon = text.lastIndexOf(':', previous.end);
        const sentenceStart = Math.max(previous.start, colon - 300);
        reading.attribution = attributionBefore(document, sentenceStart, colon + 1);
      }
    }
    if (reading.attribution || reading.inheritsFrom) lastSpeech = reading;
  }
}

function byPosition(a: { position: number }, b: { position: number }): number {
  return a.position - b.position;
}

/** The last edit's orders of the speakers to resolve and of the quotations (numericOrder.ts KeptOrder: checked, then taken). */
const positionOrder = new KeptOrder();
const spanOrder = new KeptOrder();

/** `items` by position, equals in the order given (a stable sort by position), sorted as numbers (numericOrder.ts). */
function inPositionOrder<T extends { position: number }>(items: T[]): T[] {
  const keys = new Float64Array(items.length);
  for (let index = 0; index < items.length; index++) keys[index] = items[index].position;
  return orderedByKeys(items, keys, positionOrder) ?? items.sort(byPosition);
}

/** `quotes` by start, then the shorter first, equals in the order given (a stable byStartThenEnd), sorted as numbers. */
function inSpanOrder(quotes: Quote[]): Quote[] {
  const keys = new Float64Array(quotes.length);
  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index];
    const length = quote.end - quote.start;
    // (lengths under 2^16, starts under 2^23)
    keys[index] = length >= 0 && length < 1 << 16 ? quote.start * (1 << 16) + length : -1;
  }
  return orderedByKeys(quotes, keys, spanOrder) ?? quotes.sort(byStartThenEnd);
}
