// news-annotate: the analyzer of the extension on the command line, for folders of articles and JSONL corpora.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { setParagraphCachesEnabled } from '../server/src/analysis/paragraphCache';
import type { AnalyzeOptions, Annotations } from '../server/src/analysis/types';
import { runCompare } from './compare';
import { corrected, readFileCorrections } from './corrections';
import { articleFiles, decodeText, describeError, readAll } from './inputs';
import { HELP, readOptions, UsageError, type CliOptions } from './options';
import { annotateRecordStream } from './records';
import { createSink, OutputFolderError, safeName, writeOut, type Reporter, type Sink } from './sink';

const PROGRAM = 'news-annotate';

function reporter(): Reporter & { failed: boolean } {
  return {
    failed: false,
    error(message: string) {
      this.failed = true;
      process.stderr.write(`${PROGRAM}: ${message}\n`);
    },
    note(message: string) {
      process.stderr.write(`${PROGRAM}: note: ${message}\n`);
    },
  };
}

/** Base name of the file that holds every article in the corpus formats: the single input's name, else "annotations". */
function corpusName(options: CliOptions): string {
  const [input] = options.inputs;
  if (options.inputs.length !== 1 || input === '-') return 'annotations';
  return safeName(path.basename(path.resolve(input), path.extname(input))) || 'annotations';
}

/** One article's annotations; an analyzer failure is reported for that article and the run goes on with the rest. */
function analyzeOrReport(text: string, options: AnalyzeOptions, display: string, report: Reporter): Annotations | undefined {
  try {
    return analyze(text, options);
  } catch (error) {
    report.error(`${display}: the analyzer failed (${(error as Error).message}); skipped`);
    return undefined;
  }
}

async function annotateFiles(options: CliOptions, report: Reporter, makeSink: (single: boolean) => Sink): Promise<void> {
  const { files, errors } = articleFiles(options.inputs);
  errors.forEach((message) => report.error(message));
  // One file named on the command line prints one JSON object; several inputs or a folder print an array.
  const sink = makeSink(options.inputs.length === 1 && files.length === 1 && files[0] === options.inputs[0]);
  for (const file of files) {
    const display = file === '-' ? 'standard input' : file;
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await readAll(process.stdin) : fs.readFileSync(file);
    } catch (error) {
      report.error(`cannot read ${display}: ${describeError(error)}`);
      continue;
    }
    const decoded = decodeText(bytes);
    if ('problem' in decoded) {
      report.error(`${display} ${decoded.problem}; skipped`);
      continue;
    }
    if (decoded.text.trim() === '') report.note(`${display} is empty; annotated as an empty article`);
    const id = file === '-' ? 'stdin' : file;
    const analyzed = analyzeOrReport(decoded.text, { id, referenceDate: options.referenceDate }, display, report);
    if (!analyzed) continue;
    const sidecar = options.corrections && file !== '-' ? readFileCorrections(file) : undefined;
    const annotations = corrected(decoded.text, analyzed, sidecar, `${file}.annotations.json`, report);
    const name = file === '-' ? 'stdin' : safeName(path.basename(file, path.extname(file)));
    await sink.add({ name, source: file === '-' ? undefined : file, text: decoded.text, annotations, record: { ...annotations, id }, title: display });
  }
  await sink.finish();
}

async function main(argv: string[]): Promise<number> {
  // `news-annotate compare A B`: a subcommand with its own options (cli/compare.ts).
  if (argv[0] === 'compare') return runCompare(argv.slice(1), { out: writeOut, error: (message) => reporter().error(message) });
  let options: CliOptions;
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${PROGRAM}: ${error.message}\nTry '${PROGRAM} --help'.\n`);
    return 2;
  }
  if (options.help) {
    await writeOut(HELP);
    return 0;
  }
  // Each text is analyzed once: the editor's paragraph caches would only cost (cli/recordWorker.ts says why).
  setParagraphCachesEnabled(false);
  const report = reporter();
  const makeSink = (single: boolean) => createSink(options, report, single, corpusName(options));
  try {
    if (options.jsonlInput) await annotateRecordStream(options, report, makeSink(false), PROGRAM);
    else await annotateFiles(options, report, makeSink);
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error;
    report.error(error.message);
  }
  return report.failed ? 1 : 0;
}

// `news-annotate … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${PROGRAM}: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 70;
  },
);
