// textDocument/semanticTokens/full and /full/delta: the actors, dates and quotes coloured by the theme. The last
// encoding sent per document is kept under a result id, so the next request after an edit is answered with the
// changed stretch only.
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens as tokensOf, tokensEdits } from '../semanticTokens';
import type { Feature } from './feature';

export const semanticTokens: Feature = {
  name: 'semantic tokens',
  capabilities: () => ({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true } } }),
  register({ connection, documents, guarded, analysisOf }) {
    const sent = new Map<string, { resultId: string; data: readonly number[] }>();
    let nextId = 1;
    documents.onDidClose(({ document }) => sent.delete(document.uri));
    /** The current tokens of a document, remembered as the base of the next delta. */
    const current = async (uri: string) => {
      const analysis = await analysisOf(uri);
      const data = analysis ? tokensOf(analysis.document, analysis.annotations).data : [];
      const resultId = String(nextId++);
      sent.set(uri, { resultId, data });
      return { resultId, data };
    };
    connection.languages.semanticTokens.on(guarded('semantic tokens', { data: [] } as SemanticTokens, ({ textDocument }) => current(textDocument.uri)));
    connection.languages.semanticTokens.onDelta(
      guarded('semantic tokens', { data: [] } as SemanticTokens | SemanticTokensDelta, async ({ textDocument, previousResultId }) => {
        const previous = sent.get(textDocument.uri);
        const next = await current(textDocument.uri);
        if (previous?.resultId !== previousResultId) return next;
        return { resultId: next.resultId, edits: tokensEdits(previous.data, next.data) };
      }),
    );
  },
};
