// Preloaded into the language server by hover-trace-probe.ts (`--require out/bench/probes/hover-trace-hooks.js`,
// HOVER_TRACE=<file>): on the server's thread, notes when bytes arrive on standard input and which method they
// carry, when messages are written, each post to and reply from the analysis worker (with how long it took), each
// garbage collection (kind, duration), and at each of these the thread's scheduler counters
// (/proc/thread-self/schedstat: time run, time waited for a core). Times are microseconds of the monotonic clock,
// the probe's own clock too. Written to the file when the server exits. Not part of the server.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { isMainThread, MessagePort, parentPort, Worker } from 'node:worker_threads';

export interface TraceEvent {
  /** Microseconds, monotonic clock. */
  t: number;
  /**
   * in: bytes read; out: a message written; post: a job sent to the worker; reply: its answer handled; gc. On the
   * analysis worker's thread (its own file, `<file>.worker`): job: a job received and handled (d: until its handler
   * returned, the reply posted within it); send: the reply posted (d: serializing it).
   */
  k: 'in' | 'out' | 'post' | 'reply' | 'gc' | 'job' | 'send' | 'threads';
  /** The method of the message (`response` for an answer), when one is seen. */
  m?: string;
  /** Duration in microseconds (post, reply, gc). */
  d?: number;
  /** The garbage collection's kind (1 minor, 4 major, 8 incremental marking, 16 weak callbacks). */
  kind?: number;
  /** The thread's scheduler counters then: microseconds run and waited for a core. */
  s?: [number, number];
  /** threads: every thread's CPU then, microseconds by thread id (noted with each reply from the worker). */
  c?: Record<string, number>;
}

const file = process.env.HOVER_TRACE;
if (isMainThread && file) install(file);
else if (file && parentPort) installInWorker(`${file}.worker`, parentPort);

const clock = () => Number(process.hrtime.bigint() / 1000n);
/** The calling thread's scheduler counters: microseconds run and waited for a core. */
const scheduler = (): [number, number] => {
  const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
  return [Math.round(run / 1000), Math.round(wait / 1000)];
};

/** The analysis worker's side: when each job arrives, how long its handler takes, when its reply is posted. */
function installInWorker(traceFile: string, port: MessagePort): void {
  const events: TraceEvent[] = [];
  // A MessagePort dispatches as an event target, not through emit: the job handler is wrapped where it is added.
  const on = port.on.bind(port) as (event: string, listener: (...args: unknown[]) => void) => MessagePort;
  port.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event !== 'message') return on(event, listener);
    return on(event, (...args: unknown[]) => {
      const started = clock();
      const before = scheduler();
      listener(...args);
      const after = scheduler();
      // s: what the job's handler ran and waited for a core (not counters, as on the server's thread).
      events.push({ t: started, k: 'job', d: clock() - started, s: [after[0] - before[0], after[1] - before[1]] });
    });
  }) as MessagePort['on'];
  const post = port.postMessage.bind(port);
  port.postMessage = (...args: Parameters<MessagePort['postMessage']>) => {
    const started = clock();
    post(...args);
    const d = clock() - started;
    events.push({ t: started, k: 'send', d, ...(process.env.HOVER_TRACE_SIZES ? { m: String(serialize(args[0]).length) } : {}) });
  };
  // A worker is stopped with its process: written after each reply (the last write wins).
  let timer: NodeJS.Timeout | undefined;
  const flush = () => writeFileSync(traceFile, JSON.stringify(events));
  on('message', () => {
    clearTimeout(timer);
    timer = setTimeout(flush, 50);
    timer.unref();
  });
  process.on('exit', flush);
  // The worker's own collections (its isolate's): kind and pause on its thread.
  const origin = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      events.push({ t: Math.round(origin + entry.startTime * 1000), k: 'gc', d: Math.round(entry.duration * 1000), kind });
    }
  }).observe({ entryTypes: ['gc'] });
}

/** Every thread of the process: its CPU in microseconds (user + system, clock ticks of 10 ms). */
function threadsCpu(): Record<string, number> {
  const cpu: Record<string, number> = {};
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu[tid] = (Number(fields[11]) + Number(fields[12])) * 10_000;
    } catch {}
  }
  return cpu;
}

function install(traceFile: string): void {
  const events: TraceEvent[] = [];
  const now = () => Number(process.hrtime.bigint() / 1000n);
  const methodOf = (text: string) => /"method":"([^"]+)"/.exec(text)?.[1];
  const head = (chunk: unknown) => (typeof chunk === 'string' ? chunk.slice(0, 400) : Buffer.isBuffer(chunk) ? chunk.toString('utf8', 0, Math.min(chunk.length, 400)) : '');

  const stdin = process.stdin as unknown as { emit(event: string, ...args: unknown[]): boolean };
  const emit = stdin.emit.bind(stdin);
  stdin.emit = (event: string, ...args: unknown[]) => {
    if (event === 'data') events.push({ t: now(), k: 'in', m: methodOf(head(args[0])), s: scheduler() });
    return emit(event, ...args);
  };
  const stdout = process.stdout as unknown as { write(chunk: unknown, ...rest: unknown[]): boolean };
  const write = stdout.write.bind(stdout);
  stdout.write = (chunk: unknown, ...rest: unknown[]) => {
    const text = head(chunk);
    if (!text.startsWith('Content-Length')) events.push({ t: now(), k: 'out', m: methodOf(text) ?? 'response', s: scheduler() });
    return write(chunk, ...rest);
  };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    const started = now();
    const before = scheduler();
    post.apply(this, args);
    const after = scheduler();
    // s: what the thread ran and waited for a core while posting (not counters, as on the other events).
    events.push({ t: started, k: 'post', d: now() - started, s: [after[0] - before[0], after[1] - before[1]] });
  };
  const workerEmit = Worker.prototype.emit;
  Worker.prototype.emit = function (this: Worker, event: string | symbol, ...args: unknown[]) {
    if (event !== 'message') return workerEmit.call(this, event, ...args);
    const started = now();
    const handled = workerEmit.call(this, event, ...args);
    events.push({ t: started, k: 'reply', d: now() - started, s: scheduler() });
    events.push({ t: started, k: 'threads', c: threadsCpu() });
    return handled;
  };
  const origin = now() - performance.now() * 1000;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      events.push({ t: Math.round(origin + entry.startTime * 1000), k: 'gc', d: Math.round(entry.duration * 1000), kind });
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => writeFileSync(traceFile, JSON.stringify(events)));
}
