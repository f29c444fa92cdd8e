// "Mark as Not an Actor": adds a name to the workspace's not-actors file (`newsAnnotator.notActorsFile`), creating
// it with a comment saying what it is. The server re-reads it through the file watcher and drops that actor.
import * as vscode from 'vscode';
import { SETTINGS_PREFIX } from '../../server/src/settings';
import { nameKey, parseNotActors } from '../../server/src/workspace/notActors';
import { unsafeExportName } from './exportPaths';
import type { AnnotationNode } from './tree/annotationTreeModel';

const HEADER = '# Names that News Annotator never tags as actors, one per line (# starts a comment).\n';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The not-actors file of the folder holding `document` (or the first folder), if the setting is a safe path. */
export function notActorsFileFor(document: vscode.Uri | undefined): vscode.Uri | undefined {
  const folder = (document && vscode.workspace.getWorkspaceFolder(document)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const relative = vscode.workspace.getConfiguration(SETTINGS_PREFIX, folder).get<string>('notActorsFile') ?? '';
  if (unsafeExportName(relative)) return undefined;
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** The command: from the code action `(name, documentUri)` or from a tree node. Returns the file written. */
export async function markNotActor(target?: string | AnnotationNode, documentUri?: string): Promise<vscode.Uri | undefined> {
  const name = (typeof target === 'string' ? target : target?.actorName)?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const nodeDocument = typeof target === 'object' ? (target.location?.uri ?? target.documentUri) : undefined;
  const documentString = documentUri ?? nodeDocument ?? vscode.window.activeTextEditor?.document.uri.toString();
  const file = notActorsFileFor(documentString ? vscode.Uri.parse(documentString) : undefined);
  if (!file) {
    void vscode.window.showErrorMessage('News Annotator: open a folder (and keep newsAnnotator.notActorsFile inside it) to mark names as not actors.');
    return undefined;
  }
  const existing = await readText(file);
  if (existing !== undefined && parseNotActors(existing).names.some((known) => nameKey(known) === nameKey(name))) {
    void vscode.window.showInformationMessage(`News Annotator: "${name}" is already marked as not an actor.`);
    return file;
  }
  const before = existing === undefined ? HEADER : existing.length && !existing.endsWith('\n') ? `${existing}\n` : existing;
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${before}${name}\n`));
  void vscode.window.showInformationMessage(`News Annotator: "${name}" will no longer be tagged as an actor (${vscode.workspace.asRelativePath(file)}).`);
  return file;
}
