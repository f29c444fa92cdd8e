// An open document's analysis puts the same cross-article input again after an edit that moved none of its direct
// quotes or people (sameArticleInput.ts): the index is then left alone, so it must tell every other change apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../server/src/workspace/crossIndex';
import { sameArticleInput } from '../../server/src/workspace/sameArticleInput';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

function input(): ArticleInput {
  return {
    uri: 'file:///harbour.txt',
    people: [{ id: 'a1', name: 'Ilse Varga', firstMention: range(2, 0, 10) }],
    directQuotes: [{ id: 'q1', text: '“The pier will open in May.”', range: range(4, 5, 33) }],
    keepTexts: true,
    date: '2024-03-01',
  };
}

describe('sameArticleInput', () => {
  it('is true for the same input made again', () => {
    assert.equal(sameArticleInput(input(), input()), true);
  });

  it('tells apart a moved quote, a changed quote text, a renamed or moved person, another date', () => {
    const changes: ((value: ArticleInput) => ArticleInput)[] = [
      (value) => ({ ...value, directQuotes: [{ ...value.directQuotes[0], range: range(4, 6, 34) }] }),
      (value) => ({ ...value, directQuotes: [{ ...value.directQuotes[0], text: '“The pier will open in June.”' }] }),
      (value) => ({ ...value, directQuotes: [] }),
      (value) => ({ ...value, people: [{ ...value.people[0], name: 'Ilse Vargas' }] }),
      (value) => ({ ...value, people: [{ ...value.people[0], firstMention: range(3, 0, 10) }] }),
      (value) => ({ ...value, people: [{ ...value.people[0], firstMention: undefined }] }),
      (value) => ({ ...value, date: '2024-03-02' }),
    ];
    for (const change of changes) assert.equal(sameArticleInput(input(), change(input())), false, JSON.stringify(change(input())));
  });
});
