// The analyzer's fast paths answer what the slower forms they replace answered: character tests against their
// regular expressions, the date rules' word gate against running every rule, the joint tagger against the two
// models' own lookups.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { documentFeatures } from '../../server/src/analysis/actors/features';
import { gazetteer, nameKey } from '../../server/src/analysis/actors/gazetteer';
import { shippedJointWeights, tagDocumentJointly } from '../../server/src/analysis/actors/jointTagger';
import { shippedModels, tagDocumentWritten } from '../../server/src/analysis/actors/tagger';
import { hasDigit, hasLetter, hasLetterPair, hasLowercase, isLowercaseWord, isPlainAsciiLower, startsWithUppercase } from '../../server/src/analysis/characters';
import { daysInMonth } from '../../server/src/analysis/dates/calendar';
import { blockTriggers, ruleMayMatch } from '../../server/src/analysis/dates/triggers';
import { namesWithRole } from '../../server/src/analysis/quotes/nominal';
import { tokenize } from '../../server/src/analysis/tokens';

dayjs.extend(utc);

const WORDS = [
  '',
  'a',
  'A',
  'ab',
  'Ab',
  'AB',
  '1',
  'a1',
  '1a',
  '.',
  'U.S.',
  'x-y',
  'É',
  'é',
  'Éa',
  'aé',
  'Ωmega',
  'ωmega',
  '日本',
  '7日',
  '٣',
  'Ⅻ',
  '~A',
  '~a',
  '~',
  '𝐀b',
  'ǅ',
  '\u0301a',
  'a\u0301',
];

describe('character fast paths', () => {
  it('answer what their regular expressions answer', () => {
    for (const word of WORDS) {
      assert.equal(hasLetter(word), /\p{L}/u.test(word), `hasLetter(${word})`);
      assert.equal(hasLowercase(word), /\p{Ll}/u.test(word), `hasLowercase(${word})`);
      assert.equal(hasLetterPair(word), /\p{L}{2,}/u.test(word), `hasLetterPair(${word})`);
      assert.equal(startsWithUppercase(word), /^\p{Lu}/u.test(word), `startsWithUppercase(${word})`);
      assert.equal(startsWithUppercase(word, word.startsWith('~') ? 1 : 0), /^~?\p{Lu}/u.test(word), `startsWithUppercase(~${word})`);
      assert.equal(hasDigit(word), /\d/.test(word), `hasDigit(${word})`);
      assert.equal(isLowercaseWord(word), /^\p{Ll}+$/u.test(word), `isLowercaseWord(${word})`);
      assert.equal(isPlainAsciiLower(word), /^[\x00-\x40\x5b-\x7f]*$/.test(word), `isPlainAsciiLower(${word})`);
    }
  });
});

describe('name keys', () => {
  it('are what the full normalization gives, for plain words too', () => {
    const full = (value: string) => value.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '');
    for (const value of [...WORDS, 'u.s.', 'acme', 'acme corp', "o'neil", 'o’neil', 'Jose\u0301', 'e.g']) assert.equal(nameKey(value), full(value), value);
  });
});

describe('date rule gate', () => {
  it('lets a rule run only when the block holds a word it needs', () => {
    const triggers = blockTriggers(tokenize('The vote is set for next Tuesday, officials said.'));
    assert.ok(ruleMayMatch('weekday', triggers));
    assert.ok(!ruleMayMatch('month', triggers), 'no month name');
    assert.ok(!ruleMayMatch('year', triggers), 'no digit');
    assert.ok(ruleMayMatch('a-rule-the-gate-does-not-know', triggers));
  });

  it('counts month and weekday names only when capitalized, as the rules read them', () => {
    assert.ok(!ruleMayMatch('month', blockTriggers(tokenize('prices may fall'))));
    assert.ok(ruleMayMatch('month', blockTriggers(tokenize('since May'))));
    assert.ok(ruleMayMatch('month-day', blockTriggers(tokenize('on Nov.28'))));
  });

  it('runs the year rules only where four digits can be a year', () => {
    assert.ok(ruleMayMatch('year', blockTriggers(tokenize('in 1996'))));
    assert.ok(ruleMayMatch('year', blockTriggers(tokenize('by 2030.'))));
    assert.ok(!ruleMayMatch('year', blockTriggers(tokenize('rose 3,450 points to 99'))));
    assert.ok(ruleMayMatch('decade', blockTriggers(tokenize("the '90s"))));
  });
});

