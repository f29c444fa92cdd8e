// Golden-file tests of every exporter: the worked example of shared/docs/export-formats.md in every format, and
// fixtures with an emoji before an entity, a BOM with CRLF line ends, and quotes running over line breaks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportDocuments } from '../../server/src/export';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_FORMAT_FIXTURES, EXPORT_FIXTURES, GOLDEN_CREATED, UPDATING_GOLDEN, expectedFiles, fixtureNames, readFixture, writeExpectedFile } from './export-fixtures';

describe('export golden files', () => {
  for (const name of fixtureNames()) {
    it(`${name}: every file with a golden copy matches it byte for byte`, () => {
      const document = readFixture(name);
      const expected = expectedFiles(name);
      const compared = new Set<string>();
      for (const format of EXPORT_FORMATS) {
        for (const file of exportDocuments(format, [document], { created: GOLDEN_CREATED })) {
          if (UPDATING_GOLDEN && format !== 'json' && (expected.has(file.name) || ALL_FORMAT_FIXTURES.includes(name))) {
            writeExpectedFile(name, file.name, file.content);
            expected.set(file.name, file.content);
          }
          const golden = expected.get(file.name);
          if (golden === undefined) continue;
          assert.equal(file.content, golden, `${format}: ${file.name}`);
          compared.add(file.name);
        }
      }
      // A golden file no format writes would otherwise be skipped silently.
      assert.deepEqual(
        [...expected.keys()].filter((file) => !compared.has(file)),
        [],
      );
    });
  }

  for (const name of ALL_FORMAT_FIXTURES) {
    it(`covers every format on ${name}`, () => {
      const expected = expectedFiles(name);
      for (const format of EXPORT_FORMATS.filter((format) => format !== 'json')) {
        const files = exportDocuments(format, [readFixture(name)], { created: GOLDEN_CREATED });
        for (const file of files) assert.ok(expected.has(file.name), `${format} writes ${file.name}, which has no golden copy`);
      }
    });
  }

  it('newsroom as a JSONL record: W3C writes a self-contained collection a line (golden), or names the record only', () => {
    const record = { ...readFixture('newsroom'), recordId: 'news 1', source: 'file:///corpus/news.jsonl' };
    const [file] = exportDocuments('w3c', [record], { created: GOLDEN_CREATED });
    assert.equal(file.name, 'newsroom.w3c.jsonl');
    const golden = path.join(EXPORT_FIXTURES, 'newsroom', 'as-record', file.name);
    if (UPDATING_GOLDEN) fs.writeFileSync(golden, file.content);
    assert.equal(file.content, fs.readFileSync(golden, 'utf8'));
    const collection = JSON.parse(file.content);
    assert.equal(collection.first.items[0].target.source.id, 'file:///corpus/news.jsonl#record=news%201');
    assert.equal(collection.first.items[0].target.source.value, record.text.replace(/\r\n?/g, '\n'));
    const [bare] = exportDocuments('w3c', [record], { created: GOLDEN_CREATED, embedText: false });
    assert.ok(JSON.parse(bare.content).first.items.every((item: { target: { source: unknown } }) => item.target.source === 'file:///corpus/news.jsonl#record=news%201'));
  });

  it('json writes the annotations unchanged, one file per document', () => {
    const documents = [readFixture('worked-example'), readFixture('emoji')];
    const files = exportDocuments('json', documents);
    assert.deepEqual(
      files.map((file) => file.name),
      ['worked-example.json', 'emoji.json'],
    );
    assert.deepEqual(JSON.parse(files[0].content), documents[0].annotations);
    assert.ok(files[1].content.endsWith('}\n'));
    assert.equal(JSON.parse(files[1].content).id, 'emoji', 'a document without an id is named by its name');
  });

  it('brat writes a .txt and .ann per document and one annotation.conf', () => {
    const files = exportDocuments('brat', [readFixture('worked-example'), readFixture('emoji')]);
    assert.deepEqual(
      files.map((file) => file.name),
      ['worked-example.txt', 'worked-example.ann', 'emoji.txt', 'emoji.ann', 'annotation.conf'],
    );
  });

  it('corpus formats put every document in one file, in order', () => {
    const documents = [readFixture('worked-example'), readFixture('emoji'), readFixture('bom-crlf')];
    const [doccano] = exportDocuments('doccano', documents);
    assert.equal(doccano.name, 'annotations.doccano.jsonl');
    assert.deepEqual(
      doccano.content
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).document),
      ['worked-example', 'emoji', 'bom-crlf'],
    );
    const [conll] = exportDocuments('conll', documents, { name: 'corpus' });
    assert.equal(conll.name, 'corpus.conll');
    assert.deepEqual(
      conll.content.split('\n').filter((line) => line.startsWith('-DOCSTART-')),
      ['-DOCSTART- worked-example -X- O', '-DOCSTART- emoji -X- O', '-DOCSTART- bom-crlf -X- O'],
    );
    const [csv] = exportDocuments('csv', documents);
    assert.equal(csv.content.split('\n').filter((line) => line.startsWith('document,')).length, 1, 'one header row');
  });

  it('conll takes a label map and leaves out kinds mapped to null', () => {
    const [file] = exportDocuments('conll', [readFixture('worked-example')], { conllLabels: { person: 'PERSON', date: null } });
    assert.match(file.content, /^Jane -X- _ B-PERSON$/m);
    assert.match(file.content, /^Monday -X- _ O$/m);
    assert.match(file.content, /^Acme -X- _ B-ORG$/m);
  });

  it('is deterministic and takes the W3C created time from the option', () => {
    const document = readFixture('worked-example');
    const first = exportDocuments('w3c', [document], { created: '2020-01-01T00:00:00Z' });
    assert.deepEqual(exportDocuments('w3c', [document], { created: '2020-01-01T00:00:00Z' }), first);
    assert.match(first[0].content, /"created": "2020-01-01T00:00:00Z"/);
    assert.doesNotMatch(first[0].content, /2024-05-13T10:00:00Z/);
  });

  it('gives W3C annotations distinct ids when one source is exported twice', () => {
    const document = readFixture('worked-example');
    const once = JSON.parse(exportDocuments('w3c', [document], { created: GOLDEN_CREATED })[0].content).total;
    const collection = JSON.parse(exportDocuments('w3c', [document, document], { created: GOLDEN_CREATED })[0].content);
    const ids = collection.first.items.map((item: { id: string }) => item.id);
    assert.equal(ids.length, 2 * once);
    assert.equal(new Set(ids).size, 2 * once);
  });

  it('marks manual annotations in the brat Origin attribute', () => {
    const document = readFixture('worked-example');
    const mention = document.annotations.actors[0].mentions[0] as object;
    Object.assign(mention, { origin: 'manual' });
    const ann = exportDocuments('brat', [document]).find((file) => file.name.endsWith('.ann'))!.content;
    assert.match(ann, /^T3\tPerson 20 28\tJane Doe$/m);
    assert.match(ann, /^A\d+\tOrigin T3 manual$/m);
    assert.match(ann, /^A\d+\tOrigin T4 auto$/m);
  });

  it('leaves out title quotes from span formats but keeps them in CSV', () => {
    const document = readFixture('worked-example');
    document.annotations.quotes[0].kind = 'title';
    const ann = exportDocuments('brat', [document]).find((file) => file.name.endsWith('.ann'))!.content;
    assert.doesNotMatch(ann, /Quotation|Speaker/);
    assert.match(exportDocuments('csv', [document])[0].content, /quote,title,/);
  });

  it('leaves out spans outside the text instead of failing', () => {
    const document = readFixture('worked-example');
    document.annotations.actors[0].mentions.push({ start: 55, end: 99, text: 'stale' });
    document.annotations.dates[0].start = document.annotations.dates[0].end;
    document.annotations.quotes[0].parts = [{ start: -3, end: 2, text: 'x' }];
    for (const format of EXPORT_FORMATS) assert.doesNotThrow(() => exportDocuments(format, [document]), format);
    const ann = exportDocuments('brat', [document]).find((file) => file.name.endsWith('.ann'))!.content;
    assert.match(ann, /^T1\tQuotation 0 14\t/m);
    assert.doesNotMatch(ann, /stale|Date/);
  });

  it('rejects an unknown format and describes every known one', () => {
    assert.throws(() => exportDocuments('xml', []), /unknown export format "xml"/);
    assert.deepEqual(
      EXPORT_FORMAT_INFO.map((info) => info.id),
      [...EXPORT_FORMATS],
    );
    assert.deepEqual(
      EXPORT_FORMAT_INFO.filter((info) => info.perDocument).map((info) => info.id),
      ['json', 'brat'],
    );
  });
});
