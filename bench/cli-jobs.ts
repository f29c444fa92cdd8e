// The CLI on a corpus (issue "a corpus on every core"): `news-annotate --input jsonl` with --jobs 1 and --jobs 2 on
// the development sets' texts (throughput in words/s, the outputs compared byte for byte), and the peak resident
// memory of --jobs 2 on a 1 GB JSONL file generated in a temporary folder (deleted afterwards). The bundled CLI
// (dist/cli.js) runs as a child process, as users run it; the peak is its VmHWM (all its threads), sampled from /proc.
// The CPU seconds of each of its threads are sampled from /proc too: they say where the time goes (the main thread
// reads and writes, N analysis threads annotate, V8's helper threads optimize code and collect garbage) and, being
// less sensitive to other work on the machine than wall time, give an estimate of the ratio on free cores.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countWords, developmentCorpus, seedTexts, type Corpus } from './corpora';
import { describeLoad, describeMachine, residentMemoryMB } from './machine';
import { renderReport, type Row } from './report';
import { median } from './statistics';

/** CPU seconds of a process's threads: the main thread and every other, busiest first (Linux only). */
export interface ThreadSeconds {
  main: number;
  others: number[];
}

/** Where a run stood when its output reached a number of lines: a point inside the run. */
export interface RunMark {
  lines: number;
  seconds: number;
  /** Each thread's CPU seconds then, by thread id (Linux only). */
  threadSeconds: Map<string, number>;
}

export interface CliRun {
  seconds: number;
  peakMB?: number;
  /** User + system CPU seconds of all its threads, as last sampled before it ended (Linux only). */
  cpuSeconds?: number;
  /** The same for each thread (Linux only). */
  threads?: ThreadSeconds;
  /** Each thread's CPU seconds at the end, by thread id, and the id of the main thread (Linux only). */
  threadSeconds: Map<string, number>;
  mainThread?: string;
  /** The points asked for with `markLines`, as the output reached them. */
  marks: RunMark[];
  code: number | null;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds from a /proc stat file (fields 14 and 15, in clock ticks): a process's or a thread's. */
function cpuSecondsIn(statFile: string): number | undefined {
  try {
    const fields = fs.readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

const cpuSecondsOf = (pid: number) => cpuSecondsIn(`/proc/${pid}/stat`);

/** CPU seconds of each thread of a running process, by thread id (Linux only; empty elsewhere). */
function threadCpuSecondsOf(pid: number): Map<string, number> {
  const seconds = new Map<string, number>();
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return seconds;
  }
  for (const tid of tids) {
    const value = cpuSecondsIn(`/proc/${pid}/task/${tid}/stat`);
    if (value !== undefined) seconds.set(tid, value);
  }
  return seconds;
}

/**
 * Runs the CLI to completion with standard output to `outFile` (or discarded), sampling its peak memory and its
 * threads' CPU seconds; with `markLines` (and `outFile`), also when its output reaches each of those line counts.
 */
export function runCli(cli: string, args: string[], outFile?: string, markLines: readonly number[] = []): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const out = outFile === undefined ? 'ignore' : fs.openSync(outFile, 'w');
    const reader = outFile === undefined ? undefined : fs.openSync(outFile, 'r');
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', out, 'ignore'] });
    let peakMB: number | undefined;
    let cpuSeconds: number | undefined;
    // Every thread's last sample: a thread that ended before the process keeps the CPU time it had.
    const threadSeconds = new Map<string, number>();
    const marks: RunMark[] = [];
    const pending = [...markLines].sort((a, b) => a - b);
    let lines = 0;
    let bytesRead = 0;
    const countLines = () => {
      if (reader === undefined || pending.length === 0) return;
      const size = fs.fstatSync(reader).size;
      if (size <= bytesRead) return;
      const chunk = Buffer.alloc(size - bytesRead);
      bytesRead += fs.readSync(reader, chunk, 0, chunk.length, bytesRead);
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    };
    const sample = () => {
      if (child.pid === undefined) return;
      const memory = residentMemoryMB(child.pid);
      if (memory) peakMB = Math.max(peakMB ?? 0, memory.peak);
      cpuSeconds = cpuSecondsOf(child.pid) ?? cpuSeconds;
      for (const [tid, seconds] of threadCpuSecondsOf(child.pid)) threadSeconds.set(tid, seconds);
      countLines();
      while (pending.length && lines >= pending[0]) marks.push({ lines: pending.shift()!, seconds: elapsed(), threadSeconds: new Map(threadSeconds) });
    };
    const sampler = setInterval(sample, markLines.length ? 20 : 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = elapsed();
      countLines();
      while (pending.length && lines >= pending[0]) marks.push({ lines: pending.shift()!, seconds, threadSeconds: new Map(threadSeconds) });
      if (typeof out === 'number') fs.closeSync(out);
      if (reader !== undefined) fs.closeSync(reader);
      const mainThread = child.pid === undefined ? undefined : String(child.pid);
      resolve({ seconds, peakMB, cpuSeconds, threads: splitThreads(threadSeconds, mainThread), threadSeconds, mainThread, marks, code });
    });
  });
}

