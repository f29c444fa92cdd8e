// What the incremental-analysis tests share: a fresh analysis to compare with, and the self-checks of reuse.
import { after, before } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { setTaggerReuseCheck } from '../../server/src/analysis/actors/taggerReuse';
import { setCacheChecks, setParagraphCachesEnabled, withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';

/** A fresh analysis: every cache off, but kept as it is for the next incremental one (turning them off empties them). */
export function fresh(text: string) {
  return withoutParagraphCaches(() => analyze(text));
}

/**
 * For the tests of the current suite: every tagging from carried scores is also done from scratch and compared token
 * by token, and every result reused from a cache or the previous analysis is computed again and compared.
 */
export function checkReuse(): void {
  before(() => {
    setTaggerReuseCheck(true);
    setCacheChecks(true);
  });
  after(() => {
    setTaggerReuseCheck(false);
    setCacheChecks(false);
    setParagraphCachesEnabled(true);
  });
}
