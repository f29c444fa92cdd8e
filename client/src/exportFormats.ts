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
