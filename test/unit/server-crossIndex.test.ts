// The cross-article index: near-identical quotes found through word windows exactly when isSameQuote says so,
// name variants through name keys, and the articles an update affects.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CrossArticleIndex, type ArticleInput } from '../../server/src/workspace/crossIndex';
import { isSameQuote } from '../../server/src/workspace/sharedQuotes';
import { staleAnswer, unchangedEnds } from '../../server/src/latestAnalysis';
import { TextDocument } from 'vscode-languageserver-textdocument';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const article = (uri: string, quotes: string[], people: string[] = []): ArticleInput => ({
  uri,
  directQuotes: quotes.map((text, index) => ({ id: `q${index}`, text, range: RANGE })),
  people: people.map((name, index) => ({ id: `a${index}`, name, firstMention: RANGE })),
  keepTexts: true,
});

const LONG = 'the harbour bridge will stay closed to lorries until the engineers have finished checking every cable';

describe('cross-article index', () => {
  test('finds the same quote, and a long one with a word changed, as isSameQuote does', () => {
    const index = new CrossArticleIndex();
    const variants = [
      LONG,
      LONG.replace('lorries', 'trucks'),
      LONG.replace('every cable', 'each cable'),
      LONG.replace('the harbour', 'our harbour').replace('lorries', 'trucks'),
      LONG.split(' ').slice(0, 9).join(' '),
      'closed to lorries',
    ];
    variants.forEach((text, number) => index.set(article(`file:///a${number}.txt`, [text])));
    for (const [number, text] of variants.entries()) {
      const found = index.sharedQuoteUris(`file:///a${number}.txt`, text);
      const expected = variants.flatMap((other, each) => (each !== number && isSameQuote(text, other) ? [`file:///a${each}.txt`] : []));
      assert.deepEqual(found, expected.sort(), text);
    }
    // One word from the original, the same as a1, one from a2 and a3.
    assert.deepEqual(index.sharedQuoteUris('file:///new.txt', LONG.replace('lorries', 'trucks')), ['file:///a0.txt', 'file:///a1.txt', 'file:///a2.txt', 'file:///a3.txt']);
  });

  test('an update reports the other articles whose matches it changes, and only those', () => {
    const index = new CrossArticleIndex();
    index.set(article('file:///a.txt', ['we will rebuild the school'], ['Aleksandr Petrov']));
    index.set(article('file:///b.txt', ['nobody told us anything at all']));
    index.set(article('file:///c.txt', [], ['Alexandr Petrov']));
    assert.deepEqual([...index.set(article('file:///d.txt', ['we will rebuild the school']))], ['file:///a.txt']);
    assert.deepEqual([...index.set(article('file:///e.txt', [], ['Aleksandr Petrov']))], ['file:///c.txt']);
    assert.deepEqual([...index.delete('file:///d.txt')], ['file:///a.txt']);
    assert.deepEqual(index.sharedQuoteUris('file:///a.txt', 'we will rebuild the school'), []);
    assert.deepEqual(index.nameVariants('file:///a.txt', { name: 'Aleksandr Petrov', type: 'person' }), [
      { spelling: 'Alexandr Petrov', uris: ['file:///c.txt'], mentions: [{ uri: 'file:///c.txt', range: RANGE }] },
    ]);
  });

  test("an article's people replaced alone (the not-actors list changed) keep its quotes", () => {
    const index = new CrossArticleIndex();
    index.set(article('file:///a.txt', ['we will rebuild the school'], ['Aleksandr Petrov', 'Mira Lindqvist']));
    index.set(article('file:///b.txt', ['we will rebuild the school'], ['Alexandr Petrov']));
    assert.deepEqual([...index.setPeople('file:///a.txt', [{ id: 'a1', name: 'Mira Lindqvist' }])], ['file:///b.txt']);
    assert.deepEqual(index.nameVariants('file:///b.txt', { name: 'Alexandr Petrov', type: 'person' }), []);
    assert.deepEqual(index.sharedQuoteUris('file:///b.txt', 'we will rebuild the school'), ['file:///a.txt']);
    assert.deepEqual([...index.setPeople('file:///a.txt', [{ id: 'a0', name: 'Aleksandr Petrov', firstMention: RANGE }])], ['file:///b.txt']);
    assert.deepEqual(index.nameVariants('file:///b.txt', { name: 'Alexandr Petrov', type: 'person' }), [
      { spelling: 'Aleksandr Petrov', uris: ['file:///a.txt'], mentions: [{ uri: 'file:///a.txt', range: RANGE }] },
    ]);
    assert.deepEqual([...index.setPeople('file:///unknown.txt', [])], []);
  });

  test('an open article put in again after each edit finds the variants a fresh index finds', () => {
    // The open article's versions: the same people (the spellings stay in), one dropped, one brought back, one new.
    const versions = [
      ['Aleksandr Petrov', 'Mira Lindqvist'],
      ['Aleksandr Petrov', 'Mira Lindqvist'],
      ['Mira Lindqvist'],
      ['Mira Lindqvist', 'Aleksandr Petrov'],
      ['Mira Lindqvist', 'Aleksandr Petrov', 'Jon Haugen'],
    ];
    const others = [article('file:///b.txt', [], ['Alexandr Petrov']), article('file:///c.txt', [], ['John Haugen', 'Myra Lindqvist'])];
    const index = new CrossArticleIndex();
    for (const other of others) index.set(other);
    for (const people of versions) {
      const affected = index.set(article('file:///open.txt', [], people));
      const fresh = new CrossArticleIndex();
      for (const other of others) fresh.set(other);
      fresh.set(article('file:///open.txt', [], people));
      for (const [uri, name] of [
        ['file:///open.txt', 'Aleksandr Petrov'],
        ['file:///open.txt', 'Jon Haugen'],
        ['file:///b.txt', 'Alexandr Petrov'],
        ['file:///c.txt', 'John Haugen'],
        ['file:///c.txt', 'Myra Lindqvist'],
      ]) {
        assert.deepEqual(index.nameVariants(uri, { name, type: 'person' }), fresh.nameVariants(uri, { name, type: 'person' }), `${people.join(', ')}: ${name}`);
      }
      // Each version matches c (Lindqvist) and, but for the third, b (Petrov), before or after it.
      assert.ok(affected.has('file:///c.txt'), people.join(', '));
    }
    index.delete('file:///open.txt');
    assert.deepEqual(index.nameVariants('file:///b.txt', { name: 'Alexandr Petrov', type: 'person' }), []);
  });

  test('an open article put in again with its ranges moved, or a quote typed in, answers as a fresh index does', () => {
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 5 } });
    // The quotes as typed: the long one, then with a word changed (still near enough), then a letter typed in a word
    // of the short one, which then matches no other article, then a third one, then the short one gone.
    const quoteTexts = [
      [LONG, 'nobody told us anything at all'],
      [LONG.replace('lorries', 'lorrries'), 'nobody told us anything at all'],
      [LONG, 'nobody told us anythingx at all'],
      [LONG, 'nobody told us anything at all', 'the ferry will run again in the spring'],
      [LONG, 'the ferry will run again in the spring'],
    ];
    const version = (shift: number, firstMention = true): ArticleInput => ({
      uri: 'file:///open.txt',
      directQuotes: (quoteTexts[Math.abs(shift) % quoteTexts.length] ?? quoteTexts[0]).map((text, index) => ({ id: `q${index + 1}`, text, range: at(3 + 6 * index + shift, 2) })),
      people: [
        { id: 'a1', name: 'Aleksandr Petrov', ...(firstMention ? { firstMention: at(1 + shift, 4) } : {}) },
        { id: 'a2', name: 'Aleksandr Petrov', firstMention: at(7 + shift, 0) },
      ],
      keepTexts: true,
    });
    const others = [article('file:///b.txt', [LONG], ['Alexandr Petrov']), article('file:///c.txt', ['nobody told us anything at all', 'the ferry will run again in the spring'])];
    const index = new CrossArticleIndex();
    for (const other of others) index.set(other);
    for (const [shift, firstMention] of [
      [0, true],
      [5, true],
      [5, true],
      [2, false],
      [3, false],
      [1, true],
      [4, true],
      [0, true],
      [6, true],
    ] as const) {
      const affected = index.set(version(shift, firstMention));
      const fresh = new CrossArticleIndex();
      for (const other of others) fresh.set(other);
      fresh.set(version(shift, firstMention));
      assert.ok(affected.has('file:///b.txt'), `shift ${shift}`);
      for (const [uri, text] of [
        ['file:///b.txt', LONG],
        ['file:///c.txt', 'nobody told us anything at all'],
        ['file:///c.txt', 'the ferry will run again in the spring'],
        ['file:///open.txt', 'the ferry will run again in the spring'],
      ]) {
        assert.deepEqual(index.sharedQuotes(uri, text), fresh.sharedQuotes(uri, text), `shift ${shift}: ${uri} ${text}`);
        assert.deepEqual(index.sharedQuoteUris(uri, text), fresh.sharedQuoteUris(uri, text), `shift ${shift}: ${uri} ${text}`);
      }
      assert.deepEqual(
        index.nameVariants('file:///b.txt', { name: 'Alexandr Petrov', type: 'person' }),
        fresh.nameVariants('file:///b.txt', { name: 'Alexandr Petrov', type: 'person' }),
        `shift ${shift}`,
      );
    }
    // The last version's ranges: the long quote on line 9, the first mention on line 7.
    assert.equal(index.sharedQuotes('file:///b.txt', LONG)[0].range.start.line, 9);
    assert.equal(index.nameVariants('file:///b.txt', { name: 'Alexandr Petrov', type: 'person' })[0].mentions[0].range.start.line, 7);
  });
});

