// The options of a corpus run (--jobs, --quiet, --resume), checked against the rest of the command line.
import type { OutputFormat } from './options';
import { RESUMABLE_FORMATS } from './resume';

export interface CorpusOptions {
  jobs?: number;
  quiet: boolean;
  resume: boolean;
}

/** The corpus options, or what is wrong with them (options.ts turns it into a usage error). */
export function readCorpusOptions(
  values: { jobs?: string; quiet?: boolean; resume?: boolean; out?: string },
  format: OutputFormat,
  jsonlInput: boolean,
): CorpusOptions | { problem: string } {
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^\d+$/.test(values.jobs) || Number(values.jobs) < 1) return { problem: `--jobs must be a whole number of threads, 1 or more, not "${values.jobs}"` };
    jobs = Number(values.jobs);
  }
  const resume = values.resume ?? false;
  if (resume) {
    if (!jsonlInput || values.out === undefined) return { problem: '--resume goes with --input jsonl and --out DIR (it skips the records whose files are in DIR)' };
    if (!RESUMABLE_FORMATS.includes(format)) return { problem: `--resume needs a format with files per record (${RESUMABLE_FORMATS.join(', ')}), not ${format}` };
  }
  return { jobs, quiet: values.quiet ?? false, resume };
}
