// Readers of the export formats, written from the formats' specifications (shared/docs/export-formats.md) and not
// from the exporters, and the model every reader returns: spans in code points of the exported text, what each
// span says about itself, the relations between spans and the coreference groups. `expectedReadBack` computes the
// same model straight from a document's annotations, so a test can check that nothing a format can hold was lost.
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/analysis/types';
import type { ExportDocument } from '../../server/src/export';

export type Kind = 'person' | 'organization' | 'place' | 'date' | 'quote' | 'speaker' | 'cue';
export type Range = readonly [number, number];

export interface ReadSpan {
  kind: Kind;
  start: number;
  end: number;
  /** Which actor a mention is (any key that is the same for the actor's mentions). */
  actor?: string;
  origin?: 'auto' | 'manual';
  reviewed?: boolean;
  value?: string;
  quoteKind?: string;
  role?: string;
  /** An affiliation carried as text. */
  affiliation?: string;
  /** A quote's speaker as named. */
  speaker?: string;
  cue?: string;
}

export interface ReadRelation {
  type: 'speaker' | 'cue' | 'affiliation';
  from: Range;
  to: Range;
}

export interface ReadBack {
  text: string;
  spans: ReadSpan[];
  relations: ReadRelation[];
}

export type Field = Exclude<keyof ReadSpan, 'kind' | 'start' | 'end'>;

