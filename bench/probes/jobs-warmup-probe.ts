// Where the CPU of a second `--jobs` thread goes (issue "a corpus on every core"). Each CLI record thread is a V8
// isolate of its own that warms up on its own: it compiles the analyzer with TurboFan and runs it unoptimized until
// then. This probe replays what one of N threads does, in one thread of a child process with no other analysis
// thread beside it: every Nth record of the development sets' texts, several passes over, as a CLI record thread
// annotates them (annotateRecord, paragraph caches off as in cli/recordWorker.ts, the CLI's JIT flags). It reads
// from /proc the CPU seconds of the child's own thread (the analysis) and of its other threads (V8's optimizing
// compiler and garbage collector helpers) for each pass. N times what one of N threads spends, against what one
// thread spends on all the records, is what N threads cost beyond one with no contention between them (no shared
// cores, caches or memory bus): when it matches what `node out/bench/cli-jobs.js` measures for --jobs 2, the extra
// CPU of --jobs 2 is each isolate's own warm-up, not the threads getting in each other's way.
// With --sync-compile the children also run with --no-concurrent-recompilation: the compiler then works on the
// analysis thread, and the difference from the concurrent runs shows the compiling's share. Linux only.
//   node out/bench/probes/jobs-warmup-probe.js [EVAL_DIR] [--threads N] [--passes N] [--rounds N] [--sync-compile]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { annotateRecord } from '../../cli/recordJob';
import { ANALYSIS_JIT_FLAGS } from '../../server/src/jitTuning';
import { setParagraphCachesEnabled } from '../../server/src/analysis/paragraphCache';
import { developmentCorpus } from '../corpora';
import { describeLoad } from '../machine';
import { median } from '../statistics';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? '/work/shared/eval';
const threads = Number(option('--threads') ?? 2);
const passes = Number(option('--passes') ?? 4);
const rounds = Number(option('--rounds') ?? 3);

/** CPU seconds of one pass: the analysis thread's and the other threads' of the process. */
interface PassCpu {
  analysis: number;
  helpers: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds of each thread of this process, by thread id. */
function threadSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    const fields = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    seconds.set(tid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND);
  }
  return seconds;
}

/** In the child: the records of one thread of `stride` (every stride-th of the passes), CPU seconds per pass as JSON. */
function runChild(stride: number): void {
  const corpus = developmentCorpus(evalDir);
  if (!corpus) throw new Error(`no development sets in ${evalDir}`);
  // As a CLI record thread keeps them (cli/recordWorker.ts).
  setParagraphCachesEnabled(false);
  const self = String(process.pid);
  const perPass: PassCpu[] = [];
  let before = threadSeconds();
  for (let pass = 0; pass < passes; pass++) {
    corpus.documents.forEach((text, index) => {
      const id = pass * corpus.documents.length + index;
      if (id % stride !== 0) return;
      annotateRecord({ text, options: { id: String(id) }, recordId: id, title: `record ${id}`, where: 'probe', render: 'compact' });
    });
    const after = threadSeconds();
    let analysis = 0;
    let helpers = 0;
    for (const [tid, seconds] of after) {
      const spent = seconds - (before.get(tid) ?? 0);
      if (tid === self) analysis += spent;
      else helpers += spent;
    }
    perPass.push({ analysis, helpers });
    before = after;
  }
  process.stdout.write(JSON.stringify(perPass));
}

function runOnce(stride: number, syncCompile: boolean): PassCpu[] {
  const flags = [...ANALYSIS_JIT_FLAGS, ...(syncCompile ? ['--no-concurrent-recompilation'] : [])];
  const child = spawnSync(process.execPath, [...flags, __filename, '--child', String(stride), evalDir, '--passes', String(passes)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the probe's child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as PassCpu[];
}

const seconds = (value: number) => value.toFixed(2);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function report(): void {
  console.log(`${describeLoad()} at the start; ${rounds} rounds, medians; CPU seconds of passes 2–${passes} (the span cli-jobs times "once warm")`);
  for (const syncCompile of args.includes('--sync-compile') ? [false, true] : [false]) {
    const runs = new Map<number, PassCpu[][]>([
      [1, []],
      [threads, []],
    ]);
    for (let round = 0; round < rounds; round++) for (const stride of runs.keys()) runs.get(stride)!.push(runOnce(stride, syncCompile));
    const warm = (stride: number, part: keyof PassCpu) => median(runs.get(stride)!.map((perPass) => sum(perPass.slice(1).map((pass) => pass[part]))));
    const one = { analysis: warm(1, 'analysis'), helpers: warm(1, 'helpers') };
    const each = { analysis: warm(threads, 'analysis'), helpers: warm(threads, 'helpers') };
    console.log(syncCompile ? 'compiler on the analysis thread (--no-concurrent-recompilation):' : 'as the CLI runs (compiler on V8 helper threads):');
    const perPass = (stride: number) =>
      runs
        .get(stride)![0]
        .map((pass) => `${seconds(pass.analysis)}+${seconds(pass.helpers)}`)
        .join(' ');
    console.log(
      `  1 thread, all records:            analysis ${seconds(one.analysis)} + helpers ${seconds(one.helpers)} = ${seconds(one.analysis + one.helpers)} s (per pass, first round: ${perPass(1)})`,
    );
    console.log(
      `  1 of ${threads} threads (1 record in ${threads}):     analysis ${seconds(each.analysis)} + helpers ${seconds(each.helpers)} = ${seconds(each.analysis + each.helpers)} s (per pass, first round: ${perPass(threads)})`,
    );
    const all = threads * (each.analysis + each.helpers);
    console.log(
      `  ${threads} threads × that: analysis ${seconds(threads * each.analysis)} + helpers ${seconds(threads * each.helpers)} = ${seconds(all)} s, ` +
        `${(((all - one.analysis - one.helpers) / (one.analysis + one.helpers)) * 100).toFixed(0)}% more than 1 thread`,
    );
    if (!syncCompile && threads === 2) {
      // On two free cores --jobs 1 takes its analysis thread's time (the helpers use the other core) and --jobs 2 at
      // least all its threads' time over two cores (the CLI's own main thread, ~0.2 s, left out).
      console.log(`  --jobs 2 / --jobs 1 on two free cores, estimated from these: ${(one.analysis / Math.max(each.analysis, all / 2)).toFixed(2)}×`);
    }
  }
}

if (args.includes('--child')) runChild(Number(option('--child')));
else report();
