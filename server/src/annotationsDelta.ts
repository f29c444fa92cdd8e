// What changed between two analyses of a document, so the analysis worker sends the server's thread only that:
// the edit between the two texts (one changed region), and per list of annotations how many leading items are
// unchanged, how many trailing items are unchanged but for their offsets moving with the edit, and the new items
// in between. Applying the delta to the previous analysis gives the new one exactly (the unchanged leading items
// are the very same objects). Pure, no LSP imports: the worker bundle holds it.
import type { Annotations } from './analysis/types';
import { unchangedEnds } from './latestAnalysis';

/** One changed region: offsets before `prefix` are the same in both texts, those from `oldEnd` on moved by `shift`. */
export interface TextChange {
  prefix: number;
  oldEnd: number;
  shift: number;
}

export interface ListDelta {
  /** Leading items unchanged. */
  keep: number;
  /** Trailing items unchanged but for their offsets (moved by the shift). */
  tail: number;
  /** The new items in between. */
  middle: unknown[];
}

export type AnnotationsDelta = { full: Annotations } | { change: TextChange; lists: Record<string, ListDelta>; fields: Record<string, unknown>; keys: string[] };

export function textChange(before: string, after: string): TextChange {
  const { prefix, suffix } = unchangedEnds(before, after);
  return { prefix, oldEnd: before.length - suffix, shift: after.length - before.length };
}

/** Where an offset of the old text is in the new one; NaN inside the changed region. */
function mapper({ prefix, oldEnd, shift }: TextChange): (offset: number) => number {
  return (offset) => (offset <= prefix ? offset : offset >= oldEnd ? offset + shift : NaN);
}

/** Offsets are the numbers under the keys `start` and `end` (analysis/types.ts). */
const isOffsetKey = (key: string) => key === 'start' || key === 'end';

/** Whether `after` equals `before` with its offsets moved by the change. */
function sameMoved(before: unknown, after: unknown, move: (offset: number) => number): boolean {
  if (before === after) return true;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return false;
  const list = Array.isArray(before);
  if (list !== Array.isArray(after)) return false;
  if (list) {
    const a = before as unknown[];
    const b = after as unknown[];
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameMoved(a[index], b[index], move)) return false;
    return true;
  }
  // for…in over plain objects (the analysis makes no others): no array of keys per object, this runs on every item
  // of a 400 KB article's analysis after each edit.
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    keys++;
    const value = a[key];
    const other = b[key];
    // Most values are equal primitives: settled without a call (a key missing from `after` reads as undefined).
    if (value === other) {
      if (other === undefined && !(key in b)) return false;
      if (typeof value === 'number' && isOffsetKey(key) && move(value) !== value) return false;
      continue;
    }
    if (typeof value !== 'object') {
      if (typeof value !== 'number' || !isOffsetKey(key) || move(value) !== other) return false;
    } else if (!sameMoved(value, other, move)) return false;
  }
  for (const key in b) if (key !== undefined) keys--;
  return keys === 0;
}

/**
 * `value` with its offsets moved by the change: a copy of each object or array in it that holds a moved offset,
 * the others shared (the mentions of an actor before the edit, a quote's speaker without offsets). Copies are
 * spreads (same hidden class as the original, no property added one at a time): rebuilding the analysis after an
 * edit in the middle of a 400 KB article copies every item after the edit, garbage the server's thread collects
 * while hovers wait.
 */
function moved<T>(value: T, move: (offset: number) => number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const each: unknown = value[index];
      const after = moved(each, move);
      if (after === each) continue;
      copy ??= value.slice();
      copy[index] = after;
    }
    return (copy ?? value) as T;
  }
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in source) {
    const each = source[key];
    const after = isOffsetKey(key) && typeof each === 'number' ? move(each) : moved(each, move);
    if (after === each) continue;
    copy ??= { ...source };
    copy[key] = after;
  }
  return (copy ?? value) as T;
}

const unmoved = (offset: number) => offset;

function listDelta(before: readonly unknown[], after: readonly unknown[], move: (offset: number) => number): ListDelta {
  const most = Math.min(before.length, after.length);
  let keep = 0;
  // Leading items are reused as they are: none of their offsets may move (an actor mentioned on both sides of the
  // edit is not one of them).
  while (keep < most && sameMoved(before[keep], after[keep], unmoved)) keep++;
  let tail = 0;
  while (tail < most - keep && sameMoved(before[before.length - 1 - tail], after[after.length - 1 - tail], move)) tail++;
  return { keep, tail, middle: after.slice(keep, after.length - tail) };
}

/** The delta from the analysis of `beforeText` to that of `afterText`. */
export function annotationsDelta(beforeText: string, before: Annotations, afterText: string, after: Annotations): AnnotationsDelta {
  const change = textChange(beforeText, afterText);
  const move = mapper(change);
  const lists: Record<string, ListDelta> = {};
  const fields: Record<string, unknown> = {};
  const previous = before as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    const old = previous[key];
    if (Array.isArray(value) && Array.isArray(old)) lists[key] = listDelta(old, value, move);
    else fields[key] = value;
  }
  return { change, lists, fields, keys: Object.keys(after) };
}

/** The new analysis: `delta` applied to the previous one (left unchanged). */
export function applyAnnotationsDelta(before: Annotations, delta: AnnotationsDelta): Annotations {
  if ('full' in delta) return delta.full;
  const move = mapper(delta.change);
  const previous = before as unknown as Record<string, unknown[]>;
  // In the new analysis's key order, so that it serializes as the worker's own result would.
  const after: Record<string, unknown> = {};
  for (const key of delta.keys) {
    const list = delta.lists[key];
    if (!list) {
      after[key] = delta.fields[key];
      continue;
    }
    // One array at its final length (no slices and spreads of a 400 KB article's lists on every keystroke).
    const old = previous[key];
    const items = new Array<unknown>(list.keep + list.middle.length + list.tail);
    let at = 0;
    for (let index = 0; index < list.keep; index++) items[at++] = old[index];
    for (const item of list.middle) items[at++] = item;
    for (let index = old.length - list.tail; index < old.length; index++) items[at++] = delta.change.shift === 0 ? old[index] : moved(old[index], move);
    after[key] = items;
  }
  return after as unknown as Annotations;
}

/** Per analysis rebuilt from a delta: the analysis it was made from and the delta, for steps that can reuse theirs. */
const derivations = new WeakMap<Annotations, { before: Annotations; delta: Exclude<AnnotationsDelta, { full: Annotations }> }>();

/** `applyAnnotationsDelta`, remembering what the result was made from (see derivationOf). */
export function deriveAnnotations(before: Annotations | undefined, delta: AnnotationsDelta): Annotations {
  if ('full' in delta) return delta.full;
  if (!before) throw new Error('a delta needs the analysis it was made from');
  const after = applyAnnotationsDelta(before, delta);
  // One link only: an analysis never keeps the ones before its predecessor alive.
  derivations.delete(before);
  derivations.set(after, { before, delta });
  return after;
}

/** The analysis `after` was rebuilt from and the delta, when it was rebuilt from one. */
export function derivationOf(after: Annotations): { before: Annotations; delta: Exclude<AnnotationsDelta, { full: Annotations }> } | undefined {
  return derivations.get(after);
}

/** Lets the analysis `after` was rebuilt from go (once whatever reuses it has). */
export function forgetDerivation(after: Annotations): void {
  derivations.delete(after);
}
