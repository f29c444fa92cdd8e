// Random edits, each analyzed incrementally after the versions before it with every self-check of reuse on
// (setCacheChecks, setTaggerReuseCheck: a kept result that differs from a fresh one throws), and the annotations
// compared with a fresh analysis of the same text (every cache off). A work tool for the incremental analysis: the
// unit tests run a few dozen such edits, this runs thousands, on the seeds, the 400 KB benchmark article and, given
// the evaluation folder, the development texts (read at run time, never copied).
//   node out/bench/probes/random-edits-probe.js [EVAL_DIR] [--edits N] [--texts N] [--seed N]
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { setTaggerReuseCheck } from '../../server/src/analysis/actors/taggerReuse';
import { clearParagraphCaches, setCacheChecks, withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { developmentCorpus, seedArticle, seedTexts } from '../corpora';
import { random, randomEdit } from '../../test/unit/randomEdits';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const editsPerText = Number(option('--edits') ?? 20);
const maxDevelopmentTexts = Number(option('--texts') ?? 60);
const seed = Number(option('--seed') ?? 1);
const evalDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const root = path.resolve(__dirname, '..', '..', '..');

const texts = [...seedTexts(root), seedArticle(root, 120_000)];
// Development texts spread over every set (every k-th one).
const development = evalDir ? (developmentCorpus(evalDir)?.documents ?? []) : [];
const every = Math.max(1, Math.floor(development.length / maxDevelopmentTexts));
for (let index = 0; index < development.length && texts.length < maxDevelopmentTexts + 3; index += every) texts.push(development[index]);
setTaggerReuseCheck(true);
setCacheChecks(true);
const next = random(seed);
let compared = 0;
const started = Date.now();
for (let textIndex = 0; textIndex < texts.length; textIndex++) {
  clearParagraphCaches();
  // The versions and their fresh analyses first, then the versions analyzed one after the other: a fresh analysis
  // between two of them would leave the next one nothing to take over from the one before where the words' records
  // carry state (features.ts DocumentCasing).
  const versions: string[] = [];
  for (let step = 0, text = texts[textIndex]; step < editsPerText; step++) versions.push((text = randomEdit(text, next)));
  const freshAnalyses = versions.map((version) => withoutParagraphCaches(() => analyze(version)));
  analyze(texts[textIndex]);
  for (let step = 0; step < editsPerText; step++) {
    const incremental = analyze(versions[step]);
    const fresh = freshAnalyses[step];
    try {
      assert.deepEqual(incremental, fresh);
    } catch (error) {
      console.error(`text ${textIndex}, edit ${step}: the incremental analysis differs from a fresh one`);
      console.error(String((error as Error).message).slice(0, 3000));
      process.exit(1);
    }
    compared++;
  }
}
console.log(`${compared} random edits of ${texts.length} texts equal fresh analyses, every self-check on (${((Date.now() - started) / 1000).toFixed(0)} s)`);
