// What happens on a date, for its timeline row: the clause of its sentence around the date ("the drills would
// follow in 2026"), cut at a word boundary. Pure (no `vscode` import) so the unit tests check it.

/** Longest event shown in a row; the full sentence is the tooltip. */
export const MAX_EVENT_LENGTH = 80;
/** A clause shorter than this many words ("Moscow, Nov 28") says too little alone: its neighbours are added. */
const MIN_CLAUSE_WORDS = 6;

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

/**
 * The clause of `sentence` that holds `dateText` (clauses end at , ; : and dashes), widened to its neighbours
 * while it is too short to say anything, then cut to `max` at a word boundary.
 */
export function eventOf(sentence: string, dateText: string, max = MAX_EVENT_LENGTH): string {
  const flat = sentence.replace(/\s+/g, ' ').replace(/^…|…$/g, '').trim();
  const at = flat.indexOf(dateText);
  if (at < 0) return cutAtWord(flat.replace(/[.!?]$/, ''), max);
  const pieces: { start: number; end: number }[] = [];
  const boundary = /\s*[,;:]\s+|\s+[—–-]\s+/g;
  let from = 0;
  for (let match = boundary.exec(flat); match; match = boundary.exec(flat)) {
    pieces.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  pieces.push({ start: from, end: flat.length });
  let first = pieces.findIndex((piece) => at < piece.end || piece === pieces.at(-1));
  let last = Math.max(
    first,
    pieces.findIndex((piece) => at + dateText.length <= piece.end),
  );
  const text = () => flat.slice(pieces[first].start, pieces[last].end);
  while (wordCount(text()) < MIN_CLAUSE_WORDS && (first > 0 || last < pieces.length - 1)) {
    // Prefer what follows the date: news sentences put the event after "On Monday,".
    if (last < pieces.length - 1) last++;
    else first--;
  }
  const clause = text().replace(/[.!?]$/, '');
  // A long clause that names its date late is cut before the date too, at a word, so the date stays in view.
  const dateEnd = clause.indexOf(dateText) + dateText.length;
  if (clause.length <= max || dateEnd <= max - 20) return cutAtWord(clause, max);
  const cutFrom = clause.indexOf(' ', Math.max(0, dateEnd + 20 - max)) + 1;
  return `…${cutAtWord(clause.slice(cutFrom), max - 1)}`;
}
