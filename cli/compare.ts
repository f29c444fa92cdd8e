// `news-annotate compare A B [--format json|summary] [--reference-date D]`: two versions of a story compared, as
// the editor's Compare Articles command does (server/src/workspace/compare.ts).
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/analysis/analyze';
import { compareArticles } from '../server/src/workspace/compare';
import { formatComparison } from './compareSummary';
import { decodeText, describeError } from './inputs';
import { isIsoDate, UsageError } from './options';

export const COMPARE_HELP = `Usage: news-annotate compare <article A> <article B> [options]

Compares two versions of a story: the quotations both carry (same words, or changed: the word-level
difference), and whether the speaker is the same; the quotations, actors and dates only one has; people whose
names the two spell differently, and roles that differ; one event dated differently; numbers that differ in
otherwise matching sentences.

Options
  -f, --format FORMAT       json (default; documented by schema/compare.schema.json, offsets in UTF-16 code
                            units of each article's text) or summary (readable)
      --reference-date D    YYYY-MM-DD: the date relative dates are resolved against when an article states
                            none of its own
  -h, --help                show this help

Exit status
  0 compared; 1 an article could not be read; 2 wrong usage.
`;

export interface CompareOptions {
  a: string;
  b: string;
  format: 'json' | 'summary';
  referenceDate?: string;
  help: boolean;
}

export function readCompareOptions(argv: string[]): CompareOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', short: 'f' }, 'reference-date': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { a: '', b: '', format: 'json', help: true };
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'summary') throw new UsageError(`compare: unknown format "${format}" (known: json, summary)`);
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) throw new UsageError(`--reference-date must be a date written YYYY-MM-DD, not "${referenceDate}"`);
  if (positionals.length !== 2) throw new UsageError(`compare needs two articles, not ${positionals.length}`);
  return { a: positionals[0], b: positionals[1], format, referenceDate, help: false };
}

/** Runs the compare command; returns the exit status. Output and errors go through the given writers. */
export async function runCompare(argv: string[], io: { out(text: string): Promise<void>; error(message: string): void }): Promise<number> {
  let options: CompareOptions;
  try {
    options = readCompareOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`${error.message}\nTry 'news-annotate compare --help'.`);
    return 2;
  }
  if (options.help) {
    await io.out(COMPARE_HELP);
    return 0;
  }
  const articles = [];
  for (const file of [options.a, options.b]) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      io.error(`cannot read ${file}: ${describeError(error)}`);
      return 1;
    }
    const decoded = decodeText(bytes);
    if ('problem' in decoded) {
      io.error(`${file} ${decoded.problem}`);
      return 1;
    }
    articles.push({ uri: file, text: decoded.text, annotations: analyze(decoded.text, { id: file, referenceDate: options.referenceDate }) });
  }
  const result = compareArticles(articles[0], articles[1]);
  await io.out(options.format === 'summary' ? formatComparison(result, options.a, options.b) : JSON.stringify(result, null, 2) + '\n');
  return 0;
}
