// Per-token integer arrays of a long article (the gazetteer's list numbers, the capitalized runs' numbers) that no
// step reads any more, taken by the next document of the same length instead of new ones: an edit of a 400 KB
// article made several of about 260 KB each, allocated outside the JavaScript heap. As with the views (spareViews.ts),
// an array is handed on when taggerReuse.ts drops the tagged document of its tokens (the next analysis's reuse steps
// read the arrays until then), never while a document with the same tokens is kept, and never one of a document set
// aside (paragraphCache.ts analyzedAside).
import { keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import type { TokenList } from '../tokenList';
import { slabInts } from './intSlab';

/** Arrays shorter than this come from the slabs (intSlab.ts), as before: their memory is the slab's, in the heap. */
const MIN_SPARE_LENGTH = 16 * 1024;

const kinds: SpareInts[] = [];

/** The arrays of one kind: each document's (by its tokens) while it is kept, and one spare. */
export class SpareInts {
  private readonly byTokens = new WeakMap<TokenList, Int32Array>();
  private spare: Int32Array | undefined;

  constructor() {
    kinds.push(this);
    // (emptied with the caches, and after analyses set aside: an array handed over then may be a kept document's)
    keptAcrossAnalyses(() => (this.spare = undefined));
  }

  /** A zeroed array of `count` integers, to be owned by the document of `tokens`: the spare one when it fits. */
  take(tokens: TokenList, count: number): Int32Array {
    let ints: Int32Array;
    const spare = this.spare;
    if (spare !== undefined && spare.length === count) {
      this.spare = undefined;
      ints = spare.fill(0);
    } else ints = slabInts(count);
    if (paragraphCachesEnabled() && count >= MIN_SPARE_LENGTH) this.byTokens.set(tokens, ints);
    return ints;
  }

  /** Takes the array of the document of `tokens` as the spare one, if it has one. */
  dropped(tokens: TokenList): void {
    const ints = this.byTokens.get(tokens);
    if (ints === undefined) return;
    this.byTokens.delete(tokens);
    if (paragraphCachesEnabled()) this.spare = ints;
  }
}

/** Hands on the arrays of the document of `tokens`, which nothing reads any more (taggerReuse.ts). */
export function dropInts(tokens: TokenList): void {
  for (const kind of kinds) kind.dropped(tokens);
}
