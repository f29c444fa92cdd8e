// What makes `--out DIR --resume` safe: every output file is written to a temporary name in the same folder and
// renamed into place (a rename is atomic on one file system), so a file with its final name is always complete, even
// when the run was killed while writing it. A record whose files all exist was done by an earlier run and is skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OutputFormat } from './options';

/** Formats that --resume supports: one set of files per record in --out DIR. */
export const RESUMABLE_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'summary', 'brat'];

/** The files the sink (sink.ts) writes for one record named `name`, the last one written last. */
export function recordFiles(format: OutputFormat, name: string): string[] {
  if (format === 'summary') return [`${name}.summary.txt`];
  if (format === 'brat') return [`${name}.txt`, `${name}.ann`];
  return [`${name}.json`];
}

/** True when an earlier run wrote every file of this record (a file with its final name is complete: see above). */
export function isRecordDone(dir: string, format: OutputFormat, name: string): boolean {
  return recordFiles(format, name).every((file) => fs.existsSync(path.join(dir, file)));
}

let temporaries = 0;

/** Writes `content` to `file` through a temporary file beside it (hidden: record names never start with a dot). */
export function writeAtomically(file: string, content: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++temporaries}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
