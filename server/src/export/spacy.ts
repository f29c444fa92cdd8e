// Prodigy-style JSONL for spaCy: `{text, spans: [{start, end, label}], meta, answer}` per document, code point
// offsets into the normalized text of text.ts. Entity layer only (actors and dates): spaCy's `doc.ents` may not
// overlap, so of overlapping spans the earlier (then the longer) is kept. spaCy trains from DocBin files, whose
// string hashing is impractical to reproduce here, so a converter script is shipped beside the JSONL.
import { corpusName, type EntityLabels, type Exporter } from './document';
import { collectSpans, type ExportSpan } from './spans';
import { exportText } from './text';

export const SPACY_LABELS: EntityLabels = { person: 'PERSON', organization: 'ORG', place: 'LOC', date: 'DATE' };
export const SPACY_SCRIPT_FILE = 'spacy_docbin.py';

export const SPACY_SCRIPT = `# Converts the News Annotator spaCy export (JSONL) into a DocBin for \`spacy train\`:
#   python spacy_docbin.py annotations.spacy.jsonl train.spacy
import json, sys
import spacy
from spacy.tokens import DocBin

source, target = sys.argv[1], sys.argv[2]
nlp = spacy.blank("en")
db = DocBin()
with open(source, encoding="utf8") as lines:
    for line in lines:
        if not line.strip():
            continue
        example = json.loads(line)
        doc = nlp.make_doc(example["text"])
        spans = [doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="contract") for s in example["spans"]]
        doc.ents = [span for span in spans if span is not None]  # None when a span does not cover a whole token
        db.add(doc)
db.to_disk(target)
`;

/** Entity spans (no quotes), without overlaps: spans come sorted by start, longer first. */
function entitySpans(spans: readonly ExportSpan[]): ExportSpan[] {
  const kept: ExportSpan[] = [];
  for (const span of spans) {
    if (span.kind === 'quote') continue;
    if (kept.length && kept[kept.length - 1].end > span.start) continue;
    kept.push(span);
  }
  return kept;
}

export const spacyExporter: Exporter = {
  id: 'spacy',
  export(documents, options) {
    const lines = documents.map((document) => {
      const text = exportText(document.text);
      const { spans } = collectSpans(document.annotations, document.text.length);
      return JSON.stringify({
        text: text.text,
        spans: entitySpans(spans).map((span) => ({ start: text.at(span.start), end: text.at(span.end), label: SPACY_LABELS[span.kind as keyof EntityLabels] })),
        meta: { source: document.name },
        answer: 'accept',
      });
    });
    return [
      { name: `${corpusName(documents, options)}.spacy.jsonl`, content: lines.map((line) => line + '\n').join('') },
      { name: SPACY_SCRIPT_FILE, content: SPACY_SCRIPT },
    ];
  },
};
