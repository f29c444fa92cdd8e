// Made-up JSONL corpora for the corpus tests (test/cli-jobs.test.ts, test/scale-dask.test.ts): short news items
// with people, organizations, places, dates and quotations, of very different lengths (so that records finish out
// of order on several threads), built from a seeded generator so every run gets the same corpus.
import * as fs from 'node:fs';

const PEOPLE = ['Mara Velden', 'Tomas Okafor', 'Lena Brightwater', 'Ivo Castellan', 'Ruth Amberley', 'Dev Sandoval'];
const ORGANIZATIONS = ['the Harbor Transit Authority', 'Northgate Mining Corp', 'the Fenwick Housing Board', 'Solace Bank'];
const PLACES = ['Port Elsby', 'Karwin', 'Lower Tessing', 'Marrow Bay', 'Oldfield'];
const DATES = ['on Monday', 'last week', 'on 14 March 2023', 'in June', 'yesterday', 'on Friday evening', 'in 2021'];
const CLAIMS = [
  'the budget will not cover the new depot',
  'nobody was hurt when the roof gave way',
  'talks will resume after the holiday',
  'the figures were checked twice',
  'we expected more people to show up',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  switch (Math.floor(next() * 3)) {
    case 0:
      return `“${pick(CLAIMS)[0].toUpperCase()}${pick(CLAIMS).slice(1)},” ${pick(PEOPLE)} of ${pick(ORGANIZATIONS)} said ${pick(DATES)}.`;
    case 1:
      return `${pick(PEOPLE)} arrived in ${pick(PLACES)} ${pick(DATES)} to meet officials from ${pick(ORGANIZATIONS)}.`;
    default:
      return `${pick(ORGANIZATIONS)[0].toUpperCase()}${pick(ORGANIZATIONS).slice(1)} said ${pick(DATES)} that ${pick(CLAIMS)}, according to ${pick(PEOPLE)}.`;
  }
}

export interface MadeUpRecord {
  id: string | number;
  text: string;
  dct?: string;
}

/** `count` records: ids "item-N" (every seventh a number), most with a dct, lengths from one to ~60 paragraphs. */
export function madeUpRecords(count: number, seed = 20): MadeUpRecord[] {
  const next = random(seed);
  const records: MadeUpRecord[] = [];
  for (let index = 0; index < count; index++) {
    const paragraphs = 1 + Math.floor(next() ** 3 * 60);
    const text = Array.from({ length: paragraphs }, () => paragraph(next)).join('\n\n');
    const day = 1 + Math.floor(next() * 28);
    records.push({
      id: index % 7 === 3 ? index : `item-${index}`,
      text,
      ...(index % 5 !== 0 && { dct: `2024-02-${String(day).padStart(2, '0')}` }),
    });
  }
  return records;
}

export function writeJsonl(file: string, records: readonly unknown[]): void {
  fs.writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
}
