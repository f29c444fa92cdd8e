import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { lastTaggingWork } from '../../server/src/analysis/actors/taggerReuse';
import { analyze } from '../../server/src/analysis/analyze';
import { clearParagraphCaches, paragraphCachesEnabled } from '../../server/src/analysis/paragraphCache';
import { runAnalysisJob } from '../../server/src/analysisWorkerProtocol';

const opened = [
  'Harbor board delays vote on ferry fares',
  '',
  'PORT ALDEN, March 3 (Wire) - The Alden Harbor Board put off a vote on ferry fares on Tuesday.',
  '',
  '"We need another month of figures," said Mira Castell, the board\'s finance director.',
  '',
  'Commuters from Kessel Island have asked the board to freeze fares until the new terminal opens.',
].join('\n');
const indexed = opened.replace(/ferry/g, 'tram').replace('Kessel Island', 'the Norbury estate');

beforeEach(() => clearParagraphCaches());

test('a job nobody keeps runs with the paragraph caches off and leaves them as they were', () => {
  let enabledDuringJob: boolean | undefined;
  runAnalysisJob(
    (text, options) => {
      enabledDuringJob = paragraphCachesEnabled();
      return analyze(text, options);
    },
    indexed,
    {},
    false,
  );
  assert.equal(enabledDuringJob, false);
  assert.equal(paragraphCachesEnabled(), true);
  // Nothing of the background article was remembered: analyzing it for an editor starts from scratch.
  runAnalysisJob(analyze, indexed, {}, true);
  assert.equal(lastTaggingWork().carried, false);
});

test("an open article's edit still reuses its earlier tagging after a background job in between", () => {
  runAnalysisJob(analyze, opened, {}, true);
  runAnalysisJob(analyze, indexed, {}, false);
  runAnalysisJob(analyze, opened.replace('Tuesday', 'Tuesday,'), {}, true);
  const work = lastTaggingWork();
  assert.equal(work.carried, true);
  assert.ok(work.decoded[1] < work.tokens, `decoded ${work.decoded[1]} of ${work.tokens} tokens`);
});

test('the result of a job nobody keeps equals that of a kept one', () => {
  assert.deepEqual(runAnalysisJob(analyze, indexed, {}, false), runAnalysisJob(analyze, indexed, {}, true));
});
