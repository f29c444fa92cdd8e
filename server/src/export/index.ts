// Exporters: annotations of one or more documents in the formats annotation tools read. One file per format;
// the spec is shared/docs/export-formats.md. Every format but the project's JSON writes code point offsets into
// the normalized text (no BOM, LF line ends) described in text.ts.
import type { ExportedFile } from '../protocol';
import { bratExporter } from './brat';
import { conllExporter } from './conll';
import { csvExporter } from './csv';
import { doccanoExporter } from './doccano';
import type { ExportDocument, Exporter, ExportOptions } from './document';
import { jsonExporter } from './json';
import { labelStudioExporter } from './labelstudio';
import { spacyExporter } from './spacy';
import { w3cExporter } from './w3c';

export type { EntityLabels, ExportDocument, ExportOptions } from './document';

export const EXPORT_FORMATS = ['json', 'csv', 'brat', 'w3c', 'conll', 'doccano', 'labelstudio', 'spacy'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: jsonExporter,
  csv: csvExporter,
  brat: bratExporter,
  w3c: w3cExporter,
  conll: conllExporter,
  doccano: doccanoExporter,
  labelstudio: labelStudioExporter,
  spacy: spacyExporter,
};

export interface ExportFormatInfo {
  id: ExportFormat;
  /** For pickers: "brat standoff (.txt + .ann + annotation.conf)". */
  label: string;
  /** True: files per document (json, brat). False: one file (and its companions) for all the documents. */
  perDocument: boolean;
}

export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = EXPORT_FORMATS.map((id) => ({
  id,
  label: EXPORTERS[id].label,
  perDocument: EXPORTERS[id].perDocument,
}));

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

/** The files of an export, named relative to the chosen output folder (several for multi-file formats). */
export function exportDocuments(format: string, documents: readonly ExportDocument[], options: ExportOptions = {}): ExportedFile[] {
  if (!isExportFormat(format)) throw new Error(`unknown export format "${format}" (known: ${EXPORT_FORMATS.join(', ')})`);
  return EXPORTERS[format].export(documents, options);
}
