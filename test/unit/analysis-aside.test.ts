// Analyses set aside (paragraphCache.ts analyzedAside), as the language server's worker runs made-up edits of an
// article to compile the edit path before the first keystroke (analysisWorkerWarmUp.ts): afterwards the next real
// edit must be analyzed exactly as without them, a fresh analysis's result, reusing as much of the previous real
// analysis as it would have (the tagger decodes as few tokens), whether the made-up edits ran to the end or stopped.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { lastTaggingWork } from '../../server/src/analysis/actors/taggerReuse';
import { AnalysisStopped } from '../../server/src/analysis/checkpoint';
import { analyzedAside, clearParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { START_UP_WARM_UP_EDITS, StartUpWarmUp, WARM_UP_EDITS, warmUpEditPath, warmUpTexts } from '../../server/src/analysisWorkerWarmUp';
import { WARM_UP_ARTICLE, warmUpText } from '../../server/src/warmUpArticle';
import { checkReuse, fresh } from './incrementalFixture';
import { random, randomEdit } from './randomEdits';

const seedsDir = path.join(__dirname, '..', '..', '..', 'seeds');
const seeds = fs
  .readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));

/** The edits of one run: random edits of a seed article, and one letter typed as the bench types it. */
function editsOf(seed: string, seedIndex: number): string[] {
  const next = random(500 + seedIndex);
  const texts: string[] = [];
  let text = seed;
  for (let step = 0; step < 6; step++) texts.push((text = randomEdit(text, next)));
  const middle = text.indexOf(' ', Math.floor(text.length / 2)) - 2;
  texts.push(text.slice(0, middle) + 'q' + text.slice(middle));
  return texts;
}

/** `text` with the third letter of a capitalized word near its middle replaced. */
function letterReplacedInName(text: string): string {
  const names = /\b[A-Z][a-z]{3,}/g;
  names.lastIndex = Math.floor(text.length / 2);
  const found = names.exec(text) ?? /\b[A-Z][a-z]{3,}/.exec(text)!;
  return text.slice(0, found.index + 2) + 'x' + text.slice(found.index + 3);
}

/** Analyzes `seed` then each edit in turn, running `between(text)` after each analysis; the tagger's work per edit. */
function analyzeEdits(seed: string, edits: readonly string[], between: (text: string) => void): string[] {
  clearParagraphCaches();
  analyze(seed);
  between(seed);
  const work: string[] = [];
  for (const text of edits) {
    const incremental = analyze(text);
    work.push(JSON.stringify(lastTaggingWork()));
    assert.deepEqual(incremental, fresh(text));
    between(text);
  }
  return work;
}

describe('analyses set aside (the worker compiling the edit path ahead of the first edit)', () => {
  checkReuse();

  it('leave the next edit analyzed as it would have been without them, from the same previous analysis', () => {
    assert.ok(seeds.length > 0, 'the seed articles are there');
    seeds.forEach((seed, seedIndex) => {
      const edits = editsOf(seed, seedIndex);
      const plain = analyzeEdits(seed, edits, () => {});
      const aside = analyzeEdits(seed, edits, (text) => {
        analyzedAside(() => warmUpTexts(text, 3).forEach((madeUp) => analyze(madeUp)));
        // A letter replaced in a name: as many tokens as before, whose scores the tagger would take over in place
        // (taggerReuse.ts) and so change the real analysis's, were it not set aside.
        analyzedAside(() => analyze(letterReplacedInName(text)));
      });
      // The same tokens decoded, the scores carried each time: the made-up edits' state did not replace the real one.
      assert.deepEqual(aside, plain, `seed ${seedIndex}`);
      assert.equal(JSON.parse(aside.at(-1)!).carried, true, 'the letter typed last was tagged from carried scores');
    });
  });

  it('stopped part way, leave the state as it was too', () => {
    const seed = seeds[0];
    const edits = editsOf(seed, 0);
    const plain = analyzeEdits(seed, edits, () => {});
    let calls = 0;
    const stopped = analyzeEdits(seed, edits, (text) => {
      // Stopped at a different checkpoint each time (the analyzer calls nine per analysis).
      const stopAt = 3 + (calls++ % 9);
      let checkpoints = 0;
      const base = { text, annotations: analyze(text), options: {} };
      const done = warmUpEditPath(analyze, base, 4, () => ++checkpoints >= stopAt);
      assert.ok(done < 4, 'the made-up edits stopped before the end');
    });
    assert.deepEqual(stopped, plain);
  });

  it('run to the end when nothing interrupts them, not at all when something waits, and let AnalysisStopped through', () => {
    const text = seeds[0];
    const base = { text, annotations: analyze(text), options: {} };
    assert.equal(
      warmUpEditPath(analyze, base, 4, () => false),
      4,
    );
    assert.equal(
      warmUpEditPath(analyze, base, 4, () => true),
      0,
    );
    assert.throws(
      () =>
        analyzedAside(() => {
          throw new AnalysisStopped();
        }),
      AnalysisStopped,
    );
  });
});

