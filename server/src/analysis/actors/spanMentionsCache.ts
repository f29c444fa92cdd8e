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
import type { NameMention } from './mentions';
import type { Register } from './register';

/** Tokens read before and after the span (see above). */
const BEFORE = 1;
const AFTER = 4;

/**
 * The spans of one analysis in the order read (by their first token, rising), as columns: no record, array or map
 * entry per span (a map by first token, and a record and a copy of the mentions per span, were most of this step's
 * time). Span i's mentions, as first read, are mentions[i > 0 ? mentionEnds[i - 1] : 0, mentionEnds[i]), and they
 * stand `tokensBy[i]` tokens and `charactersBy[i]` characters from there now.
 */
interface Spans {
  document: DocumentTokens;
  register: Register;
  firsts: number[];
  lasts: number[];
  labels: string[];
  mentionEnds: number[];
  mentions: NameMention[];
  tokensBy: number[];
  charactersBy: number[];
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
    this.current = { document, register, firsts: [], lasts: [], labels: [], mentionEnds: [], mentions: [], tokensBy: [], charactersBy: [] };
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
    const at = this.previousSpan(first, last, label);
    const current = this.current;
    const kept = current.mentions;
    current.firsts.push(first);
    current.lasts.push(last);
    current.labels.push(label);
    if (at < 0) {
      const mentions = read(context, first, last, label);
      for (let index = 0; index < mentions.length; index++) {
        into.push(mentions[index]);
        kept.push(mentions[index]);
      }
      current.mentionEnds.push(kept.length);
      current.tokensBy.push(0);
      current.charactersBy.push(0);
      return;
    }
    const previous = this.previous!;
    const alignment = this.alignment;
    // (a span after the edit moved with it; one before it stands where it stood)
    const moved = first >= alignment.from;
    const tokensBy = previous.tokensBy[at] - (moved ? alignment.tokenShift : 0);
    const charactersBy = previous.charactersBy[at] - (moved ? alignment.charShift : 0);
    const from = at > 0 ? previous.mentionEnds[at - 1] : 0;
    const to = previous.mentionEnds[at];
    const handedFrom = into.length;
    for (let index = from; index < to; index++) {
      const mention = previous.mentions[index];
      into.push(tokensBy === 0 && charactersBy === 0 ? mention : movedCopy(mention, tokensBy, charactersBy));
      kept.push(mention);
    }
    current.mentionEnds.push(kept.length);
    current.tokensBy.push(tokensBy);
    current.charactersBy.push(charactersBy);
    // (in tests: the mentions handed out compared with the span read again)
    if (cacheChecksOn()) checkedKept('span mentions', into.slice(handedFrom), () => read(context, first, last, label));
  }

  /**
   * The index among the previous analysis's spans of the span [first, last] of `label` when the tokens it reads are
   * unchanged since (previousTokens.ts unchangedStretch) and a span of the same label and length started there; -1
   * otherwise.
   */
  private previousSpan(first: number, last: number, label: string): number {
    const previous = this.previous;
    if (previous === undefined) return -1;
    const alignment = this.alignment;
    let oldFirst: number;
    if (last + AFTER + 1 <= alignment.prefix) oldFirst = first;
    else if (first - BEFORE >= alignment.from) oldFirst = first + alignment.tokenShift;
    else return -1;
    const firsts = previous.firsts;
    let cursor = this.cursor;
    while (cursor < firsts.length && firsts[cursor] < oldFirst) cursor++;
    this.cursor = cursor;
    if (cursor === firsts.length || firsts[cursor] !== oldFirst || previous.labels[cursor] !== label || previous.lasts[cursor] !== last + oldFirst - first) return -1;
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
