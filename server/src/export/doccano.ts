// doccano relation-extraction JSONL: one object per document with `entities` (code point offsets into the
// normalized text of text.ts, which the object carries) and `relations` (quote → speaker). Quotes contain
// entities, so import into a project with "Allow overlapping spans" on.
import { corpusName, type EntityLabels, type Exporter } from './document';
import { collectSpans } from './spans';
import { exportText } from './text';

export const DOCCANO_LABELS: EntityLabels & { quote: string } = { person: 'PERSON', organization: 'ORG', place: 'LOC', date: 'DATE', quote: 'QUOTE' };

export const doccanoExporter: Exporter = {
  id: 'doccano',
  export(documents, options) {
    const lines = documents.map((document) => {
      const text = exportText(document.text);
      const { spans, speakers } = collectSpans(document.annotations, document.text.length);
      return JSON.stringify({
        document: document.name,
        text: text.text,
        entities: spans.map((span) => ({ id: span.number, start_offset: text.at(span.start), end_offset: text.at(span.end), label: DOCCANO_LABELS[span.kind] })),
        relations: speakers.map((link) => ({ from_id: link.quote.number, to_id: link.speaker.number, type: 'speaker' })),
      });
    });
    return [{ name: `${corpusName(documents, options)}.doccano.jsonl`, content: lines.map((line) => line + '\n').join('') }];
  },
};
