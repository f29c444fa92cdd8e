// What the incremental-analysis tests share: a fresh analysis to compare with, and the self-checks of reuse.
import assert from 'node:assert/strict';
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

/** The texts `edits` make of `text` one after the other (each named edit must change the text). */
export function editedVersions(text: string, edits: readonly (readonly [string, (text: string) => string, ...unknown[]])[]): string[] {
  const versions: string[] = [];
  for (const [what, edit] of edits) {
    const previous = versions.at(-1) ?? text;
    const edited = edit(previous);
    assert.notEqual(edited, previous, what);
    versions.push(edited);
  }
  return versions;
}

/**
 * Reads `text`, then each version `edits` make of it in turn: each reading must equal a fresh one (`readFresh`), and
 * `takenOver` (a step's count of results taken over from the previous analysis) must rise by one for exactly the
 * edits marked true. Returns the versions and their fresh readings.
 */
export function checkTakenOver<T>(
  text: string,
  edits: readonly (readonly [string, (text: string) => string, boolean])[],
  takenOver: () => number,
  read: (text: string) => T,
  readFresh: (text: string) => T,
): { versions: string[]; expected: T[] } {
  const versions = editedVersions(text, edits);
  const expected = versions.map(readFresh);
  read(text);
  edits.forEach(([what, , isTakenOver], index) => {
    const before = takenOver();
    assert.deepEqual(read(versions[index]), expected[index], what);
    assert.equal(takenOver() - before, isTakenOver ? 1 : 0, what);
  });
  return { versions, expected };
}
