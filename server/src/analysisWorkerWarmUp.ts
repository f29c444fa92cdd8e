// The edit path compiled before the first edit. The worker has analyzed whole articles by the time the user types,
// but the code that reuses the previous analysis after an edit (alignments, carried scores, the reuse branches) has
// never run: the first keystrokes of a long article ran it unoptimized, several times slower than the later ones
// (the benchmark's p95 was its first edits). So once a document's first analysis is done and the worker has stayed
// idle a moment since, the worker analyzes made-up edits of its text (a letter typed in a word near the middle and
// removed again, an even number of times: the last made-up text is the document's own) through the same incremental
// path and throws their results away, but keeps the state they leave for the next analysis: the first edit after
// an open also builds what later edits take over from the one before (the per-token arrays handed on, readings
// moved in place, the tagger's carried scores), which a warm-up set aside and put back left to the first real edit
// (measured in process on the 400 KB article: first real edits 100-150 ms after the set-aside warm-up, 50-60 ms
// after the kept one). Any message to the worker (a real job, the document closed) stops it at the analyzer's next
// checkpoint; an analysis stopped there leaves the kept state fit for the next one (analysis-stopped-then-edited
// test), which aligns with whichever text was analyzed last.
// That warm-up needs a moment of idleness, which a user who types as soon as the article is open never leaves. So a
// long article's first analysis warms up its own edit path before replying (warmUpBeforeReply below), and a
// new worker also warms up on a made-up article of its own (StartUpWarmUp), in the moments between its first jobs,
// set aside (paragraphCache.ts analyzedAside): the state kept is then put back as it was, so that the real
// documents' next analyses reuse their own.
import { AnalysisStopped, type Checkpoint } from './analysis/checkpoint';
import { analyzedAside, clearParagraphCaches } from './analysis/paragraphCache';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { annotationsDelta } from './annotationsDelta';
import { correctAnnotations, type CorrectionsInput } from './correctAnnotations';
import { warmUpText } from './warmUpArticle';

/** Made-up edits per document: about as many as the first real ones that ran slower before (measured in process). */
export const WARM_UP_EDITS = 8;

/**
 * warmUpBeforeReply: the first analysis of a long article (at least WARM_UP_BEFORE_REPLY_MIN_LENGTH characters), when
 * no other open document's job waits, goes on with WARM_UP_BEFORE_REPLY_EDITS made-up edits of its text before the
 * worker replies, the state they leave kept (as the idle warm-up above keeps it). Its whole diagnostics come that
 * much later (the opening's come first anyway: firstLook.ts), and its first keystrokes, whenever they come, find the
 * edit path compiled and the state a first edit builds already built. Measured in process on the benchmark's
 * sequence (five opens, then the 400 KB article typed in at once; three runs each): the 30 edits' p95 68-90 ms with no
 * made-up edit, 46-60 ms with 2, 41-50 ms with 4 (220-310 ms of made-up edits), 41-51 ms with 8 (420-480 ms); through
 * the server (bench/lsp-rows.ts, three pairs in turn) edit p95 69-125 → 46-53 ms. Ended at the analyzer's next
 * checkpoint as soon as anything else wants the worker: a newer text of the document, its close, a request waiting
 * for the result, another open document's job (the stop signal's two slots, analysisWorkerProtocol.ts).
 */
export const WARM_UP_BEFORE_REPLY_EDITS = 4;
/** Shorter articles' first keystrokes are quick enough cold; the idle warm-up serves them. */
export const WARM_UP_BEFORE_REPLY_MIN_LENGTH = 64 * 1024;

/** What the worker keeps of a document's last job: the warm-up edits its text like the real next job would. */
export interface WarmUpBase {
  text: string;
  annotations: Annotations;
  options: AnalyzeOptions;
  corrections?: CorrectionsInput;
}

/**
 * The texts of `count` made-up edits of `text`, in order: a letter typed inside a word near the middle, then removed,
 * and so on (each an edit of the one before). None when the text has no two letters in a row.
 */
export function warmUpTexts(text: string, count: number, from = Math.floor(text.length / 2)): string[] {
  const letters = /[a-z]{2}/g;
  letters.lastIndex = from;
  const found = letters.exec(text) ?? /[a-z]{2}/.exec(text);
  if (!found) return [];
  const at = found.index + 1;
  const typed = text.slice(0, at) + 'x' + text.slice(at);
  return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? typed : text));
}

