// The export choices of the VS Code commands that need no editor: the format list and the CSV byte order mark.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSV_ENCODING_CHOICES, exportFormatChoices, withCsvBom } from '../../client/src/exportFormats';
import { exportDocuments } from '../../server/src/export';
import { readFixture } from './export-fixtures';

describe('export choices in VS Code', () => {
  it('offers both doccano forms, saying which project each is for', () => {
    const labels = new Map(exportFormatChoices().map((choice) => [choice.id, choice.label]));
    assert.match(labels.get('doccano')!, /no overlapping spans/);
    assert.match(labels.get('doccano-relations')!, /relation/);
  });

  it('offers a BOM for Excel first, and adds it to the CSV only, once', () => {
    assert.deepEqual(
      CSV_ENCODING_CHOICES.map((choice) => choice.bom),
      [true, false],
    );
    const files = [...exportDocuments('csv', [readFixture('emoji')]), { name: 'labeling-config.xml', content: '<View/>' }];
    const marked = withCsvBom(files);
    assert.equal(marked[0].content, '\uFEFF' + files[0].content);
    assert.equal(marked[1].content, '<View/>');
    assert.deepEqual(withCsvBom(marked), marked);
    assert.equal(exportDocuments('csv', [readFixture('emoji')], { bom: true })[0].content, marked[0].content, 'the same file as the CLI’s --bom');
  });
});
