// The gazetteer's lists of the tokens (Gazetteer.tagTokens: a list's number per token) carried over from the previous analysis. A token's list
// reads the tokens from MAX_NAME_WORDS - 1 before it to MAX_NAME_WORDS - 1 after it (the phrases it may be inside)
// and nothing else, so after an edit the lists of the tokens whose window lies wholly in the unchanged part before
// or after the edit (previousTokens.ts) are the previous analysis's, and only those around the edit are read again.
import type { DocumentTokens } from '../documentTokens';
import { checkedKept, keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf } from '../previousTokens';
import { MAX_NAME_WORDS, type Gazetteer } from './gazetteer';
import { SpareInts } from './spareInts';

/** The lists of the document analyzed last, with the gazetteer they are of. */
let latest: { document: DocumentTokens; names: Gazetteer; tags: Int32Array } | undefined;
keptAcrossAnalyses(
  () => (latest = undefined),
  () => {
    const saved = latest;
    return () => (latest = saved);
  },
);

/** The arrays of lists of documents dropped by the tagger, taken again (spareInts.ts). */
const spareTags = new SpareInts();

/** Tokens either side of a token that its list reads. */
const REACH = MAX_NAME_WORDS - 1;

/** names.tagTokens(document.tokens), from the previous analysis's lists where the edit left a token's window alone. */
export function gazetteerTags(document: DocumentTokens, names: Gazetteer): Int32Array {
  const tokens = document.tokens;
  if (!paragraphCachesEnabled()) return names.tagTokens(tokens);
  const alignment = alignmentOf(document);
  const previous = latest !== undefined && latest.document === alignment.previous && latest.names === names ? latest.tags : undefined;
  let tags: Int32Array;
  if (previous === undefined) tags = names.tagTokens(tokens);
  else {
    const count = tokens.length;
    // Kept before `low` (the window of each lies in the unchanged prefix) and from `high` on (in the unchanged suffix).
    const low = Math.max(0, Math.min(count, alignment.prefix - REACH));
    const high = Math.max(low, Math.min(count, alignment.from + REACH));
    // (the lists' numbers are the gazetteer's, the same in both analyses: copied a stretch at a time)
    tags = spareTags.take(tokens, count);
    tags.set(previous.subarray(0, low), 0);
    tags.set(names.tagTokensWithin(tokens, low, high), low);
    tags.set(previous.subarray(high + alignment.tokenShift, count + alignment.tokenShift), high);
    tags = checkedKept('gazetteer lists', tags, () => names.tagTokens(tokens));
  }
  latest = { document, names, tags };
  return tags;
}
