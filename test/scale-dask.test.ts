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

/** Why Parquet output cannot be written here: pandas with pyarrow or fastparquet missing (undefined when it can). */
function whyNoParquet(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import importlib.util, pandas; import sys; sys.exit(0 if any(importlib.util.find_spec(e) for e in ("pyarrow", "fastparquet")) else 3)'], {
    encoding: 'utf8',
  });
  if (probe.status === 0) return undefined;
  const missing = probe.status === 3 ? 'neither pyarrow nor fastparquet is installed' : `pandas is not installed (${probe.stderr.trim().split('\n').pop()})`;
  // Debian 12 (bookworm) has no python3-pyarrow and no python3-fastparquet package: pip or conda installs them.
  return `Parquet output needs pandas with pyarrow or fastparquet for ${PYTHON}: ${missing} (Debian 12 packages neither; pip install pyarrow)`;
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
      assert.ok(
        parts.every((name) => /^part-\d{5}\.jsonl$/.test(name)),
        `only complete part files: ${parts.join(', ')}`,
      );
      const actual = parts.flatMap((name) => fs.readFileSync(path.join(out, name), 'utf8').trim().split('\n'));
      assert.equal(actual.length, expected.length);
      actual.forEach((line, index) => assert.deepEqual(JSON.parse(line), JSON.parse(expected[index]), `record ${index + 1} differs`));
      assert.equal(actual.join('\n'), expected.join('\n'), 'byte for byte');

      // --resume: a part file that is there is not written again; a missing one is.
      fs.writeFileSync(path.join(out, parts[0]), 'kept\n');
      fs.rmSync(path.join(out, parts[1]));
      const resumed = await run(PYTHON, [
        SCRIPT,
        corpus,
        '--out',
        out,
        '--workers',
        '2',
        '--blocksize',
        '40kB',
        '--dashboard-address',
        ':0',
        '--resume',
        '--cli',
        `${process.execPath} ${CLI}`,
      ]);
      assert.match(resumed.stderr, new RegExp(`${parts.length} partitions \\(${parts.length - 1} done before\\)`));
      assert.equal(fs.readFileSync(path.join(out, parts[0]), 'utf8'), 'kept\n');
      assert.ok(fs.existsSync(path.join(out, parts[1])));
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });

  it('writes Parquet part files whose rows are, in order, the ids and the records the single-process CLI prints', { timeout: 300_000 }, async (t) => {
    const reason = whyNotRunnable() ?? whyNoParquet();
    if (reason) return t.skip(reason);
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dask-parquet-'));
    try {
      const corpus = path.join(temp, 'corpus.jsonl');
      writeJsonl(corpus, madeUpRecords(80, 5));
      const single = await run(process.execPath, [CLI, '--input', 'jsonl', '--jobs', '1', corpus]);
      assert.equal(single.code, 0, single.stderr);
      const expected = single.stdout.trim().split('\n');

      const out = path.join(temp, 'annotated');
      const dask = await run(PYTHON, [
        SCRIPT,
        corpus,
        '--out',
        out,
        '--format',
        'parquet',
        '--workers',
        '2',
        '--blocksize',
        '10kB',
        '--dashboard-address',
        ':0',
        '--cli',
        `${process.execPath} ${CLI}`,
      ]);
      assert.equal(dask.code, 0, dask.stderr);
      const parts = fs.readdirSync(out).sort();
      assert.ok(parts.length >= 2 && parts.every((name) => /^part-\d{5}\.parquet$/.test(name)), `several complete part files: ${parts.join(', ')}`);
      // Read back with pandas, as a researcher would: one JSON line per row, [id, annotations].
      const read = await run(PYTHON, [
        '-c',
        'import json, sys, pandas\nfor name in sys.argv[1:]:\n    for row in pandas.read_parquet(name).itertuples(index=False):\n        print(json.dumps([row.id, row.annotations]))',
        ...parts.map((name) => path.join(out, name)),
      ]);
      assert.equal(read.code, 0, read.stderr);
      const rows = read.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as [string, string]);
      assert.equal(rows.length, expected.length);
      rows.forEach(([id, record], index) => {
        assert.equal(record, expected[index], `record ${index + 1} differs`);
        assert.equal(id, String((JSON.parse(expected[index]) as { id: unknown }).id));
      });
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });

  it('refuses --format parquet with the reason and exit status 2 where pyarrow and fastparquet are both missing', { timeout: 60_000 }, async (t) => {
    const reason = whyNotRunnable();
    if (reason) return t.skip(reason);
    if (!whyNoParquet()) return t.skip('a Parquet engine is installed: the refusal cannot happen here');
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dask-no-parquet-'));
    try {
      const corpus = path.join(temp, 'corpus.jsonl');
      writeJsonl(corpus, madeUpRecords(3, 2));
      const dask = await run(PYTHON, [SCRIPT, corpus, '--out', path.join(temp, 'annotated'), '--format', 'parquet', '--cli', `${process.execPath} ${CLI}`]);
      assert.equal(dask.code, 2);
      assert.match(dask.stderr, /--format parquet needs pandas with pyarrow or fastparquet .*; use --format jsonl/);
      assert.ok(!fs.existsSync(path.join(temp, 'annotated')), 'nothing is written');
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });
});
