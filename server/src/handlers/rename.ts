// textDocument/prepareRename and rename: an actor renamed in this article and in the other articles naming it.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { annotationsAt } from '../annotationsAt';
import { renameEdits, renameTarget } from '../rename';
import { sameActorElsewhere } from '../workspace/crossArticle';
import { renameElsewhere, workspaceEdit } from '../workspace/workspaceRename';
import type { Feature } from './feature';

export const rename: Feature = {
  name: 'rename',
  capabilities: () => ({ renameProvider: { prepareProvider: true } }),
  register(context) {
    const { connection, documents, guarded, analysisAt } = context;
    connection.onPrepareRename(
      guarded('prepare rename', null, async (params) => {
        const at = await analysisAt(params);
        return at ? renameTarget(at.document, annotationsAt(at.annotations, at.offset).actor?.mention) : null;
      }),
    );
    connection.onRenameRequest(
      guarded('rename', null, async (params) => {
        const at = await analysisAt(params);
        const found = at && annotationsAt(at.annotations, at.offset).actor;
        if (!at || !found) throw new ResponseError(ErrorCodes.InvalidRequest, 'there is no actor to rename here');
        const newName = params.newName.replace(/\s+/g, ' ').trim();
        if (!newName) throw new ResponseError(ErrorCodes.InvalidParams, 'the new name is empty');
        // The same actor in the other articles too: rename covers what references find.
        // Only the articles naming the same actor are read for the words of their mentions.
        const others = context.otherArticles(at.document.uri);
        const naming = new Set(sameActorElsewhere(found.actor, others).map((each) => each.uri));
        const edits = renameElsewhere(found.actor, newName, found.mention, await Promise.all(others.filter((article) => naming.has(article.uri)).map(context.withTexts)));
        edits.set(at.document.uri, renameEdits(at.document, found.actor, newName, found.mention));
        // Another open article's edits come from its last published analysis: that version, so a newer text refuses them.
        const versionOf = (uri: string) => (uri === at.document.uri ? at.document.version : documents.get(uri) ? (context.openAnalyses.get(uri)?.document.version ?? null) : null);
        return workspaceEdit(edits, versionOf, context.client.documentChangesSupported);
      }),
    );
  },
};
