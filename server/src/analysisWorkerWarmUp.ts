// The edit path compiled before the first edit. The worker has analyzed whole articles by the time the user types,
// but the code that reuses the previous analysis after an edit (alignments, carried scores, the reuse branches) has
// never run: the first keystrokes of a long article ran it unoptimized, several times slower than the later ones
// (the benchmark's p95 was its first edits). So once a document's first analysis is done and the worker has stayed
// idle a moment since, the worker analyzes made-up edits of its text (a letter typed in a word near the middle and
// removed again) through the same incremental path, discards them, and puts the state kept across analyses back as
// it was (paragraphCache.ts analyzedAside): the next real edit reuses the real text's analysis as if nothing had
// run. Any message to the worker (a real job, a closed document) stops it at the analyzer's next checkpoint.
import { AnalysisStopped, type Checkpoint } from './analysis/checkpoint';
import { analyzedAside } from './analysis/paragraphCache';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { annotationsDelta } from './annotationsDelta';
import { correctAnnotations, type CorrectionsInput } from './correctAnnotations';

/** Made-up edits per document: about as many as the first real ones that ran slower before (measured in process). */
export const WARM_UP_EDITS = 8;

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
export function warmUpTexts(text: string, count: number): string[] {
  const letters = /[a-z]{2}/g;
  letters.lastIndex = Math.floor(text.length / 2);
  const found = letters.exec(text) ?? /[a-z]{2}/.exec(text);
  if (!found) return [];
  const at = found.index + 1;
  const typed = text.slice(0, at) + 'x' + text.slice(at);
  return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? typed : text));
}

/**
 * Analyzes the made-up edits of `base`'s text as the worker analyzes a job (the analysis, its corrections, the delta
 * from the previous one), throwing every result away. `interrupted()` says whether something else wants the worker:
 * checked between the edits and at the analyzer's checkpoints. Returns how many edits it analyzed in full.
 */
export function warmUpEditPath(
  analyzer: (text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) => Annotations,
  base: WarmUpBase,
  count: number,
  interrupted: () => boolean,
): number {
  const checkpoint: Checkpoint = () => {
    if (interrupted()) throw new AnalysisStopped();
  };
  let done = 0;
  try {
    analyzedAside(() => {
      let previous = { text: base.text, annotations: base.annotations };
      for (const text of warmUpTexts(base.text, count)) {
        if (interrupted()) return;
        let annotations = analyzer(text, base.options, checkpoint);
        if (base.corrections) ({ annotations } = correctAnnotations(text, annotations, base.corrections.corrections, new Set(base.corrections.notActors), true));
        annotationsDelta(previous.text, previous.annotations, text, annotations);
        previous = { text, annotations };
        done++;
      }
    });
  } catch {
    // Stopped (AnalysisStopped), or a made-up text the analyzer fails on: the real edit will meet that failure and
    // report it. Either way the state was put back.
  }
  return done;
}
