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
