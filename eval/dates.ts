// Date layer evaluation: TimeBank, AQUAINT (TempEval-3 cleaned) and MEANTIME gold DATE/TIME expressions.
// Scores the analyzer's date/time annotations for extraction (relaxed = overlap, strict = exact span) and
// value accuracy on relaxed matches (exact TIMEX3 value, so a day given for a gold year is wrong), with
// chrono-node and compromise-dates run on the same documents beside it.
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import utc from 'dayjs/plugin/utc';
import { analyze } from '../server/src/analysis/analyze';
import { type Counts, emptyCounts, formatTable, prf, readJsonl } from './common';

dayjs.extend(utc);
dayjs.extend(isoWeek);

interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
  functionInDocument?: string;
}

interface GoldRecord {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
  otherTimexes?: GoldTimex[];
}

export interface SystemTimex {
  start: number;
  end: number;
  value: string;
}

type System = (record: GoldRecord) => SystemTimex[];

export interface DateScore {
  relaxed: Counts;
  strict: Counts;
  valueCorrect: number;
  valueTotal: number;
  /** Relaxed-matched pairs whose value is wrong, and gold left unfound, for error study. */
  errors: { id: string; gold?: GoldTimex; system?: SystemTimex }[];
}

/**
 * Writes equivalent TIMEX3 values one way, for both gold and systems: trailing unspecified fields add nothing
 * ("1968-XX" is the year 1968, "1998-10-XX" the month), week numbers are two digits ("2000-W7" is "2000-W07"),
 * a whole hour is the same with or without ":00" ("T17" and "T17:00"), and a decade or century may be written
 * with or without its open digits ("199" and "199X" are the 1990s in TimeML and TIDES spelling; "19" and "19XX"
 * the 20th century). Granularity is kept: a day given for a gold year still differs, and so does a part of the
 * day ("TNI") given for a gold day. Applied alike to gold and to every system scored.
 */
