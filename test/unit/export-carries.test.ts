// Every format carries what it can express: each export is read back by a reader written from the format's spec
// (export-readback.ts has the model) and compared with what the annotations say: the spans, actor identity
// (coreference), origin and review state, date values, quote kinds, roles, and the speaker, cue and affiliation
// relations. What a format cannot hold is named in `holds` and in the README's format table.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { exportDocuments, type ExportDocument } from '../../server/src/export';
import { fixtureNames, readFixture } from './export-fixtures';
import {
  assertCarries,
  codePointSlice,
  expectedReadBack,
  isPythonSpace,
  normalized,
  parseCsv,
  readW3cCollection,
  pythonSplit,
  type Field,
  type Kind,
  type ReadBack,
  type ReadRelation,
  type ReadSpan,
} from './export-readback';

type Files = { name: string; content: string }[];
const ALL_KINDS: readonly Kind[] = ['person', 'organization', 'place', 'date', 'quote', 'speaker', 'cue'];
const ALL_FIELDS: readonly Field[] = ['actor', 'origin', 'reviewed', 'value', 'quoteKind', 'role', 'affiliation', 'speaker', 'cue'];
const ALL_RELATIONS: readonly ReadRelation['type'][] = ['speaker', 'cue', 'affiliation'];

function file(files: Files, suffix: string): string {
  const found = files.find((candidate) => candidate.name.endsWith(suffix));
  assert.ok(found, `no ${suffix} file among ${files.map((candidate) => candidate.name).join(', ')}`);
  return found.content;
}

const rangeOf = (span: { start: number; end: number }) => [span.start, span.end] as const;
const relationType = (type: string) => type.toLowerCase() as ReadRelation['type'];

/** Fields of the plain-key formats (doccano, spaCy): the names of details.ts, read as written. */
function plainFields(object: Record<string, unknown>): Partial<ReadSpan> {
  const fields: Partial<ReadSpan> = { origin: object.origin as ReadSpan['origin'], reviewed: object.reviewed as boolean };
  if (object.actor_id !== undefined) fields.actor = String(object.actor_id);
  for (const [from, to] of [
    ['value', 'value'],
    ['quote_kind', 'quoteKind'],
    ['role', 'role'],
    ['affiliation', 'affiliation'],
    ['speaker', 'speaker'],
    ['cue', 'cue'],
  ] as const) {
    if (object[from] !== undefined) fields[to] = object[from] as string;
  }
  return fields;
}

// ---- brat standoff (standoff.html) ----
const BRAT_KINDS: Record<string, Kind> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Date: 'date',
  Quotation: 'quote',
  NonActorSpeaker: 'speaker',
  SpeechCue: 'cue',
};

