// Error dump for the actor layer: every organization the analyzer missed or added on a NER file, with the
// system's reading of a missed name, so kinds of error can be counted. Usage:
//   node out/eval/dump-actors.js <file.jsonl> [TYPE=ORG] [maxDocs]
import { analyze } from '../server/src/analysis/analyze';
import { emptyTally, scoreDocument, tallyScores, type TypedSpan } from './actors';
import { readJsonl, type NerRecord } from './common';

const [file, wanted = 'ORG', maxDocs = '100000'] = process.argv.slice(2);
const TYPE_OF: Record<string, string> = { person: 'PERSON', organization: 'ORG', place: 'PLACE' };
const records = readJsonl<NerRecord>(file).slice(0, Number(maxDocs));
const tally = emptyTally();
for (const [index, record] of records.entries()) {
  const system = analyze(record.text).actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE_OF[actor.type] })));
  const key = (s: { start: number; end: number; type: string }) => `${s.type}:${s.start}:${s.end}`;
  const systemKeys = new Set(system.map(key));
  scoreDocument(tally, record.entities, system as TypedSpan[]);
  const goldKeys = new Set(record.entities.map(key));
  const around = (s: { start: number; end: number }) => record.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\s+/g, ' ');
  for (const gold of record.entities) {
    if (gold.type !== wanted || systemKeys.has(key(gold))) continue;
    const reading = system.filter((s) => s.start < gold.end && gold.start < s.end).map((s) => `${s.type} "${record.text.slice(s.start, s.end)}"`);
    console.log(`FN\t${index}\t"${record.text.slice(gold.start, gold.end)}"\t${reading.join('; ') || '-'}\t${around(gold)}`);
  }
  for (const span of system) {
    if (span.type !== wanted || goldKeys.has(key(span))) continue;
    const gold = record.entities.filter((g) => g.start < span.end && span.start < g.end).map((g) => `${g.type} "${record.text.slice(g.start, g.end)}"`);
    console.log(`FP\t${index}\t"${record.text.slice(span.start, span.end)}"\t${gold.join('; ') || '-'}\t${around(span)}`);
  }
}
console.error(tallyScores(tally));
