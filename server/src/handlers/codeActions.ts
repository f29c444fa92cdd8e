// textDocument/codeAction: quick fixes of our problems, unifying a name's spelling across articles, corrections.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { isFixable, quickFixes } from '../codeActions';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { isNameVariantDiagnostic, unifySpellingFixes } from '../workspace/crossCodeActions';
import type { Feature } from './feature';

export const codeActions: Feature = {
  name: 'code actions',
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } }),
  register({ connection, corrections, guarded, queue }) {
    connection.onCodeAction(
      guarded('code actions', [] as CodeAction[], async ({ textDocument, range, context }) => {
        // Asked on every cursor move: analyze only for a fixable problem of ours; otherwise use the analysis at hand.
        const fixable = context.diagnostics.some((diagnostic) => isFixable(diagnostic) || isNameVariantDiagnostic(diagnostic));
        const current = fixable ? await queue.current(textDocument.uri) : queue.peek(textDocument.uri);
        const annotations = current?.result.annotations;
        if (!current || !annotations) return [];
        const actions = [
          ...quickFixes(
            current.document,
            annotations,
            context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE),
          ),
          ...unifySpellingFixes(current.document, annotations, context.diagnostics),
        ];
        actions.push(...corrections.codeActions(current.document, annotations, range, context.diagnostics));
        return actions;
      }),
    );
  },
};
