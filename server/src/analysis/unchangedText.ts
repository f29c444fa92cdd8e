// How two versions of a text line up: the common start and end. The language server asks it to answer from an
// older analysis while a newer one runs (latestAnalysis.ts); the analyzer, to find the paragraphs an edit left alone
// by their place instead of by hashing their text (previousText.ts).

/** Blocks of characters compared at once, then smaller ones down to single characters. */
const BLOCK_STEPS = [4096, 256, 16, 1];

/**
 * The lengths of the common start and end of two texts (the end never overlapping the start). Compared a block of
 * characters at a time (a slice of a string is not a copy, and === compares natively): a 400 KB article after each
 * edit, on the server's thread when a hover comes in, took milliseconds a character at a time.
 */
export function unchangedEnds(before: string, after: string): { prefix: number; suffix: number } {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  for (const step of BLOCK_STEPS) {
    while (prefix + step <= shorter && before.slice(prefix, prefix + step) === after.slice(prefix, prefix + step)) prefix += step;
  }
  const room = shorter - prefix;
  let suffix = 0;
  for (const step of BLOCK_STEPS) {
    while (suffix + step <= room && before.slice(before.length - suffix - step, before.length - suffix) === after.slice(after.length - suffix - step, after.length - suffix)) {
      suffix += step;
    }
  }
  return { prefix, suffix };
}