function readBrat(files: Files): ReadBack {
  const text = file(files, '.txt');
  const conf = file(files, 'annotation.conf');
  const spans = new Map<string, ReadSpan>();
  const relations: ReadRelation[] = [];
  const lines = file(files, '.ann')
    .split('\n')
    .filter((line) => line !== '');
  for (const line of lines.filter((candidate) => candidate.startsWith('T'))) {
    const [id, typeAndOffsets, covered] = line.split('\t');
    const [type, ...offsets] = typeAndOffsets.split(' ');
    assert.match(conf, new RegExp(`^${type}$`, 'm'), `${type} is declared in annotation.conf`);
    const fragments = offsets
      .join(' ')
      .split(';')
      .map((fragment) => fragment.split(' ').map(Number));
    assert.equal(covered, fragments.map(([start, end]) => codePointSlice(text, start, end)).join(' '), `${id} text`);
    spans.set(id, { kind: BRAT_KINDS[type], start: fragments[0][0], end: fragments[fragments.length - 1][1], origin: undefined, reviewed: false });
  }
  const span = (id: string) => {
    assert.ok(spans.has(id), `${id} is a text-bound annotation`);
    return spans.get(id)!;
  };
  const typeOf = new Map<string, string>(lines.filter((line) => line.startsWith('T')).map((line) => [line.split('\t')[0], line.split('\t')[1].split(' ')[0]]));
  // annotation.conf: "Name<TAB>Arg1:A|B, Arg2:C" for relations, "Name<TAB>Arg:A|B[, Value:x|y]" for attributes.
  const declared = (name: string, argument: string) => {
    const declaration = new RegExp(`^${name}\\t(.*)$`, 'm').exec(conf);
    assert.ok(declaration, `${name} is declared in annotation.conf`);
    const types = new RegExp(`${argument}:([^,]+)`).exec(declaration[1]);
    assert.ok(types, `${name} declares ${argument}`);
    return types[1].split('|');
  };
  for (const line of lines) {
    const [id, body, note] = line.split('\t');
    if (id.startsWith('R')) {
      const [, type, from, to] = /^(\w+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(body)!;
      assert.ok(declared(type, 'Arg1').includes(typeOf.get(from)!), `${line}: Arg1 type allowed by annotation.conf`);
      assert.ok(declared(type, 'Arg2').includes(typeOf.get(to)!), `${line}: Arg2 type allowed by annotation.conf`);
      relations.push({ type: relationType(type), from: rangeOf(span(from)), to: rangeOf(span(to)) });
    } else if (id === '*') {
      const [, ...members] = body.split(' ');
      for (const member of members) span(member).actor = members[0];
    } else if (id.startsWith('A')) {
      const [name, target, value] = body.split(' ');
      assert.ok(declared(name, 'Arg').includes(typeOf.get(target)!), `${line}: attribute allowed on ${typeOf.get(target)}`);
      if (value !== undefined) assert.ok(declared(name, 'Value').includes(value), `${line}: value declared`);
      if (name === 'Origin') span(target).origin = value as 'auto' | 'manual';
      else if (name === 'Reviewed') span(target).reviewed = true;
      else if (name === 'QuoteKind') span(target).quoteKind = value;
    } else if (id.startsWith('N')) {
      const [, target, reference] = body.split(' ');
      span(target).value = reference.replace(/^TIMEX3:/, '');
    } else if (id.startsWith('#')) {
      const [, target] = body.split(' ');
      for (const part of note.split('; ')) {
        const role = /^role: (.*)$/.exec(part);
        if (role) span(target).role = role[1];
      }
    }
  }
  // A mention in no Equiv group is an actor of its own.
  for (const [id, entry] of spans) if (['person', 'organization', 'place'].includes(entry.kind) && entry.actor === undefined) entry.actor = id;
  return { text, spans: [...spans.values()], relations };
}

// ---- doccano ----
const DOCCANO_KINDS: Record<string, Kind> = { PERSON: 'person', ORG: 'organization', LOC: 'place', DATE: 'date', QUOTE: 'quote', SPEAKER: 'speaker', CUE: 'cue' };

function readDoccanoRelations(content: string): ReadBack {
  const lines = content.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, 1);
  const record = JSON.parse(lines[0]);
  const details = new Map<number, Record<string, unknown>>(record.spans.map((entry: { id: number }) => [entry.id, entry]));
  const spans = new Map<number, ReadSpan>();
  for (const entity of record.entities) {
    assert.deepEqual(Object.keys(entity).sort(), ['end_offset', 'id', 'label', 'start_offset'], 'entities have the keys of doccano’s example');
    spans.set(entity.id, { kind: DOCCANO_KINDS[entity.label], start: entity.start_offset, end: entity.end_offset, ...plainFields(details.get(entity.id)!) });
  }
  const relations: ReadRelation[] = [];
  for (const relation of record.relations) {
    assert.ok(spans.has(relation.from_id) && spans.has(relation.to_id), 'a relation names entities of the line');
    const [from, to] = [spans.get(relation.from_id)!, spans.get(relation.to_id)!];
    if (relation.type === 'coreference') assert.equal(from.actor, to.actor, 'coreference joins mentions of one actor');
    else relations.push({ type: relation.type, from: rangeOf(from), to: rangeOf(to) });
  }
  return { text: record.text, spans: [...spans.values()], relations };
}

/** doccano's default sequence labeling project: `label` triples, none overlapping, no relations. */
function readDoccano(content: string): ReadBack {
  const lines = content.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, 1);
  const record = JSON.parse(lines[0]);
  assert.equal(typeof record.text, 'string');
  assert.ok(Array.isArray(record.label), 'the "label" column a sequence labeling project reads');
  assert.equal(record.relations, undefined, 'no relations');
  assert.equal(record.entities, undefined, 'no relation-project entities');
  const labels = [...record.label].sort((a: number[], b: number[]) => a[0] - b[0]);
  labels.forEach((triple: [number, number, string], index: number) => {
    assert.ok(Number.isInteger(triple[0]) && triple[1] > triple[0] && typeof triple[2] === 'string');
    if (index) assert.ok(labels[index - 1][1] <= triple[0], `no overlapping spans: ${labels[index - 1]} and ${triple}`);
  });
  const labeled = new Set(record.label.map((triple: [number, number, string]) => triple.join(' ')));
  const spans = record.spans.map((entry: Record<string, any>) => {
    const inLabel = labeled.has(`${entry.start} ${entry.end} ${entry.label}`);
    assert.equal(inLabel, entry.left_out === undefined, `${entry.label} ${entry.start}-${entry.end} is in label unless left out`);
    if (!inLabel)
      assert.ok(
        labels.some(([start, end]: number[]) => start < entry.end && entry.start < end),
        'left out only for overlapping',
      );
    return { kind: DOCCANO_KINDS[entry.label], start: entry.start, end: entry.end, ...plainFields(entry) };
  });
  assert.equal(labeled.size, record.label.length);
  return { text: record.text, spans, relations: [] };
}

