// The CLI applies corrections made by hand: a JSONL record's "corrections" array (sidecar format); a malformed one
// is reported and the record gets the analyzer's output. (Sidecar files next to articles: test/protocol/corrections.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const CLI = path.join(path.resolve(__dirname, '../..'), 'dist/cli.js');
const TEXT = 'Ferry plan approved\n\nHarbor commissioner Lena Marsh said the ferry would run by June.\n';

function runRaw(records: unknown[], extra: string[] = []) {
  const input = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  return spawnSync(process.execPath, [CLI, '--input', 'jsonl', '-', ...extra], { input, encoding: 'utf8' });
}

function run(records: unknown[], extra: string[] = []) {
  const result = runRaw(records, extra);
  return {
    ...result,
    records: result.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  };
}

describe('news-annotate with corrections in JSONL records', { skip: !fs.existsSync(CLI) && 'dist/cli.js is not built' }, () => {
  it("applies a record's corrections and marks what they changed as manual", () => {
    const start = TEXT.indexOf('Lena Marsh');
    const anchor = { start, end: start + 'Lena Marsh'.length, exact: 'Lena Marsh', prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + 10, start + 42) };
    const { status, records, stderr } = run([
      { id: 1, text: TEXT, corrections: [{ op: 'retype', kind: 'actor', type: 'organization', anchor }] },
      { id: 2, text: TEXT },
    ]);
    assert.equal(status, 0, stderr);
    const marsh = (record: { actors: { name: string; type: string; origin: string }[] }) => record.actors.find((actor) => actor.name === 'Lena Marsh');
    assert.deepEqual([marsh(records[0])?.type, marsh(records[0])?.origin], ['organization', 'manual']);
    assert.deepEqual([marsh(records[1])?.type, marsh(records[1])?.origin], ['person', 'auto']);
    const ignored = run([{ id: 1, text: TEXT, corrections: [{ op: 'retype', kind: 'actor', type: 'organization', anchor }] }], ['--no-corrections']);
    assert.equal(marsh(ignored.records[0])?.type, 'person');
  });

  it("reports a malformed corrections array and gives the analyzer's output", () => {
    const { status, records, stderr } = run([{ id: 'x', text: TEXT, corrections: [{ op: 'rename', name: 'Lena Marsh' }] }]);
    assert.equal(status, 1);
    assert.match(stderr, /unknown correction "op": "rename"/);
    assert.equal(records[0].actors.find((actor: { name: string }) => actor.name === 'Lena Marsh')?.type, 'person');
  });

  it('gives the same output and the same messages, in the same order, on one thread and on two', () => {
    const start = TEXT.indexOf('Lena Marsh');
    const anchor = { start, end: start + 'Lena Marsh'.length, exact: 'Lena Marsh', prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + 10, start + 42) };
    const records = [
      { id: 1, text: TEXT, corrections: [{ op: 'retype', kind: 'actor', type: 'organization', anchor }] },
      { id: 2, text: TEXT, corrections: [{ op: 'rename', name: 'Lena Marsh' }] },
      { id: 3, text: '   ' },
      { id: 4, text: TEXT.replace('Lena Marsh', 'Ruth Osei'), corrections: [{ op: 'retype', kind: 'actor', type: 'organization', anchor }] },
      { id: 5, text: TEXT },
    ];
    for (const format of ['jsonl', 'json', 'summary', 'csv']) {
      const one = runRaw(records, ['--jobs', '1', '-f', format]);
      const two = runRaw(records, ['--jobs', '2', '-f', format]);
      assert.equal(two.status, one.status);
      assert.equal(two.stdout, one.stdout, `${format}: the output differs`);
      assert.equal(two.stderr, one.stderr, `${format}: the messages differ`);
    }
    const { stderr } = runRaw(records, ['--jobs', '2']);
    assert.match(
      stderr,
      /standard input:2 corrections:1: unknown correction "op": "rename"[\s\S]*standard input:3: record 3 has an empty text[\s\S]*standard input:4 corrections: 1 correction\(s\) could not be placed/,
    );
  });
});
