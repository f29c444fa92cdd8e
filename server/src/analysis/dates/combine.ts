// Settles overlapping matches (longest wins) and joins neighbours that make one expression: a modifier before
// ("early December", "the end of 1990"), a part of the day after ("Monday morning"), a clock time beside a day
// ("10 p.m. Wednesday", "Thursday at noon").
import type { DateMod } from '../types';
import type { Candidate } from './spec';
import { byStart, byStartLongestFirst, sortedInPlace } from '../spanOrder';

const RULE_RANK: Record<string, number> = { clock: 1, duration: 0, set: 0 };

/** Keeps the longest of overlapping candidates (ties: dates before durations, then the earlier rule). */
export function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // Candidates that overlap nothing in common never compete, so each run of overlapping ones is settled on
  // its own: the work stays linear in the number of runs however long the text.
  if (candidates.length <= 1) return [...candidates]; // most blocks with a date: one, nothing to sort or settle
  const ordered = sortedInPlace([...candidates], byStartLongestFirst);
  const kept: Candidate[] = [];
  let run: Candidate[] = [];
  let runEnd = -Infinity;
  for (const candidate of ordered) {
    if (run.length > 0 && candidate.start >= runEnd) {
      settleRunOnto(run, kept);
      run = [];
      runEnd = -Infinity;
    }
    run.push(candidate);
    runEnd = Math.max(runEnd, candidate.end);
  }
  settleRunOnto(run, kept);
  return sortedInPlace(kept, byStart);
}

/** Pushes the candidates settleRun() keeps of `run` onto `kept` (a run of one, most runs, without a copy). */
function settleRunOnto(run: readonly Candidate[], kept: Candidate[]): void {
  if (run.length === 1) kept.push(run[0]);
  else for (const candidate of settleRun(run)) kept.push(candidate);
}

