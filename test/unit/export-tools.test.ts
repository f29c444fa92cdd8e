// The seed articles' exports against what the consuming tools document for import, so they load without changing
// a setting:
// - doccano, a new sequence labeling project (overlapping spans off, no relation labeling): JSONL records with a
//   non-empty "text" and a "label" column of [start_offset, end_offset, label] with start < end (doccano's SpanLabel),
//   none overlapping (doccano drops overlapping spans in such a project); no relations.
// - doccano with "Allow overlapping spans" and relation labeling: "entities" of {id, start_offset, end_offset, label}
//   and "relations" of {from_id, to_id, type} whose ids are entities of the same record (doccano maps them).
// - Label Studio: a JSON list of tasks whose data key is the Text tag's $variable, results whose from_name / to_name
//   are the config's Labels and Text names, type "labels", labels and relation labels declared in the config,
//   relations between regions of the same result.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { exportDocuments, type ExportDocument } from '../../server/src/export';
import { codePointSlice } from './export-readback';

const SEEDS = path.resolve(__dirname, '../../../seeds');

function seedDocuments(): ExportDocument[] {
  return fs
    .readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(SEEDS, name), 'utf8').replace(/^\uFEFF/, '');
      return { name: name.replace(/\.txt$/, ''), source: path.join(SEEDS, name), text, annotations: analyze(text, {}) };
    });
}

function jsonLines(content: string): Record<string, any>[] {
  assert.ok(content.endsWith('\n'));
  return content
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

function assertSpanLabel(text: string, start: unknown, end: unknown, label: unknown) {
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0, 'offsets are non-negative integers');
  assert.ok((start as number) < (end as number), 'start_offset must be less than end_offset');
  assert.ok((end as number) <= [...text].length, 'inside the text');
  assert.ok(typeof label === 'string' && label.length > 0, 'a non-empty label');
}

describe('the seeds’ exports load as-is', () => {
  const documents = seedDocuments();

  it('has seed articles with quotes and entities inside them (the overlaps a default doccano project refuses)', () => {
    assert.ok(documents.length >= 2);
    const relations = jsonLines(exportDocuments('doccano-relations', documents)[0].content);
    const overlapping = relations.some((record) =>
      record.entities.some((a: any) => record.entities.some((b: any) => a !== b && a.start_offset < b.end_offset && b.start_offset < a.end_offset)),
    );
    assert.ok(overlapping, 'the seeds have overlapping spans');
  });

  it('into a new doccano sequence labeling project', () => {
    const records = jsonLines(exportDocuments('doccano', documents)[0].content);
    assert.equal(records.length, documents.length);
    for (const record of records) {
      assert.ok(typeof record.text === 'string' && record.text.length > 0, 'doccano refuses an empty text');
      assert.ok(Array.isArray(record.label), 'the "label" column');
      assert.equal(record.relations, undefined);
      const spans = [...record.label].sort((a, b) => a[0] - b[0]);
      spans.forEach(([start, end, label], index) => {
        assertSpanLabel(record.text, start, end, label);
        if (index) assert.ok(spans[index - 1][1] <= start, `overlapping spans ${JSON.stringify(spans[index - 1])} and ${JSON.stringify(spans[index])}`);
      });
      assert.ok(spans.length > 0);
    }
  });

  it('into a doccano project with overlapping spans and relation labeling', () => {
    for (const record of jsonLines(exportDocuments('doccano-relations', documents)[0].content)) {
      const ids = new Set<number>();
      for (const entity of record.entities) {
        assertSpanLabel(record.text, entity.start_offset, entity.end_offset, entity.label);
        assert.ok(Number.isInteger(entity.id) && !ids.has(entity.id));
        ids.add(entity.id);
      }
      assert.ok(record.relations.length > 0);
      for (const relation of record.relations) {
        assert.ok(ids.has(relation.from_id) && ids.has(relation.to_id), 'doccano maps relation ends to the record’s entities');
        assert.ok(typeof relation.type === 'string' && relation.type.length > 0);
      }
    }
  });

  it('into a Label Studio project with the shipped labeling config', () => {
    const files = exportDocuments('labelstudio', documents);
    const config = files.find((file) => file.name === 'labeling-config.xml')!.content;
    const labelsTag = /<Labels name="([^"]+)" toName="([^"]+)">/.exec(config)!;
    const textTag = /<Text name="([^"]+)" value="\$([^"]+)"\/>/.exec(config)!;
    assert.ok(labelsTag && textTag);
    assert.equal(labelsTag[2], textTag[1], 'the Labels tag points at the Text tag');
    const labels = new Set([...config.matchAll(/<Label value="([^"]+)"\/>/g)].map((match) => match[1]));
    const relationLabels = new Set([...config.matchAll(/<Relation value="([^"]+)"\/>/g)].map((match) => match[1]));
    const tasks = JSON.parse(files.find((file) => file.name.endsWith('.labelstudio.json'))!.content);
    assert.ok(Array.isArray(tasks));
    assert.equal(tasks.length, documents.length);
    for (const task of tasks) {
      const text = task.data[textTag[2]];
      assert.equal(typeof text, 'string', `data.${textTag[2]} is the text`);
      const sets = [...(task.predictions ?? []), ...(task.annotations ?? [])];
      assert.equal(sets.length, 1);
      const regions = new Set<string>();
      for (const result of sets[0].result.filter((entry: any) => entry.type !== 'relation')) {
        assert.equal(result.type, 'labels');
        assert.equal(result.from_name, labelsTag[1]);
        assert.equal(result.to_name, textTag[1]);
        assert.ok(typeof result.id === 'string' && !regions.has(result.id));
        regions.add(result.id);
        assertSpanLabel(text, result.value.start, result.value.end, result.value.labels[0]);
        assert.equal(result.value.text, codePointSlice(text, result.value.start, result.value.end));
        assert.ok(
          result.value.labels.every((label: string) => labels.has(label)),
          `${result.value.labels} declared`,
        );
      }
      for (const relation of sets[0].result.filter((entry: any) => entry.type === 'relation')) {
        assert.ok(regions.has(relation.from_id) && regions.has(relation.to_id), 'relations join regions of the same result');
        assert.ok(['right', 'left', 'bi'].includes(relation.direction));
        assert.ok(
          relation.labels.every((label: string) => relationLabels.has(label)),
          `${relation.labels} declared`,
        );
      }
    }
  });
});
