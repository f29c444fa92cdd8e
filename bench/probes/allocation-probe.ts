// What analyze() allocates, and where: V8's allocation sampling over one pass of the development sets (the paragraph
// caches off, as `npm run bench` times it, after two warm-up passes), counting the objects the garbage collector has
// since freed too, so it measures the garbage each word costs, not what stays alive. Prints the total, the bytes per
// word (words as split on white space) and the functions allocating most, a builtin (Map.set, push, map…) charged to
// the analyzer's function that called it. Inlined functions are charged to the function they were inlined into.
// A work tool for the analyzer's memory traffic (garbage collection is ~10% of analyze()'s CPU).
//   node out/bench/probes/allocation-probe.js [OUT_DIR] [TOP] [--eval EVAL_DIR] [--interval BYTES]
// OUT_DIR: a build of the analyzer (an out/ directory; this one by default), to compare two builds.
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import type { analyze as Analyze } from '../../server/src/analysis/analyze';
import { developmentCorpus } from '../corpora';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const outDir = path.resolve(positional[0] ?? path.join(__dirname, '..', '..'));
const top = Number(positional[1] ?? 40);
const evalDir = option('--eval') ?? path.join(__dirname, '..', '..', '..', '..', 'shared', 'eval');
const samplingInterval = Number(option('--interval') ?? 4096);

const analysisDir = path.join(outDir, 'server', 'src', 'analysis');
const { analyze } = require(path.join(analysisDir, 'analyze.js')) as { analyze: typeof Analyze };
const { withoutParagraphCaches } = require(path.join(analysisDir, 'paragraphCache.js')) as { withoutParagraphCaches: <T>(run: () => T) => T };
const corpus = developmentCorpus(evalDir);
if (corpus === undefined) throw new Error(`no development sets in ${evalDir}`);
const texts = corpus.documents;
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);

function pass(): void {
  withoutParagraphCaches(() => {
    for (const text of texts) analyze(text);
  });
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/** The bytes allocated by each function (its own allocations, and those of the builtins it called). */
function bytesByFunction(head: SamplingNode): { total: number; byFunction: Map<string, number> } {
  const byFunction = new Map<string, number>();
  let total = 0;
  const walk = (node: SamplingNode, caller: string | undefined) => {
    const frame = node.callFrame;
    const own = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    const key = !frame.url && caller !== undefined ? `${frame.functionName} <- ${caller}` : own;
    total += node.selfSize;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, frame.url ? own : caller);
  };
  walk(head, undefined);
  return { total, byFunction };
}

async function main(): Promise<void> {
  pass();
  pass();
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const cpuBefore = process.cpuUsage();
  pass();
  const cpu = process.cpuUsage(cpuBefore);
  const { profile } = await post<{ profile: { head: SamplingNode } }>('HeapProfiler.stopSampling');
  const { total, byFunction } = bytesByFunction(profile.head);
  console.log(
    `${texts.length} texts, ${words} words: ${(total / 1e6).toFixed(1)} MB allocated, ${(total / words).toFixed(0)} bytes/word` +
      ` (pass CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, sampling on)`,
  );
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(bytes / 1e6).toFixed(1).padStart(7)} MB ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${name}`);
}

void main();
