// Label Studio tasks with pre-annotations: a JSON array of `{data: {text}, predictions: [{result}]}`, span results
// in code points of the normalized text of text.ts, quote→speaker as a relation result; plus the labeling config
// whose `from_name` / `to_name` / label values the results use (paste it into the project's Labeling Interface).
import { corpusName, type Exporter } from './document';
import { collectSpans } from './spans';
import { exportText } from './text';

export const LABEL_STUDIO_LABELS = { person: 'Person', organization: 'Organization', place: 'Place', date: 'Date', quote: 'Quote' } as const;
export const LABEL_STUDIO_MODEL_VERSION = 'news-annotator';
export const LABEL_STUDIO_CONFIG_FILE = 'labeling-config.xml';

export const LABEL_STUDIO_CONFIG = `<View>
  <Relations>
    <Relation value="speaker"/>
  </Relations>
  <Labels name="label" toName="text">
    ${Object.values(LABEL_STUDIO_LABELS).map((label) => `<Label value="${label}"/>`).join('\n    ')}
  </Labels>
  <Text name="text" value="$text"/>
</View>
`;

export const labelStudioExporter: Exporter = {
  id: 'labelstudio',
  export(documents, options) {
    const tasks = documents.map((document) => {
      const text = exportText(document.text);
      const { spans, speakers } = collectSpans(document.annotations, document.text.length);
      const result: object[] = spans.map((span) => {
        const start = text.at(span.start);
        const end = text.at(span.end);
        return {
          id: `t${span.number}`,
          from_name: 'label',
          to_name: 'text',
          type: 'labels',
          value: { start, end, text: text.slice(start, end), labels: [LABEL_STUDIO_LABELS[span.kind]] },
        };
      });
      for (const link of speakers) {
        result.push({ from_id: `t${link.quote.number}`, to_id: `t${link.speaker.number}`, type: 'relation', direction: 'right', labels: ['speaker'] });
      }
      return { data: { text: text.text, document: document.name }, predictions: [{ model_version: LABEL_STUDIO_MODEL_VERSION, result }] };
    });
    return [
      { name: `${corpusName(documents, options)}.labelstudio.json`, content: JSON.stringify(tasks, null, 2) + '\n' },
      { name: LABEL_STUDIO_CONFIG_FILE, content: LABEL_STUDIO_CONFIG },
    ];
  },
};
