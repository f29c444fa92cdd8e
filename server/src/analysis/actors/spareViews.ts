// The array of tagger views per token (features.ts documentFeatures) of a document no step reads any more, taken by
// the next document of the same length instead of a new one: an edit of a long article made half a megabyte of
// pointers that lived until the next edit, long enough to reach the collector's old generation (issue 15).
// taggerReuse.ts hands over the views of a tagged document once it drops it (the views are read by the next
// analysis's reuse steps until then: chunksReuse.ts keeps only the latest document's, which is never dropped before
// the next document has its own), never those of a document set aside (paragraphCache.ts analyzedAside).
import { keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import type { TokenView } from './features';

let spare: TokenView[] | undefined;
// (emptied with the caches, and after analyses set aside: an array handed over then may be a kept document's)
keptAcrossAnalyses(() => (spare = undefined));

/** An array for the views of `count` tokens, every element to be written: the spare one when it fits. */
export function viewsArray(count: number): TokenView[] {
  const views = spare;
  if (views === undefined || views.length !== count) return new Array<TokenView>(count);
  spare = undefined;
  return views;
}

/** Hands over the views of a document that nothing reads any more (caches on only: else the views may be anyone's). */
export function dropViews(views: readonly TokenView[]): void {
  if (paragraphCachesEnabled()) spare = views as TokenView[];
}
