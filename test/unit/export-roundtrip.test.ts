// Reads each export back with small parsers of the formats (brat standoff, doccano JSONL, Label Studio tasks, W3C
// selectors, spaCy JSONL) and checks every span's text against the exported document, and the spans against the
// annotations they came from, with code point offsets computed here independently of the exporters. What each
// format carries beyond the spans is checked in export-carries.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import { exportDocuments, type ExportDocument } from '../../server/src/export';
import { fixtureNames, readFixture } from './export-fixtures';
import { codePointAt, codePointSlice, expectedReadBack, normalized, type Kind } from './export-readback';

interface ExpectedSpan {
  label: Kind;
  start: number;
  end: number;
}
const sortSpans = (spans: ExpectedSpan[]) => spans.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
/** The spans every span format must carry, in code points: mentions, dates, speech quotes, their cues and the speakers that are no actor. */
function expectedSpans(document: ExportDocument): ExpectedSpan[] {
  return sortSpans(expectedReadBack(document).spans.map((span) => ({ label: span.kind, start: span.start, end: span.end })));
}
/** Quote → speaker links the annotations have (a speaker with a span: an actor's mention or the words naming it). */
const speakerCount = (document: ExportDocument) => expectedReadBack(document).relations.filter((relation) => relation.type === 'speaker').length;

function file(files: { name: string; content: string }[], suffix: string): string {
  const found = files.find((candidate) => candidate.name.endsWith(suffix));
  assert.ok(found, `no ${suffix} file among ${files.map((candidate) => candidate.name).join(', ')}`);
  return found.content;
}

// ---- brat ----
interface BratDocument {
  entities: Map<string, { type: string; fragments: Array<[number, number]>; text: string }>;
  lines: string[];
}
function parseBrat(ann: string): BratDocument {
  const entities: BratDocument['entities'] = new Map();
  const lines = ann.split('\n').filter((line) => line !== '');
  const ids = new Set<string>();
  for (const line of lines) {
    const [id, ...rest] = line.split('\t');
    assert.ok(/^([TRANE#]\d+|\*)$/.test(id), `bad id in ${JSON.stringify(line)}`);
    if (id !== '*') {
      assert.ok(!ids.has(id), `duplicate id ${id}`);
      ids.add(id);
    }
    if (id.startsWith('T')) {
      assert.equal(rest.length, 2, `T line has three TAB-separated fields: ${JSON.stringify(line)}`);
      const [type, ...offsets] = rest[0].split(' ');
      const fragments = offsets
        .join(' ')
        .split(';')
        .map((fragment) => fragment.split(' ').map(Number) as [number, number]);
      entities.set(id, { type, fragments, text: rest[1] });
    }
  }
  // Every id a relation, equivalence, attribute, normalization or note names is a text-bound annotation.
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (id.startsWith('T')) continue;
    for (const reference of body.match(/\bT\d+\b/g) ?? []) assert.ok(entities.has(reference), `${line} names missing ${reference}`);
  }
  return { entities, lines };
}
const BRAT_KINDS: Record<string, ExpectedSpan['label']> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Date: 'date',
  Quotation: 'quote',
  NonActorSpeaker: 'speaker',
  SpeechCue: 'cue',
};

function checkBrat(document: ExportDocument, files: { name: string; content: string }[]) {
  const txt = file(files, '.txt');
  assert.equal(txt, normalized(document.text));
  const brat = parseBrat(file(files, '.ann'));
  for (const [id, entity] of brat.entities) {
    const covered = entity.fragments.map(([start, end]) => codePointSlice(txt, start, end));
    assert.equal(entity.text, covered.join(' '), `${id} text`);
    for (const fragment of covered) assert.doesNotMatch(fragment, /[\n\r\u2028\u2029]/, `${id} fragment crosses a line break`);
  }
  const spans = [...brat.entities.values()].map((entity) => ({
    label: BRAT_KINDS[entity.type],
    start: entity.fragments[0][0],
    end: entity.fragments[entity.fragments.length - 1][1],
  }));
  // Fragments are trimmed at line breaks, so compare spans whose edges are not whitespace (all of the fixtures').
  assert.deepEqual(sortSpans(spans), expectedSpans(document));
  assert.equal(brat.lines.filter((line) => /^R\d+\tSpeaker /.test(line)).length, speakerCount(document));
}

// ---- doccano (relations form; the sequence labeling form is read in export-carries.test.ts) ----
function checkDoccano(document: ExportDocument, content: string) {
  const lines = content.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, 1);
  const record = JSON.parse(lines[0]) as {
    text: string;
    entities: { id: number; start_offset: number; end_offset: number; label: string }[];
    relations: { from_id: number; to_id: number; type: string }[];
  };
  assert.equal(record.text, normalized(document.text));
  const labels: Record<string, ExpectedSpan['label']> = { PERSON: 'person', ORG: 'organization', LOC: 'place', DATE: 'date', QUOTE: 'quote', SPEAKER: 'speaker', CUE: 'cue' };
  const ids = new Set(record.entities.map((entity) => entity.id));
  assert.equal(ids.size, record.entities.length, 'entity ids are unique');
  for (const relation of record.relations) {
    assert.ok(ids.has(relation.from_id) && ids.has(relation.to_id));
    assert.ok(['speaker', 'cue', 'affiliation', 'coreference'].includes(relation.type));
  }
  assert.equal(record.relations.filter((relation) => relation.type === 'speaker').length, speakerCount(document));
  const spans = record.entities.map((entity) => ({ label: labels[entity.label], start: entity.start_offset, end: entity.end_offset }));
  assert.deepEqual(sortSpans(spans), expectedSpans(document));
  // The original span texts, normalized, are what the offsets select.
  const originals = [...document.annotations.actors.flatMap((actor) => actor.mentions), ...document.annotations.dates];
  for (const original of originals) {
    const start = codePointAt(document.text, original.start);
    const end = codePointAt(document.text, original.end);
    assert.ok(record.entities.some((entity) => entity.start_offset === start && entity.end_offset === end));
    assert.equal(codePointSlice(record.text, start, end), normalized(original.text));
  }
}

