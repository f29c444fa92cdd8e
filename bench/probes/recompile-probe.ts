// What V8 compiles again once the analyzer is warm, edit after edit, and when. Types one character into the 400 KB
// seed article and takes it out again, as the benchmark's typing does (analyze() with the paragraph caches on, as
// the server's worker runs it), in a child process with --trace-opt and --trace-gc, and counts per edit the
// optimizing compilations of named and of anonymous functions and the full (mark-compact) collections. A work tool
// for the edit latency and the CLI's warm-up (issues 15 and 20): an arrow function written inside a function is a
// new closure on every call, and its optimized code lives only as long as some closure using it, so after each
// full collection every such callback the analysis uses is compiled again (and runs unoptimized until then).
//   node out/bench/probes/recompile-probe.js [--edits N] [--warm N]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { seedArticle } from '../corpora';

const EDIT_MARK = '### recompile-probe edit ';
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const edits = Number(option('--edits') ?? 60);
const warm = Number(option('--warm') ?? 20);

if (args.includes('--child')) typeAndDelete(edits);
else report();

/** In the child: the edits, each announced on standard output so the trace lines can be told apart. */
function typeAndDelete(count: number): void {
  let text = seedArticle(path.resolve(__dirname, '..', '..', '..'));
  const middle = text.indexOf(' ', Math.floor(text.length / 2)) - 2;
  analyze(text);
  for (let edit = 0; edit < count; edit++) {
    text = edit % 2 === 0 ? `${text.slice(0, middle)}x${text.slice(middle)}` : text.slice(0, middle) + text.slice(middle + 1);
    process.stdout.write(`${EDIT_MARK}${edit}\n`);
    analyze(text);
  }
}

interface EditCounts {
  fullCollections: number;
  named: number;
  anonymous: number;
}

function report(): void {
  const child = spawnSync(process.execPath, ['--trace-opt', '--trace-gc', __filename, '--child', '--edits', String(edits)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the probe's child failed: ${child.stderr}`);
  const perEdit: EditCounts[] = [];
  let current: EditCounts | undefined;
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith(EDIT_MARK)) {
      current = { fullCollections: 0, named: 0, anonymous: 0 };
      perEdit.push(current);
      continue;
    }
    if (!current) continue;
    if (/Mark-Compact/.test(line)) current.fullCollections++;
    // [completed compiling 0x… <JSFunction name (sfi = 0x…)> (target TURBOFAN) …]: an anonymous one has no name.
    const compiled = /^\[completed compiling \S+ <JSFunction (\S*)/.exec(line);
    if (!compiled) continue;
    if (compiled[1].startsWith('(')) current.anonymous++;
    else current.named++;
  }
  const after = perEdit.slice(warm);
  const sum = (pick: (counts: EditCounts) => number) => after.reduce((total, counts) => total + pick(counts), 0);
  console.log(`edit  full GCs  compiled: named anonymous`);
  perEdit.forEach((counts, edit) => {
    console.log(`${String(edit).padStart(4)}  ${counts.fullCollections ? 'MC' : '  '}       ${String(counts.named).padStart(5)} ${String(counts.anonymous).padStart(9)}`);
  });
  // The edit of a full collection and the one after it: the callbacks the analysis calls again right away.
  const afterCollection = after.filter((counts, index) => counts.fullCollections > 0 || (index > 0 && after[index - 1].fullCollections > 0));
  const anonymousAfterCollection = afterCollection.reduce((total, counts) => total + counts.anonymous, 0);
  console.log(
    `edits ${warm}–${perEdit.length - 1}: ${sum((counts) => counts.fullCollections)} full collections; ${sum((counts) => counts.named)} named and ${sum((counts) => counts.anonymous)} anonymous functions compiled, ${anonymousAfterCollection} of the anonymous ones in the ${afterCollection.length} edits of a full collection and the one after it`,
  );
}
