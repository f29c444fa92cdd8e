// How often V8 throws away optimized analyzer code once warm (issue "a corpus on every core": each `--jobs N` thread
// compiles the analyzer itself, and code that keeps deoptimizing keeps being compiled again). Runs what a CLI record
// thread runs (annotateRecord: analyze(), corrections, compact rendering) over the development sets' texts several
// passes in a child process with --trace-deopt and the CLI's JIT flags, and counts the deoptimizations of each pass,
// with the functions and reasons of the passes after the first. A work tool for the analyzer's object shapes.
//   node out/bench/probes/deopt-probe.js [EVAL_DIR] [--passes N] [--top N] [--no-cli-flags]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { annotateRecord } from '../../cli/recordJob';
import { ANALYSIS_JIT_FLAGS } from '../../server/src/jitTuning';
import { setParagraphCachesEnabled } from '../../server/src/analysis/paragraphCache';
import { developmentCorpus } from '../corpora';

const PASS_MARK = '### deopt-probe pass ';
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? '/work/shared/eval';

if (args.includes('--child')) runPasses(Number(option('--passes') ?? 4));
else report();

/** In the child: the passes, each announced on standard output so the trace lines can be told apart. */
function runPasses(passes: number): void {
  const corpus = developmentCorpus(evalDir);
  if (!corpus) throw new Error(`no development sets in ${evalDir}`);
  // As a CLI record thread keeps them (cli/recordWorker.ts).
  setParagraphCachesEnabled(false);
  for (let pass = 1; pass <= passes; pass++) {
    process.stdout.write(`${PASS_MARK}${pass}\n`);
    corpus.documents.forEach((text, index) => {
      annotateRecord({ text, options: { id: String(index) }, recordId: index, title: `record ${index}`, where: 'probe', render: 'compact' });
    });
  }
  process.stdout.write(`${PASS_MARK}end\n`);
}

function report(): void {
  const flags = ['--trace-deopt-verbose', '--trace-opt', ...(args.includes('--no-cli-flags') ? [] : ANALYSIS_JIT_FLAGS)];
  const child = spawnSync(process.execPath, [...flags, __filename, '--child', evalDir, '--passes', option('--passes') ?? '4'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the probe's child failed: ${child.stderr}`);
  const top = Number(option('--top') ?? 40);
  let pass = '0';
  let pending: string | undefined;
  const perPass = new Map<string, number>();
  const warm = new Map<string, number>();
  const compiledPerPass = new Map<string, number>();
  const compiledWarm = new Map<string, { count: number; ms: number }>();
  const compileMsPerPass = new Map<string, number>();
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith(PASS_MARK)) {
      pass = line.slice(PASS_MARK.length);
      perPass.set(pass, 0);
      compiledPerPass.set(pass, 0);
      compileMsPerPass.set(pass, 0);
      continue;
    }
    // [completed compiling 0x… <JSFunction name (sfi = …)> (target TURBOFAN) …: each optimization, OSR included.
    const compiled = /^\[completed compiling \S+ <JSFunction (\S*)/.exec(line);
    if (compiled) {
      compiledPerPass.set(pass, (compiledPerPass.get(pass) ?? 0) + 1);
      // `- took 0.010, 0.436, 0.010 ms`: preparing, optimizing (on a compiler thread when concurrent), finishing.
      // Wall-clock times: on a busy machine they include waiting for a core.
      const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
      const ms = took ? Number(took[1]) + Number(took[2]) + Number(took[3]) : 0;
      compileMsPerPass.set(pass, (compileMsPerPass.get(pass) ?? 0) + ms);
      const name = compiled[1].startsWith('(') ? '(anonymous)' : compiled[1];
      if (pass !== '1' && pass !== '0') {
        const sum = compiledWarm.get(name) ?? { count: 0, ms: 0 };
        compiledWarm.set(name, { count: sum.count + 1, ms: sum.ms + ms });
      }
      continue;
    }
    // [bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction name (sfi = …)>, …
    // followed by `;;; deoptimize at <file:line:column> inlined at <…>`, the innermost position first.
    const bailout = /^\[bailout \(kind: ([^,]+), reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*)/.exec(line);
    if (bailout) {
      perPass.set(pass, (perPass.get(pass) ?? 0) + 1);
      pending = pass === '1' || pass === '0' ? undefined : `${bailout[3].startsWith('(') ? '(anonymous)' : bailout[3]} — ${bailout[2]} (${bailout[1]})`;
      continue;
    }
    const at = /;;; deoptimize at <([^>]*)>/.exec(line);
    if (!at || pending === undefined) continue;
    const key = `${pending} at ${path.relative(process.cwd(), at[1])}`;
    warm.set(key, (warm.get(key) ?? 0) + 1);
    pending = undefined;
  }
  console.log(`flags: ${flags.join(' ')}`);
  for (const [name, count] of perPass) {
    if (name === 'end') continue;
    const ms = (compileMsPerPass.get(name) ?? 0).toFixed(0);
    console.log(`pass ${name}: ${count} deoptimizations, ${compiledPerPass.get(name) ?? 0} optimizing compilations (${ms} ms compiling)`);
  }
  console.log(`passes after the first, by function and reason:`);
  for (const [key, count] of [...warm].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(count).padStart(5)}  ${key}`);
  if (warm.size > top) console.log(`  … ${warm.size - top} more`);
  console.log(`passes after the first, optimizing compilations by function, most compiling time first:`);
  for (const [name, { count, ms }] of [...compiledWarm].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    console.log(`${String(count).padStart(5)}  ${ms.toFixed(0).padStart(5)} ms  ${name}`);
  }
}
