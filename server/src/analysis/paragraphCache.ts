// A small bounded cache of per-paragraph results, keyed by the paragraph's text. Editing one character of a long
// article changes one paragraph; the others' results are found here instead of being computed again. Results
// are stored with offsets relative to the paragraph's start, so a paragraph that moved is still found. The
// analysis stays pure: a cached result equals what computing it again would give, and callers copy what they
// hand on, so nothing cached is ever changed.
import { TokenList } from './tokenList';

/**
 * Two generations: entries are added to the young one, and an old entry that is used again moves to it; when the
 * young generation is full it becomes the old one and the old one is dropped. Every step is O(1) (deleting the
 * oldest entries of one Map one by one made long runs of new paragraphs slow), at most `maxEntries` entries and
 * `maxSize` total size are kept, and what is dropped is what was not used for longest, a generation at a time.
 */
export class ParagraphCache<V> {
  private young = new Map<string, { value: V; size: number }>();
  private old = new Map<string, { value: V; size: number }>();
  private youngSize = 0;
  private oldSize = 0;

  /**
   * @param maxEntries most paragraphs kept
   * @param maxSize most total size kept, in the units `sizeOf` gives (about bytes)
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxSize: number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {
    caches.add(this as ParagraphCache<unknown>);
  }

  get(key: string): V | undefined {
    if (!enabled) return undefined;
    const entry = this.young.get(key);
    if (entry !== undefined) return entry.value;
    const oldEntry = this.old.get(key);
    if (oldEntry === undefined) return undefined;
    this.old.delete(key);
    this.oldSize -= oldEntry.size;
    this.add(key, oldEntry);
    return oldEntry.value;
  }

  set(key: string, value: V): void {
    if (!enabled) return;
    const size = this.sizeOf(key, value);
    if (size > this.maxSize / 2) return; // would not fit in one generation
    const young = this.young.get(key);
    if (young) {
      this.young.delete(key);
      this.youngSize -= young.size;
    }
    const old = this.old.get(key);
    if (old) {
      this.old.delete(key);
      this.oldSize -= old.size;
    }
    this.add(key, { value, size });
  }

  private add(key: string, entry: { value: V; size: number }): void {
    if (this.young.size + 1 > Math.ceil(this.maxEntries / 2) || this.youngSize + entry.size > this.maxSize / 2) {
      this.old = this.young;
      this.oldSize = this.youngSize;
      this.young = new Map();
      this.youngSize = 0;
    }
    this.young.set(key, entry);
    this.youngSize += entry.size;
  }

  /** Entries kept. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Total size kept, in the units of `sizeOf`. */
  get totalSize(): number {
    return this.youngSize + this.oldSize;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
    this.youngSize = 0;
    this.oldSize = 0;
  }
}

const caches = new Set<ParagraphCache<unknown>>();
/**
 * Sets a step's state kept across analyses aside (analyzedAside): called before the analyses, it returns what puts the
 * state back as it was after them.
 */
export type SetAside = () => () => void;
/** Other state kept from one analysis for the next (the actor tagger's scores), emptied and turned off alike. */
const otherState = new Map<() => void, SetAside | undefined>();
let enabled = true;

/** Empties every paragraph cache of the analyzer. */
export function clearParagraphCaches(): void {
  for (const cache of caches) cache.clear();
  for (const clear of otherState.keys()) clear();
}

/**
 * Registers state a step keeps across analyses, emptied with the caches; the step reads it only while enabled.
 * `setAside` saves it for analyzedAside; state registered without one is emptied after an analysis set aside (its
 * step then reuses nothing once, but never another text's results).
 */
export function keptAcrossAnalyses(clear: () => void, setAside?: SetAside): void {
  otherState.set(clear, setAside);
}

/**
 * One value a step keeps from one analysis for the next (its latest results, say): emptied with the caches and set
 * aside with the other kept states (keptAcrossAnalyses).
 */
export class KeptLatest<T> {
  value: T | undefined;

  constructor() {
    keptAcrossAnalyses(
      () => (this.value = undefined),
      () => {
        const saved = this.value;
        return () => (this.value = saved);
      },
    );
  }
}

/**
 * Runs `analyses` and then puts every state kept across analyses back as it was before them: the next analysis
 * reuses the results of the one before `analyses`, as if they had not run. The language server's worker analyzes
 * made-up edits of an article this way before the first real one (analysisWorkerWarmUp.ts), so the edit path is
 * compiled by then. The paragraph caches by text keep what `analyses` added (entries keyed by their text, true for
 * any analysis). A step's state must not be changed in place by a later analysis, or its setAside must prevent it
 * (taggerReuse.ts). Runs `analyses` alone, without setting anything aside, when the caches are off.
 */
export function analyzedAside<T>(analyses: () => T): T {
  if (!enabled) return analyses();
  const restores: (() => void)[] = [];
  for (const [clear, setAside] of otherState) restores.push(setAside ? setAside() : clear);
  try {
    return analyses();
  } finally {
    for (const restore of restores) restore();
  }
}

/** Whether the caches (and the state kept across analyses) are read and written. */
export function paragraphCachesEnabled(): boolean {
  return enabled;
}

/** Runs `analysis` with every cache off but kept as it is: a fresh analysis between incremental ones, for tests. */
export function withoutParagraphCaches<T>(analysis: () => T): T {
  const was = enabled;
  enabled = false;
  try {
    return analysis();
  } finally {
    enabled = was;
  }
}

/**
 * Turns the paragraph caches off (emptying them) or on: for tests that compare against a fresh analysis, and for a
 * process that analyzes each text once and never an edited version of it (the CLI's record threads).
 */
export function setParagraphCachesEnabled(on: boolean): void {
  enabled = on;
  if (!on) clearParagraphCaches();
}

let checking = false;

/**
 * Tests: a result found in a cache of results (paragraphLocal.ts, the reported-speech, span and sentence caches) is
 * computed again, and a difference throws (taggerReuse.ts setTaggerReuseCheck does the same for the tagger).
 */
export function setCacheChecks(on: boolean): void {
  checking = on;
}

/** Whether test mode (setCacheChecks) is on: a step that checks its kept results itself asks. */
export function cacheChecksOn(): boolean {
  return checking;
}

/**
 * Without the tokens' word records (fields filled on first use, not part of a result), and with each object's keys in
 * one order: a kept result copied with its fields written out may list them in another order than the step that made
 * it (a reported speech's `parts` before or after its `attribution`), which is the same result.
 */
const withoutWordRecords = (key: string, value: unknown) => {
  if (key === 'word') return undefined;
  // (a token list by its own tokens' places and flags: not its word records, nor the columns a view shares)
  if (value instanceof TokenList)
    return [
      value.starts.subarray(value.first, value.first + value.length),
      value.ends.subarray(value.first, value.first + value.length),
      value.flagBits.subarray(value.first, value.first + value.length),
    ];
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const name of Object.keys(record).sort()) sorted[name] = record[name];
  return sorted;
};

/** In test mode (setCacheChecks), throws when `kept` differs from `fresh()`; returns `kept`. */
export function checkedKept<T>(what: string, kept: T, fresh: () => T): T {
  if (checking && JSON.stringify(kept, withoutWordRecords) !== JSON.stringify(fresh(), withoutWordRecords)) throw new Error(`${what}: the kept result differs from a fresh one`);
  return kept;
}
