import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { clearParagraphCaches, ParagraphCache, setParagraphCachesEnabled } from '../../server/src/analysis/paragraphCache';

const ARTICLE = [
  'Harbor Authority Delays Ferry Contract',
  '',
  'PORTSMOUTH, March 3 (Reuters) - The Harbor Authority of Eastland delayed a ferry contract on Tuesday, its chairman Marcus Vell said.',
  '',
  '"We will not sign a contract we cannot pay for," Vell told reporters in Portsmouth. "The board needs more time.',
  '',
  '"Nobody should read this as a cancellation," he added.',
  '',
  'Opposition leader Ines Carrow said the delay would cost the city millions, and the Ministry of Transport said it was reviewing the tender.',
  '',
  'Shipbuilder Norland Marine Ltd declined to comment. Its shares fell 4 percent in London on Wednesday.',
].join('\n');

describe('paragraph cache of the analyzer', () => {
  afterEach(() => setParagraphCachesEnabled(true));

  it('gives the same annotations after an edit as a fresh analysis without the cache', () => {
    setParagraphCachesEnabled(true);
    clearParagraphCaches();
    analyze(ARTICLE);
    const edited = ARTICLE.replace('millions', 'billions').replace('Ines Carrow', 'Ines Carroway');
    const cached = analyze(edited);
    setParagraphCachesEnabled(false);
    const fresh = analyze(edited);
    assert.deepEqual(cached, fresh);
    assert.ok(
      fresh.actors.some((actor) => actor.name.includes('Carroway')),
      'the edited name is read',
    );
  });

  it('gives the same annotations when paragraphs move, with shifted offsets', () => {
    setParagraphCachesEnabled(true);
    clearParagraphCaches();
    analyze(ARTICLE);
    const moved = `Breaking news\n\n${ARTICLE}`;
    const cached = analyze(moved);
    setParagraphCachesEnabled(false);
    assert.deepEqual(cached, analyze(moved));
  });

  it('leaves nothing cached while disabled, and keeps results while enabled', () => {
    setParagraphCachesEnabled(false);
    const cache = new ParagraphCache<number>(10, 1000, () => 1);
    cache.set('a', 1);
    assert.equal(cache.get('a'), undefined);
    setParagraphCachesEnabled(true);
    cache.set('a', 1);
    assert.equal(cache.get('a'), 1);
  });

  it('keeps recently used paragraphs and drops the unused ones past its bounds', () => {
    const byCount = new ParagraphCache<number>(4, 1000, () => 1);
    for (const key of ['a', 'b', 'c', 'd']) byCount.set(key, 1);
    assert.equal(byCount.get('a'), 1); // used again: kept
    for (const key of ['e', 'f', 'g']) byCount.set(key, 1);
    assert.ok(byCount.size <= 4);
    assert.equal(byCount.get('a'), 1);
    assert.equal(byCount.get('b'), undefined);
    assert.equal(byCount.get('g'), 1);

    const bySize = new ParagraphCache<string>(100, 10, (key) => key.length);
    for (const key of ['aaa', 'bbb', 'ccc', 'ddd', 'eee']) {
      bySize.set(key, key);
      assert.ok(bySize.totalSize <= 10);
    }
    assert.equal(bySize.get('aaa'), undefined);
    assert.equal(bySize.get('eee'), 'eee');
    bySize.set('f'.repeat(6), 'too big for one generation');
    assert.equal(bySize.get('f'.repeat(6)), undefined);
  });
});
