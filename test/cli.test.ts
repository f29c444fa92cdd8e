// The command line as users run it: the bundled dist/cli.js (build it with `node esbuild.mjs`; `npm test` does) on
// temporary folders and standard input. Its annotations must be exactly analyze()'s: one analyzer everywhere.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze as analyzeOnly } from '../server/src/analysis/analyze';
import type { AnalyzeOptions } from '../server/src/analysis/types';
import { applyCorrections } from '../server/src/corrections';
import { formatSummary } from '../cli/summary';
import { CLI, ROOT, runCli, TempFolder } from './cliRunner';
import { readAnnotationsSchema, schemaErrors } from './unit/export-schema-check';

/** What the CLI prints for an article without corrections: analyze()'s output, each annotation with origin auto. */
const analyze = (text: string, options: AnalyzeOptions) => applyCorrections(text, analyzeOnly(text, options), []).annotations;

const ARTICLE = '“We will win,” said Jane Doe of Acme Corp in Paris on Monday.\n\nShe spoke to reporters on 3 March 2024.\n';

function newestSource(folders: string[]): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  for (const folder of folders) {
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      const { mtimeMs } = fs.statSync(file);
      if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}

const temp = new TempFolder('news-annotate-');

describe('news-annotate CLI', () => {
  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: build it first with \`node esbuild.mjs\` (npm test does)`);
    // A bundle older than the sources would be compared with a newer analyze(): say so instead of showing a diff.
    const newest = newestSource([path.join(ROOT, 'cli'), path.join(ROOT, 'server/src')]);
    assert.ok(fs.statSync(CLI).mtimeMs >= newest.mtimeMs, `${CLI} is older than ${newest.file}: rebuild it with \`node esbuild.mjs\``);
    temp.create();
  });
  after(() => temp.remove());

  it('prints the annotation JSON of one file, exactly what analyze() returns', async () => {
    const file = temp.write('one/article.txt', ARTICLE);
    const run = await runCli([file]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(JSON.stringify(analyze(ARTICLE, { id: file }))));
  });

  it('gives the same annotations as analyze() on a real article, with --reference-date passed through', async () => {
    const seed = 'seeds/cstoRearmament-uni.txt';
    const run = await runCli([seed, '--reference-date', '2025-11-28']);
    assert.equal(run.code, 0, run.stderr);
    const text = fs.readFileSync(path.join(ROOT, seed), 'utf8').replace(/^\uFEFF/, '');
    const record = JSON.parse(run.stdout);
    assert.deepEqual(record, JSON.parse(JSON.stringify(analyze(text, { id: seed, referenceDate: '2025-11-28' }))));
    assert.deepEqual(schemaErrors(record, readAnnotationsSchema()), []);
  });

  it('walks folders for article files in name order, skipping node_modules and dot-folders', async () => {
    const folder = path.join(temp.path, 'walk');
    for (const name of ['b.md', 'a.txt', 'c.news', 'd.article', 'sub/e.TXT', 'notes.json', 'node_modules/x.txt', '.git/y.txt', 'sub/.cache/z.txt']) {
      temp.write(`walk/${name}`, ARTICLE);
    }
    const run = await runCli([folder]);
    assert.equal(run.code, 0, run.stderr);
    const records = JSON.parse(run.stdout) as { id: string }[];
    assert.deepEqual(
      records.map((record) => path.relative(folder, record.id)),
      ['a.txt', 'b.md', 'c.news', 'd.article', path.join('sub', 'e.TXT')],
    );
  });

  it('reads JSONL records from standard input and writes one record per input, keeping ids and order', async () => {
    const records = [
      { id: 'second', text: 'Jane Doe spoke in Paris on Monday.', dct: '2024-05-10', source: 'ignored' },
      { id: 7, text: ARTICLE },
      { id: 'first', text: 'Acme Corp met on Friday.', dct: '2023-01-02' },
    ];
    const run = await runCli(['--input', 'jsonl', '-'], { input: records.map((record) => JSON.stringify(record)).join('\r\n') + '\n' });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.id),
      ['second', 7, 'first'],
    );
    records.forEach((record, index) => {
      const expected = JSON.parse(JSON.stringify(analyze(record.text, { id: String(record.id), referenceDate: record.dct })));
      assert.deepEqual({ ...lines[index], id: String(lines[index].id) }, expected);
    });
    assert.equal(lines[0].referenceDate.value, '2024-05-10');

    const array = await runCli(['--input', 'jsonl', '-', '--format', 'json'], { input: records.map((record) => JSON.stringify(record)).join('\n') });
    assert.equal(array.code, 0, array.stderr);
    assert.deepEqual(JSON.parse(array.stdout), lines, 'json prints the same records as one array');
  });

  it('streams JSONL: a record is answered before the next one is sent', async () => {
    const child = spawn(process.execPath, [CLI, '--input', 'jsonl', '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffered = '';
    const nextLine = () =>
      new Promise<string>((resolve) => {
        const onData = (chunk: Buffer) => {
          buffered += chunk.toString('utf8');
          const newline = buffered.indexOf('\n');
          if (newline === -1) return;
          child.stdout.off('data', onData);
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          resolve(line);
        };
        child.stdout.on('data', onData);
      });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(JSON.stringify({ id: 'one', text: 'Jane Doe left Paris.' }) + '\n');
    lines.push(await nextLine());
    child.stdin.end(JSON.stringify({ id: 'two', text: 'Acme Corp stayed.' }) + '\n');
    lines.push(await nextLine());
    assert.equal(await closed, 0);
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).id),
      ['one', 'two'],
    );
  });

  it("prints the summary of analyze()'s annotations", async () => {
    const file = temp.write('summary/article.txt', ARTICLE);
    const run = await runCli(['--format', 'summary', file, file]);
    assert.equal(run.code, 0, run.stderr);
    const summary = formatSummary(file, ARTICLE, analyze(ARTICLE, { id: file }));
    assert.equal(run.stdout, `${summary}\n${summary}`, 'one summary per article, a blank line between');
  });

  it('reports a missing file, goes on with the rest and exits 1', async () => {
    const file = temp.write('missing/article.txt', ARTICLE);
    const run = await runCli([path.join(temp.path, 'missing/nope.txt'), file, '--format', 'jsonl']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /news-annotate: cannot read .*nope\.txt: no such file or folder/);
    assert.equal(JSON.parse(run.stdout).id, file);
  });

  it('reports a folder without articles', async () => {
    temp.write('no-articles/data.json', '{}');
    const run = await runCli([path.join(temp.path, 'no-articles')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no articles \(\.news, \.article, \.txt, \.md files\) in folder .*no-articles/);
    assert.equal(run.stdout, '[]\n');
  });

  it('skips binary and invalid UTF-8 files, saying so, and annotates the rest', async () => {
    temp.write('mixed/a-binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    temp.write('mixed/b-latin1.txt', Buffer.from('Caf\xe9 in Paris', 'latin1'));
    temp.write('mixed/c-good.txt', ARTICLE);
    const run = await runCli([path.join(temp.path, 'mixed'), '--format', 'jsonl']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /a-binary\.txt is a binary file \(it contains NUL bytes\); skipped/);
    assert.match(run.stderr, /b-latin1\.txt is not valid UTF-8 text \(first bad byte at offset 3\); skipped/);
    const ids = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    assert.deepEqual(
      ids.map((id: string) => path.basename(id)),
      ['c-good.txt'],
    );
  });

  it('annotates an empty file as empty, with a note', async () => {
    const file = temp.write('empty/empty.txt', '');
    const run = await runCli([file]);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /note: .*empty\.txt is empty; annotated as an empty article/);
    const record = JSON.parse(run.stdout);
    assert.deepEqual([record.actors, record.dates, record.quotes], [[], [], []]);
  });

  it('drops a BOM and counts offsets against the text without it', async () => {
    const file = temp.write('bom/article.txt', '\uFEFF' + ARTICLE);
    const run = await runCli([file]);
    assert.equal(run.code, 0, run.stderr);
    const record = JSON.parse(run.stdout);
    assert.deepEqual(record, JSON.parse(JSON.stringify(analyze(ARTICLE, { id: file }))));
    for (const actor of record.actors) for (const mention of actor.mentions) assert.equal(ARTICLE.slice(mention.start, mention.end), mention.text);
  });

  it('names the file and line of malformed JSONL and goes on', async () => {
    const corpus = temp.write(
      'jsonl/corpus.jsonl',
      [
        '{"id": "a", "text": "Jane Doe left."}',
        '{"id": "b", "text": ',
        '',
        '{"text": "no id"}',
        '{"id": "c", "text": 5}',
        '{"id": "d", "text": "x", "dct": "May 5"}',
        '{"id": "e", "text": "Acme Corp."}',
      ].join('\n'),
    );
    const run = await runCli(['--input', 'jsonl', corpus]);
    assert.equal(run.code, 1);
    const errors = run.stderr.trimEnd().split('\n');
    assert.equal(errors.length, 4, run.stderr);
    assert.match(errors[0], /corpus\.jsonl:2: record is not valid JSON/);
    assert.match(errors[1], /corpus\.jsonl:4: record has no "id"/);
    assert.match(errors[2], /corpus\.jsonl:5: record \(id "c"\) has no "text" string/);
    assert.match(errors[3], /corpus\.jsonl:6: record \(id "d"\) has a "dct" that is not a date written YYYY-MM-DD/);
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id),
      ['a', 'e'],
    );
  });

  it('rejects an unknown format, a bad option and a bad reference date with exit 2', async () => {
    const file = temp.write('usage/article.txt', ARTICLE);
    const unknown = await runCli(['--format', 'xml', file]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown format "xml" \(known: json, jsonl, summary, sources, csv, brat, w3c, conll, doccano, doccano-relations, labelstudio, spacy\)/);
    assert.equal(unknown.stdout, '');
    assert.equal((await runCli(['--frobnicate', file])).code, 2);
    const date = await runCli(['--reference-date', '2024-02-30', file]);
    assert.equal(date.code, 2);
    assert.match(date.stderr, /--reference-date must be a date written YYYY-MM-DD/);
    assert.match((await runCli(['--format', 'brat', file])).stderr, /brat writes several files per article: give --out DIR/);
    assert.equal((await runCli([])).code, 2);
  });

  it('reads one article from standard input with -', async () => {
    const run = await runCli(['-', '--format', 'jsonl'], { input: ARTICLE });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(JSON.stringify(analyze(ARTICLE, { id: 'stdin' }))));
  });

  it('keeps the names of same-named articles apart in a corpus format', async () => {
    temp.write('twins/a/article.txt', ARTICLE);
    temp.write('twins/b/article.txt', ARTICLE);
    const run = await runCli([path.join(temp.path, 'twins'), '--format', 'doccano']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).document),
      ['article', 'article-2'],
    );
  });

  it('prints help', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: news-annotate/);
    assert.match(run.stdout, /--input jsonl/);
  });

  it('writes one file per input into --out, named by file name or record id', async () => {
    const out = path.join(temp.path, 'out-json');
    const first = temp.write('out/a/article.txt', ARTICLE);
    const second = temp.write('out/b/article.txt', ARTICLE);
    assert.equal((await runCli([first, second, '--out', out])).code, 0);
    assert.deepEqual(fs.readdirSync(out).sort(), ['article-2.json', 'article.json']);
    assert.equal(JSON.parse(fs.readFileSync(path.join(out, 'article-2.json'), 'utf8')).id, second);

    const outRecords = path.join(temp.path, 'out-records');
    const input = [
      { id: 'x/1', text: 'Jane Doe left.' },
      { id: 2, text: 'Paris.' },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n');
    assert.equal((await runCli(['--input', 'jsonl', '-', '--out', outRecords], { input })).code, 0);
    assert.deepEqual(fs.readdirSync(outRecords).sort(), ['2.json', 'x_1.json']);
    assert.equal(JSON.parse(fs.readFileSync(path.join(outRecords, '2.json'), 'utf8')).id, 2);
  });

  it('reports an output folder it cannot create', async () => {
    const file = temp.write('blocked/article.txt', ARTICLE);
    const run = await runCli([file, '--out', path.join(file, 'out')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /news-annotate: cannot create the output folder .*article\.txt.out: /);
  });

  it('writes brat files per article and corpus formats as one file', async () => {
    const folder = path.join(temp.path, 'corpus');
    temp.write('corpus/one.txt', ARTICLE);
    temp.write('corpus/two.txt', 'Acme Corp opened in Berlin.\r\n');
    const brat = path.join(temp.path, 'out-brat');
    assert.equal((await runCli([folder, '--format', 'brat', '--out', brat])).code, 0);
    assert.deepEqual(fs.readdirSync(brat).sort(), ['annotation.conf', 'one.ann', 'one.txt', 'two.ann', 'two.txt']);
    assert.equal(fs.readFileSync(path.join(brat, 'two.txt'), 'utf8'), 'Acme Corp opened in Berlin.\n');

    const labelstudio = path.join(temp.path, 'out-ls');
    assert.equal((await runCli([folder, '--format', 'labelstudio', '--out', labelstudio])).code, 0);
    assert.deepEqual(fs.readdirSync(labelstudio).sort(), ['corpus.labelstudio.json', 'labeling-config.xml']);
    assert.equal(JSON.parse(fs.readFileSync(path.join(labelstudio, 'corpus.labelstudio.json'), 'utf8')).length, 2);

    const csv = await runCli([folder, '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /^document,kind,type,text,start,end,actor_id,actor,value,role,affiliation,cue,origin,reviewed\n/);
    const spacy = await runCli([folder, '--format', 'spacy']);
    assert.equal(spacy.stdout.trimEnd().split('\n').length, 2);
    assert.match(spacy.stderr, /note: the spacy export also has spacy_docbin\.py: use --out DIR to write it/);
  });
});
