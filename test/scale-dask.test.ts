// scale/dask_annotate.py on a LocalCluster of 2 workers: the part files, read in name order, hold record for record
// what the single-process CLI prints for the whole corpus. Skipped, with the reason, where /usr/bin/python3 or Dask
// (Debian: python3-distributed; .ci/run installs it through scripts/setup-scale.sh) is missing.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { madeUpRecords, writeJsonl } from './cli-corpus-fixture';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SCRIPT = path.join(ROOT, 'scale/dask_annotate.py');
const PYTHON = '/usr/bin/python3';

function whyNotRunnable(): string | undefined {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} is missing`;
  const probe = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' });
  if (probe.status !== 0) return `Dask is not installed for ${PYTHON} (apt-get install python3-distributed): ${probe.stderr.trim().split('\n').pop()}`;
  if (!fs.existsSync(CLI)) return `${CLI} is not built (node esbuild.mjs)`;
  return undefined;
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('scale/dask_annotate.py', () => {
  it('annotates a corpus on a LocalCluster of 2 workers exactly as the single-process CLI does, record by record', { timeout: 300_000 }, async (t) => {
    const reason = whyNotRunnable();
    if (reason) return t.skip(reason);
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dask-annotate-'));
    try {
      const corpus = path.join(temp, 'corpus.jsonl');
      const records: unknown[] = madeUpRecords(300, 11);
      records.splice(150, 0, { id: 'no-text' });
      writeJsonl(corpus, records);

      const single = await run(process.execPath, [CLI, '--input', 'jsonl', '--jobs', '1', corpus]);
      assert.equal(single.code, 1, 'one record is skipped');
      const expected = single.stdout.trim().split('\n');
      assert.equal(expected.length, 300);

      const out = path.join(temp, 'annotated');
      const dask = await run(PYTHON, [SCRIPT, corpus, '--out', out, '--workers', '2', '--blocksize', '40kB', '--dashboard-address', ':0', '--cli', `${process.execPath} ${CLI}`]);
      assert.equal(dask.code, 1, `the skipped record makes the exit status 1:\n${dask.stderr}`);
      assert.match(dask.stderr, /2 workers/);
      assert.match(dask.stderr, /part \d{5}, standard input:\d+: record \(id "no-text"\) has no "text" string; skipped/);
      const parts = fs.readdirSync(out).sort();
      assert.ok(parts.length >= 4, `the corpus is cut into several partitions: ${parts.join(', ')}`);
      assert.ok(parts.every((name) => /^part-\d{5}\.jsonl$/.test(name)), `only complete part files: ${parts.join(', ')}`);
      const actual = parts.flatMap((name) => fs.readFileSync(path.join(out, name), 'utf8').trim().split('\n'));
      assert.equal(actual.length, expected.length);
      actual.forEach((line, index) => assert.deepEqual(JSON.parse(line), JSON.parse(expected[index]), `record ${index + 1} differs`));
      assert.equal(actual.join('\n'), expected.join('\n'), 'byte for byte');

      // --resume: a part file that is there is not written again; a missing one is.
      fs.writeFileSync(path.join(out, parts[0]), 'kept\n');
      fs.rmSync(path.join(out, parts[1]));
      const resumed = await run(PYTHON, [SCRIPT, corpus, '--out', out, '--workers', '2', '--blocksize', '40kB', '--dashboard-address', ':0', '--resume', '--cli', `${process.execPath} ${CLI}`]);
      assert.match(resumed.stderr, new RegExp(`${parts.length} partitions \\(${parts.length - 1} done before\\)`));
      assert.equal(fs.readFileSync(path.join(out, parts[0]), 'utf8'), 'kept\n');
      assert.ok(fs.existsSync(path.join(out, parts[1])));
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });
});
