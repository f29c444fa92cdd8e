// What a hover sent while typing waits for (issue 15): the benchmark's typing loop (one-character edits in the middle
// of the 400 KB seed article, three hovers on annotations away from the edit right after each, before its
// diagnostics) against the real server, with the server's thread traced (hover-trace-hooks.ts). For each run: each
// hover as the client saw it and on the server (from its bytes arriving on standard input to its answer being
// written), how long the server's thread waited for a core meanwhile (its scheduler counters: load-proof in the sense
// that it separates waiting from working), the server thread's garbage collections, and the CPU of each of the
// server's threads with their nice values. Given two bundles, runs them in turn, round by round.
//   node out/bench/probes/hover-trace-probe.js [BUNDLE [BUNDLE2]] [--edits N] [--rounds N] [--details MS] [--node=<option> …]
// `--details MS` prints, for each hover slower than MS, what the server's thread did from 30 ms before it was sent.
// KEEP_TRACE=1 keeps the trace files (their folder is printed); HOVER_TRACE_SIZES=1 notes each worker reply's size.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../../server/src/analysis/types';
import { AnnotationsRequest } from '../../server/src/protocol';
import { startStdioServer } from '../../test/robustness/support/stdio-server';
import { seedArticle } from '../corpora';
import { describeLoad } from '../machine';
import { percentile } from '../statistics';
import type { TraceEvent } from './hover-trace-hooks';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOOKS = path.join(__dirname, 'hover-trace-hooks.js');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const optionValues = new Set(['--edits', '--rounds', '--details'].map(option));
const bundles = args.filter((argument, index) => !argument.startsWith('--') && !(optionValues.has(argument) && args[index - 1]?.startsWith('--')));
/** `--node=<option>`: passed to the server's Node (`--node=--cpu-prof --node=--cpu-prof-dir=<dir>` profiles its threads). */
const NODE_OPTIONS = args.filter((argument) => argument.startsWith('--node=')).map((argument) => argument.slice('--node='.length));
const EDITS = Number(option('--edits') ?? 60);
const ROUNDS = Number(option('--rounds') ?? 1);
const DETAILS = option('--details') === undefined ? undefined : Number(option('--details'));
const now = () => Number(process.hrtime.bigint() / 1000n);

interface HoverTime {
  edit: number;
  sent: number;
  answered: number;
}

interface EditTime {
  /** When the client sent the edit and received its diagnostics (microseconds, monotonic clock). */
  sent: number;
  published: number;
}

interface ThreadCpu {
  tid: number;
  nice: number;
  /** CPU seconds (user + system). */
  cpu: number;
}

async function typeAndHover(bundle: string, traceFile: string): Promise<{ hovers: HoverTime[]; edits: number[]; editTimes: EditTime[]; threads: ThreadCpu[]; pid: number }> {
  const article = seedArticle(ROOT);
  const server = await startStdioServer({
    serverPath: bundle,
    execArgv: ['--require', HOOKS, ...NODE_OPTIONS],
    env: { ...process.env, HOVER_TRACE: traceFile },
    settings: { debounceMs: 0, run: 'onType', maxFileSizeKB: 4096 },
  });
  const { connection } = server;
  const uri = 'file:///bench/typing.txt';
  const opened = server.nextDiagnostics(uri, (params) => params.version === 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: article } });
  await opened;
  let document = TextDocument.create(uri, 'news-article', 1, article);
  const middle = article.indexOf(' ', Math.floor(article.length / 2)) - 2;
  const annotations = (await connection.sendRequest(AnnotationsRequest, { uri })) as Annotations;
  const spans = [...annotations.actors.flatMap((actor) => actor.mentions), ...annotations.dates, ...annotations.quotes].filter(
    (span) => span.end < middle - 100 || span.start > middle + 100,
  );
  const hovers: HoverTime[] = [];
  const edits: number[] = [];
  const editTimes: EditTime[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const at = document.positionAt(middle);
    const change = edit % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: document.positionAt(middle + 1) }, text: '' };
    const version = document.version + 1;
    document = TextDocument.update(document, [change], version);
    let publishedAt = 0;
    const published = server.nextDiagnostics(uri, (params) => params.version === version).then(() => (publishedAt = now()));
    const started = performance.now();
    const sentAt = now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    for (let hover = 0; hover < 3; hover++) {
      const offset = spans[((edit * 3 + hover) * 7919) % spans.length].start + 1;
      const position = document.positionAt(offset > middle ? offset + document.getText().length - article.length : offset);
      const sent = now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      hovers.push({ edit, sent, answered: now() });
    }
    await published;
    edits.push(performance.now() - started);
    editTimes.push({ sent: sentAt, published: publishedAt });
  }
  const pid = server.child.pid!;
  const threads = readdirSync(`/proc/${pid}/task`).map((tid) => {
    const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { tid: Number(tid), nice: getPriority(Number(tid)), cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
  });
  await server.stop();
  return { hovers, edits, editTimes, threads, pid };
}

