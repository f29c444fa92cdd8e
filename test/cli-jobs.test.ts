// A corpus on every core: `news-annotate --input jsonl --jobs N` (the bundled dist/cli.js) gives byte for byte the
// output of --jobs 1, in input order, bad lines reported with their line numbers; `--out DIR --resume` picks up a
// killed run; and the parts underneath (the ordered queue, the thread pool, the progress line) on their own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { inOrder } from '../cli/inOrder';
import { tuneJitForAnalysis } from '../server/src/jitTuning';
import { readOptions, UsageError } from '../cli/options';
import { createAnalysisPool, createRecordPool } from '../cli/pool';
import { createProgress, formatProgress } from '../cli/progress';
import { madeUpRecords, writeJsonl } from './cli-corpus-fixture';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function runCli(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(input);
  });
}

/** Every file of a folder (hidden temporary files of a killed run left out) with its content. */
function folderContents(dir: string): Map<string, string> {
  const contents = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) if (!name.startsWith('.')) contents.set(name, fs.readFileSync(path.join(dir, name), 'utf8'));
  return contents;
}

let temp: string;

describe('news-annotate --jobs', () => {
  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: build it first with \`node esbuild.mjs\` (npm test does)`);
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotate-jobs-'));
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('writes with 2 threads byte for byte what 1 writes, in input order, bad lines reported by line number in order', async () => {
    const records: unknown[] = madeUpRecords(240);
    // Problems among the records, and an id used twice (the second record keeps its place and its id).
    records.splice(10, 0, { id: 'no-text' });
    records.splice(50, 0, { text: 'A record without an id.' });
    records.splice(90, 0, { id: 'item-5', text: 'The same id as an earlier record, said Mara Velden.' });
    records.splice(120, 0, { id: 'empty', text: '' });
    const corpus = path.join(temp, 'corpus.jsonl');
    writeJsonl(corpus, records);
    fs.appendFileSync(corpus, '{"id": "broken", "text": \n');

    const one = await runCli(['--input', 'jsonl', '--jobs', '1', corpus]);
    const two = await runCli(['--input', 'jsonl', '--jobs', '2', corpus]);
    assert.equal(one.code, 1, 'records were skipped: exit status 1');
    assert.equal(two.code, 1);
    assert.ok(two.stdout.equals(one.stdout), 'the JSONL output of --jobs 2 differs from that of --jobs 1');
    assert.equal(two.stderr, one.stderr);
    assert.deepEqual(two.stderr.split('\n').filter(Boolean), [
      `news-annotate: ${corpus}:11: record (id "no-text") has no "text" string; skipped`,
      `news-annotate: ${corpus}:51: record has no "id" (a string or a number); skipped`,
      `news-annotate: note: ${corpus}:121: record "empty" has an empty text; annotated as an empty article`,
      `news-annotate: ${corpus}:245: record is not valid JSON (Unexpected end of JSON input); skipped`,
    ]);
    const ids = two.stdout
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    const expected = records
      .filter((record) => typeof (record as { text?: unknown }).text === 'string' && (record as { id?: unknown }).id !== undefined)
      .map((record) => (record as { id: unknown }).id);
    assert.deepEqual(ids, expected);
  });

  it('reads standard input, and gives every format the same bytes whatever the number of threads', async () => {
    const corpus =
      madeUpRecords(60, 7)
        .map((record) => JSON.stringify(record))
        .join('\n') + '\n';
    for (const format of ['json', 'summary', 'csv']) {
      const one = await runCli(['--input', 'jsonl', '-f', format, '-j', '1', '-'], corpus);
      const three = await runCli(['--input', 'jsonl', '-f', format, '-j', '3', '-'], corpus);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(three.code, 0, three.stderr);
      assert.ok(one.stdout.length > 1000);
      if (format === 'csv') assert.equal(three.stdout.toString(), one.stdout.toString());
      else assert.ok(three.stdout.equals(one.stdout), `${format} differs`);
    }
  });

  it('--resume after a killed run gives exactly the files of an uninterrupted run', async () => {
    const corpus = path.join(temp, 'resume.jsonl');
    writeJsonl(corpus, madeUpRecords(400, 3));
    const whole = path.join(temp, 'whole');
    const uninterrupted = await runCli(['--input', 'jsonl', '--out', whole, corpus]);
    assert.equal(uninterrupted.code, 0, uninterrupted.stderr);
    const expected = folderContents(whole);
    assert.equal(expected.size, 400);

    // A run killed (SIGKILL: no clean-up) once some of its files are written.
    const killed = path.join(temp, 'killed');
    const child = spawn(process.execPath, [CLI, '--input', 'jsonl', '--jobs', '2', '--out', killed, corpus], { stdio: 'ignore' });
    let written = 0;
    while (written < 40) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      written = fs.existsSync(killed) ? fs.readdirSync(killed).filter((name) => !name.startsWith('.')).length : 0;
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    const before = folderContents(killed);
    assert.ok(before.size < 400, `the run ended before it was killed (${before.size} files): nothing to resume`);
    for (const [name, content] of before) assert.equal(content, expected.get(name), `${name} written by the killed run is incomplete or wrong`);

    // A file the resumed run must keep as it is: proof that records found done are not analyzed again.
    const [firstDone] = before.keys();
    fs.writeFileSync(path.join(killed, firstDone), 'kept\n');
    const resumed = await runCli(['--input', 'jsonl', '--jobs', '2', '--out', killed, '--resume', corpus]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.equal(fs.readFileSync(path.join(killed, firstDone), 'utf8'), 'kept\n');
    fs.writeFileSync(path.join(killed, firstDone), expected.get(firstDone)!);
    assert.deepEqual(folderContents(killed), expected);
  });

  it('--resume names records with a repeated id as the first run did, in brat too', async () => {
    const corpus = path.join(temp, 'repeated.jsonl');
    writeJsonl(corpus, [
      { id: 'a', text: 'Ruth Amberley spoke in Karwin on Monday.' },
      { id: 'a', text: 'Ivo Castellan left Oldfield in June.' },
      { id: 'b', text: '“We are ready,” said Dev Sandoval.' },
    ]);
    const out = path.join(temp, 'brat');
    const first = await runCli(['--input', 'jsonl', '-f', 'brat', '--out', out, corpus]);
    assert.equal(first.code, 0, first.stderr);
    const expected = folderContents(out);
    assert.deepEqual([...expected.keys()], ['a-2.ann', 'a-2.txt', 'a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt']);
    fs.rmSync(path.join(out, 'a.ann'));
    fs.writeFileSync(path.join(out, 'b.ann'), 'kept\n');
    const resumed = await runCli(['--input', 'jsonl', '-f', 'brat', '--out', out, '--resume', corpus]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'b.ann'), 'utf8'), 'kept\n', 'b was done: not written again');
    assert.equal(fs.readFileSync(path.join(out, 'a.ann'), 'utf8'), expected.get('a.ann'), 'a had only its .txt: written again');
    assert.equal(fs.readFileSync(path.join(out, 'a-2.ann'), 'utf8'), expected.get('a-2.ann'));
  });

  it('refuses wrong corpus options as usage errors', () => {
    assert.throws(() => readOptions(['--input', 'jsonl', '--jobs', '0', 'x.jsonl']), UsageError);
    assert.throws(() => readOptions(['--input', 'jsonl', '--jobs', 'two', 'x.jsonl']), UsageError);
    assert.throws(() => readOptions(['--input', 'jsonl', '--resume', 'x.jsonl']), /--resume goes with --input jsonl and --out DIR/);
    assert.throws(() => readOptions(['--input', 'jsonl', '--resume', '-f', 'csv', '--out', 'o', 'x.jsonl']), /--resume needs a format with files per record/);
    assert.deepEqual((({ jobs, quiet, resume }) => ({ jobs, quiet, resume }))(readOptions(['--input', 'jsonl', '-j', '3', '-q', '--resume', '--out', 'o', 'x.jsonl'])), {
      jobs: 3,
      quiet: true,
      resume: true,
    });
  });
});