function settleRun(run: readonly Candidate[]): Candidate[] {
  if (run.length <= 1) return [...run];
  const ordered = [...run].sort((a, b) => b.end - b.start - (a.end - a.start) || (RULE_RANK[b.rule] ?? 2) - (RULE_RANK[a.rule] ?? 2) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (kept.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    kept.push(candidate);
  }
  return kept;
}

const PREFIX_MODS: [RegExp, DateMod][] = [
  [/(?:\b[Tt]he\s+)?(?<!-)\b(?:[Ee]arly|[Ee]arlier)[\s-]+$/, 'START'],
  [/(?:\b[Tt]he\s+)?(?<!-)\b(?:[Ll]ate|[Ll]ater)[\s-]+$/, 'END'],
  [/(?:\b[Tt]he\s+)?\b[Mm]id(?:\s+|-)$/, 'MID'],
  [/\b[Tt]he\s+(?:start|beginning|outset|dawn)\s+of\s+$/, 'START'],
  [/\b[Pp]ost-$/, 'AFTER'],
  [/\b[Pp]re-$/, 'BEFORE'],
  [/\b[Tt]he\s+(?:middle)\s+of\s+$/, 'MID'],
  [/\b[Tt]he\s+(?:end|close)\s+of\s+$/, 'END'],
  [/\b[Tt]he\s+(?:first|early)\s+part\s+of\s+$/, 'START'],
  [/\b[Tt]he\s+(?:latter|last|later)\s+part\s+of\s+$/, 'END'],
];

// The word each of PREFIX_MODS ends with, just before the expression: where the word before is none of these (most
// expressions), none of the expressions can match and none is run.
const PREFIX_MOD_WORDS = new Set(['early', 'earlier', 'late', 'later', 'mid', 'of', 'post', 'pre']);

/** False when no PREFIX_MODS expression can match the text before `start`: its last run of letters is no PREFIX_MOD_WORDS. */
function mayHavePrefixMod(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && !isAsciiLetter(text.charCodeAt(end - 1))) {
    if (start - end > 30) return false;
    end--;
  }
  let wordStart = end;
  while (wordStart > 0 && end - wordStart <= 7 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  return PREFIX_MOD_WORDS.has(text.slice(wordStart, end).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

const DAY_LEVEL = (candidate: Candidate): boolean => {
  const spec = candidate.spec;
  if (spec.type === 'weekday' || spec.type === 'holiday') return true;
  if (spec.type === 'explicit') return spec.day !== undefined;
  return spec.type === 'shift' && spec.unit === 'day' && candidate.rule !== 'clock';
};

const PART_OF_DAY: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', overnight: 'TNI' };

/** Extends candidates by their modifiers and joins clock times and parts of the day to their days. */
export function joinNeighbours(text: string, candidates: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (const original of candidates) {
    // (copied only where a field changes: most candidates pass through as they are, and none is changed in place)
    let candidate = original;
    const isDate = candidate.kind === 'date' || candidate.kind === 'time';
    if (isDate && candidate.spec.type !== 'reference' && candidate.spec.type !== 'literal' && candidate.mod === undefined) {
      const before = mayHavePrefixMod(text, candidate.start) ? text.slice(Math.max(0, candidate.start - 30), candidate.start) : '';
      for (const [pattern, mod] of before === '' ? [] : PREFIX_MODS) {
        const match = pattern.exec(before);
        if (!match) continue;
        // "Earlier Friday, …" is an adverb of the clause, not a part of the day
        if (/[Ee]arlier|[Ll]ater/.test(match[0]) && DAY_LEVEL(candidate)) continue;
        const start = candidate.start - match[0].length;
        if (result.length > 0 && result[result.length - 1].end > start) break;
        candidate = { ...candidate, start, mod };
        break;
      }
      if (!candidate.mod && /^[Mm]id-/.test(text.slice(candidate.start, candidate.start + 4)) === false) {
        const inner = /^(?:[Tt]he\s+)?(?:([Ee]arly|[Ll]ate|[Mm]id)[\s-]+)/.exec(text.slice(candidate.start, candidate.end));
        if (inner) candidate = { ...candidate, mod: inner[1].toLowerCase() === 'early' ? 'START' : inner[1].toLowerCase() === 'late' ? 'END' : 'MID' };
      }
    }
    // "the week of March 6" names the week holding that day
    if (candidate.spec.type === 'explicit' && candidate.spec.day !== undefined && candidate.mod === undefined) {
      const weekOf = /\b[Tt]he\s+week\s+of\s+$/.exec(text.slice(Math.max(0, candidate.start - 16), candidate.start));
      const start = candidate.start - (weekOf ? weekOf[0].length : 0);
      if (weekOf && !(result.length > 0 && result[result.length - 1].end > start)) {
        result.push({ ...candidate, start, weekOf: true });
        continue;
      }
    }
    // "mid-afternoon yesterday", "early morning Friday": the part of the day may come first
    if (DAY_LEVEL(candidate) && !candidate.timeOfDay && candidate.rule !== 'clock') {
      const partBefore = /\b(?:([Ee]arly|[Ll]ate|[Mm]id)[\s-]?)?(morning|afternoon|evening)\s+$/.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start));
      const start = partBefore ? candidate.start - partBefore[0].length : candidate.start;
      if (partBefore && !(result.length > 0 && result[result.length - 1].end > start)) {
        const modWord = partBefore[1]?.toLowerCase();
        const mod: DateMod | undefined = modWord === 'early' ? 'START' : modWord === 'late' ? 'END' : modWord === 'mid' ? 'MID' : candidate.mod;
        candidate = { ...candidate, start, timeOfDay: PART_OF_DAY[partBefore[2]], kind: 'time', mod };
      }
    }
    if (DAY_LEVEL(candidate) && !candidate.timeOfDay) {
      const after = /^\s+(morning|afternoon|evening|night|overnight)\b/i.exec(text.slice(candidate.end, candidate.end + 20));
      if (after) candidate = { ...candidate, end: candidate.end + after[0].length, timeOfDay: PART_OF_DAY[after[1].toLowerCase()], kind: 'time' };
    }
    const previous = result[result.length - 1];
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a year spoken in words after a
    // month or season completes it (written years are taken by the month-year and season rules themselves)
    if (
      previous &&
      candidate.rule === 'spoken-year' &&
      candidate.spec.type === 'explicit' &&
      candidate.spec.year !== undefined &&
      /^\s+(?:of\s+)?$/.test(text.slice(previous.end, candidate.start))
    ) {
      const year = candidate.spec.year;
      const spec = previous.spec;
      if (spec.type === 'explicit' && spec.year === undefined && spec.yearOffset === undefined && spec.month !== undefined) {
        result[result.length - 1] = { ...previous, end: candidate.end, spec: { ...spec, year } };
        continue;
      }
      if (spec.type === 'season' && spec.year === undefined && spec.yearOffset === undefined) {
        result[result.length - 1] = { ...previous, end: candidate.end, spec: { ...spec, year } };
        continue;
      }
    }
    // "the quarter a year ago", "the same period a year earlier": the period under discussion, a year before
    if (
      previous &&
      candidate.rule === 'ago' &&
      candidate.spec.type === 'shift' &&
      candidate.spec.unit === 'year' &&
      candidate.spec.offset === -1 &&
      /^\s+$/.test(text.slice(previous.end, candidate.start))
    ) {
      const spec = previous.spec;
      if (spec.type === 'shift' && spec.unit === 'quarter' && spec.offset === 0 && spec.anaphoric) {
        result[result.length - 1] = { ...previous, end: candidate.end, spec: { ...spec, offset: -4 } };
        continue;
      }
    }
    if (previous) {
      const between = text.slice(previous.end, candidate.start);
      const joinable = /^\s*(?:,\s*)?(?:(?:at|on|by|around|about)\s+)?$/i.test(between) && !/[\r\n]/.test(between);
      if (joinable && previous.rule === 'clock' && DAY_LEVEL(candidate) && !candidate.timeOfDay) {
        result[result.length - 1] = { ...candidate, start: previous.start, timeOfDay: previous.timeOfDay, kind: 'time' };
        continue;
      }
      if (joinable && candidate.rule === 'clock' && DAY_LEVEL(previous) && !previous.timeOfDay) {
        result[result.length - 1] = { ...previous, end: candidate.end, timeOfDay: candidate.timeOfDay, kind: 'time' };
        continue;
      }
    }
    result.push(candidate);
  }
  return result;
}
