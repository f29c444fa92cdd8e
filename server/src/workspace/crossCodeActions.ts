// Code actions that come from the workspace features: "unify spelling" on a name-variant diagnostic (rewrite
// this document's mentions in the other spelling). "Not an actor" is one of the corrections (correctionActions.ts).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { renameEdits } from '../rename';
import { NAME_VARIANT_CODE, type NameVariantData } from './crossDiagnostics';

export function isNameVariantDiagnostic(diagnostic: Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === NAME_VARIANT_CODE;
}

export function unifySpellingFixes(document: TextDocument, annotations: Annotations, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const diagnostic of diagnostics.filter(isNameVariantDiagnostic)) {
    const data = diagnostic.data as Partial<NameVariantData> | undefined;
    const start = document.offsetAt(diagnostic.range.start);
    // The actor whose mention the diagnostic is on now (a diagnostic from an older version finds none).
    const actor = annotations.actors.find((candidate) => candidate.id === data?.id && candidate.mentions.some((mention) => mention.start === start));
    if (!actor || !Array.isArray(data?.spellings)) continue;
    for (const spelling of data.spellings) {
      if (typeof spelling !== 'string' || offered.has(`${actor.id}/${spelling}`)) continue;
      const edits = renameEdits(document, actor, spelling);
      if (!edits.length) continue;
      offered.add(`${actor.id}/${spelling}`);
      actions.push({
        title: `Unify spelling: write "${spelling}" (${edits.length} mention${edits.length === 1 ? '' : 's'} here)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: data.spellings.length === 1,
        edit: { changes: { [document.uri]: edits } },
      });
    }
  }
  return actions;
}
