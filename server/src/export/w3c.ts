// W3C Web Annotation Data Model (JSON-LD): one AnnotationCollection with its items in an embedded AnnotationPage.
// Every span is a `tagging` annotation whose target pairs a TextQuoteSelector with a TextPositionSelector (code
// points into the normalized text of text.ts, end exclusive). Quote→speaker is not a primitive of the model; it is
// written as a `linking` annotation targeting the quote, whose body is the speaker annotation's id plus a
// `describing` body "speaker". Ids are name-based UUIDs of the content, so the same input gives the same ids.
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

function bodies(span: ExportSpan): object | object[] {
  const tagging = { type: 'TextualBody', value: SPAN_TYPE_NAMES[span.kind], purpose: 'tagging' };
  if (span.actor) return [tagging, { type: 'TextualBody', value: span.actor.name, purpose: 'identifying' }];
  if (span.date) return [tagging, { type: 'TextualBody', value: span.date.value, purpose: 'describing' }];
  return tagging;
}

/** `idBase` names the document in its annotations' ids: its IRI, plus a count when the same source comes again. */
function documentItems(document: ExportDocument, idBase: string, created: string): object[] {
  const text = exportText(document.text);
  const source = sourceIri(document);
  const { spans, speakers } = collectSpans(document.annotations, document.text.length);
  const idOf = (span: ExportSpan) => contentUrn(`${idBase}#t${span.number}`);
  // Items embedded in a page do not repeat the collection's @context.
  const common = (id: string, motivation: string) => ({ id, type: 'Annotation', motivation, created, generator: W3C_GENERATOR });
  const items: object[] = spans.map((span) => ({ ...common(idOf(span), 'tagging'), body: bodies(span), target: target(source, span, text) }));
  speakers.forEach((link, index) =>
    items.push({
      ...common(contentUrn(`${idBase}#r${index + 1}`), 'linking'),
      body: [idOf(link.speaker), { type: 'TextualBody', value: 'speaker', purpose: 'describing' }],
      target: target(source, link.quote, text),
    }),
  );
  return items;
}

export const w3cExporter: Exporter = {
  id: 'w3c',
  export(documents, options) {
    const created = options.created ?? new Date().toISOString();
    const name = corpusName(documents, options);
    const collectionId = contentUrn(`collection:${documents.map(sourceIri).join('\n')}`);
    const seen = new Map<string, number>();
    const items = documents.flatMap((document) => {
      const source = sourceIri(document);
      const occurrence = (seen.get(source) ?? 0) + 1;
      seen.set(source, occurrence);
      return documentItems(document, occurrence === 1 ? source : `${source}\n${occurrence}`, created);
    });
    const pageId = contentUrn(`${collectionId}/page/1`);
    const collection = {
      '@context': CONTEXT,
      id: collectionId,
      type: 'AnnotationCollection',
      label: `News Annotator annotations of ${name}`,
      total: items.length,
      first: { id: pageId, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
      last: pageId,
    };
    return [{ name: `${name}.jsonld`, content: JSON.stringify(collection, null, 2) + '\n' }];
  },
};
