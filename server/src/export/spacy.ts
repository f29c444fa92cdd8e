// Prodigy-style JSONL for spaCy, one line per document, code point offsets into the normalized text of text.ts:
//   {text, spans, quotes, speakers, cues, relations, meta, answer}
// `spans` are the entities (actors and dates) without overlaps, for `doc.ents` (of overlapping spans the earlier,
// then the longer, is kept; the others are in `entities_left_out`); `quotes`, `speakers` (speakers that are no
// actor) and `cues` are span groups for `doc.spans`; `relations` are Prodigy-style `{head_span, child_span, label}`
// (SPEAKER, CUE, AFFILIATION), spans named by offsets (no token indices: spaCy's tokens are made by the script).
// Each span carries its details (details.ts): actor_id becomes the span's kb_id, so coreferent mentions share it.
// spaCy trains from DocBin files, whose string hashing is impractical to reproduce here, so a converter script is
// shipped beside the JSONL.
import { corpusName, documentId, UPPERCASE_LABELS, type Exporter } from './document';
import { spanDetails } from './details';
import { collectSpans, isEntity, spanRelations, type ExportSpan, type SpanKind } from './spans';
import { exportText, type ExportText } from './text';

export const SPACY_SCRIPT_FILE = 'spacy_docbin.py';

export const SPACY_SCRIPT = `# Converts the News Annotator spaCy export (JSONL) into a DocBin for \`spacy train\`:
#   python spacy_docbin.py annotations.spacy.jsonl train.spacy
# Entities become doc.ents (actor ids as kb_id); quotes, speakers and cues the span groups doc.spans["quotes"],
# doc.spans["speakers"], doc.spans["cues"]; relations and the record's meta go to doc.user_data (kept in the DocBin).
import json, sys
import spacy
from spacy.tokens import DocBin

source, target = sys.argv[1], sys.argv[2]
nlp = spacy.blank("en")
db = DocBin(store_user_data=True)


def char_span(doc, span):
    # None when the span covers no whole token ("contract" shrinks it to the tokens inside).
    return doc.char_span(span["start"], span["end"], label=span["label"], kb_id=span.get("actor_id", ""), alignment_mode="contract")


with open(source, encoding="utf8") as lines:
    for line in lines:
        if not line.strip():
            continue
        example = json.loads(line)
        doc = nlp.make_doc(example["text"])
        doc.ents = [span for span in (char_span(doc, s) for s in example["spans"]) if span is not None]
        for group in ("quotes", "speakers", "cues"):
            doc.spans[group] = [span for span in (char_span(doc, s) for s in example.get(group, [])) if span is not None]
        doc.user_data["relations"] = example.get("relations", [])
        doc.user_data["meta"] = example.get("meta", {})
        db.add(doc)
db.to_disk(target)
`;

function spanObject(span: ExportSpan, text: ExportText) {
  return { start: text.at(span.start), end: text.at(span.end), label: UPPERCASE_LABELS[span.kind], ...spanDetails(span) };
}

export const spacyExporter: Exporter = {
  id: 'spacy',
  export(documents, options) {
    const lines = documents.map((document) => {
      const text = exportText(document.text);
      const collected = collectSpans(document.annotations, document.text.length);
      const entities = collected.spans.filter(isEntity);
      // Spans come sorted by start, longer first: of overlapping entities the earlier, then the longer, is kept.
      const kept: ExportSpan[] = [];
      for (const span of entities) if (!kept.some((other) => other.start < span.end && span.start < other.end)) kept.push(span);
      const ofKind = (kind: SpanKind) => collected.spans.filter((span) => span.kind === kind).map((span) => spanObject(span, text));
      const reference = (span: ExportSpan) => ({ start: text.at(span.start), end: text.at(span.end), label: UPPERCASE_LABELS[span.kind] });
      return JSON.stringify({
        text: text.text,
        spans: kept.map((span) => spanObject(span, text)),
        ...(kept.length < entities.length && { entities_left_out: entities.filter((span) => !kept.includes(span)).map((span) => spanObject(span, text)) }),
        quotes: ofKind('quote'),
        speakers: ofKind('speaker'),
        cues: ofKind('cue'),
        relations: spanRelations(collected)
          .filter((relation) => relation.type !== 'coreference') // carried by the actor_id (kb_id) of the mentions
          .map((relation) => ({ head_span: reference(relation.from), child_span: reference(relation.to), label: relation.type.toUpperCase() })),
        meta: { source: documentId(document) },
        answer: 'accept',
      });
    });
    return [
      { name: `${corpusName(documents, options)}.spacy.jsonl`, content: lines.map((line) => line + '\n').join('') },
      { name: SPACY_SCRIPT_FILE, content: SPACY_SCRIPT },
    ];
  },
};
