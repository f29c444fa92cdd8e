// Reviewing an article: which annotations (actor mentions, dates, quotes) an annotator has accepted, and the next
// one still to check after the cursor. Pure (no `vscode` import) so the unit tests load it.
import type { Annotations, Provenance } from '../../server/src/analysis/types';

export interface ReviewItem {
  start: number;
  end: number;
  reviewed: boolean;
}

/** Every mention, date and quote, in text order. */
export function reviewItems(annotations: Annotations): ReviewItem[] {
  const item = (span: { start: number; end: number } & Provenance): ReviewItem => ({ start: span.start, end: span.end, reviewed: span.reviewed === true });
  return [...annotations.actors.flatMap((actor) => actor.mentions.map(item)), ...annotations.dates.map(item), ...annotations.quotes.map(item)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

export function reviewCounts(annotations: Annotations): { reviewed: number; total: number } {
  const items = reviewItems(annotations);
  return { reviewed: items.filter((item) => item.reviewed).length, total: items.length };
}

/** The first unreviewed annotation starting after `offset`, wrapping around to the start; undefined when all are reviewed. */
export function nextUnreviewed(annotations: Annotations, offset: number): ReviewItem | undefined {
  const open = reviewItems(annotations).filter((item) => !item.reviewed);
  return open.find((item) => item.start > offset) ?? open[0];
}

/** "by hand", "reviewed": what a tree item says about an annotation's provenance. */
export function provenanceWords(...items: readonly Provenance[]): string[] {
  return [items.some((item) => item.origin === 'manual') ? 'by hand' : '', items[0]?.reviewed ? 'reviewed' : ''].filter(Boolean);
}