describe("a document's own made-up edits with the state kept (the worker's warm-up after an open)", () => {
  checkReuse();

  it('leave the next real edits equal to fresh analyses, run to the end or stopped at any checkpoint', () => {
    const seed = seeds[1 % seeds.length];
    const edits = editsOf(seed, 1);
    for (const stopAt of [Infinity, 1, 4, 8, 13, 21, 30]) {
      clearParagraphCaches();
      const annotations = analyze(seed);
      let checkpoints = 0;
      const done = warmUpEditPath(analyze, { text: seed, annotations, options: {} }, WARM_UP_EDITS, () => ++checkpoints >= stopAt, undefined, true);
      assert.equal(done === WARM_UP_EDITS, stopAt === Infinity, `stopped at checkpoint ${stopAt}: ${done} made-up edits`);
      for (const text of edits) assert.deepEqual(analyze(text), fresh(text), `stopped at checkpoint ${stopAt}`);
    }
  });

  it("end on the document's own text: its next edit is tagged from the scores carried over", () => {
    const seed = seeds[0];
    clearParagraphCaches();
    const annotations = analyze(seed);
    assert.equal(WARM_UP_EDITS % 2, 0, 'an even number of made-up edits, the last one back to the text');
    assert.equal(
      warmUpEditPath(analyze, { text: seed, annotations, options: {} }, WARM_UP_EDITS, () => false, undefined, true),
      WARM_UP_EDITS,
    );
    const middle = seed.indexOf(' ', Math.floor(seed.length / 3)) - 2;
    const edited = `${seed.slice(0, middle)}q${seed.slice(middle)}`;
    const incremental = analyze(edited);
    const work = lastTaggingWork();
    assert.deepEqual(incremental, fresh(edited));
    assert.equal(work.carried, true);
    assert.ok(work.decoded[0] * 5 < work.tokens, `${work.decoded[0]} of ${work.tokens} tokens decoded again`);
  });
});

describe('the start-up warm-up (the made-up article, before and between the first real jobs)', () => {
  checkReuse();

  it('runs the layers it is there to compile: actors, dates, quotations and their speakers', () => {
    const annotations = analyze(WARM_UP_ARTICLE);
    assert.ok(annotations.actors.length >= 8, `${annotations.actors.length} actors`);
    assert.ok(annotations.dates.length >= 6, `${annotations.dates.length} dates`);
    assert.ok(annotations.quotes.length >= 6, `${annotations.quotes.length} quotations`);
    assert.ok(annotations.quotes.filter((quote) => quote.speaker).length >= 5, 'most quotations have a speaker');
  });

  it('makes distinct copies up to the length asked', () => {
    const text = warmUpText(3 * WARM_UP_ARTICLE.length);
    assert.ok(text.length >= 3 * WARM_UP_ARTICLE.length);
    assert.ok(text.length < 5 * WARM_UP_ARTICLE.length);
    assert.match(text, /^Edition 1\.\n\n/);
    assert.match(text, /\n\nEdition 3\.\n\n/);
  });

  it('goes on in slices, each stopped by a real job, until its edits are done', () => {
    const warmUp = new StartUpWarmUp();
    assert.equal(warmUp.finished, false);
    warmUp.runSlice(analyze, () => true);
    assert.equal(warmUp.finished, false, 'a slice interrupted at once does nothing');
    let slices = 0;
    while (!warmUp.finished && slices < 40) {
      // Stopped after a different number of checkpoints each time, in the whole analysis or between the edits.
      let checkpoints = 0;
      const stopAt = 6 + 7 * slices++;
      warmUp.runSlice(analyze, () => ++checkpoints >= stopAt);
    }
    assert.ok(warmUp.finished, `finished after ${slices} slices`);
    assert.ok(slices > 1, 'it took more than one slice');
    let asked = 0;
    warmUp.runSlice(analyze, () => ++asked > 0);
    assert.equal(asked, 0, 'a finished warm-up does not run again');
  });

  it('leaves the real analyses as they would have been, stopped or not', () => {
    const seed = seeds[0];
    const edits = editsOf(seed, 0);
    const plain = analyzeEdits(seed, edits, () => {});
    const warmUp = new StartUpWarmUp();
    let calls = 0;
    const between = analyzeEdits(seed, edits, () => {
      let checkpoints = 0;
      const stopAt = calls++ % 2 === 0 ? 4 : 40;
      warmUp.runSlice(analyze, () => ++checkpoints >= stopAt);
    });
    assert.ok(calls > 0 && START_UP_WARM_UP_EDITS > 0);
    assert.deepEqual(between, plain);
  });
});

describe('warmUpTexts', () => {
  it('types a letter inside a word near the middle and removes it again, in turn', () => {
    const text = 'Alpha beta gamma. Delta epsilon zeta eta theta.';
    const texts = warmUpTexts(text, 4);
    assert.equal(texts.length, 4);
    assert.equal(texts[1], text);
    assert.equal(texts[3], text);
    assert.equal(texts[0].length, text.length + 1);
    assert.equal(texts[0], texts[2]);
    const at = [...texts[0]].findIndex((character, index) => character !== text[index]);
    assert.ok(at > text.length / 2 - 6, `typed near the middle (at ${at})`);
    assert.match(texts[0].slice(at - 1, at + 2), /^[a-z]x[a-z]$/);
  });

  it('gives nothing for a text without two letters in a row', () => {
    assert.deepEqual(warmUpTexts('1 2 3 — 4.', 3), []);
  });
});
