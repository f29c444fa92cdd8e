// What an exporter is given and what it returns. Kept apart from index.ts so the exporters do not import the registry.
import type { Annotations } from '../analysis/types';
import type { ExportedFile } from '../protocol';

export interface ExportDocument {
  /** Base name without extension, used for per-document files ("article" → article.ann). */
  name: string;
  /** Where the text came from (file URI or path), for formats that record a source. */
  source?: string;
  /** The id of the JSONL record the text came from (absent for files): formats that name documents use it. */
  recordId?: string | number;
  text: string;
  annotations: Annotations;
}

/** Entity labels of the formats that take a label set of their own (CoNLL, doccano, spaCy); null leaves a kind out. */
export type EntityLabels = Record<'person' | 'organization' | 'place' | 'date', string | null>;

export interface ExportOptions {
  /** xsd:dateTime recorded as `created` in the W3C export (defaults to now; fixed in tests so output is stable). */
  created?: string;
  /** Base name of the files of corpus formats (one file for all documents); defaults to the only document's name, else "annotations". */
  name?: string;
  /** CoNLL NER tags (defaults PER / ORG / LOC / DATE). */
  conllLabels?: Partial<EntityLabels>;
  /** CSV: start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
  bom?: boolean;
  /** W3C: embed each JSONL record's text in its collection (default true); false leaves only the record's IRI. */
  embedText?: boolean;
}

export interface Exporter {
  id: string;
  export(documents: readonly ExportDocument[], options: ExportOptions): ExportedFile[];
}

export function corpusName(documents: readonly ExportDocument[], options: ExportOptions): string {
  return options.name ?? (documents.length === 1 ? documents[0].name : 'annotations');
}

/** The type names the tools' own label sets use for the span kinds (brat, Label Studio, W3C bodies). */
export const SPAN_TYPE_NAMES = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  quote: 'Quotation',
  speaker: 'Speaker',
  cue: 'Cue',
} as const;

/** Upper-case labels of the JSON formats of NER tools (doccano, spaCy): CoNLL-style entity names, then the rest. */
export const UPPERCASE_LABELS = {
  person: 'PERSON',
  organization: 'ORG',
  place: 'LOC',
  date: 'DATE',
  quote: 'QUOTE',
  speaker: 'SPEAKER',
  cue: 'CUE',
} as const;

/** How a document is named inside a corpus file (CoNLL -DOCSTART-, doccano, spaCy meta): its record id, else its name. */
export function documentId(document: ExportDocument): string {
  return String(document.recordId ?? document.name);
}
