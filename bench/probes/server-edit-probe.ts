// What the language server's own thread does per keystroke, step by step, in one process and without the analysis:
// the one-character edits of the benchmark's typing loop (in the middle of the 400 KB seed article, typed and taken
// out again) analyzed once up front, then for each edit the server thread's path from the worker's reply to the
// diagnostics written: the reply cloned as a message between threads is, the analysis rebuilt from the delta, the
// own diagnostics from the previous ones, the cross-article diagnostics, the hover lookups, the publication encoded
// as JSON; and before the job is sent: the snapshot's line starts, the text guard, the edit sent to the worker, and a
// hover's unchanged ends. Median and p95 CPU per step in milliseconds, and the heap allocated per step (sampled).
//   node out/bench/probes/server-edit-probe.js [--edits N]
import { Session } from 'node:inspector';
import * as path from 'node:path';
import type { Annotations } from '../../server/src/analysis/types';
import { analyze } from '../../server/src/analysis/analyze';
import { prepareLookups } from '../../server/src/annotationsAt';
import { annotationsDelta, deriveAnnotations, derivationOf, forgetDerivation, textChange, type AnnotationsDelta } from '../../server/src/annotationsDelta';
import { diagnosticGroups, flatten, type DiagnosticGroups } from '../../server/src/diagnostics';
import { staleAnswer } from '../../server/src/latestAnalysis';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { whyNotAnalyzable } from '../../server/src/textGuard';
import { TextSnapshot } from '../../server/src/textSnapshot';
import { CrossArticleChecks } from '../../server/src/workspace/crossArticleChecks';
import { seedArticle } from '../corpora';
import { percentile } from '../statistics';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const args = process.argv.slice(2);
const EDITS = Number(args.includes('--edits') ? args[args.indexOf('--edits') + 1] : 300);
const URI = 'file:///bench/typing.txt';

const steps = new Map<string, number[]>();
function timed<T>(step: string, run: () => T, record: boolean): T {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  if (record) steps.set(step, [...(steps.get(step) ?? []), (used.user + used.system) / 1000]);
  return result;
}

/** Sampled allocations by the function that made them, while `run` runs (objects collected meanwhile included). */
function allocations(run: () => void): Map<string, number> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => {
    let answer: unknown;
    // An in-thread inspector session answers synchronously.
    session.post(method, params ?? {}, (error, result) => {
      if (error) throw error;
      answer = result;
    });
    return answer as { profile: { head: SamplingNode } };
  };
  post('HeapProfiler.enable');
  post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run();
  const { profile } = post('HeapProfiler.stopSampling');
  session.disconnect();
  const bytes = new Map<string, number>();
  const walk = (node: SamplingNode, owner: string) => {
    const name = node.callFrame.url.includes('/server/src/') ? node.callFrame.functionName || '(anonymous)' : owner;
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, name);
  };
  walk(profile.head, '(outside the server)');
  return bytes;
}
interface SamplingNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SamplingNode[];
}

function main(): void {
  const texts = [seedArticle(ROOT)];
  const middle = texts[0].indexOf(' ', Math.floor(texts[0].length / 2)) - 2;
  texts.push(texts[0].slice(0, middle) + 'x' + texts[0].slice(middle));
  // The worker's side, up front: both analyses and the deltas between them (the reply of each edit).
  const analyses = texts.map((text) => analyze(text));
  const deltas: AnnotationsDelta[] = [annotationsDelta(texts[1], analyses[1], texts[0], analyses[0]), annotationsDelta(texts[0], analyses[0], texts[1], analyses[1])];
  const settings = DEFAULT_SETTINGS;
  const cross = new CrossArticleChecks({
    peek: () => undefined,
    isOpen: () => true,
    busy: () => false,
    settingsFor: async () => settings,
    ownDiagnostics: () => [],
    send() {},
    changed() {},
    logError: (message) => console.error(message),
  });
  let snapshot = TextSnapshot.of(URI, 'news-article', 1, texts[0]);
  let annotations: Annotations = analyses[0];
  let groups: DiagnosticGroups = diagnosticGroups(snapshot, annotations, settings);
  cross.publishOpen(snapshot, { uri: URI, version: 1, annotations }, settings);
  prepareLookups(annotations);
  const edit = (index: number, record: boolean) => {
    const version = index + 2;
    // A new string per edit, as the live document's text is.
    const text = (index % 2 === 0 ? texts[1] : texts[0]).slice(0, middle) + (index % 2 === 0 ? texts[1] : texts[0]).slice(middle);
    const previous = snapshot;
    snapshot = timed('snapshot (line starts)', () => TextSnapshot.of(URI, 'news-article', version, text, previous), record);
    timed('text guard', () => whyNotAnalyzable(text, settings.maxFileSizeKB), record);
    timed('edit sent to the worker', () => textChange(previous.getText(), text), record);
    timed("a hover's unchanged ends", () => staleAnswer(previous, snapshot, 10), record);
    const reply = timed('reply cloned between threads', () => structuredClone(deltas[index % 2 === 0 ? 1 : 0]), record);
    annotations = timed('analysis rebuilt from the delta', () => deriveAnnotations(annotations, reply), record);
    const derivation = derivationOf(annotations)!;
    groups = timed('own diagnostics', () => diagnosticGroups(snapshot, annotations, settings, { groups, delta: derivation.delta }), record);
    const own = flatten(groups);
    const theirs = timed('cross-article diagnostics', () => cross.publishOpen(snapshot, { uri: URI, version, annotations }, settings), record);
    forgetDerivation(annotations);
    timed('hover lookups', () => prepareLookups(annotations), record);
    timed(
      'publication encoded',
      () => JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: URI, version, diagnostics: [...own, ...theirs] } }),
      record,
    );
  };
  const warm = Math.min(100, EDITS);
  for (let index = 0; index < warm; index++) edit(index, false);
  for (let index = warm; index < warm + EDITS; index++) edit(index, true);
  console.log(`${EDITS} edits after ${warm}, CPU per step (ms, p50 / p95):`);
  let total = 0;
  for (const [step, samples] of steps) {
    total += percentile(samples, 50);
    console.log(`  ${step.padEnd(34)} ${percentile(samples, 50).toFixed(3).padStart(7)} ${percentile(samples, 95).toFixed(3).padStart(7)}`);
  }
  console.log(`  ${'sum of the medians'.padEnd(34)} ${total.toFixed(3).padStart(7)}`);
  const sampled = 50;
  const bytes = allocations(() => {
    for (let index = warm + EDITS; index < warm + EDITS + sampled; index++) edit(index, false);
  });
  console.log(`allocated per edit (KB, sampled over ${sampled} edits, by the server function that allocated):`);
  for (const [name, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${name.padEnd(34)} ${(size / 1024 / sampled).toFixed(0).padStart(7)}`);
}

main();
