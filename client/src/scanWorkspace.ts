// "Scan Workspace": finds the articles of the workspace folders (the include globs, plus the article language's
// extensions, minus `newsAnnotator.exclude`) and has the server index them without opening them, in batches,
// with a cancellable progress notification. The server reads the files itself and keeps only their annotations.
import * as vscode from 'vscode';
import { IndexFilesRequest, type IndexBatchResult } from '../../server/src/protocol';
import { SETTINGS_PREFIX } from '../../server/src/settings';
import { absoluteGlob } from './documentSelector';
import { batches, braceGlob, globToRegExp } from './scanPlan';
import type { ClientHost } from './languageClient';

/** Files per request: small enough that progress moves and cancellation takes effect soon. */
const BATCH_SIZE = 10;
/** findFiles stops there; a workspace with more articles is indexed up to this many, and the user is told. */
const MAX_FILES = 20_000;

export interface ScanResult {
  found: number;
  indexed: number;
  skipped: IndexBatchResult['skipped'];
  cancelled: boolean;
}

/** Files that may be articles; which of them are is decided like the client's document selector decides it. */
const CANDIDATES = '**/*.{txt,md,markdown,news,article}';
const ARTICLE_LANGUAGE_FILE = /\.(news|article)$/i;

export async function findArticles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const configuration = vscode.workspace.getConfiguration(SETTINGS_PREFIX, folder);
    // The include globs match whole paths (as in the document selector), so they filter the candidates here
    // rather than being handed to findFiles, which matches relative to the folder.
    const include = (configuration.get<string[]>('include') ?? []).filter((glob) => glob.trim()).map((glob) => globToRegExp(absoluteGlob(glob)));
    const excludeGlob = braceGlob(configuration.get<string[]>('exclude') ?? []);
    const exclude = excludeGlob ? new vscode.RelativePattern(folder, excludeGlob) : null;
    const candidates = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, CANDIDATES), exclude, MAX_FILES, token);
    for (const uri of candidates) {
      if (ARTICLE_LANGUAGE_FILE.test(uri.path) || include.some((pattern) => pattern.test(uri.path))) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

export async function scanWorkspace(host: ClientHost, onIndexed: () => void): Promise<ScanResult | undefined> {
  const client = host.current;
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage('News Annotator: the language server is not running; see the output.');
    return undefined;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('News Annotator: open a folder to scan its articles.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'News Annotator: scanning the workspace', cancellable: true },
    async (progress, token): Promise<ScanResult> => {
      const uris = await findArticles(token);
      const scan: ScanResult = { found: uris.length, indexed: 0, skipped: [], cancelled: token.isCancellationRequested };
      const groups = batches(uris.map(String), BATCH_SIZE);
      for (let index = 0; index < groups.length && !scan.cancelled; index++) {
        progress.report({ message: `${scan.indexed + scan.skipped.length} of ${uris.length} articles`, increment: (groups[index].length / Math.max(1, uris.length)) * 100 });
        let batch: IndexBatchResult;
        try {
          batch = await client.sendRequest(IndexFilesRequest, { uris: groups[index], reset: index === 0 }, token);
        } catch (error) {
          // A cancelled request may be answered with an error; anything else is a real failure.
          if (!token.isCancellationRequested) throw error;
          scan.cancelled = true;
          break;
        }
        scan.indexed += batch.indexed;
        scan.skipped.push(...batch.skipped);
        scan.cancelled = batch.cancelled || token.isCancellationRequested;
        onIndexed();
      }
      return scan;
    },
  );
  for (const skipped of result.skipped) host.outputChannel.appendLine(`News Annotator: not indexed: ${skipped.uri}: ${skipped.reason}`);
  const summary = `${result.indexed} of ${result.found} articles indexed${result.skipped.length ? `, ${result.skipped.length} skipped (see the output)` : ''}`;
  void vscode.window.showInformationMessage(`News Annotator: ${result.cancelled ? `scan cancelled; ${summary}` : summary}.`);
  return result;
}
