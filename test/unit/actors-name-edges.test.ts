// Where a name begins and ends. A name written out in full (joinInstitutionNames) ends at a line break and at a
// company's legal form, and does not take over a place the tagger read whole; a capitalized "The" inside a sentence
// is part of the name the tagger read it into. The tagger's output is given, so these test the rules alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeDatelinePlaces } from '../../server/src/analysis/actors/datelinePlaces';
import { gazetteer } from '../../server/src/analysis/actors/gazetteer';
import { joinInstitutionNames } from '../../server/src/analysis/actors/institutions';
import { readMentions, type NameMention } from '../../server/src/analysis/actors/mentions';
import { LABELS } from '../../server/src/analysis/actors/tagger';
import type { TokenList } from '../../server/src/analysis/tokenList';
import { tokenize } from '../../server/src/analysis/tokens';
import type { ActorType } from '../../server/src/analysis/types';

/** The tokens' words (norm), in order. */
function normsOf(tokens: TokenList): string[] {
  const norms: string[] = [];
  for (let index = 0; index < tokens.length; index++) norms.push(tokens.norm(index));
  return norms;
}

/** The index of the first run of tokens whose words are `wanted` (-1 when there is none). */
function firstRunOf(tokens: TokenList, wanted: readonly string[]): number {
  for (let index = 0; index < tokens.length; index++) if (wanted.every((word, offset) => tokens.wordAt(index + offset)?.norm === word)) return index;
  return -1;
}

/** A tagger mention of the tokens whose words are `words` (the first such run). */
function mentionOf(tokens: TokenList, words: string, type: ActorType): NameMention {
  const wanted = words.split(' ');
  const first = firstRunOf(tokens, wanted);
  assert.ok(first >= 0, `"${words}" among the tokens`);
  const last = first + wanted.length - 1;
  return { type, first, last, start: tokens.start(first), end: tokens.end(last), text: words };
}

function joined(text: string, tagged: [string, ActorType][]): [string, ActorType][] {
  const tokens = tokenize(text);
  const mentions = tagged.map(([words, type]) => mentionOf(tokens, words, type));
  return joinInstitutionNames(tokens, mentions, gazetteer(), new Uint8Array(tokens.length)).map((mention) => [mention.text, mention.type]);
}

describe('joinInstitutionNames: where a full name ends', () => {
  it('still joins a name split by the tagger at a place inside it', () => {
    assert.deepEqual(
      joined('She studied at the Tarvel Institute of Marine Engineering for two years.', [
        ['Tarvel', 'place'],
        ['Institute of Marine Engineering', 'organization'],
      ]),
      [['Tarvel Institute of Marine Engineering', 'organization']],
    );
  });

  it('joins words, "and", and words ending in a kind of organization into one name', () => {
    assert.deepEqual(
      joined('The Harbor Safety and Order Review Council met on Monday.', [
        ['Harbor Safety', 'organization'],
        ['Order Review Council', 'organization'],
      ]),
      [['Harbor Safety and Order Review Council', 'organization']],
    );
  });

  it('keeps two names apart at "and" when the second is a place or does not end in a kind of organization, or after a title', () => {
    const pairs: [string, [string, ActorType][]][] = [
      [
        'Shares of Norvale and Brightwell Foods rose.',
        [
          ['Norvale', 'organization'],
          ['Brightwell Foods', 'organization'],
        ],
      ],
      [
        'Talks on Lanvik Strip and North Bank water rights resumed.',
        [
          ['Lanvik Strip', 'place'],
          ['North Bank', 'place'],
        ],
      ],
      [
        'said Ana Ruiz, Chairman and Chief Executive of Norvale Airways.',
        [
          ['Ana Ruiz', 'person'],
          ['Norvale Airways', 'organization'],
        ],
      ],
    ];
    for (const [text, tagged] of pairs) assert.deepEqual(joined(text, tagged), tagged, text);
  });

  it("ends a company's name at its legal form: the town after 'of' is the company's town", () => {
    assert.deepEqual(
      joined('The deal values Norvale Robotics Inc of Lyon at about $40 million.', [
        ['Norvale Robotics Inc', 'organization'],
        ['Lyon', 'place'],
      ]),
      [
        ['Norvale Robotics Inc', 'organization'],
        ['Lyon', 'place'],
      ],
    );
  });

  it('never runs over a line break (a table heading into its first row)', () => {
    assert.deepEqual(
      joined('Northern League\nKelso Rovers 3 Ashby 1\n', [
        ['Northern League', 'organization'],
        ['Kelso Rovers', 'organization'],
        ['Ashby', 'organization'],
      ]),
      [
        ['Northern League', 'organization'],
        ['Kelso Rovers', 'organization'],
        ['Ashby', 'organization'],
      ],
    );
  });

  it('leaves a place the tagger read whole, though its last word names a kind of organization', () => {
    assert.deepEqual(joined('Farmers on the Lanvik Bank of the river lost their crops.', [['Lanvik Bank', 'place']]), [['Lanvik Bank', 'place']]);
  });
});

