// "Export Annotations…": asks the server for the export of the active article (ExportRequest) and writes the
// files where the user says, never replacing a file without asking. Tests and other extensions can skip the
// dialogs with arguments: executeCommand('newsAnnotator.exportAnnotations', { format: 'json', target: uri }).
import * as vscode from 'vscode';
import { ExportRequest, type ExportedFile } from '../../server/src/protocol';
import { CSV_ENCODING_CHOICES, exportFormatChoices, withCsvBom } from './exportFormats';
import { temporaryName, unsafeExportName } from './exportPaths';
import type { ClientHost } from './languageClient';

export interface ExportArguments {
  /** An id of the server's EXPORT_FORMATS; asked with a quick pick when missing. */
  format?: string;
  /** The file to write (one-file formats) or the folder to write into (several files); asked when missing. */
  target?: vscode.Uri | string;
  /** The article to export; the active editor's document when missing. */
  document?: vscode.Uri | string;
  /** With `target`: replace existing files instead of failing (the dialogs ask the user instead). */
  overwrite?: boolean;
  /** CSV: start the file with a UTF-8 byte order mark (for Excel); asked when missing. */
  bom?: boolean;
}

export const asUri = (value: vscode.Uri | string): vscode.Uri => (typeof value === 'string' ? vscode.Uri.parse(value) : value);

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/** Beside the article, under the name the server gave (it derives it from the article's name). */
function defaultTarget(document: vscode.Uri, file: ExportedFile): vscode.Uri | undefined {
  if (document.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file.name) : undefined;
  }
  return vscode.Uri.joinPath(document, '..', file.name);
}

export async function chooseFormat(title = 'Export Annotations'): Promise<string | undefined> {
  const choices = exportFormatChoices();
  if (choices.length === 1) return choices[0].id;
  const picked = await vscode.window.showQuickPick(
    choices.map((choice) => ({ label: choice.label, description: choice.id, id: choice.id })),
    { title, placeHolder: 'Choose an export format' },
  );
  return picked?.id;
}

/** CSV only: whether to write a byte order mark for Excel; undefined when the user cancels. */
export async function chooseCsvBom(title = 'Export Annotations'): Promise<boolean | undefined> {
  const picked = await vscode.window.showQuickPick(
    CSV_ENCODING_CHOICES.map((choice) => ({ ...choice })),
    { title, placeHolder: 'Encoding of the CSV file' },
  );
  return picked?.bom;
}

/**
 * Writes the file under a temporary name beside it, then renames it into place, so a failure half-way never
 * leaves a truncated export (or a truncated older file). Callers have already asked before replacing.
 */
export async function writeFile(uri: vscode.Uri, content: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(uri, '..', temporaryName(name, `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`));
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/** Writes a one-file export; the save dialog asks before replacing an existing file. */
async function writeSingle(document: vscode.Uri, file: ExportedFile, args: ExportArguments): Promise<vscode.Uri[]> {
  let target: vscode.Uri | undefined;
  if (args.target) {
    target = asUri(args.target);
    if (!args.overwrite && (await exists(target))) throw new Error(`${target.toString()} exists (pass overwrite: true to replace it)`);
  } else {
    const extension = extensionOf(file.name);
    target = await vscode.window.showSaveDialog({
      title: 'Export Annotations',
      saveLabel: 'Export',
      defaultUri: defaultTarget(document, file),
      filters: extension ? { [`${extension.toUpperCase()} files`]: [extension], 'All files': ['*'] } : undefined,
    });
    if (!target) return [];
  }
  await writeFile(target, file.content);
  return [target];
}

/** Writes a several-file export into a folder, asking before replacing files that are there. */
async function writeMany(document: vscode.Uri, files: ExportedFile[], args: ExportArguments): Promise<vscode.Uri[]> {
  let folder: vscode.Uri | undefined;
  if (args.target) {
    folder = asUri(args.target);
  } else {
    const picked = await vscode.window.showOpenDialog({
      title: `Export Annotations: choose a folder for ${files.length} files`,
      openLabel: 'Export Here',
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: document.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document, '..'),
    });
    folder = picked?.[0];
    if (!folder) return [];
  }
  // The names come from the exporter: none may point outside the chosen folder.
  for (const file of files) {
    const unsafe = unsafeExportName(file.name);
    if (unsafe) throw new Error(`refusing to export: ${unsafe}`);
  }
  const targets = files.map((file) => ({ file, uri: vscode.Uri.joinPath(folder, file.name) }));
  const existing: string[] = [];
  for (const { file, uri } of targets) if (await exists(uri)) existing.push(file.name);
  if (existing.length > 0 && !args.overwrite) {
    if (args.target) throw new Error(`${existing.join(', ')} exist in ${folder.toString()} (pass overwrite: true to replace them)`);
    const answer = await vscode.window.showWarningMessage(
      `Replace ${existing.length === 1 ? 'a file' : `${existing.length} files`} in ${folder.fsPath || folder.path}?`,
      { modal: true, detail: existing.join('\n') },
      'Replace',
    );
    if (answer !== 'Replace') return [];
  }
  for (const { file, uri } of targets) await writeFile(uri, file.content);
  return targets.map(({ uri }) => uri);
}

/** The command: returns the written files (none when the user cancels). */
export async function exportAnnotations(host: ClientHost, args: ExportArguments = {}): Promise<vscode.Uri[]> {
  const document = args.document ? asUri(args.document) : vscode.window.activeTextEditor?.document.uri;
  if (!document) {
    void vscode.window.showInformationMessage('Open a news article to export its annotations.');
    return [];
  }
  const client = host.current;
  if (!client?.isRunning()) throw new Error('the News Annotator language server is not running');
  const format = args.format ?? (await chooseFormat());
  if (!format) return [];
  const bom = format === 'csv' ? (args.bom ?? (args.target ? false : await chooseCsvBom())) : false;
  if (bom === undefined) return [];
  const exported = await client.sendRequest(ExportRequest, { uri: document.toString(), format });
  const files = bom ? withCsvBom(exported) : exported;
  if (files.length === 0) {
    void vscode.window.showInformationMessage('News Annotator: nothing to export for this document.');
    return [];
  }
  const written = files.length === 1 ? await writeSingle(document, files[0], args) : await writeMany(document, files, args);
  if (written.length > 0 && !args.target) {
    const message = written.length === 1 ? `Exported annotations to ${vscode.workspace.asRelativePath(written[0])}.` : `Exported ${written.length} files.`;
    void vscode.window.showInformationMessage(message, 'Open').then((answer) => {
      if (answer === 'Open') void vscode.window.showTextDocument(written[0]);
    });
  }
  return written;
}
