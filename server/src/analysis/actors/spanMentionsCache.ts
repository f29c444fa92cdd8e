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
// cleaning the span again.)
import type { DocumentTokens } from '../documentTokens';
import { checkedKept } from '../paragraphCache';
import { KeptByPosition, unchangedStretch, type TokenAlignment } from '../previousTokens';
import type { NameMention } from './mentions';
import type { Register } from './register';

/** Tokens read before and after the span (see above). */
const BEFORE = 1;
const AFTER = 4;

interface SpanMentions {
  last: number;
  label: string;
  /**
   * The mentions as the analysis that read them gave them, never handed out (the callers change theirs), and how far
   * they moved since: a span kept over several edits is copied once per analysis, for the caller, not twice.
   */
  mentions: NameMention[];
  tokensBy: number;
  charactersBy: number;
}

/** The spans of the last analysis, by their first token. */
const kept = new KeptByPosition<SpanMentions>();

/** The mentions of the spans of one analysis, those of unchanged spans taken from the previous analysis. */
export class SpanMentionsReuse {
  private readonly alignment: TokenAlignment;
  private readonly previous: Map<number, SpanMentions> | undefined;
  private readonly current: Map<number, SpanMentions>;

  constructor(document: DocumentTokens, register: Register) {
    ({ alignment: this.alignment, previous: this.previous, current: this.current } = kept.begin(document, register));
  }

  /**
   * read(context, first, last, label) (the mentions of the span [first, last]), or the previous analysis's when the
   * span is unchanged; fresh copies. (A module-level reader and its context rather than a callback made per span:
   * such a callback is a new closure each time, compiled again after every full garbage collection.)
   */
  mentions<C>(first: number, last: number, label: string, read: (context: C, first: number, last: number, label: string) => NameMention[], context: C): NameMention[] {
    const span = this.previousSpan(first, last, label);
    if (span === undefined) {
      const mentions = read(context, first, last, label);
      this.current.set(first, { last, label, mentions: copies(mentions, 0, 0), tokensBy: 0, charactersBy: 0 });
      return mentions;
    }
    this.current.set(first, span);
    // (the check's callback runs only when the caches' checks are on, in tests)
    return checkedKept('span mentions', copies(span.mentions, span.tokensBy, span.charactersBy), () => read(context, first, last, label));
  }

  /** The previous analysis's record of the span, moved to where the span is now. */
  private previousSpan(first: number, last: number, label: string): SpanMentions | undefined {
    if (this.previous === undefined) return undefined;
    const stretch = unchangedStretch(this.alignment, first - BEFORE, last + AFTER + 1);
    if (stretch === undefined) return undefined;
    const oldFirst = stretch.oldFirst + BEFORE;
    const span = this.previous.get(oldFirst);
    if (span === undefined || span.label !== label || span.last !== last + oldFirst - first) return undefined;
    if (oldFirst === first && stretch.charShift === 0) return span;
    return { last, label, mentions: span.mentions, tokensBy: span.tokensBy + first - oldFirst, charactersBy: span.charactersBy - stretch.charShift };
  }
}

/** Copies moved by `tokensBy` tokens and `charactersBy` characters (written out: a spread copy cost 5% of an edit). */
function copies(mentions: readonly NameMention[], tokensBy: number, charactersBy: number): NameMention[] {
  const moved: NameMention[] = new Array(mentions.length);
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index];
    const copy: NameMention = {
      type: mention.type,
      first: mention.first + tokensBy,
      last: mention.last + tokensBy,
      start: mention.start + charactersBy,
      end: mention.end + charactersBy,
      text: mention.text,
    };
    if (mention.dateline) copy.dateline = true;
    moved[index] = copy;
  }
  return moved;
}