describe('readMentions: a capitalized "The" the tagger read into a name', () => {
  const mentionsOf = (text: string, tagOf: (word: string, index: number) => string) => {
    const tokens = tokenize(text);
    const tags = normsOf(tokens).map((norm, index) => LABELS.indexOf(tagOf(norm, index) as (typeof LABELS)[number]));
    return readMentions(tokens, tags, gazetteer()).map((mention) => [mention.text, mention.type]);
  };

  it('keeps it inside a sentence ("at The Narrows")', () => {
    assert.deepEqual(
      mentionsOf('The final is played at The Narrows on Sunday.', (word, index) => (index === 5 ? 'B-LOC' : word === 'Narrows' ? 'I-LOC' : 'O')),
      [['The Narrows', 'place']],
    );
  });

  it('leaves it out where it opens the sentence', () => {
    assert.deepEqual(
      mentionsOf('The Narrows was closed on Sunday.', (word) => (word === 'The' ? 'B-LOC' : word === 'Narrows' ? 'I-LOC' : 'O')),
      [['Narrows', 'place']],
    );
  });
});

describe("readMentions: an organization's name read together with its officer's title", () => {
  const mentionsOf = (text: string, organizationWords: string[], personWords: string[] = []) => {
    const tokens = tokenize(text);
    let previous = 'O';
    const tags = normsOf(tokens).map((norm) => {
      const type = organizationWords.includes(norm) ? 'ORG' : personWords.includes(norm) ? 'PER' : undefined;
      const tag = type === undefined ? 'O' : previous.endsWith(type) ? `I-${type}` : `B-${type}`;
      previous = tag;
      return LABELS.indexOf(tag as (typeof LABELS)[number]);
    });
    return readMentions(tokens, tags, gazetteer()).map((mention) => [mention.text, mention.type]);
  };

  it('ends the organization before the title when the title closes the name', () => {
    assert.deepEqual(mentionsOf('Norvale Robotics CEO Dana Whitfield said so.', ['Norvale', 'Robotics', 'CEO'], ['Dana', 'Whitfield']), [
      ['Norvale Robotics', 'organization'],
      ['Dana Whitfield', 'person'],
    ]);
  });

  it('splits the organization, the title and the person when all three were read as one name', () => {
    assert.deepEqual(mentionsOf('Trellis Computer Chief Executive Officer Omar Haddad spoke.', ['Trellis', 'Computer', 'Chief', 'Executive', 'Officer', 'Omar', 'Haddad']), [
      ['Trellis Computer', 'organization'],
      ['Omar Haddad', 'person'],
    ]);
  });

  it('keeps a title that ends a name joined by "of"', () => {
    assert.deepEqual(mentionsOf('The Office of the Secretary said so.', ['Office', 'of', 'the', 'Secretary']), [['Office of the Secretary', 'organization']]);
  });
});

describe('readMentions: Arabic names with a hyphenated particle', () => {
  const mentionsOf = (text: string, tagged: Record<string, string>) => {
    const tokens = tokenize(text);
    const tags = normsOf(tokens).map((norm) => LABELS.indexOf((tagged[norm] ?? 'O') as (typeof LABELS)[number]));
    return readMentions(tokens, tags, gazetteer()).map((mention) => [text.slice(mention.start, mention.end), mention.type]);
  };

  it('takes the particle before the first word the tagger read ("al-Qasr")', () => {
    assert.deepEqual(mentionsOf('Crowds gathered at al-Qasr on Friday.', { Qasr: 'B-LOC' }), [['al-Qasr', 'place']]);
  });

  it('takes a particle word after the last word the tagger read ("Wadi el-Nour")', () => {
    assert.deepEqual(mentionsOf('Rebels hold the Wadi el-Nour valley.', { Wadi: 'B-LOC' }), [['Wadi el-Nour', 'place']]);
  });

  it('leaves the particle to a name the tagger read after it', () => {
    assert.deepEqual(mentionsOf('Harbor Bank AG Karim al-Nour spoke.', { Harbor: 'B-ORG', Bank: 'I-ORG', AG: 'I-ORG', Karim: 'I-ORG', Nour: 'B-PER' }), [
      ['Harbor Bank AG Karim', 'organization'],
      ['al-Nour', 'person'],
    ]);
  });

  it('leaves a hyphen between two separate words alone', () => {
    assert.deepEqual(mentionsOf('He met Karim - al - Nour was absent.', { Karim: 'B-PER' }), [['Karim', 'person']]);
  });
});

describe('readMentions: a weekday written bare after a name', () => {
  it('is no part of the name', () => {
    const tokens = tokenize('She will meet Maria Lopez Monday for talks.');
    const tagged: Record<string, string> = { Maria: 'B-PER', Lopez: 'I-PER', Monday: 'I-PER' };
    const tags = normsOf(tokens).map((norm) => LABELS.indexOf((tagged[norm] ?? 'O') as (typeof LABELS)[number]));
    assert.deepEqual(
      readMentions(tokens, tags, gazetteer()).map((mention) => mention.text),
      ['Maria Lopez'],
    );
  });
});

