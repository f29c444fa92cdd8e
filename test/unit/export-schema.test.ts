// schema/annotations.schema.json documents the project's annotation JSON: it must accept what the exporter writes
// for the fixtures and reject records that break the contract.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportDocuments } from '../../server/src/export';
import { fixtureNames, readFixture } from './export-fixtures';
import { readAnnotationsSchema, schemaErrors } from './export-schema-check';

describe('annotations JSON Schema', () => {
  const schema = readAnnotationsSchema();

  it('is draft 2020-12 and allows new fields', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.notEqual(schema.additionalProperties, false);
    assert.deepEqual(schema.required, ['id', 'actors', 'dates', 'quotes']);
  });

  for (const name of fixtureNames()) {
    it(`accepts the JSON export of ${name}`, () => {
      const [file] = exportDocuments('json', [readFixture(name)]);
      assert.deepEqual(schemaErrors(JSON.parse(file.content), schema), []);
    });
  }

  it('rejects broken records, saying where', () => {
    const record = JSON.parse(exportDocuments('json', [readFixture('worked-example')])[0].content);
    record.actors[0].type = 'animal';
    record.dates[0].start = -1;
    delete record.quotes[0].speaker;
    record.extra = { allowed: true };
    assert.deepEqual(schemaErrors(record, schema), [
      '$.actors[0].type: "animal" is not one of person, organization, place',
      '$.dates[0].start: -1 < 0',
      '$.quotes[0]: missing speaker',
    ]);
  });

  it('accepts a quote without a speaker and a numeric record id', () => {
    const record = JSON.parse(exportDocuments('json', [readFixture('worked-example')])[0].content);
    record.quotes[0].speaker = null;
    record.id = 7;
    assert.deepEqual(schemaErrors(record, schema), []);
  });
});
