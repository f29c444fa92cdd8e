// Exporters: annotations of one or more documents in the formats annotation tools read. One file per format;
// the spec is shared/docs/export-formats.md. Every format but the project's JSON writes code point offsets into
// the normalized text (no BOM, LF line ends) described in text.ts.
import type { ExportedFile } from '../protocol';
import { bratExporter } from './brat';
import { conllExporter } from './conll';
import { csvExporter } from './csv';
import { doccanoExporter, doccanoRelationsExporter } from './doccano';
import type { ExportDocument, Exporter, ExportOptions } from './document';
import { jsonExporter } from './json';
import { labelStudioExporter } from './labelstudio';
import { spacyExporter } from './spacy';
import { w3cExporter } from './w3c';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats';

export type { EntityLabels, ExportDocument, ExportOptions } from './document';
export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, isExportFormat, type ExportFormat, type ExportFormatInfo } from './formats';

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: jsonExporter,
  csv: csvExporter,
  brat: bratExporter,
  w3c: w3cExporter,
  conll: conllExporter,
  doccano: doccanoExporter,
  'doccano-relations': doccanoRelationsExporter,
  labelstudio: labelStudioExporter,
  spacy: spacyExporter,
};

/** The files of an export, named relative to the chosen output folder (several for multi-file formats). */
export function exportDocuments(format: string, documents: readonly ExportDocument[], options: ExportOptions = {}): ExportedFile[] {
  if (!isExportFormat(format)) throw new Error(`unknown export format "${format}" (known: ${EXPORT_FORMATS.join(', ')})`);
  return EXPORTERS[format].export(documents, options);
}
