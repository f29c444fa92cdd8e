// Going around the annotations: the outline (document symbols), highlights, references (in this article and the
// others), definition, and workspace symbols.
import { definition, documentHighlights, references } from '../actorNavigation';
import { annotationsAt } from '../annotationsAt';
import { referencesElsewhere, workspaceSymbols } from '../workspace/crossArticle';
import type { Feature } from './feature';
import { symbolsOf } from './publishing';

export const navigation: Feature = {
  name: 'navigation',
  capabilities: () => ({
    documentSymbolProvider: { label: 'News Annotator' },
    documentHighlightProvider: true,
    referencesProvider: true,
    definitionProvider: true,
    workspaceSymbolProvider: true,
  }),
  register({ connection, guarded, analysisOf, analysisAt, otherArticles, settingsFor }) {
    connection.onDocumentSymbol(
      guarded('document symbols', [], async ({ textDocument }) => {
        const analysis = await analysisOf(textDocument.uri);
        return analysis ? symbolsOf(analysis.document, analysis.annotations, (await settingsFor(textDocument.uri)).outlineNominalMentions) : [];
      }),
    );
    connection.onDocumentHighlight(
      guarded('document highlights', [], async (params) => {
        const at = await analysisAt(params);
        return at ? documentHighlights(at.document, at.annotations, at.offset) : [];
      }),
    );
    connection.onReferences(
      guarded('references', [], async (params) => {
        const at = await analysisAt(params);
        if (!at) return [];
        const here = references(at.document, at.annotations, at.offset, params.context.includeDeclaration);
        const actor = annotationsAt(at.annotations, at.offset).actor?.actor;
        return actor ? [...here, ...referencesElsewhere(actor, otherArticles(at.document.uri))] : here;
      }),
    );
    connection.onDefinition(
      guarded('definition', null, async (params) => {
        const at = await analysisAt(params);
        return at ? definition(at.document, at.annotations, at.offset) : null;
      }),
    );
    connection.onWorkspaceSymbol(guarded('workspace symbols', [], ({ query }) => workspaceSymbols(otherArticles(), query)));
  },
};
