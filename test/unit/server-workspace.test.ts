// The rules behind the cross-article features: when two names are one person spelled two ways, when two quotes
// are the same words, the not-actors file, and how a rename rewrites each form of a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, Annotations } from '../../server/src/analysis/types';
import { renameEdits, renamedMention } from '../../server/src/rename';
import { sentenceAround } from '../../server/src/workspace/articleSummary';
import { isSameActor, matchesQuery } from '../../server/src/workspace/crossArticle';
import { editDistance, isNameVariant, isSpellingVariant } from '../../server/src/workspace/nameVariants';
import { nameKey, parseNotActors, withoutNotActors } from '../../server/src/workspace/notActors';
import { notActorsPath } from '../../server/src/workspace/notActorsStore';
import { isSameQuote, quoteDifferences } from '../../server/src/workspace/sharedQuotes';

describe('name variants', () => {
  it('counts a transposition as one edit', () => {
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
  });

  for (const [a, b] of [
    ['Daria Saprynskaya', 'Darya Saprynskaya'],
    ['Aleksandr Korolev', 'Alexander Korolev'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Mikhail Gorbachev', 'Mihail Gorbachev'],
    ['Yuri Gagarin', 'Iurii Gagarin'],
    ['Muammar Gaddafi', 'Muammar Gadaffi'],
    ['José Manuel Barroso', 'Jose Barroso'],
  ]) {
    it(`"${a}" and "${b}" are one person spelled two ways`, () => {
      assert.equal(isNameVariant(a, b), true);
      assert.equal(isNameVariant(b, a), true);
    });
  }

  for (const [a, b, why] of [
    ['Alexander Korolev', 'Alexander Lukashenko', 'different surnames'],
    ['Alexander Korolev', 'Alexandra Korolev', 'a feminine first name'],
    ['Ivan Petrov', 'Ivana Petrov', 'a feminine first name'],
    ['Mark Smith', 'Mary Smith', 'short first names one letter apart'],
    ['John Smith', 'Joan Smith', 'short first names one letter apart'],
    ['Vladimir Putin', 'Vladimir Putin', 'the same spelling'],
    ['Vladimir Putin', 'vladimir putin', 'a difference of case only'],
    ['Vladimir V. Putin', 'Vladimir Putin', 'a middle initial, no spelling difference'],
    ['Putin', 'Poutin', 'no first name to go with the surname'],
    ['Anna Schmidt', 'Hanna Schmitt', 'both parts differ'],
    ['Li Wei', 'Li Wen', 'short given names'],
  ]) {
    it(`"${a}" and "${b}" are not flagged (${why})`, () => {
      assert.equal(isNameVariant(a, b), false);
    });
  }

  it('allows more edits in longer names, and none that change the first letter', () => {
    assert.equal(isSpellingVariant('Saprynskaya', 'Saprinskaja'), true);
    assert.equal(isSpellingVariant('Lukashenko', 'Lukaschenko'), true);
    assert.equal(isSpellingVariant('Korolev', 'Sorolev'), false);
  });
});

describe('same actor across articles', () => {
  it('matches by name or by a full-name alias, never across types', () => {
    assert.equal(isSameActor({ type: 'person', name: 'Vladimir Putin' }, { type: 'person', name: 'vladimir  putin' }), true);
    assert.equal(isSameActor({ type: 'organization', name: 'Collective Security Treaty Organization', aliases: ['CSTO'] }, { type: 'organization', name: 'CSTO' }), false);
    assert.equal(
      isSameActor(
        { type: 'organization', name: 'CSTO', aliases: ['Collective Security Treaty Organization'] },
        { type: 'organization', name: 'Collective Security Treaty Organization' },
      ),
      true,
    );
    assert.equal(isSameActor({ type: 'place', name: 'Georgia' }, { type: 'person', name: 'Georgia' }), false);
  });

  it('matches a symbol query as a subsequence, ignoring case', () => {
    assert.equal(matchesQuery('Vladimir Putin', 'vput'), true);
    assert.equal(matchesQuery('Vladimir Putin', 'putv'), false);
    assert.equal(matchesQuery('Vladimir Putin', ''), true);
  });
});

describe('shared quotes', () => {
  it('are the same words whatever the marks, punctuation and case', () => {
    assert.equal(isSameQuote('"besieged fortress."', '“Besieged fortress,”'), true);
    assert.match(quoteDifferences('"besieged fortress."', '"besieged fortress,"'), /punctuation or case only/);
  });

  it('tolerate one changed word per eight in a long quote, and show it', () => {
    const a = '"The member states have modernised their armies more actively than the others in the region"';
    const b = '"The member states have modernized their armies more actively than the others in the region"';
    assert.equal(isSameQuote(a, b), true);
    assert.equal(quoteDifferences(a, b), 'here: modernised · there: modernized');
  });

  it('are not single words, nor short quotes with a word changed', () => {
    assert.equal(isSameQuote('"Echelon"', '"Echelon"'), false);
    assert.equal(isSameQuote('"we will win"', '"we will lose"'), false);
  });
});

describe('the not-actors file', () => {
  it('reads one name per line, skips comments and blank lines, reports malformed lines', () => {
    const parsed = parseNotActors('# header\nInteraction\n\n  Echelon   # an exercise\n1234\nx'.concat('y'.repeat(200), '\n'));
    assert.deepEqual(parsed.names, ['Interaction', 'Echelon']);
    assert.deepEqual(
      parsed.malformed.map((line) => line.line),
      [4, 5],
    );
  });

  it('filters actors by name or alias and unlinks their quotes', () => {
    const actor = (id: string, name: string, aliases?: string[]): Actor => ({ id, type: 'organization', name, aliases, mentions: [{ start: 0, end: 1, text: 'x' }] });
    const annotations: Annotations = {
      referenceDate: { value: null, source: 'none' },
      blocks: [],
      actors: [actor('a1', 'Interaction'), actor('a2', 'Kremlin', ['the Kremlin'])],
      dates: [],
      quotes: [{ id: 'q1', kind: 'direct', start: 0, end: 1, text: 'x', speaker: { name: 'Kremlin', actorId: 'a2' } }],
      problems: [],
    };
    const filtered = withoutNotActors(annotations, new Set([nameKey('THE  kremlin')]));
    assert.deepEqual(
      filtered.actors.map((each) => each.id),
      ['a1'],
    );
    assert.deepEqual(filtered.quotes[0].speaker, { name: 'Kremlin' });
  });

  it('stays inside its workspace folder', () => {
    assert.ok(notActorsPath('file:///work/folder', '.vscode/names.txt')?.endsWith('names.txt'));
    assert.equal(notActorsPath('file:///work/folder', '../elsewhere.txt'), undefined);
    assert.equal(notActorsPath('untitled:Untitled-1', 'names.txt'), undefined);
  });
});

describe('rename', () => {
  it('maps names word for word when they have as many words', () => {
    assert.equal(renamedMention('Daria', 'Daria Saprynskaya', 'Darya Saprynskaya', 'Daria Saprynskaya'), 'Darya');
    assert.equal(renamedMention('Saprynskaya', 'Daria Saprynskaya', 'Darya Saprynskaya', 'Daria Saprynskaya'), 'Saprynskaya', 'unchanged');
    assert.equal(renamedMention('Putin', 'Vladimir Putin', 'Poutine', 'Vladimir Putin'), 'Poutine');
  });

  it('renames from a short form by renaming that part of the full name, and leaves pronouns', () => {
    const text = 'Vladimir Putin spoke. Putin said he would.';
    const document = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
    const span = (needle: string, form: 'full' | 'partial' | 'pronoun') => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle, form });
    const putin: Actor = { id: 'a1', type: 'person', name: 'Vladimir Putin', mentions: [span('Vladimir Putin', 'full'), span('Putin said', 'partial'), span('he', 'pronoun')] };
    putin.mentions[1] = { ...putin.mentions[1], end: putin.mentions[1].start + 5, text: 'Putin' };
    const edits = renameEdits(document, putin, 'Poutine', putin.mentions[1]);
    assert.deepEqual(
      edits.map((edit) => edit.newText),
      ['Vladimir Poutine', 'Poutine'],
    );
  });
});

describe('timeline sentences', () => {
  it('is the sentence around a date, cut around the date when long', () => {
    assert.equal(sentenceAround('First one. They met on May 5 in Paris. Then.', 23, 28), 'They met on May 5 in Paris.');
    const titled = 'Talks ended. Mr. Okafor met Gov. Hale on May 5 in Lagos. Then.\nNext line.';
    const may = titled.indexOf('May 5');
    assert.equal(sentenceAround(titled, may, may + 5), 'Mr. Okafor met Gov. Hale on May 5 in Lagos.', 'an abbreviation ends no sentence');
    assert.equal(sentenceAround('A headline on May 5\r\nThe body.', 14, 19), 'A headline on May 5', 'a line ends the sentence');
    const long = `${'word '.repeat(80)}on May 5 ${'more '.repeat(80)}.`;
    const start = long.indexOf('May 5');
    const sentence = sentenceAround(long, start, start + 5);
    assert.ok(sentence.includes('May 5') && sentence.length <= 203 && sentence.startsWith('…'), sentence);
    assert.match(sentence, /^…word /, 'cut at a word boundary');
    assert.match(sentence, / more…$/, 'cut at a word boundary');
  });
});
