// The fact-checking views' requests (Compare Articles, Sources): factCheckRequests.ts, given the open analyses.
import { registerFactCheckRequests } from '../factCheckRequests';
import type { Feature } from './feature';

export const factCheck: Feature = {
  name: 'fact checking',
  register(context) {
    registerFactCheckRequests(context.connection, {
      async openAnalysis(uri) {
        const current = await context.queue.current(uri);
        return current && { text: current.document.getText(), annotations: current.result.annotations ?? null, skipped: current.result.skipped };
      },
      analyze: context.closedFiles.analyze,
      settingsFor: context.closedFiles.settingsFor,
      articles: () => context.otherArticles(),
      guarded: context.guarded,
    });
  },
};
