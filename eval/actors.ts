// Actor accuracy: the analyzer's actor mentions against gold PERSON / ORG / PLACE names, with compromise's
// people() / organizations() / places() measured on the same documents beside it.
// Exact-span precision, recall and F1 per type, plus partial-overlap recall (a gold name touched by a system
// name of its type). A system name that overlaps only a MISC (or other) gold name is neither right nor wrong.
import * as path from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import type { ActorType } from '../server/src/analysis/types';
import { emptyCounts, formatTable, prf, readJsonl, type Counts, type Evaluation, type GoldEntity, type NerRecord } from './common';

export interface TypedSpan {
  start: number;
  end: number;
  type: 'PERSON' | 'ORG' | 'PLACE';
}

const SCORED_TYPES = ['PERSON', 'ORG', 'PLACE'] as const;
const GOLD_TYPE_OF: Record<ActorType, TypedSpan['type']> = { person: 'PERSON', organization: 'ORG', place: 'PLACE' };

export interface Tally {
  counts: Record<string, Counts>;
  /** Gold names touched by a system name of the same type, per type. */
  touched: Record<string, number>;
  gold: Record<string, number>;
}

export function emptyTally(): Tally {
  const tally: Tally = { counts: {}, touched: {}, gold: {} };
  for (const type of [...SCORED_TYPES, 'ALL']) {
    tally.counts[type] = emptyCounts();
    tally.touched[type] = 0;
    tally.gold[type] = 0;
  }
  return tally;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Adds one document's system spans to the tally. */
export function scoreDocument(tally: Tally, goldEntities: readonly GoldEntity[], system: readonly TypedSpan[]): void {
  const gold = goldEntities.filter((entity): entity is TypedSpan => (SCORED_TYPES as readonly string[]).includes(entity.type));
  const goldKeys = new Set(gold.map((entity) => `${entity.type}:${entity.start}:${entity.end}`));
  const systemKeys = new Set(system.map((span) => `${span.type}:${span.start}:${span.end}`));
  for (const key of systemKeys) {
    const [type, start, end] = key.split(':');
    const span = { start: Number(start), end: Number(end) };
    if (goldKeys.has(key)) {
      tally.counts[type].tp++;
      tally.counts.ALL.tp++;
    } else if (gold.some((entity) => overlaps(entity, span)) || !goldEntities.some((entity) => overlaps(entity, span))) {
      tally.counts[type].fp++;
      tally.counts.ALL.fp++;
    }
  }
  for (const entity of gold) {
    tally.gold[entity.type]++;
    tally.gold.ALL++;
    if (!systemKeys.has(`${entity.type}:${entity.start}:${entity.end}`)) {
      tally.counts[entity.type].fn++;
      tally.counts.ALL.fn++;
    }
    if (system.some((span) => span.type === entity.type && overlaps(span, entity))) {
      tally.touched[entity.type]++;
      tally.touched.ALL++;
    }
  }
}

function analyzerSpans(text: string): TypedSpan[] {
  return analyze(text).actors.flatMap((actor) => actor.mentions.map((mention) => ({ start: mention.start, end: mention.end, type: GOLD_TYPE_OF[actor.type] })));
}

interface CompromiseMatch {
  offset: { start: number; length: number };
}

type CompromiseDoc = {
  people(): { json(options: object): CompromiseMatch[] };
  organizations(): { json(options: object): CompromiseMatch[] };
  places(): { json(options: object): CompromiseMatch[] };
};

/** compromise's names, trimmed of the punctuation and spaces its matches carry at their edges. */
function compromiseSpans(nlp: (text: string) => CompromiseDoc, text: string): TypedSpan[] {
  const doc = nlp(text);
  const spans: TypedSpan[] = [];
  const add = (matches: CompromiseMatch[], type: TypedSpan['type']) => {
    for (const match of matches) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      while (start < end && /[\s"'“”‘’(\[.,;:!?]/.test(text[start])) start++;
      while (end > start && /[\s"'“”‘’)\].,;:!?]/.test(text[end - 1])) end--;
      if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2;
      if (end > start) spans.push({ start, end, type });
    }
  };
  add(doc.people().json({ offset: true }), 'PERSON');
  add(doc.organizations().json({ offset: true }), 'ORG');
  add(doc.places().json({ offset: true }), 'PLACE');
  return spans;
}

/** One line of F1 per type, for quick comparisons (eval/dump-actors.ts). */
export function tallyScores(tally: Tally): string {
  return [...SCORED_TYPES, 'ALL'].map((type) => `${type} ${prf(tally.counts[type]).f1.toFixed(4)}`).join('  ');
}

function tallyRows(set: string, system: string, tally: Tally): (string | number)[][] {
  return [...SCORED_TYPES, 'ALL'].map((type) => {
    const { precision, recall, f1 } = prf(tally.counts[type]);
    const partial = tally.gold[type] === 0 ? 0 : tally.touched[type] / tally.gold[type];
    return [set, type === 'ALL' ? 'overall' : type.toLowerCase(), system, precision, recall, f1, partial, String(tally.gold[type])];
  });
}

export const evaluateActors: Evaluation = (evalDir: string): string => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => CompromiseDoc;
  const sets = [
    ['conll2003_dev', path.join(evalDir, 'ner', 'conll2003_dev.jsonl')],
    ['meantime_dev', path.join(evalDir, 'meantime_dev.jsonl')],
  ];
  const rows: (string | number)[][] = [];
  const timings: string[] = [];
  const runs: [string, NerRecord[]][] = sets.map(([set, file]) => [set, readJsonl<NerRecord>(file)]);
  // MEANTIME's gold names keep a leading "the" ("the Air Force") that neither system includes; scored again without it.
  const meantime = runs.find(([set]) => set === 'meantime_dev');
  if (meantime) runs.push(['meantime_dev (gold "the" dropped)', meantime[1].map(withoutLeadingThe)]);
  for (const [set, records] of runs) {
    const ours = emptyTally();
    const theirs = emptyTally();
    let oursMs = 0;
    let theirsMs = 0;
    let characters = 0;
    for (const record of records) {
      characters += record.text.length;
      let started = performance.now();
      scoreDocument(ours, record.entities, analyzerSpans(record.text));
      oursMs += performance.now() - started;
      started = performance.now();
      scoreDocument(theirs, record.entities, compromiseSpans(nlp, record.text));
      theirsMs += performance.now() - started;
    }
    rows.push(...tallyRows(set, 'news-annotator', ours), ...tallyRows(set, 'compromise', theirs));
    timings.push(`${set}: ${records.length} docs, ${(characters / 1024).toFixed(0)} KB; analyze() ${oursMs.toFixed(0)} ms (all layers), compromise ${theirsMs.toFixed(0)} ms`);
  }
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || SCORE_ORDER.indexOf(String(a[1])) - SCORE_ORDER.indexOf(String(b[1])));
  return [
    '## Actors (exact spans; partial = gold names overlapped by a system name of the same type)',
    '',
    formatTable(['set', 'type', 'system', 'precision', 'recall', 'F1', 'partial recall', 'gold'], rows),
    '',
    ...timings,
  ].join('\n');
};

const SCORE_ORDER = ['person', 'org', 'place', 'overall'];

/** The record with each gold name's leading "the " left out of its span. */
function withoutLeadingThe(record: NerRecord): NerRecord {
  return {
    ...record,
    entities: record.entities.map((entity) => (/^the\s/i.test(record.text.slice(entity.start, entity.end)) ? { ...entity, start: entity.start + 4 } : entity)),
  };
}
