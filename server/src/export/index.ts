// Exporters: annotations of one or more documents in the formats annotation tools read.
import type { Annotations } from '../analysis/types';
import type { ExportedFile } from '../protocol';

export interface ExportDocument {
  /** Base name without extension, used for per-document files ("article" → article.ann). */
  name: string;
  /** Where the text came from (file URI or path), for formats that record a source. */
  source?: string;
  text: string;
  annotations: Annotations;
}

export const EXPORT_FORMATS = ['json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Placeholder until the exporters land: the project's JSON only. */
export function exportDocuments(format: string, documents: readonly ExportDocument[]): ExportedFile[] {
  if (format !== 'json') throw new Error(`unknown export format "${format}" (known: ${EXPORT_FORMATS.join(', ')})`);
  return documents.map((document) => ({ name: `${document.name}.json`, content: JSON.stringify(document.annotations, null, 2) + '\n' }));
}
