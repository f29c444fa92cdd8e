// The quote caches move the previous analysis's readings to their new offsets in place (quotes/inPlace.ts: reported
// speech per sentence, a quotation's reading, a paragraph's sentences) instead of copying them. Every analysis must
// equal a fresh one with every kept result checked (checkReuse), edits before the readings must really move them, and
// nothing handed out may change afterwards: the previous analysis's quotations (which the server keeps) stay as they
// were when later edits move the readings they were made from. The same edits with the self-checks off take the kept
// answers as they are (speakers.ts namedAsOutlet's words around an organization's mentions, "told the newspaper
// Nordvik Tidende": a wrong kept answer makes "the newspaper" the Harbour Authority).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { analyzedAside, clearParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { movedInPlaceSince } from '../../server/src/analysis/quotes/inPlace';
import { checkReuse, fresh } from './incrementalFixture';

const ARTICLE = [
  'Port Council Delays Vote',
  'Mara Lind, the council chair, said the vote would wait until the spring. Ivo Brandt said the budget was short.',
  '“We open at six,” said Lind. “Nobody is ready,” she added.',
  'Brandt told reporters that the port would hire forty workers. He said the pier was too small.',
  '"The pier is too small," Brandt said, adding that the council had known for years.',
  'According to the harbour office, the ships will wait. Lind said on Monday that talks went on.',
  'Lind told the newspaper Nordvik Tidende that the port would wait. The Harbour Authority declined to comment.',
  '“The council has not answered,” the newspaper said. The company said the ships were ready.',
].join('\n\n');

const EDITS: [string, (text: string) => string][] = [
  ['a letter typed at the start', (text) => `x${text}`],
  ['two more typed', (text) => `yz${text}`],
  ['the three removed', (text) => text.slice(3)],
  ['a paragraph put before the others', (text) => `A note.\n\n${text}`],
  ['a speaker renamed after the note', (text) => text.replace('Ivo Brandt said', 'Ivo Brant said')],
  ['the name put back', (text) => text.replace('Ivo Brant said', 'Ivo Brandt said')],
  ['a letter typed in the middle', (text) => text.replace('forty workers', 'fortyx workers')],
  ['the note removed', (text) => text.replace('A note.\n\n', '')],
  ['a speaker changed after moved readings', (text) => text.replace('He said the pier', 'She said the pier')],
  ['the first article back', () => ARTICLE],
];

describe('quote answers kept across edits, self-checks off', () => {
  it('equals a fresh analysis after each edit (the kept answers taken as they are, not read again)', () => {
    clearParagraphCaches();
    let text = ARTICLE;
    analyze(text);
    for (const [name, edit] of EDITS) {
      text = edit(text);
      assert.deepEqual(analyze(text), fresh(text), name);
    }
  });
});

describe('quote readings moved in place across edits', () => {
  checkReuse();

  it('equals a fresh analysis after each edit, and moves readings in place', () => {
    clearParagraphCaches();
    let text = ARTICLE;
    let previous = analyze(text);
    let previousJson = JSON.stringify(previous);
    movedInPlaceSince();
    let moved = 0;
    for (const [name, edit] of EDITS) {
      text = edit(text);
      const incremental = analyze(text);
      moved += movedInPlaceSince();
      assert.deepEqual(incremental, fresh(text), name);
      // (the previous analysis's result, as the server keeps it, is untouched by the readings moved since)
      assert.equal(JSON.stringify(previous), previousJson, `${name}: the previous result changed`);
      previous = incremental;
      previousJson = JSON.stringify(previous);
    }
    assert.ok(moved > 0, 'readings were moved in place');
  });

  it('moves nothing in place while analyses run set aside, and the next edit is still right', () => {
    clearParagraphCaches();
    analyze(ARTICLE);
    movedInPlaceSince();
    analyzedAside(() => analyze(`x${ARTICLE}`));
    assert.equal(movedInPlaceSince(), 0, 'nothing moved in place while set aside');
    const next = `ab${ARTICLE}`;
    assert.deepEqual(analyze(next), fresh(next));
    assert.ok(movedInPlaceSince() > 0, 'the real edit moved the real analysis’s readings in place');
  });
});
