// The offset projection every exporter shares (UTF-16 → code points of the BOM-free, LF text) and the CoNLL
// export's tokens (the analyzer's), on the tokenization vectors of shared/docs/export-formats.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotations } from '../../server/src/analysis/types';
import { exportDocuments } from '../../server/src/export';
import { exportText, lineFragments } from '../../server/src/export/text';
import { conllSentences } from '../../server/src/export/conll';

const tokenize = (text: string) => conllSentences(text).flat();

describe('exportText', () => {
  it('counts an emoji before an entity as one code point', () => {
    const text = exportText('🚀 Jane Doe spoke.');
    assert.equal(text.at(3), 2);
    assert.equal(text.at(11), 10);
    assert.equal(text.slice(2, 10), 'Jane Doe');
  });

  it('drops a BOM and makes CRLF and lone CR into LF', () => {
    const text = exportText('\uFEFFa\r\nb\rc\n');
    assert.equal(text.text, 'a\nb\nc\n');
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((offset) => text.at(offset)),
      [0, 0, 1, 1, 2, 3, 4, 5],
    );
    assert.equal(text.at(8), 6);
  });

  it('rejects offsets outside the text', () => {
    assert.throws(() => exportText('abc').at(4), RangeError);
    assert.throws(() => exportText('abc').at(-1), RangeError);
  });

  it('splits a range at every kind of line break into trimmed fragments', () => {
    const text = exportText('one two\n  three\u2028four\r\n\r\nfive');
    assert.deepEqual(
      lineFragments(text, 0, text.codePoints.length).map(([start, end]) => text.slice(start, end)),
      ['one two', 'three', 'four', 'five'],
    );
  });
});

function annotations(text: string, spans: Array<[string, 'person' | 'organization' | 'place']>): Annotations {
  return {
    referenceDate: { value: null, source: 'none' },
    blocks: [],
    actors: spans.map(([words, type], index) => {
      const start = text.indexOf(words);
      return { id: `a${index + 1}`, type, name: words.trim(), mentions: [{ start, end: start + words.length, text: words }] };
    }),
    dates: [],
    quotes: [],
    problems: [],
  };
}
function conllTags(text: string, spans: Array<[string, 'person' | 'organization' | 'place']>): string[] {
  const [file] = exportDocuments('conll', [{ name: 'vector', text, annotations: annotations(text, spans) }]);
  return file.content
    .split('\n')
    .filter((line) => line && !line.startsWith('-DOCSTART-'))
    .map((line) => `${line.split(' ')[0]}/${line.split(' ')[3]}`);
}

describe('CoNLL tokenization vectors', () => {
  it('tags the whole token when a span covers part of it', () => {
    assert.deepEqual(conllTags('Jane left.', [['ane', 'person']]), ['Jane/B-PER', 'left/O', './O']);
  });

  it('ignores whitespace at the edges of a span', () => {
    assert.deepEqual(conllTags('I met Jane Doe today', [[' Jane Doe ', 'person']]), ['I/O', 'met/O', 'Jane/B-PER', 'Doe/I-PER', 'today/O']);
  });

  it('splits Google/Facebook around the slash', () => {
    assert.deepEqual(
      conllTags('Google/Facebook', [
        ['Google', 'organization'],
        ['Facebook', 'organization'],
      ]),
      ['Google/B-ORG', '//O', 'Facebook/B-ORG'],
    );
  });

  it('splits $3.99 into $ and 3.99', () => {
    assert.deepEqual(
      tokenize('It costs $3.99.').map((token) => token.text),
      ['It', 'costs', '$', '3.99', '.'],
    );
  });

  it('treats tab and newline as token separators', () => {
    assert.deepEqual(
      tokenize('Jane\tDoe\nParis').map((token) => token.text),
      ['Jane', 'Doe', 'Paris'],
    );
  });

  it('keeps abbreviations, initials, hyphens and apostrophes inside words, and splits the possessive', () => {
    assert.deepEqual(
      tokenize("Mr. J. O'Brien of the U.S. co-wrote Doe's plan.").map((token) => token.text),
      ['Mr.', 'J.', "O'Brien", 'of', 'the', 'U.S.', 'co-wrote', 'Doe', "'s", 'plan', '.'],
    );
  });

  it("reads a period after a word by the analyzer's one rule: a word that is also an abbreviation keeps it before a number only", () => {
    assert.deepEqual(
      tokenize('Room No. 4 of Acme Corp. said no.').map((token) => token.text),
      ['Room', 'No.', '4', 'of', 'Acme', 'Corp.', 'said', 'no', '.'],
    );
    assert.deepEqual(
      tokenize('It was due Mar. 3, not in Mar.').map((token) => token.text),
      ['It', 'was', 'due', 'Mar.', '3', ',', 'not', 'in', 'Mar', '.'],
    );
  });

  it('ends sentences after a full stop and at line breaks, keeping a closing quote', () => {
    const [file] = exportDocuments('conll', [{ name: 'v', text: '“Go.” Then Mr. Doe left\nHeadline', annotations: annotations('x', []) }]);
    const sentences = file.content
      .split('\n\n')
      .slice(1)
      .map((block) =>
        block
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' ')[0])
          .join(' '),
      )
      .filter(Boolean);
    assert.deepEqual(sentences, ['“ Go . ”', 'Then Mr. Doe left', 'Headline']);
  });

  it('never writes a token with whitespace in it', () => {
    const [file] = exportDocuments('conll', [{ name: 'v', text: 'a\u00a0b  c\u2003d 🚀\u200d x', annotations: annotations('x', []) }]);
    for (const line of file.content.split('\n').filter(Boolean)) assert.equal(line.split(/\s+/).length, 4, JSON.stringify(line));
  });
});
