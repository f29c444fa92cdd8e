// doccano JSONL, in the two shapes doccano imports (offsets: code points into the normalized text of text.ts,
// which each line carries):
// - `doccano`: sequence labeling as a new project has it (overlapping spans off, no relation labeling):
//   `{"text", "label": [[start, end, "LABEL"], …]}` with no two spans overlapping. Entities win over quotations
//   (quotes contain names), then speakers and cues that overlap nothing.
// - `doccano-relations`: for a project with "Allow overlapping spans" and "Use relation labeling" on:
//   `{"text", "entities": [{id, start_offset, end_offset, label}], "relations": [{id, from_id, to_id, type}]}`
//   with every span and the relations speaker, cue, affiliation and coreference (each mention → the actor's
//   previous mention).
// doccano keeps keys it does not know as the example's metadata: `document` (record id or name) and `spans`, what
// each span carries beyond its label (details.ts), including those left out of `label` for overlapping. No
// relation ever names a span the line does not have.
import { corpusName, documentId, UPPERCASE_LABELS, type Exporter } from './document';
import { spanDetails, withoutOverlaps } from './details';
import { collectSpans, spanRelations, type ExportSpan, type SpanKind } from './spans';
import { exportText } from './text';

const label = (span: ExportSpan) => UPPERCASE_LABELS[span.kind];

/** The order in which kinds win a place in the no-overlap `label` list. */
const SEQUENCE_PRIORITY: readonly SpanKind[] = ['person', 'organization', 'place', 'date', 'quote', 'speaker', 'cue'];

export const doccanoExporter: Exporter = {
  id: 'doccano',
  export(documents, options) {
    const lines = documents.map((document) => {
      const text = exportText(document.text);
      const { spans } = collectSpans(document.annotations, document.text.length);
      const kept = new Set(withoutOverlaps(spans, SEQUENCE_PRIORITY));
      return JSON.stringify({
        text: text.text,
        label: spans.filter((span) => kept.has(span)).map((span) => [text.at(span.start), text.at(span.end), label(span)]),
        document: documentId(document),
        spans: spans.map((span) => ({
          start: text.at(span.start),
          end: text.at(span.end),
          label: label(span),
          ...spanDetails(span),
          ...(!kept.has(span) && { left_out: 'overlaps a span in label' }),
        })),
      });
    });
    return [{ name: `${corpusName(documents, options)}.doccano.jsonl`, content: lines.map((line) => line + '\n').join('') }];
  },
};

export const doccanoRelationsExporter: Exporter = {
  id: 'doccano-relations',
  export(documents, options) {
    const lines = documents.map((document) => {
      const text = exportText(document.text);
      const collected = collectSpans(document.annotations, document.text.length);
      const { spans } = collected;
      const written = new Set(spans);
      return JSON.stringify({
        text: text.text,
        entities: spans.map((span) => ({ id: span.number, start_offset: text.at(span.start), end_offset: text.at(span.end), label: label(span) })),
        relations: spanRelations(collected)
          .filter(({ from, to }) => written.has(from) && written.has(to))
          .map(({ from, to, type }, index) => ({ id: index + 1, from_id: from.number, to_id: to.number, type })),
        document: documentId(document),
        spans: spans.map((span) => ({ id: span.number, ...spanDetails(span) })),
      });
    });
    return [{ name: `${corpusName(documents, options)}.doccano-relations.jsonl`, content: lines.map((line) => line + '\n').join('') }];
  },
};