/** The main thread's CPU seconds and the others', busiest first; undefined when the main thread was not sampled. */
function splitThreads(threadSeconds: Map<string, number>, mainThread: string | undefined): ThreadSeconds | undefined {
  const main = mainThread === undefined ? undefined : threadSeconds.get(mainThread);
  if (main === undefined) return undefined;
  const others = [...threadSeconds].filter(([tid]) => tid !== mainThread).map(([, seconds]) => seconds);
  return { main, others: others.sort((a, b) => b - a) };
}

/** A run's CPU seconds by kind of thread (medians over the runs when it describes several). */
export interface ThreadCpu {
  /** The main thread: reads the input, dispatches the records, writes the output in order. */
  main: number;
  /** The `jobs` busiest threads besides the main thread: the analysis threads. */
  analysis: number[];
  /** All the other threads: V8's helpers (optimizing compiler, garbage collector) and libuv's. */
  helpers: number;
}

/** Splits a run's threads: the main thread, the `jobs` busiest others (the analysis threads), the rest. */
export function threadCpu(threads: ThreadSeconds, jobs: number): ThreadCpu {
  const analysis = threads.others.slice(0, jobs);
  const helpers = threads.others.slice(jobs).reduce((sum, seconds) => sum + seconds, 0);
  return { main: threads.main, analysis, helpers };
}

/**
 * The wall time a run's CPU seconds allow on `cores` free cores: no less than its busiest thread, nor than all its
 * threads' time spread evenly over the cores. An estimate (it assumes no waiting), not a measurement.
 */
export function freeCoresSeconds(cpu: ThreadCpu, cores: number): number {
  const total = cpu.main + cpu.helpers + cpu.analysis.reduce((sum, seconds) => sum + seconds, 0);
  return Math.max(cpu.main, ...cpu.analysis, total / cores);
}

export interface JobsSpeedup {
  /** Words of the span measured: the corpus once, or the passes after the first. */
  words: number;
  /** The corpus's texts made the input this many times over; the span measured is the passes after the `skipped` first. */
  passes: number;
  /** The passes left out of the span measured (0 when `passes` is 1: the whole run is timed). */
  skipped: number;
  /** Median words per second of the timed runs. */
  oneThread: number;
  twoThreads: number;
  runs: number;
  /** Median CPU seconds (all threads) of a run (of the span measured): what the threads cost beyond the work itself. */
  oneThreadCpu?: number;
  twoThreadsCpu?: number;
  /** The CPU seconds of each kind of thread, medians of the runs (Linux only). */
  oneThreadThreads?: ThreadCpu;
  twoThreadsThreads?: ThreadCpu;
  identical: boolean;
  /** The load average before each pair of runs. */
  loads: string[];
}

