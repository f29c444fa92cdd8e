// Results a step computes from one paragraph's tokens alone, kept with the paragraph's tokens in the paragraph cache
// (documentTokens.ts): an edit computes them for the paragraphs it touched, and the others' come back with their
// tokens. A result must be relative to the paragraph (token indices from its first token, no character offsets) so
// that it holds wherever the paragraph moved; the step then combines the paragraphs' results for the document.
// Test mode (paragraphCache.ts setCacheChecks) computes every kept result again, and the combined result of the
// paragraphs for the whole document at once, and throws when one differs.
import type { DocumentTokens } from './documentTokens';
import { cacheChecksOn, checkedKept, paragraphCachesEnabled } from './paragraphCache';
import type { TokenList } from './tokenList';

/**
 * compute(tokens of the paragraph) for each paragraph of `document`, in order; a paragraph's result is kept under
 * `step` with its tokens. `compute` must read nothing but the tokens it is given.
 */
export function perParagraph<T>(document: DocumentTokens, step: string, compute: (tokens: TokenList) => T): T[] {
  // (a loop, not map: a callback written here is a new closure per call, compiled again after every full garbage
  // collection: bench/probes/recompile-probe.ts)
  const results: T[] = [];
  for (const paragraph of document.paragraphs) {
    const kept = paragraph.local.get(step) as T | undefined;
    if (kept !== undefined) {
      // (the check's name and closure made only in test mode: a string and a closure per paragraph and step otherwise)
      if (cacheChecksOn()) checkedKept(`${step} (paragraph at token ${paragraph.first})`, kept, () => compute(document.paragraphTokens(paragraph)));
      results.push(kept);
      continue;
    }
    const result = compute(document.paragraphTokens(paragraph));
    // (caches off, nothing is kept: documentTokens.ts gives every paragraph one map, never written)
    if (paragraphCachesEnabled()) paragraph.local.set(step, result);
    results.push(result);
  }
  return results;
}

/** A flag (a byte) per token of the document, from flags per paragraph (perParagraph with `flagsOf` of a paragraph's tokens). */
export function flagsPerParagraph(document: DocumentTokens, step: string, flagsOf: (tokens: TokenList) => Uint8Array): Uint8Array {
  const flags = new Uint8Array(document.tokens.length);
  const results = perParagraph(document, step, flagsOf);
  for (let index = 0; index < results.length; index++) flags.set(results[index], document.paragraphs[index].first);
  return flags;
}

/**
 * Token indices of the document (in order) from indices per paragraph: perParagraph with `pick` of a paragraph's
 * tokens giving indices among them, in order.
 */
export function indicesPerParagraph(document: DocumentTokens, step: string, pick: (tokens: TokenList) => number[]): number[] {
  const indices: number[] = [];
  const results = perParagraph(document, step, pick);
  for (let index = 0; index < results.length; index++) {
    const own = results[index];
    const first = document.paragraphs[index].first;
    for (let at = 0; at < own.length; at++) indices.push(first + own[at]);
  }
  return indices;
}

/**
 * combine() (made from the paragraphs' results), in test mode checked against whole() (the document's at once); with
 * the caches off (a text analyzed once: nothing kept to reuse, the throughput benchmark), whole() alone.
 */
export function combinedOrWhole<T>(step: string, combine: () => T, whole: () => T): T {
  if (!paragraphCachesEnabled()) return whole();
  return checkedKept(`${step} (the paragraphs' results combined)`, combine(), whole);
}