// ---- Label Studio ----
const LABEL_STUDIO_KINDS: Record<string, Kind> = { Person: 'person', Organization: 'organization', Place: 'place', Date: 'date', Quote: 'quote', Speaker: 'speaker', Cue: 'cue' };

function readLabelStudio(files: Files, expectAnnotation: boolean): ReadBack {
  const config = file(files, 'labeling-config.xml');
  const configLabels = new Set([...config.matchAll(/<Label value="([^"]+)"\/>/g)].map((match) => match[1]));
  const relationLabels = new Set([...config.matchAll(/<Relation value="([^"]+)"\/>/g)].map((match) => match[1]));
  const tasks = JSON.parse(file(files, '.labelstudio.json'));
  assert.equal(tasks.length, 1);
  const [task] = tasks;
  assert.equal(task.annotations !== undefined, expectAnnotation, 'corrected work is an annotation, the analyzer’s alone a prediction');
  assert.equal(task.predictions !== undefined, !expectAnnotation);
  const result: Record<string, any>[] = expectAnnotation ? task.annotations[0].result : task.predictions[0].result;
  const spans = new Map<string, ReadSpan>();
  for (const region of result.filter((entry) => entry.type === 'labels')) {
    assert.equal(region.from_name, 'label');
    assert.equal(region.to_name, 'text');
    assert.ok(configLabels.has(region.value.labels[0]), `label ${region.value.labels[0]} is in the config`);
    assert.equal(region.value.text, codePointSlice(task.data.text, region.value.start, region.value.end));
    if (expectAnnotation) assert.ok(['manual', 'prediction'].includes(region.origin));
    const span: ReadSpan = {
      kind: LABEL_STUDIO_KINDS[region.value.labels[0]],
      start: region.value.start,
      end: region.value.end,
      origin: region.origin === 'manual' ? 'manual' : 'auto',
      reviewed: false,
    };
    for (const line of region.meta?.text ?? []) {
      const [name, ...rest] = line.split(': ');
      const value = rest.join(': ');
      if (line === 'reviewed') span.reviewed = true;
      else if (name.startsWith('actor ')) span.actor = name.slice('actor '.length);
      else if (name === 'role' || name === 'affiliation' || name === 'value' || name === 'speaker' || name === 'cue') span[name as 'role'] = value;
      else if (name === 'kind') span.quoteKind = value;
    }
    spans.set(region.id, span);
  }
  const relations: ReadRelation[] = [];
  for (const relation of result.filter((entry) => entry.type === 'relation')) {
    assert.ok(spans.has(relation.from_id) && spans.has(relation.to_id), 'a relation names regions of its result');
    assert.ok(relation.labels.every((label: string) => relationLabels.has(label)));
    const [from, to] = [spans.get(relation.from_id)!, spans.get(relation.to_id)!];
    if (relation.labels[0] === 'coreference') assert.equal(from.actor, to.actor);
    else relations.push({ type: relation.labels[0], from: rangeOf(from), to: rangeOf(to) });
  }
  return { text: task.data.text, spans: [...spans.values()], relations };
}

// ---- spaCy / Prodigy JSONL ----
const SPACY_KINDS: Record<string, Kind> = { PERSON: 'person', ORG: 'organization', LOC: 'place', DATE: 'date', QUOTE: 'quote', SPEAKER: 'speaker', CUE: 'cue' };

function readSpacy(content: string): ReadBack {
  const record = JSON.parse(content.trim());
  let previousEnd = 0;
  for (const span of record.spans) {
    assert.ok(span.start >= previousEnd && span.end > span.start, 'doc.ents: sorted, not overlapping');
    previousEnd = span.end;
  }
  const all = [...record.spans, ...(record.entities_left_out ?? []), ...record.quotes, ...record.speakers, ...record.cues];
  const spans: ReadSpan[] = all.map((span) => ({ kind: SPACY_KINDS[span.label], start: span.start, end: span.end, ...plainFields(span) }));
  const exists = (reference: { start: number; end: number; label: string }) =>
    all.some((span) => span.start === reference.start && span.end === reference.end && span.label === reference.label);
  const relations: ReadRelation[] = record.relations.map((relation: Record<string, any>) => {
    assert.ok(exists(relation.head_span) && exists(relation.child_span), 'relations name spans of the line');
    return { type: relationType(relation.label), from: rangeOf(relation.head_span), to: rangeOf(relation.child_span) };
  });
  return { text: record.text, spans, relations };
}

// ---- CSV ----
function readCsv(content: string, text: string): ReadBack {
  // Title quotes (quoted words nobody said) are rows of their own, which the span formats leave out.
  const rows = parseCsv(content).filter((row) => !(row.kind === 'quote' && row.type === 'title'));
  const spans = rows.map((row): ReadSpan => {
    assert.equal(row.text, codePointSlice(text, Number(row.start), Number(row.end)));
    const span: ReadSpan = {
      kind: (row.kind === 'actor' ? row.type : row.kind) as Kind,
      start: Number(row.start),
      end: Number(row.end),
      origin: row.origin as 'auto' | 'manual',
      reviewed: row.reviewed === 'true',
    };
    if (row.kind === 'actor') Object.assign(span, { actor: row.actor_id }, row.role && { role: row.role }, row.affiliation && { affiliation: row.affiliation });
    if (row.kind === 'date') span.value = row.value;
    if (row.kind === 'quote') Object.assign(span, { quoteKind: row.type }, row.actor && { speaker: row.actor }, row.cue && { cue: row.cue });
    return span;
  });
  return { text, spans, relations: [] };
}

function hasCorrections(document: ExportDocument): boolean {
  const { actors, dates, quotes } = document.annotations;
  return [...actors, ...actors.flatMap((actor) => actor.mentions), ...dates, ...quotes.filter((quote) => quote.kind !== 'title')].some(
    (annotation) => annotation.origin === 'manual' || annotation.reviewed === true,
  );
}

function checkEveryFormat(document: ExportDocument): void {
  const expected = expectedReadBack(document);
  const everything = { kinds: ALL_KINDS, fields: ALL_FIELDS, relations: ALL_RELATIONS };
  assertCarries(readBrat(exportDocuments('brat', [document])), expected, {
    kinds: ALL_KINDS,
    // The affiliation and the speaker are relations in brat (or notes when they have no span).
    fields: ['actor', 'origin', 'reviewed', 'value', 'quoteKind', 'role'],
    relations: ALL_RELATIONS,
  });
  assertCarries(readDoccanoRelations(exportDocuments('doccano-relations', [document])[0].content), expected, everything);
  assertCarries(readDoccano(exportDocuments('doccano', [document])[0].content), expected, { ...everything, relations: [] });
  assertCarries(readLabelStudio(exportDocuments('labelstudio', [document]), hasCorrections(document)), expected, everything);
  const collection = JSON.parse(exportDocuments('w3c', [document], { created: '2024-01-01T00:00:00Z' })[0].content);
  const w3c = readW3cCollection(collection, new Map([[document.source ?? '', normalized(document.text)]]));
  assertCarries(w3c, expected, { kinds: ALL_KINDS, fields: ['actor', 'origin', 'reviewed', 'value', 'quoteKind', 'role'], relations: ALL_RELATIONS });
  assertCarries(readSpacy(exportDocuments('spacy', [document])[0].content), expected, everything);
  const csvKinds: readonly Kind[] = ['person', 'organization', 'place', 'date', 'quote'];
  assertCarries(readCsv(exportDocuments('csv', [document])[0].content, normalized(document.text)), expected, { kinds: csvKinds, fields: ALL_FIELDS, relations: [] });
}

const withSource = (document: ExportDocument): ExportDocument => ({ ...document, source: document.source ?? `file:///articles/${document.name}.txt` });

describe('export formats carry what they can express', () => {
  for (const name of fixtureNames()) {
    it(`${name}: every format reads back to the annotations`, () => checkEveryFormat(withSource(readFixture(name))));
  }

  it('newsroom: the fixture has what the checks are about', () => {
    const expected = expectedReadBack(readFixture('newsroom'));
    assert.ok(
      expected.relations.some((relation) => relation.type === 'affiliation'),
      'an affiliation',
    );
    assert.ok(
      expected.spans.some((span) => span.kind === 'speaker'),
      'a speaker that is no actor',
    );
    assert.ok(expected.spans.some((span) => span.origin === 'manual') && expected.spans.some((span) => span.reviewed), 'corrections');
    assert.ok(
      expected.spans.some((span) => span.role),
      'a role',
    );
    const text = expected.text;
    assert.ok(/[\x85\x1c\x1f]/.test(text), 'whitespace JavaScript does not know');
  });

  it('holds on what the analyzer finds in an article', () => {
    const text =
      '\uFEFFPARIS (AP) — 🚀 Acme Corp said on Monday it would open a plant in Berlin.\r\n\r\n' +
      '“We will win,” said Jane Doe of Acme Corp. “It will take\r\ntwo years,” she told reporters on 3 March 2024.\r\n' +
      '“Nobody asked us,” the newspaper wrote in an editorial.\r\n';
    checkEveryFormat({ name: 'analyzed', source: 'file:///articles/analyzed.txt', text, annotations: analyze(text, { referenceDate: '2024-03-01' }) });
  });

  it('keeps a speaker that is no actor and has no words in the text as the quote’s speaker', () => {
    const document = withSource(readFixture('worked-example'));
    document.annotations.quotes[0].speaker = { name: 'the ministry' };
    checkEveryFormat(document);
    const ann = file(exportDocuments('brat', [document]), '.ann');
    assert.match(ann, /^#\d+\tAnnotatorNotes T1\tspeaker: the ministry$/m);
    const w3c = exportDocuments('w3c', [document], { created: '2024-01-01T00:00:00Z' })[0].content;
    assert.match(w3c, /"value": "speaker: the ministry"/);
  });

  it('marks corrections: manual origin and review in every format that has a place for them', () => {
    const document = withSource(readFixture('worked-example'));
    Object.assign(document.annotations.actors[1].mentions[0], { origin: 'manual', reviewed: true });
    checkEveryFormat(document);
    const tasks = JSON.parse(file(exportDocuments('labelstudio', [document]), '.labelstudio.json'));
    assert.equal(tasks[0].annotations[0].result.find((region: { value?: { text: string } }) => region.value?.text === 'Acme Corp').origin, 'manual');
  });
});

describe('CoNLL read back as Python reads it', () => {
  function readConll(content: string) {
    const documents: { id: string; tokens: { token: string; tag: string }[] }[] = [];
    for (const line of content.split('\n')) {
      const columns = pythonSplit(line);
      if (columns.length === 0) continue;
      assert.equal(columns.length, 4, `four columns: ${JSON.stringify(line)}`);
      if (columns[0] === '-DOCSTART-') {
        assert.equal(columns[3], 'O');
        documents.push({ id: columns[1], tokens: [] });
      } else documents[documents.length - 1].tokens.push({ token: columns[0], tag: columns[3] });
    }
    return documents;
  }

  it('splits into four columns a line in Python itself, when python3 is installed', (context) => {
    const text = 'A\x85B — Jane\x1cDoe\u001fsaid\u0085hi.\u2028Acme\u00a0Corp\u3000left\uFEFFX\x1dY';
    const [conll] = exportDocuments('conll', [{ name: 'odd', text, annotations: analyze(text, {}) }]);
    const python = spawnSync('python3', ['-c', 'import sys\nfor line in sys.stdin.read().split("\\n"):\n    if line.split() and len(line.split()) != 4: print(repr(line))'], {
      input: conll.content,
      encoding: 'utf8',
    });
    if (python.error) return context.skip('python3 is not installed');
    assert.equal(python.status, 0, python.stderr);
    assert.equal(python.stdout, '', 'lines Python does not split into four columns');
  });

  for (const name of [...fixtureNames(), 'analyzed']) {
    it(`${name}: four columns a line, tokens join back to the text, entities tagged`, () => {
      const text = '\uFEFFA\x85B — Jane\x1cDoe\u001fsaid\u0085hi.\u2028Acme\u00a0Corp\uFEFFX';
      const document: ExportDocument = name === 'analyzed' ? { name: 'odd space', recordId: 'rec 7', text, annotations: analyze(text, {}) } : readFixture(name);
      const [conll] = readConll(exportDocuments('conll', [document])[0].content);
      assert.equal(conll.id, name === 'analyzed' ? 'rec_7' : name);
      const withoutSpaces = [...normalized(document.text)].filter((character) => !isPythonSpace(character)).join('');
      assert.equal(conll.tokens.map((entry) => entry.token).join(''), withoutSpaces);
      for (const actor of document.annotations.actors) {
        for (const mention of actor.mentions) {
          const words = pythonSplit(mention.text);
          const start = conll.tokens.findIndex(
            (entry, index) =>
              conll.tokens
                .slice(index)
                .map((t) => t.token)
                .join('')
                .startsWith(words.join('')) && entry.tag.startsWith('B-'),
          );
          assert.ok(start >= 0, `${mention.text} starts with a B- tag`);
        }
      }
    });
  }
});