/**
 * Analyzes the made-up edits of `base`'s text as the worker analyzes a job (the analysis, its corrections, the delta
 * from the previous one), throwing every result away. `interrupted()` says whether something else wants the worker:
 * checked between the edits and at the analyzer's checkpoints. With `keepState` the state the analyses leave is
 * kept for the next one (the document's own made-up edits: see above; `count` even, so the last text analyzed is
 * `base`'s), else it is put back as it was (analyzedAside). Returns how many edits it analyzed in full.
 */
export function warmUpEditPath(
  analyzer: (text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) => Annotations,
  base: WarmUpBase,
  count: number,
  interrupted: () => boolean,
  from?: number,
  keepState = false,
): number {
  const checkpoint: Checkpoint = () => {
    if (interrupted()) throw new AnalysisStopped();
  };
  let done = 0;
  const analyses = () => {
    let previous = { text: base.text, annotations: base.annotations };
    for (const text of warmUpTexts(base.text, count, from)) {
      if (interrupted()) return;
      let annotations = analyzer(text, base.options, checkpoint);
      if (base.corrections) ({ annotations } = correctAnnotations(text, annotations, base.corrections.corrections, new Set(base.corrections.notActors), true));
      annotationsDelta(previous.text, previous.annotations, text, annotations);
      previous = { text, annotations };
      done++;
    }
  };
  try {
    if (keepState) analyses();
    else analyzedAside(analyses);
  } catch (error) {
    // Stopped (AnalysisStopped): set aside, the state was put back; kept, a stop at a checkpoint leaves it fit for
    // the next analysis. A made-up text the analyzer fails on: the real edit will meet that failure and report it;
    // the state it left, were it kept, may be half made, so the next analysis starts afresh.
    if (keepState && !(error instanceof AnalysisStopped)) clearParagraphCaches();
  }
  return done;
}

/** Made-up edits of the made-up article analyzed when the worker starts (StartUpWarmUp), in all. */
export const START_UP_WARM_UP_EDITS = 32;
/** The made-up article's size: small, so that a step stopped by a real job wastes little and delays it little. */
const START_UP_TEXT_LENGTH = 8 * 1024;

/**
 * What the worker does before the first article arrives and between the first jobs: the made-up article
 * (warmUpArticle.ts) analyzed, then edited a letter at a time, until START_UP_WARM_UP_EDITS edits are done in all.
 * A worker that has only opened articles runs the first keystrokes of the next one with code compiled for opening
 * (measured in process on the benchmark's sequence: the first five edits of a 400 KB article 57-125 ms, the later ones
 * 22-35; after 8 KB of the made-up article and 32 edits of it, the first five 27-68). Through the server, ten
 * benchmark runs of each build in turn: edit p95 median 112 ms without it, 89 with it. Runs in slices between real jobs: `interrupted()` is checked between the edits and at the analyzer's
 * checkpoints, and a slice that is stopped loses at most the step it was in. The state kept across analyses is put
 * back after each slice (analyzedAside), so no real article's next analysis sees the made-up one.
 */
export class StartUpWarmUp {
  private readonly text = warmUpText(START_UP_TEXT_LENGTH);
  private editsDone = 0;
  private slices = 0;
  private editPathSeen = false;

  /**
   * Done, or made pointless by the edit path run on a real document: from then on its edits compile it, and slices between
   * them only take the cores from the server's thread publishing their results (measured through the server: the
   * median edit slower when slices ran between the edits).
   */
  get finished(): boolean {
    return this.editPathSeen || this.editsDone >= START_UP_WARM_UP_EDITS;
  }

  /** A real edit was analyzed from its document's previous analysis, or a long article's made-up edits were (warmUpBeforeReply). */
  editPathRun(): void {
    this.editPathSeen = true;
  }

  /** Runs one slice: until interrupted or finished. */
  runSlice(analyzer: (text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) => Annotations, interrupted: () => boolean): void {
    if (this.finished || interrupted()) return;
    const checkpoint: Checkpoint = () => {
      if (interrupted()) throw new AnalysisStopped();
    };
    // Each slice edits another place of the article, as typing moves.
    const from = Math.floor((this.text.length * (this.slices++ % 7)) / 7);
    try {
      analyzedAside(() => {
        const annotations = analyzer(this.text, {}, checkpoint);
        const left = START_UP_WARM_UP_EDITS - this.editsDone;
        this.editsDone += warmUpEditPath(analyzer, { text: this.text, annotations, options: {} }, left, interrupted, from);
      });
    } catch {
      // Stopped in the made-up article's whole analysis: the next slice starts it again (its paragraphs are cached).
    }
  }
}
