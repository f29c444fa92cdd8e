// `news-annotate --input jsonl`: records streamed from files or standard input, analyzed on --jobs threads, written
// in input order as they are ready (inOrder.ts bounds what is held in between), with a progress line on a terminal
// and, with --resume, the records an earlier run wrote into --out DIR skipped.
import * as fs from 'node:fs';
import type { Annotations } from '../server/src/analysis/types';
import { UniqueNames } from '../server/src/export/uniqueNames';
import { inOrder, type Finish } from './inOrder';
import { corrected, recordCorrections } from './corrections';
import { byteLines, describeError, readRecord, type JsonlRecord } from './inputs';
import { isIsoDate, type CliOptions } from './options';
import { createAnalysisPool, createRecordPool, defaultJobs, type AnalysisPool, type RecordPool } from './pool';
import type { RecordMessage } from './recordJob';
import { createProgress, type Progress } from './progress';
import { isRecordDone } from './resume';
import { safeName, type Reporter, type Sink } from './sink';

type RecordLine = { display: string; /** The input file; undefined for standard input. */ source?: string; bytesDone: number } & (
  { line: number; read: { record: JsonlRecord } | { problem: string } } | { unreadable: string }
);

/** The non-blank lines of every input, as records or problems, with how many bytes of input they end at. */
async function* recordLines(inputs: readonly string[]): AsyncGenerator<RecordLine> {
  let bytesBefore = 0;
  for (const input of inputs) {
    const display = input === '-' ? 'standard input' : input;
    let consumed = 0;
    try {
      const stream = input === '-' ? process.stdin : fs.createReadStream(input, { highWaterMark: 1 << 20 });
      for await (const line of byteLines(stream)) {
        consumed += line.bytes.length + 1;
        const read = readRecord(line.bytes, isIsoDate);
        if (read !== null) yield { display, source: input === '-' ? undefined : input, line: line.number, bytesDone: bytesBefore + consumed, read };
      }
    } catch (error) {
      yield { display, bytesDone: bytesBefore + consumed, unreadable: describeError(error) };
    }
    bytesBefore += consumed;
  }
}

/** Bytes in all inputs, for the progress line's share and ETA; undefined when one is a pipe. */
function inputBytes(inputs: readonly string[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    try {
      const stat = input === '-' ? fs.fstatSync(0) : fs.statSync(input);
      if (!stat.isFile()) return undefined;
      total += stat.size;
    } catch {
      return undefined;
    }
  }
  return total;
}

/**
 * Results held between reading and writing: enough to keep every thread busy while an earlier record is slow (and
 * while this thread writes); one for analyze() in this thread, where there is nothing to overlap.
 */
function windowFor(pool: { size: number }, inThisThread: boolean): number {
  return inThisThread ? 1 : pool.size * 4;
}

export async function annotateRecordStream(options: CliOptions, reporter: Reporter, sink: Sink, program: string): Promise<void> {
  const progress: Progress = createProgress(process.stderr, { quiet: options.quiet, bytesTotal: inputBytes(options.inputs), program });
  // Messages wipe the progress line first, so that they do not land at its end.
  const report: Reporter = {
    error: (message) => (progress.clear(), reporter.error(message)),
    note: (message) => (progress.clear(), reporter.note(message)),
  };
  const jobs = options.jobs ?? defaultJobs();
  // --jobs N (1 too): threads that take a record from analysis to output text (recordJob.ts). Without the record
  // worker's script: analyze() on the analysis pool (in this thread for 1, or the analysis worker's threads), the rest here.
  const recordPool: RecordPool | undefined = createRecordPool(jobs);
  const pool: AnalysisPool | RecordPool = recordPool ?? createAnalysisPool(jobs, report.note);
  const inThisThread = !recordPool && pool.size === 1;
  // Every valid record takes its file name here, in input order, whether it is analyzed, found done or fails: so a
  // resumed run names each record as the first run did (the sink's own de-duplication then changes nothing).
  const names = new UniqueNames();

  async function start(item: RecordLine): Promise<Finish> {
    if ('unreadable' in item) return () => report.error(`cannot read ${item.display}: ${item.unreadable}`);
    const where = `${item.display}:${item.line}`;
    if ('problem' in item.read) {
      const { problem } = item.read;
      return () => report.error(`${where}: record ${problem}; skipped`);
    }
    const { id, text, dct, corrections } = item.read.record;
    const name = names.unique(safeName(String(id)));
    if (options.resume && isRecordDone(options.out!, options.format, name)) {
      return () => progress.record({ bytesDone: item.bytesDone, resumed: true });
    }
    if (recordPool) return annotateOnThread(recordPool, item.read.record, item, where, name);
    let analyzed: Annotations;
    try {
      analyzed = await (pool as AnalysisPool).analyze(text, { id: String(id), referenceDate: dct ?? options.referenceDate });
    } catch (error) {
      return () => report.error(`${where}: the analyzer failed (${(error as Error).message}); skipped`);
    }
    return async () => {
      if (text.trim() === '') report.note(`${where}: record ${JSON.stringify(id)} has an empty text; annotated as an empty article`);
      // Applied here, in input order, so that its messages come out in the order of the records.
      const annotations = corrected(text, analyzed, options.corrections ? recordCorrections(corrections) : undefined, `${where} corrections`, report);
      await sink.add({ name, recordId: id, source: item.source, text, annotations, record: { ...annotations, id }, title: `record ${JSON.stringify(id)}` });
      progress.record({ text, bytesDone: item.bytesDone });
    };
  }

  async function annotateOnThread(threads: RecordPool, record: JsonlRecord, item: { source?: string; bytesDone: number }, where: string, name: string): Promise<Finish> {
    const { id, text, dct, corrections } = record;
    const title = `record ${JSON.stringify(id)}`;
    const rendering = sink.rendering;
    let result;
    try {
      result = await threads.annotate({
        text,
        options: { id: String(id), referenceDate: dct ?? options.referenceDate },
        recordId: id,
        title,
        corrections: options.corrections ? corrections : undefined,
        where: `${where} corrections`,
        render: rendering,
      });
    } catch (error) {
      return () => report.error(`${where}: the analyzer failed (${(error as Error).message}); skipped`);
    }
    const { messages, rendered, annotations } = result;
    return async () => {
      // The same messages in the same order as in this thread: the empty text first, then the corrections'.
      if (text.trim() === '') report.note(`${where}: record ${JSON.stringify(id)} has an empty text; annotated as an empty article`);
      for (const message of messages as RecordMessage[]) report[message.level](message.message);
      if (rendered !== undefined && sink.addRendered) await sink.addRendered(name, rendered);
      else await sink.add({ name, recordId: id, source: item.source, text, annotations: annotations!, record: { ...annotations!, id }, title });
      progress.record({ text, bytesDone: item.bytesDone });
    };
  }

  try {
    await inOrder(recordLines(options.inputs), windowFor(pool, inThisThread), start);
  } finally {
    progress.end();
    await pool.close();
  }
  await sink.finish();
}
