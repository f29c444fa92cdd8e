// Random edits of real articles, each analyzed after the versions before it (the paragraph caches then hold most of
// the article) and compared with a fresh analysis of the same text with every cache off: reusing a paragraph's
// results must never change the annotations.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { setTaggerReuseCheck } from '../../server/src/analysis/actors/taggerReuse';
import { clearParagraphCaches, setParagraphCachesEnabled, withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';

const seedsDir = path.join(__dirname, '..', '..', '..', 'seeds');
const seeds = fs
  .readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));

// Made-up pieces an editor types: names, dates, quotation marks, paragraph breaks, plain words.
const INSERTS = [
  'x',
  ' ',
  '\n\n',
  '"',
  '“',
  '”',
  'Tomas Reindl',
  ' said ',
  'on Friday',
  'March 4, 2021',
  'last week',
  'the Ministry of Harbours',
  '"We are ready," she said. ',
  'Ostrava',
  '. ',
  'Acme',
  'Acme Robotics',
];

/** Mulberry32: the same edits on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** One edit: an insertion, a deletion or a replacement at a random place, some of them at a paragraph's edge. */
function edit(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  let at = Math.floor(next() * (text.length + 1));
  if (next() < 0.2) {
    const edge = text.indexOf('\n', at);
    if (edge >= 0) at = edge;
  }
  const kind = next();
  if (kind < 0.5) return text.slice(0, at) + pick(INSERTS) + text.slice(at);
  const length = 1 + Math.floor(next() * (kind < 0.8 ? 3 : 40));
  return text.slice(0, at) + (kind < 0.8 ? '' : pick(INSERTS)) + text.slice(at + length);
}

/** A fresh analysis: every cache off, but kept as it is for the next incremental one (turning them off empties them). */
function fresh(text: string) {
  return withoutParagraphCaches(() => analyze(text));
}

describe('incremental analysis (paragraph results reused across edits)', () => {
  // Every tagging from carried scores is also done from scratch and compared token by token.
  before(() => setTaggerReuseCheck(true));
  after(() => {
    setTaggerReuseCheck(false);
    setParagraphCachesEnabled(true);
  });

  it('equals a fresh analysis after each of many random edits of the seed articles', () => {
    assert.ok(seeds.length > 0, 'the seed articles are there');
    let compared = 0;
    seeds.forEach((seed, seedIndex) => {
      const next = random(1000 + seedIndex);
      clearParagraphCaches();
      let text = seed;
      analyze(text);
      for (let step = 0; step < 25; step++) {
        text = edit(text, next);
        const incremental = analyze(text);
        assert.deepEqual(incremental, fresh(text), `seed ${seedIndex}, edit ${step}`);
        compared++;
      }
    });
    assert.equal(compared, seeds.length * 25);
  });

  it('equals a fresh analysis when a paragraph comes back after it was removed and text around it changed', () => {
    const seed = seeds[0];
    clearParagraphCaches();
    analyze(seed);
    const paragraphs = seed.split('\n\n');
    const shortened = paragraphs.filter((_, index) => index !== 1).join('\n\n');
    analyze(shortened);
    const restored = ['March 4, 2021', ...paragraphs].join('\n\n');
    assert.deepEqual(analyze(restored), fresh(restored));
  });
});
