// The export formats as the pickers show them, apart from the exporters themselves so that the client can list
// them without bundling the exporters (it asks the server for the files).

export const EXPORT_FORMATS = ['json', 'csv', 'brat', 'w3c', 'conll', 'doccano', 'doccano-relations', 'labelstudio', 'spacy'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  id: ExportFormat;
  /** For pickers: "brat standoff (.txt + .ann + annotation.conf)". */
  label: string;
  /** True: files per document (json, brat). False: one file (and its companions) for all the documents. */
  perDocument: boolean;
}

export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  { id: 'json', label: 'News Annotator JSON (.json)', perDocument: true },
  { id: 'csv', label: 'CSV table (.csv)', perDocument: false },
  { id: 'brat', label: 'brat standoff (.txt + .ann + annotation.conf)', perDocument: true },
  { id: 'w3c', label: 'W3C Web Annotation JSON-LD (.jsonld)', perDocument: false },
  { id: 'conll', label: 'CoNLL-2003 IOB2 (.conll)', perDocument: false },
  { id: 'doccano', label: 'doccano sequence labeling JSONL, no overlapping spans (.doccano.jsonl)', perDocument: false },
  { id: 'doccano-relations', label: 'doccano JSONL with relations, for overlapping spans + relation labeling (.doccano-relations.jsonl)', perDocument: false },
  { id: 'labelstudio', label: 'Label Studio tasks (.labelstudio.json + labeling-config.xml)', perDocument: false },
  { id: 'spacy', label: 'spaCy / Prodigy JSONL (.spacy.jsonl + spacy_docbin.py)', perDocument: false },
];

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}