/** The corpus's texts `passes` times over as JSONL records (`id`, `text`), ids counting on across the passes. */
export function writeRepeatedCorpus(file: string, corpus: Corpus, passes: number): void {
  const records = corpus.documents.length;
  const lines: string[] = [];
  for (let pass = 0; pass < passes; pass++) corpus.documents.forEach((text, index) => lines.push(JSON.stringify({ id: pass * records + index, text })));
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/**
 * --jobs 1 and --jobs 2 alternated `runs` times each on the corpus's texts as JSONL records; medians compared. With
 * `passes` > 1 the input is the corpus's texts `passes` times over and what is timed is the passes after the
 * `skipped` first: from the moment the output holds their records to the moment it holds them all. That leaves out
 * what a run pays once (the process and its threads starting, each thread's compiler warming up on the first texts),
 * which a corpus of tens of thousands of articles spreads thin and a run of the development sets alone (a few
 * seconds) does not. The texts repeat but the work does not: the CLI's threads analyze with the paragraph caches off
 * (cli/recordWorker.ts), so every pass does all the work again.
 */
export async function measureJobsSpeedup(cli: string, corpus: Corpus, runs = 3, passes = 1, skipped = passes > 1 ? 1 : 0): Promise<JobsSpeedup> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-jobs-'));
  try {
    const input = path.join(temp, 'development.jsonl');
    const records = corpus.documents.length;
    writeRepeatedCorpus(input, corpus, passes);
    const outputs = [path.join(temp, 'one.jsonl'), path.join(temp, 'two.jsonl')];
    // One output line per record (--format jsonl, the default for --input jsonl).
    const markLines = passes > 1 ? [records * skipped, records * passes] : [];
    const seconds: [number[], number[]] = [[], []];
    const cpu: [number[], number[]] = [[], []];
    const threads: [ThreadCpu[], ThreadCpu[]] = [[], []];
    const loads: string[] = [];
    for (let run = 0; run < runs; run++) {
      loads.push(
        describeLoad()
          .replace(/^load average /, '')
          .replace(/ on \d+ cores/, ''),
      );
      for (const jobs of [1, 2] as const) {
        const result = await runCli(cli, ['--input', 'jsonl', '--jobs', String(jobs), '--quiet', input], outputs[jobs - 1], markLines);
        if (result.code !== 0) throw new Error(`news-annotate --jobs ${jobs} exited with ${result.code}`);
        const [from, to] = result.marks;
        if (passes > 1 && (!from || !to)) throw new Error(`news-annotate --jobs ${jobs} wrote fewer than ${records * passes} lines`);
        seconds[jobs - 1].push(passes > 1 ? to.seconds - from.seconds : result.seconds);
        const spent = passes > 1 ? spanThreads(result, from, to) : result.threads;
        if (spent) {
          cpu[jobs - 1].push(spent.main + spent.others.reduce((sum, value) => sum + value, 0));
          threads[jobs - 1].push(threadCpu(spent, jobs));
        }
      }
    }
    const identical = fs.readFileSync(outputs[0]).equals(fs.readFileSync(outputs[1]));
    const cpuMedian = (values: number[]) => (values.length === runs ? median(values) : undefined);
    const threadsMedian = (values: ThreadCpu[]): ThreadCpu | undefined =>
      values.length === runs
        ? {
            main: median(values.map((value) => value.main)),
            analysis: values[0].analysis.map((_, index) => median(values.map((value) => value.analysis[index] ?? 0))),
            helpers: median(values.map((value) => value.helpers)),
          }
        : undefined;
    const words = corpus.words * (passes > 1 ? passes - skipped : 1);
    return {
      words,
      passes,
      skipped: passes > 1 ? skipped : 0,
      oneThread: words / median(seconds[0]),
      twoThreads: words / median(seconds[1]),
      oneThreadCpu: cpuMedian(cpu[0]),
      twoThreadsCpu: cpuMedian(cpu[1]),
      oneThreadThreads: threadsMedian(threads[0]),
      twoThreadsThreads: threadsMedian(threads[1]),
      runs,
      identical,
      loads,
    };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** What each thread spent between two marks of a run. */
function spanThreads(run: CliRun, from: RunMark, to: RunMark): ThreadSeconds | undefined {
  const spent = new Map<string, number>();
  for (const [tid, seconds] of to.threadSeconds) spent.set(tid, seconds - (from.threadSeconds.get(tid) ?? 0));
  return splitThreads(spent, run.mainThread);
}

export interface LargeInputMemory {
  bytes: number;
  records: number;
  textWords: number;
  seconds: number;
  peakMB?: number;
  code: number | null;
}

/**
 * A JSONL file of `bytes` shaped like a news crawl's output: each record the text of a seed article (varied by its
 * number) and the page's raw HTML around it, padded with markup, as crawlers keep it. The CLI reads every byte
 * (parses each line) and analyzes the texts: about a twentieth of the file, so the run takes minutes, not hours.
 */
function writeCrawlCorpus(file: string, bytes: number, seeds: readonly string[]): { records: number; textWords: number } {
  const descriptor = fs.openSync(file, 'w');
  const boilerplate = '<div class="nav"><a href="/section/world">World</a> <a href="/section/business">Business</a></div>\n'.repeat(700);
  let written = 0;
  let records = 0;
  let textWords = 0;
  const seedWords = seeds.map(countWords);
  try {
    while (written < bytes) {
      const chunk: string[] = [];
      for (let batch = 0; batch < 200; batch++, records++) {
        const seed = records % seeds.length;
        const text = `Dispatch ${records}. ${seeds[seed]}`;
        textWords += seedWords[seed] + 2;
        const html = `<html><head><title>Dispatch ${records}</title></head><body>${boilerplate}<article>${text}</article></body></html>`;
        chunk.push(JSON.stringify({ id: `crawl-${records}`, url: `https://news.example/${records}`, text, html }));
      }
      const data = chunk.join('\n') + '\n';
      fs.writeSync(descriptor, data);
      written += Buffer.byteLength(data);
    }
  } finally {
    fs.closeSync(descriptor);
  }
  return { records, textWords };
}

export async function measureLargeInputMemory(cli: string, seeds: readonly string[], bytes = 1024 ** 3): Promise<LargeInputMemory> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-1gb-'));
  try {
    const input = path.join(temp, 'crawl.jsonl');
    const { records, textWords } = writeCrawlCorpus(input, bytes, seeds);
    const size = fs.statSync(input).size;
    const run = await runCli(cli, ['--input', 'jsonl', '--jobs', '2', '--quiet', input]);
    return { bytes: size, records, textWords, seconds: run.seconds, peakMB: run.peakMB, code: run.code };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')} words/s`;
const cpuText = (value: number) => value.toFixed(1);

/** `main + analysis threads + helpers`, in CPU seconds. */
function describeThreads(cpu: ThreadCpu | undefined): string {
  if (!cpu) return 'n/a';
  return `${cpuText(cpu.main)} + ${cpu.analysis.map(cpuText).join(' + ')} + ${cpuText(cpu.helpers)} s`;
}

/** The texts of the gold training sets (about 4× the development sets, other texts): a corpus long enough that each thread's warm-up is a smaller share. */
export function trainingCorpus(evalDir: string): Corpus | undefined {
  const documents: string[] = [];
  for (const file of ['ner/conll2003_train.jsonl', 'quotes/polnear_train.jsonl']) {
    const full = path.join(evalDir, file);
    if (!fs.existsSync(full)) return undefined;
    for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { text?: unknown };
      if (typeof record.text === 'string') documents.push(record.text);
    }
  }
  const words = documents.reduce((sum, document) => sum + countWords(document), 0);
  return { name: `training sets (2 files, ${documents.length} documents)`, documents, words, characters: documents.reduce((sum, document) => sum + document.length, 0) };
}

/**
 * The rows of one --jobs 1 / --jobs 2 comparison. `target`: 'met' where the issue's target is judged, a note (where
 * it is judged) for the other comparisons of the development sets, 'none' for other corpora.
 */
function speedupRows(section: string, corpus: Corpus, speedup: JobsSpeedup, target: 'met' | { judged: string } | 'none'): Row[] {
  const ratio = speedup.twoThreads / speedup.oneThread;
  const timed = `passes ${speedup.skipped + 1}–${speedup.passes}`;
  const span =
    speedup.passes > 1
      ? `${corpus.name}, their texts ${speedup.passes} times over, timed over ${timed} (${speedup.skipped > 1 ? 'settled' : 'once warm'}, ${speedup.words.toLocaleString('en-US')} words)`
      : `${corpus.name}, ${corpus.words.toLocaleString('en-US')} words, one pass (start-up and warm-up included)`;
  const where = `${span}, median of ${speedup.runs} run${speedup.runs === 1 ? '' : 's'} each, load average before each pair: ${speedup.loads.join(', ')}`;
  const one = speedup.oneThreadThreads;
  const two = speedup.twoThreadsThreads;
  const estimate = one && two ? freeCoresSeconds(one, 2) / freeCoresSeconds(two, 2) : undefined;
  return [
    { section, measure: `--jobs 1 (${where})`, result: rate(speedup.oneThread), target: '' },
    { section, measure: '--jobs 2', result: rate(speedup.twoThreads), target: '' },
    {
      section,
      measure: '--jobs 2 / --jobs 1',
      result: `${ratio.toFixed(2)}×`,
      target: target === 'met' ? '≥ 1.6×' : target === 'none' ? '' : `(≥ 1.6×: judged ${target.judged})`,
      met: target === 'met' ? ratio >= 1.6 : undefined,
    },
    {
      section,
      measure: `CPU seconds of ${speedup.passes > 1 ? 'those passes' : 'one run'}, all threads: --jobs 1 → --jobs 2 (what the second thread costs on top)`,
      result: speedup.oneThreadCpu === undefined || speedup.twoThreadsCpu === undefined ? 'n/a' : `${speedup.oneThreadCpu.toFixed(1)} s → ${speedup.twoThreadsCpu.toFixed(1)} s`,
      target: '',
    },
    {
      section,
      measure: 'The same by thread, main (reads, writes) + analysis thread(s) (the busiest others) + the rest (V8 compiler and GC helpers), medians: --jobs 1 → --jobs 2',
      result: `${describeThreads(one)} → ${describeThreads(two)}`,
      target: '',
    },
    {
      section,
      measure:
        '--jobs 2 / --jobs 1 on two free cores, estimated from those CPU seconds (a run takes at least its busiest thread and at least all its threads / 2): an estimate, not a measurement',
      result: estimate === undefined ? 'n/a' : `${estimate.toFixed(2)}×`,
      target: '',
    },
    { section, measure: 'Output of --jobs 2 byte for byte that of --jobs 1', result: speedup.identical ? 'identical' : 'DIFFERENT', target: 'identical', met: speedup.identical },
  ];
}

/** The development sets' texts made into a run this many times as long, to time the passes after the first. */
const WARM_PASSES = 4;
/**
 * And made into a run this many times as long, to time the passes after SETTLED_SKIPPED: by then each thread's
 * compiler has little left to do (bench/probes/jobs-warmup-probe.ts), as in most of a run over a large corpus.
 */
const SETTLED_PASSES = 10;
const SETTLED_SKIPPED = 5;

/** The rows of the report (bench/report.ts) for the CLI on a corpus. */
export async function cliJobsRows(root: string, development: Corpus | undefined, log: (message: string) => void, largeInput = true, training?: Corpus): Promise<Row[]> {
  const cli = path.join(root, 'dist', 'cli.js');
  const section = 'CLI on a corpus (--input jsonl)';
  if (!fs.existsSync(cli)) return [{ section, measure: '--jobs 2 / --jobs 1', result: 'not measured: dist/cli.js is not built', target: '≥ 1.6×' }];
  const rows: Row[] = [];
  if (development) {
    log(`CLI --jobs 1 and --jobs 2 on ${development.name}`);
    rows.push(...speedupRows(section, development, await measureJobsSpeedup(cli, development), { judged: 'once warm, below' }));
    log(`CLI --jobs 1 and --jobs 2 on ${development.name}, ${WARM_PASSES} times over`);
    rows.push(...speedupRows(`${section}, once warm`, development, await measureJobsSpeedup(cli, development, 3, WARM_PASSES), 'met'));
    log(`CLI --jobs 1 and --jobs 2 on ${development.name}, ${SETTLED_PASSES} times over`);
    const settled = await measureJobsSpeedup(cli, development, 3, SETTLED_PASSES, SETTLED_SKIPPED);
    rows.push(...speedupRows(`${section}, settled`, development, settled, { judged: 'once warm, above' }));
  } else {
    rows.push({ section, measure: '--jobs 2 / --jobs 1', result: 'not measured: no development sets', target: '≥ 1.6×' });
  }
  if (training) {
    log(`CLI --jobs 1 and --jobs 2 on ${training.name}`);
    rows.push(...speedupRows(`${section}, a longer corpus`, training, await measureJobsSpeedup(cli, training, 1), 'none'));
  }
  if (!largeInput) return rows;
  log('CLI --jobs 2 on a generated 1 GB JSONL file');
  const large = await measureLargeInputMemory(cli, seedTexts(root));
  const measure =
    `Peak resident memory (VmHWM), --jobs 2 on a generated ${(large.bytes / 1024 ** 3).toFixed(2)} GB JSONL file ` +
    `(${large.records.toLocaleString('en-US')} crawl-like records: text + raw HTML; ${large.textWords.toLocaleString('en-US')} words of text, ` +
    `${large.seconds.toFixed(0)} s, ${rate(large.textWords / large.seconds)}${large.code === 0 ? '' : `, exit status ${large.code}`})`;
  rows.push({
    section,
    measure,
    result: large.peakMB === undefined ? 'n/a' : `${Math.round(large.peakMB)} MB`,
    target: '< 500 MB',
    met: large.peakMB !== undefined && large.code === 0 && large.peakMB < 500,
  });
  return rows;
}

// `node out/bench/cli-jobs.js [eval dir] [--no-large-input] [--training-sets]`: these rows alone (without the 1 GB
// run; with one run each on the training sets' texts).
if (require.main === module) {
  const root = path.resolve(__dirname, '../..');
  const [evalArgument] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  const evalDir = path.resolve(root, evalArgument ?? '../shared/eval');
  const before = describeLoad();
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  const training = process.argv.includes('--training-sets') ? trainingCorpus(evalDir) : undefined;
  cliJobsRows(root, developmentCorpus(evalDir), log, !process.argv.includes('--no-large-input'), training).then(
    (rows) => console.log(renderReport(rows, describeMachine(), { before, after: describeLoad() }, new Date())),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
