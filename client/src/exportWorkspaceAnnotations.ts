// "Export Workspace Annotations…": every article of the workspace folders (found as "Scan Workspace" finds them)
// exported in one format into a chosen folder. The server reads and analyzes the files without opening them
// (ExportFilesRequest); the client writes what it returns, in batches for per-article formats so progress moves
// and cancellation takes effect soon, never replacing a file without asking, and ends with a summary.
import * as vscode from 'vscode';
import { EXPORT_FORMAT_INFO } from '../../server/src/export/formats';
import { baseName, UniqueNames } from '../../server/src/export/uniqueNames';
import { ExportFilesRequest, type ExportedFile, type ExportFilesResult } from '../../server/src/protocol';
import { asUri, chooseFormat, exists, writeFile } from './exportAnnotations';
import { unsafeExportName } from './exportPaths';
import type { ClientHost } from './languageClient';
import { batches } from './scanPlan';
import { findArticles } from './scanWorkspace';

/** Articles per request for per-article formats. */
const BATCH_SIZE = 10;

export interface WorkspaceExportArguments {
  format?: string;
  /** The folder to write into; asked when missing. */
  target?: vscode.Uri | string;
  /** With `target`: replace existing files instead of stopping (the dialog asks the user instead). */
  overwrite?: boolean;
}

export interface WorkspaceExportSummary {
  found: number;
  exported: number;
  written: vscode.Uri[];
  skipped: ExportFilesResult['skipped'];
  cancelled: boolean;
}

/** Asks once, on the first file that exists, whether to replace existing files; remembers the answer. */
class ReplacePolicy {
  private answer: boolean | undefined;
  constructor(private readonly args: WorkspaceExportArguments) {
    if (args.overwrite) this.answer = true;
  }
  async mayReplace(uri: vscode.Uri): Promise<boolean> {
    if (this.answer !== undefined) return this.answer;
    if (this.args.target) throw new Error(`${uri.toString()} exists (pass overwrite: true to replace files)`);
    const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)} exists. Replace existing export files?`, { modal: true }, 'Replace All');
    this.answer = choice === 'Replace All';
    return this.answer;
  }
}

/** Writes a batch's files and returns those new to this export; a companion file that an earlier batch of this export wrote (brat's annotation.conf) is rewritten without asking. */
async function writeInto(folder: vscode.Uri, files: readonly ExportedFile[], policy: ReplacePolicy, writtenBefore: Set<string>): Promise<vscode.Uri[] | undefined> {
  const written: vscode.Uri[] = [];
  for (const file of files) {
    const unsafe = unsafeExportName(file.name);
    if (unsafe) throw new Error(`refusing to export: ${unsafe}`);
    const uri = vscode.Uri.joinPath(folder, file.name);
    const firstTime = !writtenBefore.has(uri.toString());
    if (firstTime && (await exists(uri)) && !(await policy.mayReplace(uri))) return undefined;
    writtenBefore.add(uri.toString());
    await writeFile(uri, file.content);
    if (firstTime) written.push(uri);
  }
  return written;
}

export async function exportWorkspaceAnnotations(host: ClientHost, args: WorkspaceExportArguments = {}): Promise<WorkspaceExportSummary | undefined> {
  const client = host.current;
  if (!client?.isRunning()) throw new Error('the News Annotator language server is not running');
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('News Annotator: open a folder to export its articles.');
    return undefined;
  }
  const format = args.format ?? (await chooseFormat('Export Workspace Annotations'));
  if (!format) return undefined;
  const info = EXPORT_FORMAT_INFO.find((candidate) => candidate.id === format);
  if (!info) throw new Error(`unknown export format "${format}"`);
  let folder = args.target ? asUri(args.target) : undefined;
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({
      title: `Export Workspace Annotations (${info.label}): choose a folder`,
      openLabel: 'Export Here',
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders[0].uri,
    });
    folder = picked?.[0];
    if (!folder) return undefined;
  }
  const target = folder;
  const policy = new ReplacePolicy(args);

  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `News Annotator: exporting the workspace as ${info.label}`, cancellable: true },
    async (progress, token): Promise<WorkspaceExportSummary> => {
      const uris = (await findArticles(token)).map(String);
      const result: WorkspaceExportSummary = { found: uris.length, exported: 0, written: [], skipped: [], cancelled: token.isCancellationRequested };
      // A per-article format is written batch by batch; a collection format (one CSV, one CoNLL file…) needs
      // every article in one export.
      const groups = info.perDocument ? batches(uris, BATCH_SIZE) : [uris];
      const writtenBefore = new Set<string>();
      const names = new UniqueNames();
      for (const group of groups) {
        if (result.cancelled || group.length === 0) break;
        progress.report({ message: `${result.exported + result.skipped.length} of ${uris.length} articles`, increment: (group.length / Math.max(1, uris.length)) * 100 });
        let batch: ExportFilesResult;
        try {
          batch = await client.sendRequest(ExportFilesRequest, { uris: group, format, names: group.map((uri) => names.unique(baseName(uri))) }, token);
        } catch (error) {
          if (!token.isCancellationRequested) throw error;
          result.cancelled = true;
          break;
        }
        result.exported += batch.exported;
        result.skipped.push(...batch.skipped);
        result.cancelled = batch.cancelled || token.isCancellationRequested;
        const written = await writeInto(target, batch.files, policy, writtenBefore);
        if (!written) {
          result.cancelled = true;
          break;
        }
        result.written.push(...written);
      }
      return result;
    },
  );
  for (const skipped of summary.skipped) host.outputChannel.appendLine(`News Annotator: not exported: ${skipped.uri}: ${skipped.reason}`);
  if (!args.target) {
    const text = `${summary.exported} of ${summary.found} articles exported as ${info.label} (${summary.written.length} files)${summary.skipped.length ? `, ${summary.skipped.length} skipped (see the output)` : ''}`;
    void vscode.window.showInformationMessage(`News Annotator: ${summary.cancelled ? `export stopped; ${text}` : text}.`);
  }
  return summary;
}
