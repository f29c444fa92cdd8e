// The progress line of a JSONL run on standard error: records done, words per second, share of the input read and
// the time left. Drawn only when standard error is a terminal (a log file gets no carriage-return noise) and not
// with --quiet; redrawn at most four times a second, and wiped before any other message is written.

export interface ProgressState {
  records: number;
  /** Records skipped because --resume found their output. */
  resumed: number;
  /** Words of the records analyzed in this run. */
  words: number;
  elapsedMs: number;
  /** Bytes of input up to the last finished record, and in all (undefined when unknown: a pipe). */
  bytesDone: number;
  bytesTotal?: number;
  /** Bytes that --resume found done before the first record analyzed (they took no time). */
  bytesAtStart?: number;
}

export interface Progress {
  /** A record is done: analyzed (the words of its text counted) or, with `resumed`, found done by an earlier run. */
  record(done: { text?: string; bytesDone: number; resumed?: boolean }): void;
  /** Wipes the line so that a message can be written; the next record draws it again. */
  clear(): void;
  /** Wipes the line for good. */
  end(): void;
}

/** Whitespace-separated words (the benchmark counts them so too: bench/corpora.ts). */
export function countWords(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  return words;
}

const number = (value: number) => Math.round(value).toLocaleString('en-US');

function duration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const parts = [`${number(state.records)} records${state.resumed ? ` (${number(state.resumed)} done before)` : ''}`];
  parts.push(`${seconds > 0 ? number(state.words / seconds) : 0} words/s`);
  if (state.bytesTotal) {
    const share = Math.min(1, state.bytesDone / state.bytesTotal);
    parts.push(`${Math.floor(share * 100)}%`);
    // The time left at the pace of this run, counted from its first analyzed record.
    const read = state.bytesDone - (state.bytesAtStart ?? 0);
    parts.push(seconds > 0 && read > 0 && share < 1 ? `ETA ${duration((seconds * (state.bytesTotal - state.bytesDone)) / read)}` : 'ETA –');
  }
  return parts.join(' · ');
}

const NO_PROGRESS: Progress = { record() {}, clear() {}, end() {} };

export function createProgress(stream: NodeJS.WriteStream, options: { quiet?: boolean; bytesTotal?: number; program: string }, now: () => number = Date.now): Progress {
  if (options.quiet || !stream.isTTY) return NO_PROGRESS;
  const state: ProgressState = { records: 0, resumed: 0, words: 0, elapsedMs: 0, bytesDone: 0, bytesTotal: options.bytesTotal };
  let started = now();
  let analyzedAny = false;
  let drawnAt = -Infinity;
  let shown = false;
  const wipe = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    record({ text, bytesDone, resumed }) {
      const time = now();
      // Records found done before the first one analyzed cost no time: the pace counts from the last of them.
      if (resumed && !analyzedAny) {
        started = time;
        state.bytesAtStart = bytesDone;
      }
      if (!resumed) analyzedAny = true;
      state.records++;
      if (resumed) state.resumed++;
      else state.words += countWords(text ?? '');
      state.bytesDone = bytesDone;
      state.elapsedMs = time - started;
      if (time - drawnAt < 250 && shown) return;
      drawnAt = time;
      const line = `${options.program}: ${formatProgress(state)}`;
      stream.write(`\r\x1b[K${line.slice(0, Math.max(20, (stream.columns || 80) - 1))}`);
      shown = true;
    },
    clear: wipe,
    end: wipe,
  };
}
