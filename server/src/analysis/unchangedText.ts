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
  if (lastCompared && lastCompared.before === before && lastCompared.after === after) return { ...lastCompared.ends };
  const ends = compareEnds(before, after);
  lastCompared = { before, after, ends };
  return { ...ends };
}

/**
 * The last two texts compared and their unchanged ends. On the server's thread each edit compares the same two texts
 * up to three times (the snapshot's line starts, the edit sent to the worker, the first hover answered from the
 * previous analysis): the second and third are answered from here. (Two strings that are the same object compare at
 * once; two others of the same length are compared natively, up to their first difference.)
 */
let lastCompared: { before: string; after: string; ends: { prefix: number; suffix: number } } | undefined;

function compareEnds(before: string, after: string): { prefix: number; suffix: number } {
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
