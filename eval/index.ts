// `npm run eval [EVAL_DIR]`: scores the analyzer on the gold JSONL sets (default ../shared/eval), layer by
// layer, with the peer libraries run on the same documents in the same run, and prints Markdown tables.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateActors } from './actors';
import { evaluateDates } from './dates';
import { evaluateQuotes } from './quotes';
import type { Evaluation } from './common';

const LAYERS: Record<string, Evaluation> = { actors: evaluateActors, dates: evaluateDates, quotes: evaluateQuotes };

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { layer: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(`usage: npm run eval -- [EVAL_DIR] [--layer ${Object.keys(LAYERS).join('|')}]...`);
    return;
  }
  const evalDir = path.resolve(positionals[0] ?? '../shared/eval');
  if (!fs.existsSync(evalDir)) throw new Error(`no gold data at ${evalDir} (give the folder as the first argument)`);
  const layers = values.layer ?? Object.keys(LAYERS);
  for (const layer of layers) {
    const evaluate = LAYERS[layer];
    if (!evaluate) throw new Error(`unknown layer "${layer}" (known: ${Object.keys(LAYERS).join(', ')})`);
    const started = Date.now();
    console.log(`\n## ${layer}\n`);
    console.log(await evaluate(evalDir));
    console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((error: Error) => {
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
});
