// W3C Web Annotation Data Model (JSON-LD): AnnotationCollections with their items in an embedded AnnotationPage.
// Every span is a `tagging` annotation whose target pairs a TextQuoteSelector with a TextPositionSelector (code
// points into the normalized text of text.ts, end exclusive). Links between spans are not a primitive of the model;
// each is a `linking` annotation targeting the quote (or the person), whose body is the linked annotation's id plus
// a `describing` body naming the link: "speaker", "cue", "affiliation". `creator` says who made an annotation (the
// analyzer, or an annotator for corrections). Ids are name-based UUIDs of the content, so the same input gives the
// same ids.
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExportedFile } from '../protocol';
import { SPAN_TYPE_NAMES, corpusName, type ExportDocument, type Exporter } from './document';
import { contentUrn } from './ids';
import { collectSpans, type ExportSpan } from './spans';
import { exportText, type ExportText } from './text';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARACTERS = 8; // code points of prefix and suffix around a TextQuoteSelector's exact text
export const W3C_GENERATOR = {
  id: 'https://marketplace.visualstudio.com/items?itemName=news-annotator.news-annotator',
  type: 'Software',
  name: 'News Annotator',
};

/** The document's IRI: its URI as given, a file path made a file: URI, or a name-based URN when it has no source. */
export function sourceIri(document: ExportDocument): string {
  const source = document.source;
  if (!source) return contentUrn(`document:${document.name}`);
  if (/^[a-z][a-z0-9+.-]+:/i.test(source)) return source; // already a URI (two letters at least: not "C:")
  return pathToFileURL(isAbsolute(source) ? source : resolve(source)).href;
}

function target(source: string, span: ExportSpan, text: ExportText) {
  const start = text.at(span.start);
  const end = text.at(span.end);
  const prefix = text.slice(Math.max(0, start - CONTEXT_CHARACTERS), start);
  const suffix = text.slice(end, end + CONTEXT_CHARACTERS);
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), ...(prefix && { prefix }), ...(suffix && { suffix }) },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

const describing = (value: string) => ({ type: 'TextualBody', value, purpose: 'describing' });

/**
 * The bodies of a span's annotation: its type (tagging); for a mention the actor, as the IRI every mention of the
 * actor shares (coreference) and its name, role and an affiliation that has no span; a date's value; a quote's kind
 * and a speaker that has no span; `assessing` "reviewed" once an annotator accepted it.
 */
function bodies(span: ExportSpan, idBase: string, linked: DocumentLinks): object | object[] {
  const list: object[] = [{ type: 'TextualBody', value: SPAN_TYPE_NAMES[span.kind], purpose: 'tagging' }];
  if (span.actor) {
    list.push({ type: 'TextualBody', value: span.actor.name, purpose: 'identifying' });
    list.push({ type: 'SpecificResource', source: actorIri(idBase, span.actor.id), purpose: 'identifying' });
    if (span.actor.role) list.push(describing(`role: ${span.actor.role}`));
    if (span.actor.affiliation && !linked.affiliated.has(span)) list.push(describing(`affiliation: ${span.actor.affiliation}`));
  }
  if (span.date) list.push(describing(span.date.value));
  if (span.kind === 'quote' && span.quote) {
    list.push(describing(`${span.quote.kind} quotation`));
    if (span.quote.speaker && !linked.spoken.has(span)) list.push(describing(`speaker: ${span.quote.speaker.name}`));
  }
  if (span.reviewed) list.push({ type: 'TextualBody', value: 'reviewed', purpose: 'assessing' });
  return list.length === 1 ? list[0] : list;
}

interface DocumentLinks {
  /** Quotes whose speaker is a linked span. */
  spoken: Set<ExportSpan>;
  /** Mentions whose affiliation is a linked span. */
  affiliated: Set<ExportSpan>;
}

/** The IRI of an actor of a document: the same for all its mentions. */
function actorIri(idBase: string, actorId: string): string {
  return contentUrn(`${idBase}#actor/${actorId}`);
}

/** Who made the annotation: the analyzer (the generator itself) or an annotator (a correction). */
function creator(span: ExportSpan): object {
  return span.origin === 'manual' ? { type: 'Person', name: 'annotator' } : W3C_GENERATOR;
}

