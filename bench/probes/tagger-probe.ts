// The joint tagger's CPU time alone, this build against another: the development sets' documents are tokenized once,
// their features made again before each tagging (untimed), and only tagDocumentJointly() is timed, the two builds
// taking turns per round in one process (a change of load hits both alike). For changes to the weight table and the
// decoder, whose share of a whole analysis (a fifth or less) is lost in the noise of the throughput probe.
//   node out/bench/probes/tagger-probe.js EVAL_DIR --before OTHER/out [--rounds N] [--sweep MB]
// --sweep writes to MB megabytes before each tagging, so that the tagger meets its tables out of the caches (as after
// the analysis's other stages) rather than warm from the document before.
// The other build may be of any age: each build's documentFeatures() reads what its own tokenize() makes (token
// objects before the columns of tokenList.ts, the columns since).
import * as path from 'node:path';
import type * as Features from '../../server/src/analysis/actors/features';
import type * as Gazetteer from '../../server/src/analysis/actors/gazetteer';
import type * as JointTagger from '../../server/src/analysis/actors/jointTagger';
import type * as Tokens from '../../server/src/analysis/tokens';
import { developmentCorpus } from '../corpora';
import { describeLoad } from '../machine';
import { median } from '../statistics';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 11);
const before = option('--before');
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const corpus = evalDir ? developmentCorpus(path.resolve(evalDir)) : undefined;
if (!corpus || !before) {
  console.error('usage: node out/bench/probes/tagger-probe.js EVAL_DIR --before OTHER/out [--rounds N] [--sweep MB]');
  process.exit(2);
}
const sweep = new Int32Array(Number(option('--sweep') ?? 0) * 262_144);

interface Build {
  name: string;
  tag(document: number): number;
  cpuMs: number[];
}

/** A build's tagger over the corpus's documents (`out`: its out/ directory). */
function load(name: string, out: string): Build {
  const actors = path.join(path.resolve(out), 'server', 'src', 'analysis', 'actors');
  // (the other build's modules typed as this one's: its tokenize() and documentFeatures() may read other tokens)
  const { tokenize } = require(path.join(actors, '..', 'tokens.js')) as typeof Tokens;
  const { documentFeatures } = require(path.join(actors, 'features.js')) as typeof Features;
  const { gazetteer } = require(path.join(actors, 'gazetteer.js')) as typeof Gazetteer;
  const { shippedJointWeights, tagDocumentJointly } = require(path.join(actors, 'jointTagger.js')) as typeof JointTagger;
  const documents = corpus!.documents.map((text) => tokenize(text));
  return {
    name,
    cpuMs: [],
    tag(document: number): number {
      const features = documentFeatures(documents[document], gazetteer());
      for (let at = 0; at < sweep.length; at += 16) sweep[at]++;
      const started = process.cpuUsage();
      tagDocumentJointly(features, shippedJointWeights());
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    },
  };
}

const builds = [load('ours', path.join(__dirname, '..', '..')), load('before', before)];
console.log(`load at the start: ${describeLoad()}`);
for (let round = -2; round < rounds; round++) {
  // Two rounds of warm-up; the order of the builds alternates.
  for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
    let cpuMs = 0;
    for (let document = 0; document < corpus.documents.length; document++) cpuMs += build.tag(document);
    if (round >= 0) build.cpuMs.push(cpuMs);
  }
}
const [ours, other] = builds;
console.log(`${corpus.name}, ${rounds} rounds, tagger CPU time per pass (median):`);
for (const build of builds) console.log(`  ${build.name}: ${median(build.cpuMs).toFixed(1)} ms`);
console.log(`  ours/before ${median(ours.cpuMs.map((cpuMs, round) => cpuMs / other.cpuMs[round])).toFixed(3)}× CPU (median of the rounds' ratios)`);
console.log(`load at the end: ${describeLoad()}`);
