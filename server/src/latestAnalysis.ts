// Requests answered from the latest finished analysis while a newer version is being analyzed: a position the
// edits since did not touch (before the first changed character or after the last) means the same text in both
// versions, so the older analysis answers for it at once, with its ranges moved to where that text is now.
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

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

export interface StaleAnswer {
  /** The position's offset in the analyzed snapshot. */
  offset: number;
  /** A range of the snapshot where the same text is in the live document, or undefined if it spans the edits. */
  toLive(range: Range): Range | undefined;
}

const endsCache = new WeakMap<TextDocument, { version: number; ends: { prefix: number; suffix: number } }>();

/** How the snapshot answers for `liveOffset` of the live document, or undefined when the edits touched it. */
export function staleAnswer(snapshot: TextDocument, live: TextDocument, liveOffset: number): StaleAnswer | undefined {
  let cached = endsCache.get(snapshot);
  if (!cached || cached.version !== live.version) endsCache.set(snapshot, (cached = { version: live.version, ends: unchangedEnds(snapshot.getText(), live.getText()) }));
  const { prefix, suffix } = cached.ends;
  const before = snapshot.getText().length;
  const shift = live.getText().length - before;
  // Strictly inside the unchanged ends, so a word being typed at the edge is not answered from its old form.
  const offset = liveOffset < prefix ? liveOffset : liveOffset - shift > before - suffix ? liveOffset - shift : undefined;
  if (offset === undefined) return undefined;
  return {
    offset,
    toLive(range) {
      const start = snapshot.offsetAt(range.start);
      const end = snapshot.offsetAt(range.end);
      if (end <= prefix) return range;
      if (start >= before - suffix) return { start: live.positionAt(start + shift), end: live.positionAt(end + shift) };
      return undefined;
    },
  };
}