/**
 * A document's annotations. `idBase` names the document in their ids: its IRI, plus a count when the same source
 * comes again. `embeddedSource`, when given, is the document itself (a TextualBody with the text) and stands in
 * the first annotation's target; the others name it by its IRI.
 */
function documentItems(document: ExportDocument, source: string, idBase: string, created: string, embeddedSource?: object): object[] {
  const text = exportText(document.text);
  const { spans, speakers, cues, affiliations } = collectSpans(document.annotations, document.text.length);
  const linked: DocumentLinks = { spoken: new Set(speakers.map((link) => link.quote)), affiliated: new Set(affiliations.map((link) => link.from)) };
  const idOf = (span: ExportSpan) => contentUrn(`${idBase}#t${span.number}`);
  // Items embedded in a page do not repeat the collection's @context.
  const common = (id: string, motivation: string, span: ExportSpan) => ({ id, type: 'Annotation', motivation, created, creator: creator(span), generator: W3C_GENERATOR });
  const items: object[] = spans.map((span) => ({ ...common(idOf(span), 'tagging', span), body: bodies(span, idBase, linked), target: target(source, span, text) }));
  const links: Array<{ from: ExportSpan; to: ExportSpan; role: string }> = [
    ...speakers.map((link) => ({ from: link.quote, to: link.speaker, role: 'speaker' })),
    ...cues.map((link) => ({ ...link, role: 'cue' })),
    ...affiliations.map((link) => ({ ...link, role: 'affiliation' })),
  ];
  links.forEach((link, index) =>
    items.push({
      // The first links keep the ids the speaker links always had ("#r1", …).
      ...common(contentUrn(`${idBase}#r${index + 1}`), 'linking', link.from),
      body: [idOf(link.to), describing(link.role)],
      target: target(source, link.from, text),
    }),
  );
  if (embeddedSource && items.length) (items[0] as { target: { source: unknown } }).target.source = embeddedSource;
  return items;
}

/** A JSONL record's IRI: the corpus file's URI with the record id as fragment, else a name-based URN of the id. */
export function recordIri(document: ExportDocument): string {
  const id = String(document.recordId);
  return document.source ? `${sourceIri(document)}#record=${encodeURIComponent(id)}` : contentUrn(`record:${id}`);
}

function collectionOf(id: string, label: string, items: object[]) {
  const pageId = contentUrn(`${id}/page/1`);
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: pageId,
  };
}

/**
 * Files: one AnnotationCollection for all of them (`<name>.jsonld`), each annotation's source the file's URI.
 * JSONL records (documents with a record id): one collection per record, one per line (`<name>.w3c.jsonl`), its
 * annotations' source the record's IRI, and (unless `embedText` is false) the record's text embedded as that
 * source, so the collection is self-contained.
 */
export const w3cExporter: Exporter = {
  id: 'w3c',
  export(documents, options) {
    const created = options.created ?? new Date().toISOString();
    const name = corpusName(documents, options);
    const files = documents.filter((document) => document.recordId === undefined);
    const records = documents.filter((document) => document.recordId !== undefined);
    const exported: ExportedFile[] = [];
    if (files.length || !records.length) {
      const collectionId = contentUrn(`collection:${files.map(sourceIri).join('\n')}`);
      const seen = new Map<string, number>();
      const items = files.flatMap((document) => {
        const source = sourceIri(document);
        const occurrence = (seen.get(source) ?? 0) + 1;
        seen.set(source, occurrence);
        return documentItems(document, source, occurrence === 1 ? source : `${source}\n${occurrence}`, created);
      });
      exported.push({ name: `${name}.jsonld`, content: JSON.stringify(collectionOf(collectionId, `News Annotator annotations of ${name}`, items), null, 2) + '\n' });
    }
    if (records.length) {
      const lines = records.map((document, index) => {
        const source = recordIri(document);
        const idBase = `${source}\n${index + 1}`;
        const embedded = options.embedText === false ? undefined : { id: source, type: 'TextualBody', value: exportText(document.text).text, format: 'text/plain' };
        const items = documentItems(document, source, idBase, created, embedded);
        return JSON.stringify(collectionOf(contentUrn(`collection:${idBase}`), `News Annotator annotations of record ${JSON.stringify(document.recordId)}`, items));
      });
      exported.push({ name: `${name}.w3c.jsonl`, content: lines.map((line) => line + '\n').join('') });
    }
    return exported;
  },
};
