// The mentions each tagged span gives (mentions.ts spanMentions: split at legal forms, officers' titles and "and",
// cleaned of junk at its edges, typed by its head), kept per span: an edit of a long article cleans the spans it
// touched again, not all of them. What readMentions does with them afterwards (the document's "other" names, names
// left untagged, titles before people) reads the whole article and runs every time.
//
// spanMentions reads the tokens from the span's first - 1 to its last + 4 (a hyphenated surname's rest and the
// quotation marks around it), and of each token its folded form, whether it opens a line or a sentence and where it
// starts and ends; with the span's label and the document's register, that is the key. Two spans with the same key
// give the same mentions, moved by the difference of their places.
import { checkedKept, ParagraphCache } from '../paragraphCache';
import type { Token } from '../tokens';
import type { NameMention } from './mentions';
import type { Register } from './register';

/** Tokens read before and after the span (see above). */
const BEFORE = 1;
const AFTER = 4;

interface CachedSpan {
  /** The span's first token and its start when its mentions were read (the cached ones are relative to them). */
  first: number;
  start: number;
  mentions: NameMention[];
}

// A 400 KB article has about 9,000 tagged spans; two versions fit. A mention costs about 200 bytes with its text.
const MENTION_BYTES = 200;
const spans = new ParagraphCache<CachedSpan>(40_000, 16 * 1024 * 1024, (key, entry) => key.length * 2 + 64 + entry.mentions.length * MENTION_BYTES);

function spanKey(tokens: readonly Token[], first: number, last: number, label: string, register: Register): string {
  const base = tokens[first].start;
  let key = `${label}\u0000${register}`;
  for (let index = first - BEFORE; index <= last + AFTER; index++) {
    const token = tokens[index];
    if (token === undefined) {
      key += '\u0000-';
      continue;
    }
    key += `\u0000${token.start - base},${token.end - base}${token.lineStart ? 'L' : ''}${token.sentenceStart ? 'S' : ''},${token.norm}`;
  }
  return key;
}

/** read() (the mentions of the span [first, last]), from the cache when a span with the same key was read before; always fresh copies. */
export function cachedSpanMentions(tokens: readonly Token[], first: number, last: number, label: string, register: Register, read: () => NameMention[]): NameMention[] {
  const key = spanKey(tokens, first, last, label, register);
  const start = tokens[first].start;
  const cached = spans.get(key);
  if (cached !== undefined) return checkedKept('span mentions', moved(cached.mentions, first - cached.first, start - cached.start), read);
  const mentions = read();
  // (0 - first, not -first: -0 is a double to V8; see dates/blockDatesCache.ts)
  spans.set(key, { first: 0, start: 0, mentions: moved(mentions, 0 - first, 0 - start) });
  return mentions;
}

function moved(mentions: readonly NameMention[], tokensBy: number, charactersBy: number): NameMention[] {
  return mentions.map((mention) => ({
    ...mention,
    first: mention.first + tokensBy,
    last: mention.last + tokensBy,
    start: mention.start + charactersBy,
    end: mention.end + charactersBy,
  }));
}
