// Runs analyze() on one adversarial input inside a worker thread, so the test can terminate an analysis that
// never ends (a synchronous loop cannot be interrupted from its own thread). Reports the input's length once it
// is built, then the time the analysis took, or the error it threw.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../../../server/src/analysis/analyze';
import { ADVERSARIAL_CASES } from './adversarial-inputs';

export type WorkerReport =
  { event: 'built'; length: number } | { event: 'done'; elapsedMs: number; cpuMs: number; actors: number; dates: number; quotes: number } | { event: 'threw'; stack: string };

// The test runner also loads this file on its own (it runs every file under test/): do nothing then.
if (parentPort) {
  const port = parentPort;
  const send = (report: WorkerReport) => port.postMessage(report);
  const found = ADVERSARIAL_CASES.find((candidate) => candidate.name === workerData.caseName);
  if (!found) throw new Error(`unknown adversarial case ${JSON.stringify(workerData.caseName)}`);
  const text = found.build();
  send({ event: 'built', length: text.length });
  const started = performance.now();
  // CPU time of the process: its main thread only waits meanwhile, so this is the analysis (and its GC), and unlike
  // wall time it does not grow when other work shares the machine.
  const cpuBefore = process.cpuUsage();
  try {
    const annotations = analyze(text);
    const cpu = process.cpuUsage(cpuBefore);
    send({
      event: 'done',
      elapsedMs: performance.now() - started,
      cpuMs: (cpu.user + cpu.system) / 1000,
      actors: annotations.actors.length,
      dates: annotations.dates.length,
      quotes: annotations.quotes.length,
    });
  } catch (error) {
    send({ event: 'threw', stack: String((error as Error)?.stack ?? error) });
  }
}
