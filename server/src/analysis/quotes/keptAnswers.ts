// Small answers (a number each) about a window of the text, kept by a position for the next analysis: an answer
// read from text[from, to) alone is the previous analysis's when that window lies wholly in the unchanged start of
// the text (at the same position) or in its unchanged end (as many characters away as the edit added) — a lookup by
// number in a map of numbers, no object per answer. The answer must not depend on where the window is (a length,
// a yes or no, never an offset). Test mode (paragraphCache.ts setCacheChecks): the caller reads every kept answer
// again (checkedAnswer).
import { KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { textAlignmentOf } from '../previousText';

/** The answers of one analysis: the previous analysis's found, this one's kept. */
export class AnswersOfText {
  constructor(
    private readonly previous: Map<number, number> | undefined,
    private readonly current: Map<number, number> | undefined,
    private readonly prefix: number,
    private readonly suffixFrom: number,
    private readonly shift: number,
  ) {}

  /** The previous analysis's answer kept at `key`, when text[from, to) (the window it reads) is unchanged. */
  get(key: number, from: number, to: number): number | undefined {
    const previous = this.previous;
    if (previous === undefined) return undefined;
    if (to <= this.prefix) return previous.get(key);
    if (from >= this.suffixFrom) return previous.get(key - this.shift);
    return undefined;
  }

  /** Keeps `answer` at `key` for the next analysis. */
  set(key: number, answer: number): void {
    this.current?.set(key, answer);
  }
}

/** Answers of one kind kept across analyses (one instance per kind, at module level). */
export class KeptAnswers {
  private readonly kept = new KeptLatest<{ text: string; answers: Map<number, number> }>();

  begin(text: string): AnswersOfText {
    if (!paragraphCachesEnabled()) return new AnswersOfText(undefined, undefined, 0, text.length, 0);
    const latest = this.kept.value;
    // (the same text analyzed again: every answer holds, and it keeps adding to them)
    if (latest !== undefined && latest.text === text) return new AnswersOfText(latest.answers, latest.answers, text.length, text.length, 0);
    const alignment = textAlignmentOf(text);
    const previous = latest !== undefined && alignment.previous !== undefined && latest.text === alignment.previous ? latest.answers : undefined;
    const answers = new Map<number, number>();
    this.kept.value = { text, answers };
    return new AnswersOfText(previous, answers, alignment.prefix, alignment.suffixFrom, alignment.shift);
  }
}

/** `kept`, after checking it against `fresh` in test mode. */
export function checkedAnswer(what: string, kept: number, fresh: number): number {
  if (kept !== fresh) throw new Error(`${what}: the kept answer differs from a fresh one`);
  return kept;
}