const spread = (samples: number[]) => [50, 90, 99, 100].map((p) => percentile(samples, p).toFixed(2)).join(' / ');

/**
 * Where each edit's time went, from the client sending it to the client receiving its diagnostics, by the events of
 * both server threads: medians (and p95) over the edits of each stage in milliseconds, and the CPU the server's
 * thread ran for from the edit's bytes arriving to its diagnostics written (the three hovers included).
 */
function editBreakdown(run: Awaited<ReturnType<typeof typeAndHover>>, events: TraceEvent[], worker: TraceEvent[]): string[] {
  const stages = new Map<string, number[]>();
  const note = (stage: string, micros: number) => stages.set(stage, [...(stages.get(stage) ?? []), micros / 1000]);
  const after = (list: TraceEvent[], t: number, test: (event: TraceEvent) => boolean) => list.find((event) => event.t >= t && test(event));
  for (const edit of run.editTimes) {
    const arrived = after(events, edit.sent, (event) => event.k === 'in' && event.m === 'textDocument/didChange');
    const posted = arrived && after(events, arrived.t, (event) => event.k === 'post');
    const job = posted && after(worker, posted.t, (event) => event.k === 'job');
    const sent = job && after(worker, job.t, (event) => event.k === 'send');
    const replied = sent && after(events, sent.t, (event) => event.k === 'reply');
    const written = replied && after(events, replied.t, (event) => event.k === 'out' && event.m === 'textDocument/publishDiagnostics');
    if (!arrived || !posted || !job || !sent || !replied || !written || written.t > edit.published) continue;
    note('client sends → bytes in', arrived.t - edit.sent);
    note('bytes in → job posted', posted.t - arrived.t);
    note('  posting (serializing the job)', posted.d ?? 0);
    if (posted.s) note('    of which waiting for a core', posted.s[1]);
    if (posted.s) note('    of which neither running nor waiting (blocked)', (posted.d ?? 0) - posted.s[0] - posted.s[1]);
    note('posted → worker starts the job', job.t - posted.t);
    note('worker: job received → reply posted', sent.t - job.t);
    if (job.s) note("  the worker thread's CPU in the job (analysis, corrections, delta)", job.s[0]);
    if (job.s) note('  the worker waiting for a core in the job', job.s[1]);
    note('  posting the reply (serializing)', sent.d ?? 0);
    note('reply posted → handled on the server thread', replied.t - sent.t - (sent.d ?? 0));
    note('  handling the reply (rebuilding the analysis)', replied.d ?? 0);
    note('reply handled → diagnostics written', written.t - replied.t - (replied.d ?? 0));
    note('diagnostics written → client has them', edit.published - written.t);
    note('total', edit.published - edit.sent);
    if (arrived.s && written.s) note("server thread's CPU, bytes in → written (hovers too)", written.s[0] - arrived.s[0]);
    if (arrived.s && written.s) note("server thread's wait for a core, same span", written.s[1] - arrived.s[1]);
  }
  return [...stages].map(([stage, samples]) => `    ${stage.padEnd(56)} ${percentile(samples, 50).toFixed(2).padStart(8)} ${percentile(samples, 95).toFixed(2).padStart(8)}`);
}

