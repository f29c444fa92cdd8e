// The mentions each tagged span gives (mentions.ts spanMentions: split at legal forms, officers' titles and "and",
// cleaned of junk at its edges, typed by its head), taken from the previous analysis for a span an edit left alone:
// an edit of a long article cleans the spans it touched again, not all of them. What readMentions does with them
// afterwards (the document's "other" names, names left untagged, titles before people) reads the whole article and
// runs every time.
//
// spanMentions reads the tokens from the span's first - 1 to its last + 4 (a hyphenated surname's rest and the
// quotation marks around it): their text, whether they open a line or a sentence and where they stand relative to
// each other; and the span's label and the document's register. When those tokens are unchanged since the previous
// analysis (previousTokens.ts) and a span with the same label and the same last token started there, its mentions
// are the previous ones, moved. (A key per span built from those tokens and looked up in a cache cost as much as
// cleaning the span again.) Nothing changes a mention once read (the later steps make new ones), so the mentions
// kept are handed out themselves where they stand where they were read (a span before the edit, or after it when the
// edits since moved it back), and copies moved elsewhere: the kept ones stay as first read (long-lived objects; copies
// kept in their place on every edit made garbage of the old generation).
import type { DocumentTokens } from '../documentTokens';
import { cacheChecksOn, checkedKept, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf, type TokenAlignment } from '../previousTokens';
import { slabInts } from './intSlab';
import type { NameMention } from './mentions';
import type { Register } from './register';

/** Tokens read before and after the span (see above). */
const BEFORE = 1;
const AFTER = 4;

/**
 * The spans of one analysis in the order read (by their first token, rising), a row of integers each: no record,
 * array or map entry per span (a map by first token, and a record and a copy of the mentions per span, were most of
 * this step's time; growing arrays of numbers, one per column, were half a megabyte made and kept per edit of a long
 * article). Span i's row holds its first and last tokens, its label (its index in SPAN_LABELS), the end of its
 * mentions: as first read, they are mentions[i > 0 ? end of i - 1 : 0, end of i), and they stand TOKENS_BY tokens
 * and CHARACTERS_BY characters from there now.
 */
interface Spans {
  document: DocumentTokens;
  register: Register;
  /** ROW integers per span, `count` rows used (the array grows by doubling). */
  rows: Int32Array;
  count: number;
  mentions: NameMention[];
}
const FIRST = 0;
const LAST = 1;
const LABEL = 2;
const MENTION_END = 3;
const TOKENS_BY = 4;
const CHARACTERS_BY = 5;
const ROW = 6;

/** The spans' labels ("PER", "ORG"...), numbered in order of first sight. */
const SPAN_LABELS: string[] = [];

function labelNumber(label: string): number {
  const number = SPAN_LABELS.indexOf(label);
  return number >= 0 ? number : SPAN_LABELS.push(label) - 1;
}

/** The spans of the last analysis. */
const kept = new KeptLatest<Spans>();

/** The mentions of the spans of one analysis, those of unchanged spans taken from the previous analysis. */
export class SpanMentionsReuse {
  private readonly alignment: TokenAlignment;
  private readonly previous: Spans | undefined;
  private readonly current: Spans;
  /** The first of the previous spans not yet passed: spans are asked for in order, and their old places rise too. */
  private cursor = 0;

  constructor(document: DocumentTokens, register: Register) {
    const alignment = (this.alignment = alignmentOf(document));
    const latest = kept.value;
    this.previous = latest !== undefined && latest.document === alignment.previous && latest.register === register ? latest : undefined;
    // (room for as many spans as the previous analysis had: an edit changes a few)
    this.current = { document, register, rows: slabInts(ROW * ((latest?.count ?? 0) + 16)), count: 0, mentions: [] };
    if (paragraphCachesEnabled()) kept.value = this.current;
  }

