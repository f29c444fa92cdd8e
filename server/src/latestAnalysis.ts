// Requests answered from the latest finished analysis while a newer version is being analyzed: a position the
// edits since did not touch (before the first changed character or after the last) means the same text in both
// versions, so the older analysis answers for it at once, with its ranges moved to where that text is now.
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { unchangedEnds } from './analysis/unchangedText';

// (the analyzer finds unchanged paragraphs the same way: analysis/unchangedText.ts)
export { unchangedEnds };

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
