// Label Studio tasks: a JSON array of `{data: {text, document}, predictions | annotations}`, span results in code
// points of the normalized text of text.ts, and the labeling config whose `from_name` / `to_name` / label values the
// results use (paste it into the project's Labeling Interface). Relations are results of type "relation": quote →
// speaker, quote → cue, person → affiliation, and mention → the same actor's previous mention ("coreference").
// What a region carries beyond its label (actor id and name, role, date value, quote kind, a speaker that has no
// span) is its `meta.text`, which Label Studio shows as the region's notes.
// Provenance: the analyzer's output alone is a prediction (`predictions`, to accept or correct). Once an annotator
// has corrected or reviewed anything, the document is an annotation (`annotations`) whose results say where each
// came from, as Label Studio itself does: `origin: "manual"` for the annotator's, `"prediction"` for the analyzer's.
import { corpusName, documentId, type Exporter } from './document';
import { collectSpans, RELATION_TYPES, spanRelations, type ExportSpan, type SpanKind } from './spans';
import { exportText } from './text';

export const LABEL_STUDIO_LABELS: Record<SpanKind, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  quote: 'Quote',
  speaker: 'Speaker',
  cue: 'Cue',
};
export const LABEL_STUDIO_MODEL_VERSION = 'news-annotator';
export const LABEL_STUDIO_CONFIG_FILE = 'labeling-config.xml';

export const LABEL_STUDIO_CONFIG = `<View>
  <Relations>
    ${RELATION_TYPES.map((relation) => `<Relation value="${relation}"/>`).join('\n    ')}
  </Relations>
  <Labels name="label" toName="text">
    ${Object.values(LABEL_STUDIO_LABELS)
      .map((label) => `<Label value="${label}"/>`)
      .join('\n    ')}
  </Labels>
  <Text name="text" value="$text"/>
</View>
`;

/** The region's notes: what the label does not say. */
function notes(span: ExportSpan): string[] {
  const lines: string[] = [];
  if (span.actor) {
    lines.push(`actor ${span.actor.id}: ${span.actor.name}`);
    if (span.actor.role) lines.push(`role: ${span.actor.role}`);
    if (span.actor.affiliation) lines.push(`affiliation: ${span.actor.affiliation}`);
  }
  if (span.date) lines.push(`value: ${span.date.value}`, `type: ${span.date.kind}`);
  if (span.kind === 'quote' && span.quote) {
    lines.push(`kind: ${span.quote.kind}`);
    if (span.quote.speaker) lines.push(`speaker: ${span.quote.speaker.name}`);
    if (span.quote.cue) lines.push(`cue: ${span.quote.cue.text}`);
  }
  if (span.reviewed) lines.push('reviewed');
  return lines;
}

export const labelStudioExporter: Exporter = {
  id: 'labelstudio',
  export(documents, options) {
    const tasks = documents.map((document) => {
      const text = exportText(document.text);
      const collected = collectSpans(document.annotations, document.text.length);
      const { spans } = collected;
      const annotated = spans.some((span) => span.origin === 'manual' || span.reviewed);
      const result: object[] = spans.map((span) => {
        const start = text.at(span.start);
        const end = text.at(span.end);
        const meta = notes(span);
        return {
          id: `t${span.number}`,
          from_name: 'label',
          to_name: 'text',
          type: 'labels',
          value: { start, end, text: text.slice(start, end), labels: [LABEL_STUDIO_LABELS[span.kind]] },
          ...(annotated && { origin: span.origin === 'manual' ? 'manual' : 'prediction' }),
          ...(meta.length && { meta: { text: meta } }),
        };
      });
      for (const { from, to, type } of spanRelations(collected)) {
        result.push({ from_id: `t${from.number}`, to_id: `t${to.number}`, type: 'relation', direction: 'right', labels: [type] });
      }
      const data = { text: text.text, document: documentId(document) };
      return annotated ? { data, annotations: [{ result }] } : { data, predictions: [{ model_version: LABEL_STUDIO_MODEL_VERSION, result }] };
    });
    return [
      { name: `${corpusName(documents, options)}.labelstudio.json`, content: JSON.stringify(tasks, null, 2) + '\n' },
      { name: LABEL_STUDIO_CONFIG_FILE, content: LABEL_STUDIO_CONFIG },
    ];
  },
};
