// "Mark as Not an Actor" from the tree's context menu: runs the server's command (the same one the code action
// runs in any editor), which adds the name to the workspace's not-actors file and re-reads it.
import * as vscode from 'vscode';
import { NOT_ACTOR_COMMAND } from '../../server/src/protocol';
import type { AnnotationNode } from './tree/annotationTreeModel';

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
    void vscode.window.showInformationMessage(`News Annotator: "${name}" will no longer be tagged as an actor (${vscode.workspace.asRelativePath(file)}).`);
    return file;
  } catch (error) {
    void vscode.window.showErrorMessage(`News Annotator: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
