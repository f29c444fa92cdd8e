// textDocument/semanticTokens: the actors, dates and quotes coloured by the theme.
import { SEMANTIC_TOKENS_LEGEND, semanticTokens as tokensOf } from '../semanticTokens';
import type { Feature } from './feature';

export const semanticTokens: Feature = {
  name: 'semantic tokens',
  capabilities: () => ({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } }),
  register({ connection, guarded, analysisOf }) {
    connection.languages.semanticTokens.on(
      guarded('semantic tokens', { data: [] }, async ({ textDocument }) => {
        const analysis = await analysisOf(textDocument.uri);
        return analysis ? tokensOf(analysis.document, analysis.annotations) : { data: [] };
      }),
    );
  },
};
