// The export formats offered in the quick pick: the server's list with its labels, so a format added in
// server/src/export is offered at once. No `vscode` import.
import { EXPORT_FORMAT_INFO, type ExportFormatInfo } from '../../server/src/export/formats';

export interface ExportFormatChoice {
  id: string;
  label: string;
}

export function exportFormatChoices(formats: readonly ExportFormatInfo[] = EXPORT_FORMAT_INFO): ExportFormatChoice[] {
  return formats.map((format) => ({ id: format.id, label: format.label }));
}

/** The encodings offered for a CSV export: Excel on Windows reads a CSV as UTF-8 only when it starts with a BOM. */
export const CSV_ENCODING_CHOICES = [
  { label: 'UTF-8 with BOM, for Excel', detail: 'Excel on Windows shows accents and curly quotes right', bom: true },
  { label: 'UTF-8', detail: 'for pandas, R, databases and other tools', bom: false },
] as const;

/** The exported files with a UTF-8 byte order mark at the start of the CSV tables (once, however often it is asked). */
export function withCsvBom<File extends { name: string; content: string }>(files: readonly File[]): File[] {
  return files.map((file) => (file.name.endsWith('.csv') && !file.content.startsWith('\uFEFF') ? { ...file, content: '\uFEFF' + file.content } : file));
}
