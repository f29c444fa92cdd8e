// The dates of two versions of a story, compared by their normalized values (each article's relative dates were
// resolved against its own date, so "yesterday" in one and "Nov 27" in the other are one day): in both, in one
// only, and one event (matching sentences) dated differently.
import type { Annotations, DateAnnotation } from '../analysis/types';
import type { ComparedDate, DateConflict, DatePair } from './compareTypes';
import type { Sentence } from './compareSentences';

/** Calendar dates and times; durations, sets and references to the time of writing ("now") are no events' dates. */
export function isEventDate(date: DateAnnotation): boolean {
  return (date.kind === 'date' || date.kind === 'time') && !/_REF$/.test(date.value);
}

const spanOf = ({ start, end, text }: DateAnnotation) => ({ start, end, text });

function byValue(annotations: Annotations): Map<string, DateAnnotation[]> {
  const groups = new Map<string, DateAnnotation[]>();
  for (const date of annotations.dates) {
    if (!isEventDate(date)) continue;
    const group = groups.get(date.value);
    if (group) group.push(date);
    else groups.set(date.value, [date]);
  }
  return groups;
}

/** One value is the other at a coarser granularity ("2026" / "2026-01-01"): less precise, not different. */
function sameOrCoarser(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`) || a.startsWith(`${b}T`) || b.startsWith(`${a}T`);
}

const inside = (date: DateAnnotation, sentence: Sentence) => date.start >= sentence.start && date.end <= sentence.end;

/** Dates of matching sentences that disagree: each A date with no counterpart in B's sentence, paired in order. */
function conflictsOf(annotationsA: Annotations, annotationsB: Annotations, pairs: readonly [Sentence, Sentence][]): DateConflict[] {
  const conflicts: DateConflict[] = [];
  for (const [sentenceA, sentenceB] of pairs) {
    const datesA = annotationsA.dates.filter((date) => isEventDate(date) && inside(date, sentenceA));
    const datesB = annotationsB.dates.filter((date) => isEventDate(date) && inside(date, sentenceB));
    const unmatchedA = datesA.filter((a) => !datesB.some((b) => sameOrCoarser(a.value, b.value)));
    const unmatchedB = datesB.filter((b) => !datesA.some((a) => sameOrCoarser(a.value, b.value)));
    for (let index = 0; index < Math.min(unmatchedA.length, unmatchedB.length); index++) {
      const a = unmatchedA[index];
      const b = unmatchedB[index];
      conflicts.push({
        a: { value: a.value, span: spanOf(a), sentence: { start: sentenceA.start, end: sentenceA.end, text: sentenceA.text } },
        b: { value: b.value, span: spanOf(b), sentence: { start: sentenceB.start, end: sentenceB.end, text: sentenceB.text } },
      });
    }
  }
  return conflicts;
}

export interface DateComparison {
  both: DatePair[];
  onlyA: ComparedDate[];
  onlyB: ComparedDate[];
  conflicts: DateConflict[];
}

export function compareDates(annotationsA: Annotations, annotationsB: Annotations, sentencePairs: readonly [Sentence, Sentence][]): DateComparison {
  const groupsA = byValue(annotationsA);
  const groupsB = byValue(annotationsB);
  const result: DateComparison = { both: [], onlyA: [], onlyB: [], conflicts: conflictsOf(annotationsA, annotationsB, sentencePairs) };
  for (const [value, datesA] of groupsA) {
    const datesB = groupsB.get(value);
    if (datesB) result.both.push({ value, a: datesA.map(spanOf), b: datesB.map(spanOf) });
    else result.onlyA.push({ value, mentions: datesA.map(spanOf) });
  }
  for (const [value, datesB] of groupsB) if (!groupsA.has(value)) result.onlyB.push({ value, mentions: datesB.map(spanOf) });
  return result;
}
