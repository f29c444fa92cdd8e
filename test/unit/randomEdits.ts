// Random edits an editor might make, replayable from a seed: the incremental-analysis test and the random-edits
// probe (bench/probes/random-edits-probe.ts) make them alike.

/** Mulberry32: the same numbers on every run from the same seed, so a failure can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

// Made-up pieces an editor types: names, dates, quotation marks, paragraph breaks, plain words, a title.
export const TYPED_PIECES: readonly string[] = [
  'x',
  ' ',
  '\n\n',
  '"',
  '“',
  '”',
  "'s",
  'Tomas Reindl',
  ' said ',
  ', she said.',
  'on Friday',
  'March 4, 2021',
  'last week',
  'the Ministry of Harbours',
  '"We are ready," she said. ',
  'Ostrava',
  '. ',
  'Acme',
  'Acme Robotics',
  'GREEN COAST',
  'according to Reindl',
];

/** One edit: an insertion of one of `inserts`, a deletion or a replacement at a random place, some at a line's end. */
export function randomEdit(text: string, next: () => number, inserts: readonly string[] = TYPED_PIECES): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  let at = Math.floor(next() * (text.length + 1));
  if (next() < 0.2) {
    const edge = text.indexOf('\n', at);
    if (edge >= 0) at = edge;
  }
  const kind = next();
  if (kind < 0.5) return text.slice(0, at) + pick(inserts) + text.slice(at);
  const length = 1 + Math.floor(next() * (kind < 0.8 ? 3 : 40));
  return text.slice(0, at) + (kind < 0.8 ? '' : pick(inserts)) + text.slice(at + length);
}
