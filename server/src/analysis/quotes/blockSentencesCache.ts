// A prose block's sentences (sentences.ts splitSentences), kept per block: an edit of a long article splits the
// blocks it touched again, not all of them. The sentences depend on the block's text, the quotation parts inside it
// and the few characters after it that abbreviations.ts numberFollowsAt may read (a number after a period that
// ends the block); those are the key, with the parts' offsets relative to the block.
import { checkedKept, ParagraphCache } from '../paragraphCache';
import { splitSentences, type Range } from './sentences';

/** Characters after a period numberFollowsAt reads (up to four spaces, then one character). */
const LOOKAHEAD = 5;

interface CachedSentences {
  /** The block's start when it was split (the cached ranges are relative to it). */
  start: number;
  sentences: Range[];
}

// Two versions of a 400 KB article (about 1,900 blocks each); a sentence costs about 40 bytes.
const RANGE_BYTES = 40;
const blockSentences = new ParagraphCache<CachedSentences>(8000, 16 * 1024 * 1024, (key, entry) => key.length * 2 + 64 + entry.sentences.length * RANGE_BYTES);

/** splitSentences(text, start, end, quoted), from the cache when the same block was split before; always fresh copies. */
export function cachedSplitSentences(text: string, start: number, end: number, quoted: readonly Range[]): Range[] {
  let key = `${end - start}\u0000${text.slice(start, end + LOOKAHEAD)}`;
  for (const part of quoted) key += `\u0000${part.start - start},${part.end - start}`;
  const cached = blockSentences.get(key);
  if (cached !== undefined) return checkedKept('sentences', moved(cached.sentences, start - cached.start), () => splitSentences(text, start, end, quoted));
  const sentences = splitSentences(text, start, end, quoted);
  // (0 - start, not -start: -0 is a double to V8; see dates/blockDatesCache.ts)
  blockSentences.set(key, { start: 0, sentences: moved(sentences, 0 - start) });
  return sentences;
}

function moved(ranges: readonly Range[], by: number): Range[] {
  return ranges.map((range) => ({ start: range.start + by, end: range.end + by }));
}
