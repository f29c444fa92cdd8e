// textDocument/hover: from the latest analysis at once when it still describes the text there, else from the
// current one (see latestAnalysis.ts); with what other articles add (other spellings of a name, other articles quoting the words).
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import { hoverAt } from '../hover';
import type { Feature } from './feature';

export const hover: Feature = {
  name: 'hover',
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    context.connection.onHover(
      context.guarded('hover', null, async (params) => {
        // From the latest analysis at once when the edits since did not touch the hovered spans: a hover never
        // waits for an analysis then. Otherwise (a first analysis, a position in the edits) from the current one.
        let at: { document: TextDocument; annotations: Annotations; offset: number } | undefined;
        let found: Hover | null = null;
        const stale = context.latestAt(params);
        if (stale) {
          const old = hoverAt(stale.document, stale.annotations, stale.offset);
          const range = old?.range && stale.toLive(old.range);
          // A hovered annotation that runs into the edits waits for the current analysis.
          if (!old?.range || range) [at, found] = [stale, old && { ...old, ...(range ? { range } : {}) }];
        }
        if (!at) {
          at = await context.analysisAt(params);
          if (!at) return null;
          found = hoverAt(at.document, at.annotations, at.offset);
        }
        if (!found || typeof found.contents !== 'object' || !('value' in found.contents)) return found;
        const extra = await context.cross.hoverLines(at.document.uri, at.annotations, at.offset);
        if (extra.length) found.contents = { ...found.contents, value: [found.contents.value, ...extra].join('\n\n') };
        return found;
      }),
    );
  },
};