function report(bundle: string, run: Awaited<ReturnType<typeof typeAndHover>>, events: TraceEvent[], worker: TraceEvent[], load: string): void {
  events.sort((a, b) => a.t - b.t);
  worker.sort((a, b) => a.t - b.t);
  const client: number[] = [];
  const server: number[] = [];
  const waited: number[] = [];
  const slept: number[] = [];
  for (const hover of run.hovers) {
    client.push((hover.answered - hover.sent) / 1000);
    const arrived = events.find((event) => event.k === 'in' && event.t >= hover.sent);
    const answered = arrived && events.find((event) => event.k === 'out' && event.m === 'response' && event.t >= arrived.t);
    if (!arrived?.s || !answered?.s) continue;
    server.push((answered.t - arrived.t) / 1000);
    waited.push((answered.s[1] - arrived.s[1]) / 1000);
    // Neither running nor waiting for a core: blocked (a lock, a full pipe) or idle in the event loop.
    slept.push((answered.t - arrived.t - (answered.s[0] - arrived.s[0]) - (answered.s[1] - arrived.s[1])) / 1000);
  }
  const typingFrom = run.hovers[0]?.sent ?? 0;
  const collections = new Map<number, number[]>();
  for (const event of events) if (event.k === 'gc' && event.t >= typingFrom) collections.set(event.kind ?? 0, [...(collections.get(event.kind ?? 0) ?? []), (event.d ?? 0) / 1000]);
  const others = run.threads.filter((thread) => thread.tid !== run.pid).sort((a, b) => b.cpu - a.cpu);
  const main = run.threads.find((thread) => thread.tid === run.pid);
  console.log(`${path.relative(process.cwd(), bundle)} (${load})`);
  console.log(`  edit → diagnostics p50 / p95: ${percentile(run.edits, 50).toFixed(0)} / ${percentile(run.edits, 95).toFixed(0)} ms (${run.edits.length} edits)`);
  console.log(`  hover while typing, client, p50 / p90 / p99 / max: ${spread(client)} ms (${client.length} hovers)`);
  console.log(`  on the server, bytes in → answer written:          ${spread(server)} ms`);
  console.log(`  of which the server's thread waited for a core:     ${spread(waited)} ms`);
  console.log(`  and neither ran nor waited (blocked or idle):       ${spread(slept)} ms`);
  const kinds: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weak callbacks' };
  console.log(
    `  server thread's collections while typing: ${[...collections].map(([kind, durations]) => `${kinds[kind] ?? kind} ${durations.length} (${durations.reduce((sum, each) => sum + each, 0).toFixed(0)} ms, max ${Math.max(...durations).toFixed(1)})`).join(', ')}`,
  );
  console.log(`  an edit's time by stage (ms, p50 / p95 over the edits matched):\n${editBreakdown(run, events, worker).join('\n')}`);
  const busiest = others[0];
  const helpers = others.slice(1).filter((thread) => thread.cpu > 0);
  console.log(
    `  CPU s (nice): server's thread ${main?.cpu.toFixed(2)} (${main?.nice}), analysis worker ${busiest?.cpu.toFixed(2)} (${busiest?.nice}), ${helpers.length} helper threads ${helpers.reduce((sum, thread) => sum + thread.cpu, 0).toFixed(2)} (${[...new Set(helpers.map((thread) => thread.nice))].join(', ')})`,
  );
  // Per edit while typing, from the CPU of every thread noted at each worker reply: what the worker's job cost the
  // process's other threads (V8's helpers: the concurrent marking, the parallel scavenges and the optimizing compiler
  // of both isolates), and the worker's own collections.
  const snapshots = events.filter((event) => event.k === 'threads' && event.t >= typingFrom && event.c);
  if (snapshots.length > 1) {
    const first = snapshots[0].c!;
    const last = snapshots[snapshots.length - 1].c!;
    const spent = Object.keys(last).map((tid) => ({ tid, cpu: (last[tid] - (first[tid] ?? 0)) / 1000 / (snapshots.length - 1) }));
    const workerTid = String(busiest?.tid);
    const mainCpu = spent.find((thread) => thread.tid === String(run.pid))?.cpu ?? 0;
    const workerCpu = spent.find((thread) => thread.tid === workerTid)?.cpu ?? 0;
    const helperCpu = spent.filter((thread) => thread.tid !== String(run.pid) && thread.tid !== workerTid).reduce((sum, thread) => sum + thread.cpu, 0);
    console.log(
      `  CPU ms per edit while typing (${snapshots.length - 1} edits): server's thread ${mainCpu.toFixed(1)}, analysis worker ${workerCpu.toFixed(1)}, helper threads ${helperCpu.toFixed(1)}`,
    );
  }
  const workerCollections = new Map<number, number[]>();
  for (const event of worker)
    if (event.k === 'gc' && event.t >= typingFrom) workerCollections.set(event.kind ?? 0, [...(workerCollections.get(event.kind ?? 0) ?? []), (event.d ?? 0) / 1000]);
  console.log(
    `  worker's collections while typing: ${[...workerCollections].map(([kind, durations]) => `${kinds[kind] ?? kind} ${durations.length} (${durations.reduce((sum, each) => sum + each, 0).toFixed(0)} ms, max ${Math.max(...durations).toFixed(1)})`).join(', ')}`,
  );
  if (DETAILS === undefined) return;
  for (const hover of run.hovers) {
    const took = (hover.answered - hover.sent) / 1000;
    if (took < DETAILS) continue;
    let previous: [number, number] | undefined;
    const lines = events
      .filter((event) => event.t >= hover.sent - 30_000 && event.t <= hover.answered)
      .map((event) => {
        let line = `${((event.t - hover.sent) / 1000).toFixed(1).padStart(7)} ms ${event.k}${event.m ? ` ${event.m}` : ''}${event.d === undefined ? '' : ` ${(event.d / 1000).toFixed(1)} ms`}${event.kind === undefined ? '' : ` (${kinds[event.kind] ?? event.kind})`}`;
        if (event.s && event.k !== 'post') {
          if (previous) line += `  [ran ${((event.s[0] - previous[0]) / 1000).toFixed(1)}, waited ${((event.s[1] - previous[1]) / 1000).toFixed(1)} ms since the last]`;
          previous = event.s;
        }
        return line;
      });
    console.log(`  hover of edit ${hover.edit}: ${took.toFixed(1)} ms\n${lines.join('\n')}`);
  }
}

async function main(): Promise<void> {
  const chosen = bundles.length ? bundles.map((bundle) => path.resolve(bundle)) : [path.join(ROOT, 'dist', 'server.js')];
  const folder = mkdtempSync(path.join(tmpdir(), 'hover-trace-'));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, bundle] of chosen.entries()) {
        const traceFile = path.join(folder, `trace-${round}-${index}.json`);
        const load = describeLoad();
        const run = await typeAndHover(bundle, traceFile);
        const worker = existsSync(`${traceFile}.worker`) ? (JSON.parse(readFileSync(`${traceFile}.worker`, 'utf8')) as TraceEvent[]) : [];
        report(bundle, run, JSON.parse(readFileSync(traceFile, 'utf8')) as TraceEvent[], worker, load);
      }
    }
  } finally {
    if (!process.env.KEEP_TRACE) rmSync(folder, { recursive: true, force: true });
    else console.log(folder);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