  /**
   * Pushes onto `into` read(context, first, last, label) (the mentions of the span [first, last]), or the previous
   * analysis's when the span is unchanged (moved where it moved). Spans are asked for in the order of their first
   * tokens. (A module-level reader and its context rather than a callback made per span: such a callback is a new
   * closure each time, compiled again after every full garbage collection.)
   */
  pushMentions<C>(
    first: number,
    last: number,
    label: string,
    read: (context: C, first: number, last: number, label: string) => NameMention[],
    context: C,
    into: NameMention[],
  ): void {
    const labelIndex = labelNumber(label);
    const at = this.previousSpan(first, last, labelIndex);
    const current = this.current;
    const kept = current.mentions;
    if (ROW * (current.count + 1) > current.rows.length) {
      const grown = slabInts(2 * current.rows.length);
      grown.set(current.rows);
      current.rows = grown;
    }
    const rows = current.rows;
    const row = ROW * current.count++;
    rows[row + FIRST] = first;
    rows[row + LAST] = last;
    rows[row + LABEL] = labelIndex;
    if (at < 0) {
      const mentions = read(context, first, last, label);
      for (let index = 0; index < mentions.length; index++) {
        into.push(mentions[index]);
        kept.push(mentions[index]);
      }
      rows[row + MENTION_END] = kept.length;
      rows[row + TOKENS_BY] = 0;
      rows[row + CHARACTERS_BY] = 0;
      return;
    }
    const previous = this.previous!;
    const alignment = this.alignment;
    const old = previous.rows;
    // (a span after the edit moved with it; one before it stands where it stood)
    const moved = first >= alignment.from;
    const tokensBy = old[ROW * at + TOKENS_BY] - (moved ? alignment.tokenShift : 0);
    const charactersBy = old[ROW * at + CHARACTERS_BY] - (moved ? alignment.charShift : 0);
    const from = at > 0 ? old[ROW * (at - 1) + MENTION_END] : 0;
    const to = old[ROW * at + MENTION_END];
    const handedFrom = into.length;
    for (let index = from; index < to; index++) {
      const mention = previous.mentions[index];
      into.push(tokensBy === 0 && charactersBy === 0 ? mention : movedCopy(mention, tokensBy, charactersBy));
      kept.push(mention);
    }
    rows[row + MENTION_END] = kept.length;
    rows[row + TOKENS_BY] = tokensBy;
    rows[row + CHARACTERS_BY] = charactersBy;
    // (in tests: the mentions handed out compared with the span read again)
    if (cacheChecksOn()) checkedKept('span mentions', into.slice(handedFrom), () => read(context, first, last, label));
  }

  /**
   * The index among the previous analysis's spans of the span [first, last] of `label` when the tokens it reads are
   * unchanged since (previousTokens.ts unchangedStretch) and a span of the same label and length started there; -1
   * otherwise.
   */
  private previousSpan(first: number, last: number, label: number): number {
    const previous = this.previous;
    if (previous === undefined) return -1;
    const alignment = this.alignment;
    let oldFirst: number;
    if (last + AFTER + 1 <= alignment.prefix) oldFirst = first;
    else if (first - BEFORE >= alignment.from) oldFirst = first + alignment.tokenShift;
    else return -1;
    const { rows, count } = previous;
    let cursor = this.cursor;
    while (cursor < count && rows[ROW * cursor + FIRST] < oldFirst) cursor++;
    this.cursor = cursor;
    const row = ROW * cursor;
    if (cursor === count || rows[row + FIRST] !== oldFirst || rows[row + LABEL] !== label || rows[row + LAST] !== last + oldFirst - first) return -1;
    return cursor;
  }
}

/** A copy of `mention` moved by `tokensBy` tokens and `charactersBy` characters. */
function movedCopy(mention: NameMention, tokensBy: number, charactersBy: number): NameMention {
  const copy: NameMention = {
    type: mention.type,
    first: mention.first + tokensBy,
    last: mention.last + tokensBy,
    start: mention.start + charactersBy,
    end: mention.end + charactersBy,
    text: mention.text,
  };
  if (mention.dateline) copy.dateline = true;
  return copy;
}