describe('inOrder', () => {
  it('finishes items in input order while they complete out of order, never holding more than the window', async () => {
    async function* numbers() {
      for (let index = 0; index < 50; index++) yield index;
    }
    const finished: number[] = [];
    let held = 0;
    let mostHeld = 0;
    await inOrder(numbers(), 4, async (index) => {
      held++;
      mostHeld = Math.max(mostHeld, held);
      await new Promise((resolve) => setTimeout(resolve, (index * 7) % 5));
      return () => {
        held--;
        finished.push(index);
      };
    });
    assert.deepEqual(
      finished,
      Array.from({ length: 50 }, (_, index) => index),
    );
    assert.equal(mostHeld, 4);
  });
});

describe('the analysis thread pool', () => {
  it('replaces a thread that dies, runs its other jobs again and fails only the job that killed two threads', async () => {
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pool-')), 'worker.js');
    // A stand-in worker speaking the analysis worker's protocol: it dies on the text "die".
    fs.writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ id, text }) => {
         if (text === 'die') process.exit(7);
         parentPort.postMessage({ id, annotations: { text: text.toUpperCase() } });
       });`,
    );
    const pool = createAnalysisPool(2, () => assert.fail('the script exists'), script);
    try {
      const texts = ['a', 'b', 'die', 'c', 'd', 'e', 'f'];
      const results = await Promise.allSettled(texts.map((text) => pool.analyze(text, {})));
      assert.deepEqual(
        results.map((result) => (result.status === 'fulfilled' ? (result.value as unknown as { text: string }).text : 'failed')),
        ['A', 'B', 'failed', 'C', 'D', 'E', 'F'],
      );
      assert.match((results[2] as PromiseRejectedResult).reason.message, /stopped twice on this text \(exit code 7\)/);
    } finally {
      await pool.close();
      fs.rmSync(path.dirname(script), { recursive: true, force: true });
    }
  });

  it('runs --jobs 1 on one record worker thread, as --jobs N, when the record worker script is there', async () => {
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pool-')), 'worker.js');
    // A stand-in record worker that says which thread answered: not the main thread.
    fs.writeFileSync(
      script,
      `const { parentPort, isMainThread, threadId } = require('node:worker_threads');
       parentPort.on('message', ({ id, text }) => parentPort.postMessage({ id, result: { messages: [], rendered: text + ' on thread ' + (isMainThread ? 0 : threadId) } }));`,
    );
    const pool = createRecordPool(1, script);
    try {
      assert.equal(pool?.size, 1);
      const result = await pool!.annotate({ text: 'record', options: {}, recordId: 1, title: 'record 1', where: 'x:1', render: 'compact' });
      assert.match(result.rendered ?? '', /^record on thread [1-9]\d*$/);
    } finally {
      await pool?.close();
      fs.rmSync(path.dirname(script), { recursive: true, force: true });
    }
  });

  it('tunes V8 for the threads only on the V8 version the flags were measured on (an unknown flag would be an error line)', () => {
    assert.equal(tuneJitForAnalysis('12.4.254.21-node.33'), false);
    assert.equal(tuneJitForAnalysis('11.3.244.8-node.38'), true);
  });

  it('analyzes in this thread for --jobs 1 without the record worker', async () => {
    const pool = createAnalysisPool(1);
    assert.equal(pool.size, 1);
    const annotations = await pool.analyze('Mara Velden visited Karwin.', { id: 'x' });
    assert.equal(annotations.id, 'x');
    await pool.close();
  });
});

describe('the progress line', () => {
  it('says records, words per second, the share read and the time left', () => {
    assert.equal(
      formatProgress({ records: 1500, resumed: 0, words: 90_000, elapsedMs: 30_000, bytesDone: 250, bytesTotal: 1000 }),
      '1,500 records · 3,000 words/s · 25% · ETA 1:30',
    );
    assert.equal(formatProgress({ records: 12, resumed: 10, words: 500, elapsedMs: 1000, bytesDone: 10, bytesTotal: undefined }), '12 records (10 done before) · 500 words/s');
  });

  it('is drawn on a terminal only, not with --quiet, and wiped at the end', () => {
    const output = (isTTY: boolean, quiet: boolean) => {
      const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 }) as unknown as NodeJS.WriteStream;
      let written = '';
      (stream as unknown as PassThrough).on('data', (chunk: Buffer) => (written += chunk.toString()));
      let time = 0;
      const progress = createProgress(stream, { quiet, bytesTotal: 100, program: 'news-annotate' }, () => (time += 1000));
      progress.record({ text: 'three words here', bytesDone: 50 });
      progress.end();
      return written;
    };
    assert.equal(output(false, false), '');
    assert.equal(output(true, true), '');
    assert.equal(output(true, false), '\r\x1b[Knews-annotate: 1 records · 3 words/s · 50% · ETA 0:01\r\x1b[K');
  });
});