describe("an officer's title before 'of' and an organization", () => {
  it('is no part of the organization the tagger read with it', () => {
    const tokens = tokenize('Joe Okoro, Chief Operating Officer of Skyline Airways, retired.');
    const organization = new Set(['Chief', 'Operating', 'Officer', 'of', 'Skyline', 'Airways']);
    let open = false;
    const tags = normsOf(tokens).map((norm) => {
      const tag = organization.has(norm) ? (open ? 'I-ORG' : 'B-ORG') : norm === 'Joe' ? 'B-PER' : norm === 'Okoro' ? 'I-PER' : 'O';
      open = tag.endsWith('ORG');
      return LABELS.indexOf(tag as (typeof LABELS)[number]);
    });
    assert.deepEqual(
      readMentions(tokens, tags, gazetteer()).map((mention) => [mention.text, mention.type]),
      [
        ['Joe Okoro', 'person'],
        ['Skyline Airways', 'organization'],
      ],
    );
  });

  it('does not open a name written out in full', () => {
    assert.deepEqual(joined('Joe Okoro, Chief Operating Officer of Skyline Airways, retired.', [['Joe Okoro', 'person']]), [
      ['Joe Okoro', 'person'],
      ['Skyline Airways', 'organization'],
    ]);
  });
});

describe("typeDatelinePlaces: a dateline's town the tagger left out", () => {
  it('is a place when written in capitals, as wire datelines write it; a sentence opening on a date is no dateline', () => {
    const tokens = tokenize('OSTERVIK 2026-05-04\nThe ferry left late.\nOn May 4 the port closed.\n');
    assert.deepEqual(
      typeDatelinePlaces(tokens, []).map((mention) => [mention.text, mention.type, mention.dateline]),
      [['OSTERVIK', 'place', true]],
    );
  });
});

describe('readMentions: two organizations the tagger read as one across "and"', () => {
  /** The words of `span` tagged as one organization (B-ORG, then I-ORG), the rest outside. */
  const mentionsOf = (text: string, span: string) => {
    const tokens = tokenize(text);
    const words = span.split(' ');
    const first = firstRunOf(tokens, words);
    const tags = normsOf(tokens).map((_, index) => LABELS.indexOf(index === first ? 'B-ORG' : index > first && index < first + words.length ? 'I-ORG' : 'O'));
    return readMentions(tokens, tags, gazetteer()).map((mention) => mention.text);
  };

  it('splits where both words beside "and" are names, a new name begins, or the first ends in a legal form', () => {
    assert.deepEqual(mentionsOf('Unlisted retailers Vorlek and Darnow were still in talks.', 'Vorlek and Darnow'), ['Vorlek', 'Darnow']);
    assert.deepEqual(mentionsOf('Prices rose at The Ledger and The Courier last year.', 'The Ledger and The Courier'), ['The Ledger', 'The Courier']);
    assert.deepEqual(mentionsOf('The deal joins Norvale GmbH and Brightwell Foods.', 'Norvale GmbH and Brightwell Foods'), ['Norvale GmbH', 'Brightwell Foods']);
  });

  it('keeps one name that joins common words', () => {
    const name = 'Office for Roads and Public Works in Trade';
    assert.deepEqual(mentionsOf(`The ${name} met on Monday.`, name), [name]);
  });
});

describe("readMentions: a place's name that a company's or a force's word ends", () => {
  const mentionsOf = (text: string, span: string) => {
    const tokens = tokenize(text);
    const words = span.split(' ');
    const first = firstRunOf(tokens, words);
    const tags = normsOf(tokens).map((_, index) => LABELS.indexOf(index === first ? 'B-LOC' : index > first && index < first + words.length ? 'I-LOC' : 'O'));
    return readMentions(tokens, tags, gazetteer()).map((mention) => [mention.text, mention.type]);
  };

  it('is an organization', () => {
    assert.deepEqual(mentionsOf('Norland Eastern Airlines will buy ten jets.', 'Norland Eastern Airlines'), [['Norland Eastern Airlines', 'organization']]);
    assert.deepEqual(mentionsOf('The Norland Air Force will fly them.', 'Norland Air Force'), [['Norland Air Force', 'organization']]);
  });

  it('leaves a place ending in another word a place', () => {
    assert.deepEqual(mentionsOf('Farmers on the Lanvik Bank lost their crops.', 'Lanvik Bank'), [['Lanvik Bank', 'place']]);
  });
});

describe('readMentions: a time zone', () => {
  it('names no actor', () => {
    const tokens = tokenize('The launch is set for 09:30 UTC on Tuesday.');
    const tags = normsOf(tokens).map((norm) => LABELS.indexOf(norm === 'UTC' ? 'B-ORG' : 'O'));
    assert.deepEqual(readMentions(tokens, tags, gazetteer()), []);
  });
});
