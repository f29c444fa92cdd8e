// Rename across the workspace: the rename covers what Find All References finds, so the same actor's mentions in
// the other open and indexed articles are rewritten too, each in its own form (rename.ts's rule). The edit is a
// WorkspaceEdit with `documentChanges` (each open document with the version the edit was computed for, so a
// client refuses it if the document changed since; a closed file with a null version) when the client supports
// them, else plain `changes`.
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Actor, Mention } from '../analysis/types';
import { renamedMention } from '../rename';
import type { ArticleSummary } from './articleSummary';
import { sameActorElsewhere } from './crossArticle';

/** The edits in other articles that rename `actor` (renamed from the mention `renamed`) to `newName`. */
export function renameElsewhere(actor: Actor, newName: string, renamed: Mention | undefined, others: readonly ArticleSummary[]): Map<string, TextEdit[]> {
  // As rename.ts: an alias that is no part of the name changes only where written so; a short form renames that part.
  const alias = renamed && renamed.text !== actor.name && !actor.name.includes(renamed.text) ? renamed.text : undefined;
  const fullNewName = renamed && renamed.text !== actor.name && !alias ? actor.name.replace(renamed.text, newName) : newName;
  const edits = new Map<string, TextEdit[]>();
  for (const { uri, actor: candidate } of sameActorElsewhere(actor, others)) {
    for (const mention of candidate.mentions) {
      if (mention.form === 'pronoun') continue;
      const replacement = alias ? (mention.text === alias ? newName : undefined) : renamedMention(mention.text, candidate.name, fullNewName, candidate.name);
      if (replacement === undefined || replacement === mention.text) continue;
      edits.set(uri, [...(edits.get(uri) ?? []), { range: mention.range, newText: replacement }]);
    }
  }
  return edits;
}

/** One WorkspaceEdit of per-document edits, versioned when the client takes `documentChanges`. */
export function workspaceEdit(edits: ReadonlyMap<string, TextEdit[]>, versionOf: (uri: string) => number | null, documentChanges: boolean): WorkspaceEdit {
  if (!documentChanges) return { changes: Object.fromEntries(edits) };
  return { documentChanges: [...edits].map(([uri, each]): TextDocumentEdit => ({ textDocument: { uri, version: versionOf(uri) }, edits: each })) };
}
