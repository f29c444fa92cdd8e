// An analysis stopped at a checkpoint (the worker drops it when the document changes again) must leave what the
// analyzer keeps across analyses fit for the next one: several steps reuse the previous analysis's results by moving
// them to their new offsets in place (quotes/inPlace.ts) or by handing their memory on (actors/spareViews.ts,
// actors/spareInts.ts). Whatever checkpoint the stop comes at, the next edit's analysis equals a fresh one.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { AnalysisStopped } from '../../server/src/analysis/checkpoint';
import { clearParagraphCaches, withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { movedInPlaceSince } from '../../server/src/analysis/quotes/inPlace';

const PARAGRAPHS = [
  'Ferry fares stay frozen in Port Alden',
  '',
  'PORT ALDEN, June 9 (Wire) - The Alden Harbor Board kept ferry fares where they are on Tuesday.',
  '',
  '"We heard the commuters, and we will not raise fares this year," said Mira Castell, the board\'s finance director.',
  '',
  'Castell said the board would look at the figures again in October. The Kessel Island Residents Association welcomed the decision.',
  '',
  '"It is a relief for families who cross every day," said Jonas Weir, who chairs the association.',
  '',
  'The ministry of transport said on Wednesday that it had not been told of the vote.',
];

/** A long article: the paragraphs again and again with a number of their own, so that its sentences differ. */
function article(copies: number): string {
  const parts: string[] = [];
  for (let copy = 0; copy < copies; copy++) parts.push(...PARAGRAPHS.map((line) => (line ? `${line.replace(/\.$/, '')} (${copy + 1}).` : line)), '');
  return parts.join('\n');
}

/** `text` with `letter` typed inside the first word of two letters or more at or after `fraction` of it. */
function typed(text: string, fraction: number, letter: string): string {
  const word = /[a-z]{2}/g;
  word.lastIndex = Math.floor(text.length * fraction);
  const at = word.exec(text)!.index + 1;
  return text.slice(0, at) + letter + text.slice(at);
}

function checkpointsOf(text: string): number {
  let calls = 0;
  analyze(text, {}, () => void calls++);
  return calls;
}

beforeEach(() => clearParagraphCaches());

for (const [name, copies] of [
  ['a short article', 2],
  ['a long article (the per-token arrays handed on)', 260],
] as const) {
  test(`${name}: after an analysis stopped at any checkpoint, the next edit's analysis equals a fresh one`, () => {
    const base = article(copies);
    const stopped = typed(base, 0.4, 'x');
    const next = typed(stopped, 0.7, 'y');
    const fresh = withoutParagraphCaches(() => analyze(next));
    const calls = checkpointsOf(stopped);
    assert.ok(calls >= 5, `checkpoints: ${calls}`);
    // Stops after which the next analysis moved kept readings in place (where a stop could have left them half done;
    // after a stop before the quotes' step the kept readings are another document's, and are read again instead).
    let reusedAfter = 0;
    for (let stopAt = 1; stopAt <= calls; stopAt++) {
      clearParagraphCaches();
      analyze(base);
      let seen = 0;
      assert.throws(
        () =>
          analyze(stopped, {}, () => {
            if (++seen === stopAt) throw new AnalysisStopped();
          }),
        AnalysisStopped,
      );
      movedInPlaceSince();
      assert.deepStrictEqual(analyze(next), fresh, `stopped at checkpoint ${stopAt} of ${calls}`);
      if (movedInPlaceSince() > 0) reusedAfter++;
    }
    assert.ok(reusedAfter > 0, 'after some stop the next analysis moved kept readings in place');
  });
}
