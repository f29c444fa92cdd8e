// What two cores of this machine can give the CLI at most (issue "a corpus on every core"): the same records
// annotated by one `--jobs 1` process, by one `--jobs 2` process, and by two `--jobs 1` processes at once, each on
// half of them (every other record). Two processes share nothing: no heap, no compiler, no collector, no queue, no
// main thread. Their speed-up over the one process bounds what any way of spreading the work over V8 isolates could
// reach here, worker threads or processes alike, since each isolate compiles and collects for itself whatever the
// design; what is left below it is the hardware's and the kernel's (two busy cores against one, and V8's helper
// threads of two runtimes on them). Wall seconds of whole runs, start-up included, and each process's CPU seconds
// from /proc; the three taken in turn ROUNDS times. Linux only.
//   node out/bench/probes/jobs-ceiling-probe.js [EVAL_DIR] [--passes 4] [--rounds 3]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, writeRepeatedCorpus, type CliRun } from '../cli-jobs';
import { developmentCorpus } from '../corpora';
import { describeLoad } from '../machine';
import { median } from '../statistics';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? path.resolve(__dirname, '../../../../shared/eval');
const passes = option('--passes', 4);
const rounds = option('--rounds', 3);

/** Every other line of a JSONL file, from line `first` (0 or 1). */
function everyOtherLine(file: string, first: number, into: string): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  fs.writeFileSync(into, lines.filter((_, index) => index % 2 === first).join('\n') + '\n');
}

async function main(): Promise<void> {
  const corpus = developmentCorpus(evalDir);
  if (!corpus) throw new Error(`no development sets in ${evalDir}`);
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-ceiling-'));
  try {
    const input = path.join(temp, 'all.jsonl');
    const halves = [path.join(temp, 'even.jsonl'), path.join(temp, 'odd.jsonl')];
    writeRepeatedCorpus(input, corpus, passes);
    halves.forEach((half, first) => everyOtherLine(input, first, half));
    const words = corpus.words * passes;
    console.log(`${describeLoad()} at the start; ${corpus.name} ${passes} times over (${words.toLocaleString('en-US')} words), whole runs`);
    const run = (file: string, jobs: number) => runCli(cli, ['--input', 'jsonl', '--jobs', String(jobs), '--quiet', file]);
    const check = (result: CliRun, what: string) => {
      if (result.code !== 0) throw new Error(`${what} exited with ${result.code}`);
      return result;
    };
    const seconds: Record<'one' | 'threads' | 'processes', number[]> = { one: [], threads: [], processes: [] };
    for (let round = 0; round < rounds; round++) {
      const one = check(await run(input, 1), '--jobs 1');
      const threads = check(await run(input, 2), '--jobs 2');
      const started = process.hrtime.bigint();
      const pair = await Promise.all(halves.map((half) => run(half, 1).then((result) => check(result, '--jobs 1 on half'))));
      const pairSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      seconds.one.push(one.seconds);
      seconds.threads.push(threads.seconds);
      seconds.processes.push(pairSeconds);
      const cpu = (result: CliRun) => (result.cpuSeconds === undefined ? '?' : result.cpuSeconds.toFixed(1));
      console.log(
        `round ${round + 1} (${describeLoad()}): --jobs 1 ${one.seconds.toFixed(2)} s (CPU ${cpu(one)}); --jobs 2 ${threads.seconds.toFixed(2)} s (CPU ${cpu(threads)}); ` +
          `two --jobs 1 processes on halves ${pairSeconds.toFixed(2)} s (CPU ${pair.map(cpu).join(' + ')})`,
      );
    }
    const one = median(seconds.one);
    console.log(`medians: --jobs 2 / --jobs 1 ${(one / median(seconds.threads)).toFixed(2)}×; two processes / one ${(one / median(seconds.processes)).toFixed(2)}×`);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