/** The exported text as the formats promise it: BOM dropped, CRLF and CR made LF. */
export function normalized(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
/** Code point offset of a UTF-16 offset of the original text, counted the slow, obvious way. */
export function codePointAt(text: string, utf16: number): number {
  return [...normalized(text.slice(0, utf16))].length;
}
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

const key = (span: { kind: string; start: number; end: number }) => `${span.kind} ${span.start}-${span.end}`;
const rangeKey = (range: Range) => `${range[0]}-${range[1]}`;

/** What the document's annotations say, in the reader's model: the contract every format is checked against. */
export function expectedReadBack(document: ExportDocument): ReadBack {
  const { text, annotations } = document;
  const range = (start: number, end: number): Range => [codePointAt(text, start), codePointAt(text, end)];
  const spans: ReadSpan[] = [];
  const relations: ReadRelation[] = [];
  const mentionRanges = new Map<string, { mention: Mention; range: Range }[]>();
  for (const actor of annotations.actors) {
    for (const mention of actor.mentions) {
      const [start, end] = range(mention.start, mention.end);
      mentionRanges.set(actor.id, [...(mentionRanges.get(actor.id) ?? []), { mention, range: [start, end] }]);
      spans.push({
        kind: actor.type,
        start,
        end,
        actor: actor.id,
        origin: mention.origin ?? actor.origin ?? 'auto',
        reviewed: mention.reviewed ?? actor.reviewed ?? false,
        ...(actor.role && { role: actor.role }),
        ...(actor.affiliation && { affiliation: actor.affiliation }),
      });
    }
  }
  for (const date of annotations.dates) {
    spans.push({ kind: 'date', ...at(range(date.start, date.end)), value: date.value, origin: date.origin ?? 'auto', reviewed: date.reviewed ?? false });
  }
  for (const quote of annotations.quotes) {
    if (quote.kind === 'title') continue;
    const provenance = { origin: quote.origin ?? 'auto', reviewed: quote.reviewed ?? false };
    const quoteRange = range(quote.start, quote.end);
    spans.push({
      kind: 'quote',
      ...at(quoteRange),
      quoteKind: quote.kind,
      ...provenance,
      ...(quote.speaker && { speaker: quote.speaker.name }),
      ...(quote.cue && { cue: quote.cue.text }),
    });
    if (quote.cue) {
      const cueRange = range(quote.cue.start, quote.cue.end);
      spans.push({ kind: 'cue', ...at(cueRange), ...provenance });
      relations.push({ type: 'cue', from: quoteRange, to: cueRange });
    }
    const speaker = quote.speaker;
    if (!speaker) continue;
    const speakerRange = speaker.start !== undefined && speaker.end !== undefined ? range(speaker.start, speaker.end) : undefined;
    if (speaker.actorId === undefined) {
      if (!speakerRange) continue; // no words of its own: carried as the quote's speaker name only
      if (!spans.some((span) => span.kind === 'speaker' && span.start === speakerRange[0] && span.end === speakerRange[1])) {
        spans.push({ kind: 'speaker', ...at(speakerRange), ...provenance });
      }
      relations.push({ type: 'speaker', from: quoteRange, to: speakerRange });
      continue;
    }
    // The documented rule: the mention at the speaker's offsets, else the actor's last mention before the quote,
    // else its first after it.
    const mentions = mentionRanges.get(speaker.actorId) ?? [];
    const exact = speakerRange && mentions.find((entry) => rangeKey(entry.range) === rangeKey(speakerRange));
    const before = mentions.filter((entry) => entry.range[1] <= quoteRange[0]);
    const chosen = exact ?? before[before.length - 1] ?? mentions.find((entry) => entry.range[0] >= quoteRange[1]) ?? mentions[0];
    if (chosen) relations.push({ type: 'speaker', from: quoteRange, to: chosen.range });
  }
  for (const actor of annotations.actors) {
    if (!actor.affiliation) continue;
    const owner = annotations.actors.find(
      (other) => other !== actor && [other.name, ...(other.aliases ?? [])].some((name) => name.toLowerCase() === actor.affiliation!.toLowerCase()),
    );
    if (!owner) continue;
    let best: ReadRelation | undefined;
    let distance = Infinity;
    for (const person of mentionRanges.get(actor.id) ?? []) {
      for (const organization of mentionRanges.get(owner.id) ?? []) {
        const gap = Math.max(organization.range[0] - person.range[1], person.range[0] - organization.range[1]);
        if (gap < distance) [best, distance] = [{ type: 'affiliation', from: person.range, to: organization.range }, gap];
      }
    }
    if (best) relations.push(best);
  }
  return { text: normalized(text), spans, relations };
}

function at(range: Range): { start: number; end: number } {
  return { start: range[0], end: range[1] };
}

/**
 * Checks a format's read-back against the expected model: the same spans (of the kinds the format holds), the
 * fields it holds on each, the relations of the types it holds, and actor identity as groups of mentions.
 */
export function assertCarries(actual: ReadBack, expected: ReadBack, holds: { kinds: readonly Kind[]; fields: readonly Field[]; relations: readonly ReadRelation['type'][] }): void {
  assert.equal(actual.text, expected.text, 'the exported text');
  for (const span of actual.spans) assert.ok(span.end > span.start && span.end <= [...actual.text].length, `${key(span)} lies in the text`);
  const wanted = expected.spans.filter((span) => holds.kinds.includes(span.kind));
  assert.deepEqual(actual.spans.map(key).sort(), wanted.map(key).sort(), 'the spans');
  const byKey = new Map(actual.spans.map((span) => [key(span), span]));
  for (const span of wanted) {
    const read = byKey.get(key(span))!;
    for (const field of holds.fields) {
      if (field === 'actor') continue;
      assert.deepEqual(read[field], span[field], `${field} of ${key(span)}`);
    }
  }
  if (holds.fields.includes('actor')) {
    // Actor identity: two mentions share the reader's key exactly when they share the analyzer's actor id.
    const groups = (spans: ReadSpan[]) => {
      const byActor = new Map<string, string[]>();
      for (const span of spans) if (span.actor !== undefined) byActor.set(span.actor, [...(byActor.get(span.actor) ?? []), key(span)]);
      return [...byActor.values()].map((group) => group.sort().join(' | ')).sort();
    };
    assert.deepEqual(groups(actual.spans), groups(wanted), 'mentions grouped by actor');
  }
  const relationKey = (relation: ReadRelation) => `${relation.type} ${rangeKey(relation.from)} → ${rangeKey(relation.to)}`;
  assert.deepEqual(
    actual.relations.map(relationKey).sort(),
    expected.relations
      .filter((relation) => holds.relations.includes(relation.type))
      .map(relationKey)
      .sort(),
    'the relations',
  );
}

// ---- W3C Web Annotation ----
const W3C_KINDS: Record<string, Kind> = { Person: 'person', Organization: 'organization', Place: 'place', Date: 'date', Quotation: 'quote', Speaker: 'speaker', Cue: 'cue' };

/** The items of a collection, each target resolved to the text it selects (`texts`: source IRI → text). */
export function readW3cCollection(collection: Record<string, any>, texts: Map<string, string>): ReadBack & { sources: Set<string> } {
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items: Record<string, any>[] = collection.first.items;
  assert.equal(collection.total, items.length);
  const sources = new Set<string>();
  const byId = new Map<string, ReadSpan>();
  const relations: ReadRelation[] = [];
  let text = '';
  const selected = (item: Record<string, any>) => {
    const source = typeof item.target.source === 'string' ? item.target.source : item.target.source.id;
    sources.add(source);
    text = texts.get(source)!;
    assert.equal(typeof text, 'string', `the source ${source} resolves to a text`);
    const [quote, position] = item.target.selector;
    assert.equal(quote.exact, codePointSlice(text, position.start, position.end));
    assert.equal(quote.prefix ?? '', codePointSlice(text, Math.max(0, position.start - [...(quote.prefix ?? '')].length), position.start));
    return { start: position.start as number, end: position.end as number };
  };
  for (const item of items.filter((candidate) => candidate.motivation === 'tagging')) {
    assert.equal(item['@context'], undefined, 'embedded items do not repeat the context');
    const bodies: Record<string, any>[] = Array.isArray(item.body) ? item.body : [item.body];
    const tag = bodies.find((body) => body.purpose === 'tagging')!;
    const span: ReadSpan = { kind: W3C_KINDS[tag.value], ...selected(item), origin: item.creator?.type === 'Person' ? 'manual' : 'auto', reviewed: false };
    for (const body of bodies) {
      if (body.type === 'SpecificResource' && body.purpose === 'identifying') span.actor = body.source;
      if (body.purpose === 'assessing' && body.value === 'reviewed') span.reviewed = true;
      if (body.purpose !== 'describing') continue;
      const role = /^role: (.*)$/.exec(body.value);
      const kind = /^(direct|indirect) quotation$/.exec(body.value);
      if (role) span.role = role[1];
      else if (kind) span.quoteKind = kind[1];
      else if (span.kind === 'date') span.value = body.value;
    }
    byId.set(item.id, span);
  }
  for (const item of items.filter((candidate) => candidate.motivation === 'linking')) {
    const from = selected(item);
    const [linked, role] = item.body;
    assert.ok(byId.has(linked), 'the linked annotation exists');
    relations.push({ type: role.value, from: [from.start, from.end], to: [byId.get(linked)!.start, byId.get(linked)!.end] });
  }
  return { text, spans: [...byId.values()], relations, sources };
}

// ---- CSV (RFC 4180) ----
export function parseCsv(content: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < content.length; index++) {
    const character = content[index];
    if (quoted) {
      if (character === '"' && content[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...records] = rows;
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]])));
}

// ---- Python's str.split(), from the Python documentation of str.isspace (bidi WS, B, S or category Zs) ----
const PYTHON_SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
  0x2029, 0x202f, 0x205f, 0x3000,
]);
export function pythonSplit(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (PYTHON_SPACES.has(character.codePointAt(0)!)) {
      if (current) parts.push(current);
      current = '';
    } else current += character;
  }
  if (current) parts.push(current);
  return parts;
}
export function isPythonSpace(character: string): boolean {
  return PYTHON_SPACES.has(character.codePointAt(0)!);
}
