// The CLI's export choices: --bom for CSV, --format doccano-relations, W3C collections per JSONL record with the text
// embedded (or not, --no-text), and one BOM policy for files and JSONL records.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CLI, runCli, TempFolder } from './cliRunner';
import { readW3cCollection } from './unit/export-readback';

const ARTICLE = '“We will win,” said Jane Doe of Acme Corp in Paris on Monday. “Prices are too high,” the newspaper wrote.\n';

const temp = new TempFolder('news-annotate-export-');

describe('news-annotate export options', () => {
  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: build it first with \`node esbuild.mjs\``);
    temp.create();
  });
  after(() => temp.remove());

  it('writes a CSV with a BOM only when asked', async () => {
    const file = temp.write('csv/article.txt', ARTICLE);
    const plain = await runCli([file, '--format', 'csv']);
    assert.equal(plain.code, 0, plain.stderr);
    assert.ok(plain.stdout.startsWith('document,'));
    const excel = await runCli([file, '--format', 'csv', '--bom']);
    assert.ok(excel.stdout.startsWith('\uFEFFdocument,'));
    assert.equal(excel.stdout.slice(1), plain.stdout);
  });

  it('names doccano-relations when writing the sequence labeling form, and writes both', async () => {
    const file = temp.write('doccano/article.txt', ARTICLE);
    const sequence = await runCli([file, '--format', 'doccano']);
    assert.equal(sequence.code, 0, sequence.stderr);
    assert.match(sequence.stderr, /--format doccano-relations/);
    assert.ok(Array.isArray(JSON.parse(sequence.stdout).label));
    const relations = await runCli([file, '--format', 'doccano-relations']);
    assert.equal(relations.code, 0, relations.stderr);
    const record = JSON.parse(relations.stdout);
    assert.ok(record.entities.length > 0 && record.relations.some((relation: { type: string }) => relation.type === 'speaker'));
  });

  it('writes one W3C collection per JSONL record, its source the record in the corpus file, its text embedded', async () => {
    const corpus = temp.write(
      'w3c/corpus.jsonl',
      [
        { id: 'a 1', text: ARTICLE },
        { id: 2, text: 'Jane Doe left Paris.' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n') + '\n',
    );
    const run = await runCli(['--input', 'jsonl', corpus, '--format', 'w3c']);
    assert.equal(run.code, 0, run.stderr);
    const collections = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(collections.length, 2);
    const corpusUri = pathToFileURL(corpus).href;
    const first = collections[0];
    assert.match(first.label, /record "a 1"/);
    const embedded = first.first.items[0].target.source;
    assert.deepEqual(embedded, { id: `${corpusUri}#record=a%201`, type: 'TextualBody', value: ARTICLE, format: 'text/plain' });
    // Self-contained: every target resolves to the embedded text.
    const read = readW3cCollection(first, new Map([[embedded.id, embedded.value]]));
    assert.deepEqual([...read.sources], [embedded.id]);
    assert.ok(read.spans.length > 0 && read.relations.length > 0);
    assert.equal(collections[1].first.items[0].target.source.id, `${corpusUri}#record=2`);

    const bare = await runCli(['--input', 'jsonl', corpus, '--format', 'w3c', '--no-text']);
    const withoutText = JSON.parse(bare.stdout.split('\n')[0]);
    assert.equal(withoutText.first.items[0].target.source, `${corpusUri}#record=a%201`);
    assert.doesNotMatch(bare.stdout, /TextualBody", "value": "“We will win/);
  });

  it('writes W3C sources of files as file URIs', async () => {
    const file = temp.write('w3c-file/article.txt', ARTICLE);
    const run = await runCli([file, '--format', 'w3c']);
    const collection = JSON.parse(run.stdout);
    assert.ok(collection.first.items.every((item: { target: { source: string } }) => item.target.source === pathToFileURL(file).href));
  });

  it('drops a BOM at the start of a JSONL record’s text as it does at the start of a file', async () => {
    const file = temp.write('bom/article.txt', '\uFEFF' + ARTICLE);
    const fromFile = JSON.parse((await runCli([file])).stdout);
    const fromRecord = JSON.parse((await runCli(['--input', 'jsonl', '-'], { input: JSON.stringify({ id: 'r', text: '\uFEFF' + ARTICLE }) + '\n' })).stdout);
    for (const record of [fromFile, fromRecord]) delete record.id;
    assert.deepEqual(fromRecord, fromFile);
    assert.equal(fromRecord.quotes[0].start, 0, 'offsets count the text without the BOM');
  });

  it('starts each CoNLL document with its record id', async () => {
    const input = [
      { id: 'first one', text: ARTICLE },
      { id: 7, text: 'Jane Doe left.' },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n');
    const run = await runCli(['--input', 'jsonl', '-', '--format', 'conll'], { input });
    assert.deepEqual(
      run.stdout.split('\n').filter((line) => line.startsWith('-DOCSTART-')),
      ['-DOCSTART- first_one -X- O', '-DOCSTART- 7 -X- O'],
    );
  });
});
