// The command line: options read with node:util parseArgs, checked, and the help text.
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../server/src/export';
import { readCorpusOptions } from './corpusOptions';

/** json: the annotation JSON (an object for one file, an array otherwise); jsonl: one record a line; summary: for people. */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'summary', 'sources', ...EXPORT_FORMATS.filter((format) => format !== 'json')] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  inputs: string[];
  format: OutputFormat;
  out?: string;
  jsonlInput: boolean;
  referenceDate?: string;
  /** Apply each file's `<file>.annotations.json` and JSONL records' `corrections` (default; --no-corrections: not). */
  corrections: boolean;
  /** --bom: CSV starts with a UTF-8 byte order mark (Excel); --no-text: W3C collections of JSONL records name the record without embedding its text. */
  bom: boolean;
  embedText: boolean;
  help: boolean;
  /** --jobs: analysis threads for JSONL records (undefined: one per core); --quiet: no progress line; --resume. */
  jobs?: number;
  quiet?: boolean;
  resume?: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: news-annotate [options] <file or folder>...
       news-annotate --input jsonl [options] <corpus.jsonl | ->...

Tags the actors (people, organizations, places), the dates and the quotations (with their speakers) of news
articles, as the News Annotator extension does in the editor.

Inputs
  Files are read as UTF-8 (a BOM is dropped; offsets count UTF-16 code units of the text without it).
  Folders are searched for .news, .article, .txt and .md files (node_modules and dot-folders are skipped).
  "-" reads one article from standard input.

       news-annotate compare <article A> <article B> [--format json|summary]   (see compare --help)

Options
  -f, --format FORMAT       json (default for files: an object for one file, an array otherwise),
                            jsonl (default for --input jsonl), summary, sources (who is quoted,
                            per article and across all),
                            or an export format: csv, brat, w3c, conll, doccano (sequence labeling, no
                            overlapping spans), doccano-relations (overlapping spans and relations),
                            labelstudio, spacy
  -o, --out DIR             write files into DIR instead of standard output: <name>.json per article
                            (<id>.json per JSONL record); brat writes <name>.txt + <name>.ann and one
                            annotation.conf; the other export formats write one file for all articles
      --input jsonl         read JSONL records {"id": ..., "text": ..., "dct"?: "YYYY-MM-DD", "corrections"?: [...]}
                            (other fields are ignored) and write one result per record, keeping its id, in input order
      --reference-date D    YYYY-MM-DD: the date relative dates are resolved against when an article states
                            none of its own (front matter and dateline win; a record's "dct" wins over this)
  -j, --jobs N              analyze JSONL records on N threads (default: one per core); the output is the
                            same, in the same order, whatever N
  -q, --quiet               no progress line (it is drawn on standard error only when that is a terminal)
      --resume              with --input jsonl and --out DIR: skip the records whose files an earlier run
                            wrote (files are written whole or not at all), so a stopped run goes on
      --no-corrections      ignore the corrections made by hand: each file's <file>.annotations.json (read
                            by default) and the "corrections" array of JSONL records (sidecar format)
      --bom                 csv: start the file with a UTF-8 byte order mark, so Excel reads accents right
      --no-text             w3c with --input jsonl: do not embed each record's text in its collection
  -h, --help                show this help

Output
  The annotation JSON is documented by schema/annotations.schema.json (offsets: UTF-16 code units).
  The export formats count code points (Python str indices) in the text with the BOM removed and CRLF / CR
  made LF, which is the text the brat .txt, doccano, Label Studio and spaCy files carry.

Exit status
  0 everything was annotated; 1 some input or record was skipped (missing, binary, not UTF-8, malformed JSONL
  line, analyzer failure, a folder without articles: each is reported and skipped, the rest is annotated);
  2 wrong usage.
`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export function readOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        input: { type: 'string' },
        'reference-date': { type: 'string' },
        bom: { type: 'boolean', default: false },
        'no-text': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q', default: false },
        resume: { type: 'boolean', default: false },
        'no-corrections': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const exportChoices = { bom: values.bom === true, embedText: values['no-text'] !== true };
  if (values.help) return { inputs: positionals, format: 'json', jsonlInput: false, corrections: true, ...exportChoices, help: true };
  if (values.input !== undefined && values.input !== 'jsonl') throw new UsageError(`unknown input kind "${values.input}" (known: jsonl)`);
  const jsonlInput = values.input === 'jsonl';
  const format = values.format ?? (jsonlInput ? 'jsonl' : 'json');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (known: ${OUTPUT_FORMATS.join(', ')})`);
  }
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) throw new UsageError(`--reference-date must be a date written YYYY-MM-DD, not "${referenceDate}"`);
  if (positionals.length === 0) throw new UsageError(jsonlInput ? 'no JSONL file given (use - for standard input)' : 'no file or folder given');
  if (format === 'brat' && values.out === undefined) throw new UsageError('brat writes several files per article: give --out DIR');
  const corpus = readCorpusOptions(values, format as OutputFormat, jsonlInput);
  if ('problem' in corpus) throw new UsageError(corpus.problem);
  return {
    inputs: positionals,
    format: format as OutputFormat,
    out: values.out,
    jsonlInput,
    referenceDate,
    corrections: !values['no-corrections'],
    ...exportChoices,
    help: false,
    ...corpus,
  };
}
