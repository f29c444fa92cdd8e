// Shared pieces of the accuracy evaluation: reading gold JSONL, counting matches, printing tables.
import * as fs from 'node:fs';

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`, { cause: error });
      }
    });
}

/** A named entity of the gold NER sets (ner/*.jsonl, meantime_dev.jsonl). */
export interface GoldEntity {
  start: number;
  end: number;
  type: string;
}

export interface NerRecord {
  id: string;
  text: string;
  entities: GoldEntity[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Prints rows as an aligned Markdown table (so the output can be pasted into the README as is). */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toFixed(3) : cell)))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column]).length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

/** Each layer's evaluation: given the gold folder, returns the text it prints (tables with peers beside). */
export type Evaluation = (evalDir: string) => Promise<string> | string;
