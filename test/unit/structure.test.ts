import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { proseBlocks, readStructure } from '../../server/src/analysis/structure';

const kinds = (text: string) => readStructure(text).blocks.map((block) => [block.kind, text.slice(block.start, block.end)]);

test('navigation menus, headline, dateline, paragraphs and the agency sign-off are told apart', () => {
  const text = [
    '• Home',
    '  • |',
    '  • About Us',
    '  • Login',
    '',
    'Ministers meet over grain deal as talks stall',
    '',
    'Ankara, Mar 3 (UNI) Turkish officials said on Monday the talks would resume.',
    'The minister added that a deal was close.',
    'UNI XK PL',
  ].join('\n');
  assert.deepEqual(kinds(text), [
    ['boilerplate', '• Home'],
    ['boilerplate', '• |'],
    ['boilerplate', '• About Us'],
    ['boilerplate', '• Login'],
    ['headline', 'Ministers meet over grain deal as talks stall'],
    ['dateline', 'Ankara, Mar 3 (UNI)'],
    ['paragraph', 'Turkish officials said on Monday the talks would resume.'],
    ['paragraph', 'The minister added that a deal was close.'],
    ['signoff', 'UNI XK PL'],
  ]);
});

test('credits and "Skip to main content" are not prose', () => {
  const text = 'Skip to main content\n\nA headline about the harbour strike today\n\nDockers walked out in Hamburg.\n\nPhoto: Reuters';
  const blocks = readStructure(text).blocks;
  assert.deepEqual(
    blocks.map((block) => block.kind),
    ['boilerplate', 'headline', 'paragraph', 'credit'],
  );
  assert.deepEqual(
    proseBlocks(blocks).map((block) => text.slice(block.start, block.end)),
    ['A headline about the harbour strike today', 'Dockers walked out in Hamburg.'],
  );
});

test('front matter is read and kept out of the prose; CRLF offsets stay exact', () => {
  const text = '---\r\ntitle: Strike\r\ndate: "2024-05-10"\r\n---\r\nDockers walked out.\r\nThe port closed.';
  const structure = readStructure(text);
  assert.deepEqual(structure.frontMatter, { title: 'Strike', date: '2024-05-10' });
  assert.equal(structure.blocks[0].kind, 'boilerplate');
  assert.deepEqual(
    proseBlocks(structure.blocks).map((block) => text.slice(block.start, block.end)),
    ['Dockers walked out.', 'The port closed.'],
  );
});

test('a one-sentence text is a paragraph, and an upper-case last line that is a place is not a sign-off', () => {
  assert.deepEqual(kinds('Talks resumed.'), [['paragraph', 'Talks resumed.']]);
  assert.deepEqual(
    kinds('Talks resumed in the capital.\nNEW YORK').map(([kind]) => kind),
    ['paragraph', 'paragraph'],
  );
});

test('empty and whitespace-only texts have no blocks', () => {
  assert.deepEqual(readStructure('').blocks, []);
  assert.deepEqual(readStructure(' \n\r\n\t').blocks, []);
});

test('lines are told apart whatever breaks them, and a long line is read for credits and menus like a short one', () => {
  const text = [
    'Harbour plan wins council vote after long debate',
    'The council approved the harbour plan on Monday after a debate that ran late into the night.',
    '   ',
    '- Photo: Lee Park for the Gazette',
    'Sources close to the council said the vote had been expected for weeks by most of its members.',
    '» Home | About us | Contact | Subscribe',
    'Illustration by Ann Roe',
    '\u00a0\t',
    'A second paragraph follows the credit and the menu, as copied pages often have them between paragraphs.',
  ].join('\r\n');
  assert.deepEqual(kinds(text), [
    ['headline', 'Harbour plan wins council vote after long debate'],
    ['paragraph', 'The council approved the harbour plan on Monday after a debate that ran late into the night.'],
    // (a bullet before the credit's first word: the line is read as the whole pattern reads it, not as a credit)
    ['paragraph', '- Photo: Lee Park for the Gazette'],
    ['paragraph', 'Sources close to the council said the vote had been expected for weeks by most of its members.'],
    ['boilerplate', '» Home | About us | Contact | Subscribe'],
    ['credit', 'Illustration by Ann Roe'],
    ['paragraph', 'A second paragraph follows the credit and the menu, as copied pages often have them between paragraphs.'],
  ]);
  // Unicode line and paragraph separators and a lone CR break lines too; white space alone is no line.
  const separated = 'First line of the story, long enough to be prose.\u2028Photo credit: Jane Doe\rSecond line.\u2029 \u3000 ';
  assert.deepEqual(kinds(separated), [
    ['paragraph', 'First line of the story, long enough to be prose.'],
    ['credit', 'Photo credit: Jane Doe'],
    ['paragraph', 'Second line.'],
  ]);
});