describe('joint tagger', () => {
  it('tags as the two models do one after the other (no exact tie in this text)', () => {
    const text = 'BERLIN 1996-08-22\nAcme Corp. chief Jane Roe told Reuters in Berlin that the Bank of Ruritania would sell its stake to Globex.\nRoe said Acme expects growth.';
    const tokens = tokenize(text);
    assert.ok(tokens.sentenceStart(0)); // the text's first token starts a sentence
    const features = documentFeatures(tokens, gazetteer());
    const models = shippedModels();
    const expected = tagDocumentWritten(features.views, features.writeFeatures, models.firstPass, models.secondPass);
    assert.deepEqual([...tagDocumentJointly(features, shippedJointWeights())], expected);
    // Again, with the word sums read from the cache the first run filled.
    assert.deepEqual([...tagDocumentJointly(documentFeatures(tokens, gazetteer()), shippedJointWeights())], expected);
    assert.ok(
      expected.some((tag) => tag !== 0),
      'some names tagged',
    );
  });
});

describe('calendar', () => {
  it('counts the days of a month as dayjs does', () => {
    for (let year = 990; year <= 2110; year++) {
      for (let month = 1; month <= 12; month++) {
        const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
        assert.equal(daysInMonth(year, month), dayjs.utc(first).daysInMonth(), first);
      }
    }
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
  });
});

describe('role names', () => {
  const NAME = String.raw`\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)(?:\s+\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)){0,3}`;
  /** The regular-expression scan namesWithRole() replaced, for its "Mayor Jane Roe" part. */
  const scanned = (text: string, noun: string) =>
    [...text.matchAll(new RegExp(String.raw`\b[${noun[0].toUpperCase()}${noun[0]}]${noun.slice(1)}\s+(${NAME})`, 'gu'))].map((match) => {
      const start = match.index + match[0].length - match[1].length;
      return { start, end: start + match[1].length };
    });

  it('finds the names after a role noun where a scan of the whole text finds them', () => {
    const text =
      'Mayor Jane Roe opened the fair. The vice-mayor Li Wei, and mayor Bo Park too; Lord Mayor Ann Lee spoke.\nNot themayor Tom Hay, nor mayors Al Bee. Mayor   Émile Zola and Mayor Mayor Pat Doe.';
    const expected = scanned(text, 'mayor');
    assert.ok(expected.length >= 5);
    assert.deepEqual(namesWithRole(text, 'mayor'), expected); // (no apposition in this text)
  });

  it('finds the names of appositions where a scan of the whole text finds them', () => {
    const tail = String.raw`,\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,4}?[Mm]ayor\b`;
    /** The scan namesWithRole() replaced for its appositions: the whole expression over the whole text. */
    const appositions = (text: string) =>
      [...text.matchAll(new RegExp(String.raw`(${NAME})${tail}`, 'gu'))].map((match) => ({ start: match.index, end: match.index + match[1].length }));
    const text =
      'J. R. Ewing, the city’s mayor, met Ángel Núñez, a former Mayor, and Mary-Kate O’Neil,  the  acting   mayor. Bob,, the mayor.' +
      ' Ann Lee, the deputy mayor of Springfield, and ANN, an ex-mayor. Mayor Bo Park, the mayor, waved; so did Jo, the mayoral aide.';
    const expected = [...scanned(text, 'mayor'), ...appositions(text)].sort((a, b) => a.start - b.start);
    assert.ok(appositions(text).length >= 4);
    assert.deepEqual(namesWithRole(text, 'mayor'), expected);
  });

  it('still finds a name given its role in an apposition', () => {
    const text = 'Officials met Jane Roe, the town’s longtime mayor, on Monday.';
    assert.deepEqual(namesWithRole(text, 'mayor'), [{ start: 14, end: 22 }]);
  });
});