describe('answers from the latest analysis', () => {
  test('only positions the edits did not touch are answered, with ranges moved to the live text', () => {
    assert.deepEqual(unchangedEnds('abcXdef', 'abcYYdef'), { prefix: 3, suffix: 3 });
    assert.deepEqual(unchangedEnds('aaaa', 'aaaaa'), { prefix: 4, suffix: 0 });
    // Long texts (compared a block at a time): the edit at every distance from a block edge, as a character scan finds it.
    const long = Array.from({ length: 9000 }, (_, index) => String.fromCharCode(97 + ((index * 7) % 26))).join('');
    for (const at of [0, 1, 15, 16, 17, 255, 256, 4095, 4096, 4097, 4500, 8999, 9000]) {
      for (const inserted of ['', 'Q', 'QRS']) {
        for (const removed of [0, 1, 20]) {
          const edited = long.slice(0, at) + inserted + long.slice(Math.min(long.length, at + removed));
          assert.deepEqual(unchangedEnds(long, edited), scanEnds(long, edited), `at ${at}, +${inserted.length} -${removed}`);
        }
      }
    }
    // The same two texts again, or another pair of the same lengths (the last pair is remembered): still their own ends.
    const edited = long.slice(0, 300) + 'Q' + long.slice(300);
    const returned = unchangedEnds(long, edited);
    returned.prefix = -1;
    assert.deepEqual(unchangedEnds(long, edited), { prefix: 300, suffix: 8700 }, 'a caller changing an answer changes no other');
    const sameLengths = long.slice(0, 7000) + 'Q' + long.slice(7000);
    assert.deepEqual(unchangedEnds(long, sameLengths), scanEnds(long, sameLengths));
    assert.deepEqual(unchangedEnds(`${long}`.replace(/^a/, 'b'), edited), scanEnds(long.replace(/^a/, 'b'), edited));
    assert.deepEqual(unchangedEnds(long, edited), { prefix: 300, suffix: 8700 });

    const before = TextDocument.create('file:///x.txt', 'plaintext', 1, 'Alpha beta.\nGamma delta.');
    const live = TextDocument.create('file:///x.txt', 'plaintext', 2, 'Alpha beta gamma.\nGamma delta.');
    assert.equal(staleAnswer(before, live, 2)?.offset, 2);
    assert.equal(staleAnswer(before, live, 12), undefined, 'inside the edit');
    const after = staleAnswer(before, live, live.getText().indexOf('delta') + 1)!;
    assert.equal(after.offset, before.getText().indexOf('delta') + 1);
    assert.deepEqual(after.toLive({ start: { line: 1, character: 6 }, end: { line: 1, character: 11 } }), { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } });
  });
});

/** The common start and end of two texts, a character at a time. */
function scanEnds(before: string, after: string): { prefix: number; suffix: number } {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}