/** The sequence labeling form: `label` triples that select their spans' text and never overlap. */
function checkSequenceDoccano(document: ExportDocument, content: string) {
  const record = JSON.parse(content.trim()) as { text: string; label: [number, number, string][] };
  assert.equal(record.text, normalized(document.text));
  const sorted = [...record.label].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([start, end], index) => {
    assert.ok(start < end && end <= [...record.text].length);
    if (index) assert.ok(sorted[index - 1][1] <= start, 'no overlapping spans');
  });
}

// ---- Label Studio ----
function checkLabelStudio(document: ExportDocument, files: { name: string; content: string }[]) {
  const config = file(files, 'labeling-config.xml');
  const configLabels = new Set([...config.matchAll(/<Label value="([^"]+)"\/>/g)].map((match) => match[1]));
  const relationLabels = new Set([...config.matchAll(/<Relation value="([^"]+)"\/>/g)].map((match) => match[1]));
  assert.match(config, /<Labels name="label" toName="text">/);
  assert.match(config, /<Text name="text" value="\$text"\/>/);
  const tasks = JSON.parse(file(files, '.labelstudio.json')) as {
    data: { text: string };
    predictions?: { result: Record<string, any>[] }[];
    annotations?: { result: Record<string, any>[] }[];
  }[];
  assert.equal(tasks.length, 1);
  const [task] = tasks;
  assert.equal(task.data.text, normalized(document.text));
  const results = (task.predictions ?? task.annotations)![0].result;
  const regions = results.filter((result) => result.type === 'labels');
  const ids = new Set(regions.map((region) => region.id));
  assert.equal(ids.size, regions.length);
  const labels: Record<string, ExpectedSpan['label']> = {
    Person: 'person',
    Organization: 'organization',
    Place: 'place',
    Date: 'date',
    Quote: 'quote',
    Speaker: 'speaker',
    Cue: 'cue',
  };
  for (const region of regions) {
    assert.equal(region.from_name, 'label');
    assert.equal(region.to_name, 'text');
    assert.equal(region.value.text, codePointSlice(task.data.text, region.value.start, region.value.end));
    assert.ok(configLabels.has(region.value.labels[0]), `label ${region.value.labels[0]} is in the config`);
  }
  const relations = results.filter((result) => result.type === 'relation');
  for (const relation of relations) {
    assert.ok(ids.has(relation.from_id) && ids.has(relation.to_id));
    assert.ok(relation.labels.every((label: string) => relationLabels.has(label)));
  }
  assert.equal(relations.filter((relation) => relation.labels[0] === 'speaker').length, speakerCount(document));
  const spans = regions.map((region) => ({ label: labels[region.value.labels[0]], start: region.value.start, end: region.value.end }));
  assert.deepEqual(sortSpans(spans), expectedSpans(document));
}

// ---- W3C ----
function checkW3c(document: ExportDocument, content: string) {
  const collection = JSON.parse(content);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items = collection.first.items as Record<string, any>[];
  assert.equal(collection.total, items.length);
  const text = normalized(document.text);
  const ids = new Set(items.map((item) => item.id));
  assert.equal(ids.size, items.length);
  for (const item of items) {
    assert.equal(item['@context'], undefined, 'embedded items do not repeat the context');
    assert.match(item.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [quote, position] = item.target.selector;
    assert.equal(quote.exact, codePointSlice(text, position.start, position.end));
    assert.equal(quote.prefix ?? '', codePointSlice(text, Math.max(0, position.start - [...(quote.prefix ?? '')].length), position.start));
    assert.equal(quote.suffix ?? '', codePointSlice(text, position.end, position.end + [...(quote.suffix ?? '')].length));
    if (item.motivation === 'linking') assert.ok(ids.has(item.body[0]), 'the linked annotation exists');
  }
  assert.equal(items.filter((item) => item.motivation === 'linking').length, expectedReadBack(document).relations.length);
  assert.equal(items.filter((item) => item.motivation === 'tagging').length, expectedSpans(document).length);
}

// ---- spaCy ----
function checkSpacy(document: ExportDocument, content: string) {
  const record = JSON.parse(content.trim());
  assert.equal(record.text, normalized(document.text));
  let previousEnd = 0;
  for (const span of record.spans) {
    assert.ok(span.start >= previousEnd && span.end > span.start, 'sorted, not overlapping');
    previousEnd = span.end;
  }
  const entities = expectedSpans(document).filter((span) => ['person', 'organization', 'place', 'date'].includes(span.label));
  assert.equal(record.spans.length, entities.length, 'the fixtures have no overlapping entities');
}

function checkAll(document: ExportDocument) {
  checkBrat(document, exportDocuments('brat', [document]));
  checkDoccano(document, exportDocuments('doccano-relations', [document])[0].content);
  checkLabelStudio(document, exportDocuments('labelstudio', [document]));
  checkW3c(document, exportDocuments('w3c', [document], { created: '2024-01-01T00:00:00Z' })[0].content);
  checkSpacy(document, exportDocuments('spacy', [document])[0].content);
}

describe('export round trip', () => {
  for (const name of fixtureNames()) {
    it(`${name}: brat, doccano, Label Studio, W3C and spaCy read back to the annotated spans`, () => checkAll(readFixture(name)));
  }

  it('holds on what the analyzer finds in an article with an emoji, CRLF line ends and a BOM', () => {
    const text =
      '\uFEFFPARIS (AP) — 🚀 Acme Corp said on Monday it would open a plant in Berlin.\r\n\r\n' +
      "“We will win,” said Jane Doe, the company's chief executive. “It will take\r\ntwo years,” she told reporters on 3 March 2024.\r\n";
    const document: ExportDocument = { name: 'analyzed', text, annotations: analyze(text, { referenceDate: '2024-03-01' }) };
    checkDoccano(document, exportDocuments('doccano-relations', [document])[0].content);
    checkLabelStudio(document, exportDocuments('labelstudio', [document]));
    checkW3c(document, exportDocuments('w3c', [document], { created: '2024-01-01T00:00:00Z' })[0].content);
    const files = exportDocuments('brat', [document]);
    const txt = file(files, '.txt');
    assert.equal(txt, normalized(text));
    const brat = parseBrat(file(files, '.ann'));
    for (const [id, entity] of brat.entities) {
      assert.equal(entity.text, entity.fragments.map(([start, end]) => codePointSlice(txt, start, end)).join(' '), id);
    }
  });

  it('holds on random texts with emoji, CRLF, CR, a BOM and U+2028 around the spans', () => {
    const piece = fc.constantFrom('Jane', 'Doe', ' ', ' ', 'é', '🚀', '👩‍👩‍👧', '\r\n', '\n', '\r', '\u2028', '“', '”', ',', 'Paris');
    const documentArbitrary = fc
      .record({ bom: fc.boolean(), pieces: fc.array(piece, { minLength: 3, maxLength: 30 }), cuts: fc.array(fc.nat(), { minLength: 2, maxLength: 8 }) })
      .map(({ bom, pieces, cuts }): ExportDocument => {
        const text = (bom ? '\uFEFF' : '') + pieces.join('');
        // Span boundaries between pieces, never inside a surrogate pair or a CRLF; spans start and end on a word piece.
        const boundaries: number[] = [];
        let offset = bom ? 1 : 0;
        for (const current of pieces) {
          if (/\w/.test(current)) boundaries.push(offset, offset + current.length);
          offset += current.length;
        }
        const points = [...new Set(cuts.map((cut) => boundaries[cut % Math.max(1, boundaries.length)]).filter((point) => point !== undefined))].sort((a, b) => a - b);
        const mentions = [];
        for (let index = 0; index + 1 < points.length; index += 2) {
          mentions.push({ start: points[index], end: points[index + 1], text: text.slice(points[index], points[index + 1]) });
        }
        return {
          name: 'random',
          text,
          annotations: {
            referenceDate: { value: null, source: 'none' },
            blocks: [],
            actors: mentions.length ? [{ id: 'a1', type: 'person', name: 'Jane', mentions }] : [],
            dates: [],
            quotes: [],
            problems: [],
          },
        };
      });
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        checkDoccano(document, exportDocuments('doccano-relations', [document])[0].content);
        checkSequenceDoccano(document, exportDocuments('doccano', [document])[0].content);
        checkLabelStudio(document, exportDocuments('labelstudio', [document]));
        checkW3c(document, exportDocuments('w3c', [document], { created: '2024-01-01T00:00:00Z' })[0].content);
        const txt = normalized(document.text);
        for (const [, entity] of parseBrat(file(exportDocuments('brat', [document]), '.ann')).entities) {
          assert.equal(entity.text, entity.fragments.map(([start, end]) => codePointSlice(txt, start, end)).join(' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});
