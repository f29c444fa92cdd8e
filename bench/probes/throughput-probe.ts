// A quick check while working on the analyzer's speed: analyze() and wink-nlp's entity pass timed on the same
// texts in one process (the 400 KB seed article, and the development sets when an evaluation folder is given).
// `node out/bench/probes/throughput-probe.js [EVAL_DIR] [--ours-only] [--passes N]`
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { developmentCorpus, seedCorpus, type Corpus } from '../corpora';
import { loadWink } from '../peers';

const args = process.argv.slice(2);
const oursOnly = args.includes('--ours-only');
const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 3;
const evalDir = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--passes');
const root = path.resolve(__dirname, '..', '..', '..');

function wordsPerSecond(corpus: Corpus, run: (text: string) => unknown): number {
  const times: number[] = [];
  for (let pass = 0; pass <= passes; pass++) {
    const started = performance.now();
    for (const document of corpus.documents) run(document);
    if (pass > 0) times.push(performance.now() - started); // the first pass warms up
  }
  times.sort((a, b) => a - b);
  return corpus.words / (times[Math.floor(times.length / 2)] / 1000);
}

const corpora = [seedCorpus(root), ...(evalDir ? [developmentCorpus(evalDir)!] : [])];
const wink = oursOnly ? undefined : loadWink();
for (const corpus of corpora) {
  const started = performance.now();
  analyze(corpus.documents[0]);
  const firstMs = performance.now() - started;
  const ours = wordsPerSecond(corpus, (text) => analyze(text));
  const theirs = wink ? wordsPerSecond(corpus, (text) => wink.run(text)) : NaN;
  console.log(`${corpus.name}: ours ${Math.round(ours)} words/s, wink ${Math.round(theirs)} words/s, ratio ${(ours / theirs).toFixed(2)}; first document ${firstMs.toFixed(0)} ms`);
}
