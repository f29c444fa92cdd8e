// "Mark as Not an Actor" from the tree's context menu, and its undo "Restore a Name as Actor": each runs the
// server's command (the same ones a code action runs in any editor), which edits the workspace's not-actors file
// and re-reads it at once.
import * as vscode from 'vscode';
import { NOT_ACTOR_COMMAND, RESTORE_ACTOR_COMMAND } from '../../server/src/protocol';
import { SETTINGS_PREFIX } from '../../server/src/settings';
import { parseNotActors } from '../../server/src/workspace/notActors';
import { CLIENT_COMMANDS } from './commandIds';
import type { AnnotationNode } from './tree/annotationTreeModel';

const UNDO = 'Undo';

/** The command: `(name, documentUri)` or a tree node. Returns the file written. */
export async function markNotActor(target?: string | AnnotationNode, documentUri?: string): Promise<vscode.Uri | undefined> {
  const name = (typeof target === 'string' ? target : target?.actorName)?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const nodeDocument = typeof target === 'object' ? (target.location?.uri ?? target.documentUri) : undefined;
  const documentString = documentUri ?? nodeDocument ?? vscode.window.activeTextEditor?.document.uri.toString();
  try {
    const written = await vscode.commands.executeCommand<string | undefined>(NOT_ACTOR_COMMAND, name, documentString);
    if (!written) return undefined;
    const file = vscode.Uri.parse(written);
    void vscode.window
      .showInformationMessage(`News Annotator: "${name}" will no longer be tagged as an actor (${vscode.workspace.asRelativePath(file)}).`, UNDO)
      .then((choice) => choice === UNDO && vscode.commands.executeCommand(CLIENT_COMMANDS.restoreActor, name, documentString));
    return file;
  } catch (error) {
    void vscode.window.showErrorMessage(`News Annotator: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The command: `(name, documentUri)`, or no arguments from the Command Palette (the names listed in the active
 * folder's not-actors file are offered). Returns the file written, or undefined when nothing changed.
 */
export async function restoreActor(name?: string, documentUri?: string): Promise<vscode.Uri | undefined> {
  const documentString = documentUri ?? vscode.window.activeTextEditor?.document.uri.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  const chosen = name?.replace(/\s+/g, ' ').trim() || (await pickListedName(documentString));
  if (!chosen) return undefined;
  try {
    const written = await vscode.commands.executeCommand<string | null>(RESTORE_ACTOR_COMMAND, chosen, documentString);
    if (!written) {
      void vscode.window.showInformationMessage(`News Annotator: "${chosen}" is not in the not-actors file.`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`News Annotator: "${chosen}" is tagged as an actor again.`);
    return vscode.Uri.parse(written);
  } catch (error) {
    void vscode.window.showErrorMessage(`News Annotator: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function pickListedName(documentString: string | undefined): Promise<string | undefined> {
  const folder = documentString ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(documentString)) : undefined;
  const relative = folder && vscode.workspace.getConfiguration(SETTINGS_PREFIX, folder).get<string>('notActorsFile');
  let names: string[] = [];
  if (folder && relative) {
    try {
      names = parseNotActors(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, relative)))).names;
    } catch {
      names = [];
    }
  }
  if (names.length === 0) {
    void vscode.window.showInformationMessage('News Annotator: no name is marked as not an actor in this folder.');
    return undefined;
  }
  return vscode.window.showQuickPick(names, { title: 'Restore a Name as Actor', placeHolder: 'The name to tag as an actor again' });
}
