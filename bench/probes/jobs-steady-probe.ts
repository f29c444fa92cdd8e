// `--jobs 2` / `--jobs 1` long after the warm-up (issue "a corpus on every core"): the development sets' texts PASSES
// times over, timed from the moment the output holds FROM passes' records to the end, --jobs 1 and --jobs 2 taken in
// turn ROUNDS times, with each thread's CPU seconds over that span. The benchmark (cli-jobs.ts) times passes 2–4,
// where each thread's compiler is still busy; this shows what is left once it has settled. Linux only (CPU from /proc).
//   node out/bench/probes/jobs-steady-probe.js [EVAL_DIR] [--passes 10] [--from 5] [--rounds 2]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, writeRepeatedCorpus } from '../cli-jobs';
import { developmentCorpus } from '../corpora';
import { describeLoad } from '../machine';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? path.resolve(__dirname, '../../../../shared/eval');
const passes = option('--passes', 10);
const from = option('--from', 5);
const rounds = option('--rounds', 2);

async function main(): Promise<void> {
  const corpus = developmentCorpus(evalDir);
  if (!corpus) throw new Error(`no development sets in ${evalDir}`);
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-steady-'));
  try {
    const input = path.join(temp, 'input.jsonl');
    const records = corpus.documents.length;
    writeRepeatedCorpus(input, corpus, passes);
    console.log(`${describeLoad()} at the start; ${corpus.name} ${passes} times over, timed over passes ${from + 1}–${passes}`);
    const rates: Record<1 | 2, number[]> = { 1: [], 2: [] };
    for (let round = 0; round < rounds; round++) {
      for (const jobs of [1, 2] as const) {
        const run = await runCli(cli, ['--input', 'jsonl', '--jobs', String(jobs), '--quiet', input], path.join(temp, 'out.jsonl'), [records * from, records * passes]);
        const [start, end] = run.marks;
        if (run.code !== 0 || !start || !end) throw new Error(`news-annotate --jobs ${jobs} failed (exit status ${run.code})`);
        const rate = (corpus.words * (passes - from)) / (end.seconds - start.seconds);
        rates[jobs].push(rate);
        const cpu = [...end.threadSeconds].map(([tid, seconds]) => seconds - (start.threadSeconds.get(tid) ?? 0)).filter((seconds) => seconds >= 0.05);
        console.log(`--jobs ${jobs}: ${Math.round(rate).toLocaleString('en-US')} words/s; CPU s of its threads: ${cpu.map((seconds) => seconds.toFixed(2)).join(' ')}`);
      }
    }
    const best = (values: number[]) => Math.max(...values);
    console.log(`--jobs 2 / --jobs 1 (best runs): ${(best(rates[2]) / best(rates[1])).toFixed(2)}×; ${describeLoad()} at the end`);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
