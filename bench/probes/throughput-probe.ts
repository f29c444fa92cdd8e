// The benchmark's throughput comparison, made to hold on a busy machine: analyze() and the peers take turns, one
// pass each per round over the same texts in one process, so a change of load hits every library alike; each
// round gives a ratio, and the median round is reported, by wall-clock time (as `npm run bench` measures) and by
// CPU time of the process (less sensitive to waiting for a core). A work tool for the analyzer's speed.
//   node out/bench/probes/throughput-probe.js [EVAL_DIR] [--before PATH/analyze.js] [--compromise] [--rounds N]
// --before adds another build of the analyzer (an older out/ directory) to the same rounds.
import * as path from 'node:path';
import type { analyze as Analyze } from '../../server/src/analysis/analyze';
import { developmentCorpus, seedCorpus, type Corpus } from '../corpora';
import { describeLoad } from '../machine';
import { median } from '../statistics';
import { loadCompromise, loadWink } from '../peers';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 5);
const beforePath = option('--before');
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const root = path.resolve(__dirname, '..', '..', '..');
// Every analysis from scratch, as `npm run bench` times it: the analyzer's caches across analyses (made for edits)
// are off, so repeated passes do not find their own paragraphs again (paragraphCache.js beside analyze.js).
const load = (file: string) => {
  const analyze = (require(path.resolve(file)) as { analyze: typeof Analyze }).analyze;
  const caches = require(path.join(path.dirname(path.resolve(file)), 'paragraphCache.js')) as { withoutParagraphCaches?: <T>(run: () => T) => T };
  const fresh = caches.withoutParagraphCaches;
  return fresh ? (text: string) => fresh(() => analyze(text)) : analyze;
};

interface Contestant {
  name: string;
  run(text: string): unknown;
}

const wink = loadWink();
const contestants: Contestant[] = [{ name: 'ours', run: load(path.join(__dirname, '..', '..', 'server', 'src', 'analysis', 'analyze.js')) }];
if (beforePath) contestants.push({ name: 'before', run: load(beforePath) });
contestants.push({ name: 'wink', run: wink.run });
if (args.includes('--compromise')) contestants.push({ name: 'compromise', run: loadCompromise().run });

function pass(corpus: Corpus, contestant: Contestant): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const document of corpus.documents) contestant.run(document);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

console.log(`load at the start: ${describeLoad()}`);
for (const corpus of [seedCorpus(root), ...(evalDir ? [developmentCorpus(path.resolve(evalDir))!] : [])]) {
  for (const contestant of contestants) pass(corpus, contestant); // warm-up
  const times = new Map(contestants.map((contestant) => [contestant.name, [] as { wallMs: number; cpuMs: number }[]]));
  for (let round = 0; round < rounds; round++) for (const contestant of contestants) times.get(contestant.name)!.push(pass(corpus, contestant));
  const rate = (name: string, kind: 'wallMs' | 'cpuMs') => corpus.words / (median(times.get(name)!.map((time) => time[kind])) / 1000);
  const ratio = (a: string, b: string, kind: 'wallMs' | 'cpuMs') => median(times.get(a)!.map((time, round) => times.get(b)![round][kind] / time[kind]));
  console.log(`${corpus.name} (${corpus.words.toLocaleString('en-US')} words), ${rounds} rounds:`);
  for (const { name } of contestants) {
    const versus = contestants
      .filter((other) => other.name !== name && name === 'ours')
      .map((other) => `ours/${other.name} ${ratio('ours', other.name, 'wallMs').toFixed(2)}× wall, ${ratio('ours', other.name, 'cpuMs').toFixed(2)}× CPU`);
    console.log(
      `  ${name}: ${Math.round(rate(name, 'wallMs')).toLocaleString('en-US')} words/s wall, ${Math.round(rate(name, 'cpuMs')).toLocaleString('en-US')} words per CPU second${versus.length ? `; ${versus.join('; ')}` : ''}`,
    );
  }
}
console.log(`load at the end: ${describeLoad()}`);