export function canonicalValue(value: string): string {
  let canonical = value.trim().toUpperCase();
  while (/^(?=.*[0-9])[^]*-XX$/.test(canonical) && !/^X+-XX$/.test(canonical)) canonical = canonical.slice(0, -3);
  canonical = canonical.replace(/-W(\d)(?!\d)/, '-W0$1');
  canonical = canonical.replace(/T(\d{2})(Z?)$/, 'T$1:00$2');
  // a decade or century alone: the trailing X's only spell out the open digits
  if (/^\d{2,3}X+$/.test(canonical)) canonical = canonical.replace(/X+$/, '');
  return canonical;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Scores one document's system expressions against its gold, adding into `score`. */
export function scoreDocument(id: string, gold: readonly GoldTimex[], neutral: readonly GoldTimex[], system: readonly SystemTimex[], score: DateScore): void {
  const usedSystem = new Set<number>();
  const matchedGold = new Set<number>();
  // relaxed: each gold takes the first unused overlapping system expression
  gold.forEach((timex, goldIndex) => {
    const systemIndex = system.findIndex((candidate, index) => !usedSystem.has(index) && overlaps(candidate, timex));
    if (systemIndex < 0) {
      score.relaxed.fn++;
      score.errors.push({ id, gold: timex });
      return;
    }
    usedSystem.add(systemIndex);
    matchedGold.add(goldIndex);
    score.relaxed.tp++;
    score.valueTotal++;
    if (canonicalValue(system[systemIndex].value) === canonicalValue(timex.value)) score.valueCorrect++;
    else score.errors.push({ id, gold: timex, system: system[systemIndex] });
  });
  system.forEach((candidate, index) => {
    if (usedSystem.has(index)) return;
    if (gold.some((timex) => overlaps(candidate, timex)) || neutral.some((timex) => overlaps(candidate, timex))) return;
    score.relaxed.fp++;
    score.errors.push({ id, system: candidate });
  });
  // strict: exact spans
  const exact = new Set<number>();
  for (const timex of gold) {
    const index = system.findIndex((candidate, candidateIndex) => !exact.has(candidateIndex) && candidate.start === timex.start && candidate.end === timex.end);
    if (index >= 0) {
      exact.add(index);
      score.strict.tp++;
    } else score.strict.fn++;
  }
  system.forEach((candidate, index) => {
    if (exact.has(index)) return;
    const touchesGold = gold.some((timex) => overlaps(candidate, timex));
    if (!touchesGold && neutral.some((timex) => overlaps(candidate, timex))) return;
    score.strict.fp++;
  });
}

function emptyScore(): DateScore {
  return { relaxed: emptyCounts(), strict: emptyCounts(), valueCorrect: 0, valueTotal: 0, errors: [] };
}

/** The analyzer: date and time annotations only (durations and sets are not scored). */
const newsAnnotator: System = (record) =>
  analyze(record.text, { referenceDate: record.dct })
    .dates.filter((date) => date.kind === 'date' || date.kind === 'time')
    .map((date) => ({ start: date.start, end: date.end, value: date.value }));

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** chrono-node: the value of its known components at their granularity. */
const chronoSystem: System = (record) => {
  const reference = new Date(`${record.dct}T12:00:00Z`);
  return chrono.parse(record.text, reference).map((result) => {
    const known = result.start;
    const date = known.date();
    const year = known.isCertain('year') || known.isCertain('month') || known.isCertain('day') || known.isCertain('weekday') ? date.getUTCFullYear() : undefined;
    let value: string;
    if (known.isCertain('day') || known.isCertain('weekday')) value = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    else if (known.isCertain('month')) value = `${pad(year ?? date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
    else if (known.isCertain('year')) value = pad(date.getUTCFullYear(), 4);
    else value = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    if (known.isCertain('hour')) value += `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    return { start: result.index, end: result.index + result.text.length, value };
  });
};

interface CompromiseDate {
  text: string;
  offset: { start: number; length: number };
  dates?: { start?: string; unit?: string };
}

let compromise: ((text: string) => { dates(options: object): { json(options: object): CompromiseDate[] } }) | undefined;

function loadCompromise() {
  if (!compromise) {
    // dev dependencies, loaded only for the evaluation
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('compromise');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    nlp.plugin(require('compromise-dates'));
    compromise = nlp;
  }
  return compromise!;
}

/** compromise-dates: start date formatted at the unit it reports. Run per line: it throws on some inputs. */
const compromiseSystem: System = (record) => {
  const nlp = loadCompromise();
  const results: SystemTimex[] = [];
  const linePattern = /[^\n]+/g;
  for (let line = linePattern.exec(record.text); line; line = linePattern.exec(record.text)) {
    let found: CompromiseDate[];
    try {
      found = nlp(line[0]).dates({ timezone: 'UTC', today: record.dct }).json({ offset: true });
    } catch {
      continue; // a crash inside compromise-dates counts as finding nothing on that line
    }
    for (const item of found) {
      const start = item.dates?.start ? dayjs.utc(item.dates.start) : undefined;
      let value = '';
      if (start?.isValid()) {
        switch (item.dates?.unit) {
          case 'year':
            value = start.format('YYYY');
            break;
          case 'quarter':
            value = `${start.format('YYYY')}-Q${Math.floor(start.month() / 3) + 1}`;
            break;
          case 'season':
            value = start.format('YYYY');
            break;
          case 'month':
            value = start.format('YYYY-MM');
            break;
          case 'week':
            value = `${start.isoWeekYear()}-W${pad(start.isoWeek())}`;
            break;
          case 'hour':
          case 'minute':
            value = start.format('YYYY-MM-DDTHH:mm');
            break;
          default:
            value = start.format('YYYY-MM-DD');
        }
      }
      const trimmed = item.text.replace(/[\s.,;:!?]+$/, '');
      results.push({ start: line.index + item.offset.start, end: line.index + item.offset.start + trimmed.length, value });
    }
  }
  return results;
};

export const DATE_SETS = ['dates/timebank.jsonl', 'dates/aquaint.jsonl', 'meantime_dev.jsonl'];

/** Runs one system on one gold file. */
export function scoreSet(file: string, system: System): DateScore {
  const score = emptyScore();
  for (const record of readJsonl<GoldRecord>(file)) {
    const creationTime = record.timexes.filter((timex) => timex.functionInDocument === 'CREATION_TIME');
    const gold = record.timexes.filter((timex) => timex.functionInDocument !== 'CREATION_TIME' && (timex.type === 'DATE' || timex.type === 'TIME'));
    const neutral = [...(record.otherTimexes ?? []), ...creationTime];
    scoreDocument(record.id, gold, neutral, system(record), score);
  }
  return score;
}

export function evaluateDates(evalDir: string): string {
  const systems: [string, System][] = [
    ['news-annotator', newsAnnotator],
    ['chrono-node', chronoSystem],
    ['compromise-dates', compromiseSystem],
  ];
  const rows: (string | number)[][] = [];
  for (const set of DATE_SETS) {
    for (const [name, system] of systems) {
      const score = scoreSet(path.join(evalDir, set), system);
      const relaxed = prf(score.relaxed);
      const strict = prf(score.strict);
      rows.push([set, name, relaxed.precision, relaxed.recall, relaxed.f1, strict.f1, score.valueTotal === 0 ? 0 : score.valueCorrect / score.valueTotal]);
    }
  }
  return [
    'Dates (DATE/TIME timexes; relaxed = overlapping span, strict = exact span; value = TIMEX3 value on relaxed matches, exact up to equivalent spellings)',
    formatTable(['set', 'system', 'relaxed P', 'relaxed R', 'relaxed F1', 'strict F1', 'value acc'], rows),
  ].join('\n');
}
