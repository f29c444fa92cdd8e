// The news-article language: the TextMate grammar tokenized with vscode-textmate + vscode-oniguruma (what
// VS Code itself uses), and language-configuration.json's word pattern and pairs. Sample lines are written
// for this test.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/news-article.tmLanguage.json');
const SCOPE = 'text.news-article';

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === SCOPE ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const loaded = await registry.loadGrammar(SCOPE);
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** Tokenizes lines as one document (a quote's state carries from line to line). */
function tokenize(...lines: string[]): Token[][] {
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The scopes shared by every token that covers `needle` in the line (the needle must be token-aligned inside). */
function scopesOf(tokens: Token[], needle: string): string[] {
  const line = tokens.map((token) => token.text).join('');
  const start = line.indexOf(needle);
  assert.notEqual(start, -1, `"${needle}" is in "${line}"`);
  const end = start + needle.length;
  let offset = 0;
  const covering: string[][] = [];
  for (const token of tokens) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) covering.push(token.scopes);
    offset = tokenEnd;
  }
  return covering.reduce((shared, scopes) => shared.filter((scope) => scopes.includes(scope)));
}

function hasScope(tokens: Token[], needle: string, prefix: string): boolean {
  return scopesOf(tokens, needle).some((scope) => scope.startsWith(prefix));
}

describe('news-article grammar: datelines', () => {
  it('marks place, date and agency of "Place, Mon DD (AGENCY)"', () => {
    const [line] = tokenize('Kyiv, Mar 3 (UNI) Ukraine said on Monday that talks would resume.');
    assert.ok(hasScope(line, 'Kyiv', 'entity.name.namespace.place.dateline'));
    assert.ok(hasScope(line, 'Mar 3', 'constant.numeric.date.dateline'));
    assert.ok(hasScope(line, 'UNI', 'entity.name.class.agency'));
    assert.ok(!hasScope(line, 'Ukraine said', 'meta.dateline'), 'the dateline ends at the agency');
  });

  it('marks "CITY (Agency) -" and "CITY, Country (AP) _"', () => {
    const [reuters, ap] = tokenize('BERLIN (Reuters) - German exports rose in May.', 'LAGOS, Nigeria (AP) _ Fuel prices climbed.');
    assert.ok(hasScope(reuters, 'BERLIN', 'entity.name.namespace.place.dateline'));
    assert.ok(hasScope(reuters, 'Reuters', 'entity.name.class.agency'));
    assert.ok(hasScope(reuters, '-', 'punctuation.separator.dateline'));
    assert.ok(hasScope(ap, 'LAGOS, Nigeria', 'entity.name.namespace.place.dateline'));
    assert.ok(hasScope(ap, 'AP', 'entity.name.class.agency'));
  });

  it('does not take a parenthesis in running text for a dateline', () => {
    const [prose, later] = tokenize('The minister said (in Geneva) that nothing changed.', 'Talks went on. Rome, Jan 2 (AFP) was cited.');
    assert.ok(prose.every((token) => !token.scopes.some((scope) => scope.startsWith('meta.dateline'))));
    assert.ok(later.every((token) => !token.scopes.some((scope) => scope.startsWith('meta.dateline'))));
  });
});

describe('news-article grammar: quotations', () => {
  it('quotes straight double quotes, with nested single quotes, and leaves apostrophes alone', () => {
    const [line] = tokenize(`She said "the plan, called 'Clear Sky', isn't dead" and left.`);
    assert.ok(hasScope(line, 'the plan', 'string.quoted.double'));
    assert.ok(hasScope(line, 'Clear Sky', 'string.quoted.single'));
    assert.ok(hasScope(line, "isn't dead", 'string.quoted.double'));
    assert.ok(!hasScope(line, "isn't dead", 'string.quoted.single'), 'the apostrophe opens no quote');
    assert.ok(!hasScope(line, 'and left', 'string.quoted'));
  });

  it('quotes curly double quotes with nested curly single quotes; ’ inside a word is an apostrophe', () => {
    const [line] = tokenize('“We won’t call it ‘Operation Dawn’ again,” the officer said.');
    assert.ok(hasScope(line, 'We won’t call it', 'string.quoted.double'));
    assert.ok(hasScope(line, 'Operation Dawn', 'string.quoted.single'));
    assert.ok(!hasScope(line, ' again', 'string.quoted.single'), 'the single quote closed at ’ before a space');
    assert.ok(!hasScope(line, 'the officer said', 'string.quoted'));
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const [first, second] = tokenize('"The talks will go on for weeks.', 'Officials declined to comment.');
    assert.ok(hasScope(first, 'The talks', 'string.quoted.double'));
    assert.ok(!hasScope(second, 'Officials declined', 'string.quoted'));
  });

  it('marks the quotation marks as punctuation', () => {
    const [line] = tokenize('He said “yes” twice.');
    assert.ok(hasScope(line, '“', 'punctuation.definition.string.begin'));
    assert.ok(hasScope(line, '”', 'punctuation.definition.string.end'));
  });
});

describe('news-article grammar: credits, sign-offs, numbers, front matter', () => {
  it('marks photo credits and reporting credits', () => {
    const [photo, by, reporting] = tokenize('Photo: Kommersant', 'File photo by Jane Roe', '(Reporting by Ann Poe; Editing by Tim Loe)');
    assert.ok(hasScope(photo, 'Photo', 'keyword.other.credit'));
    assert.ok(hasScope(photo, 'Kommersant', 'entity.name.class.credit'));
    assert.ok(hasScope(by, 'Jane Roe', 'entity.name.class.credit'));
    assert.ok(hasScope(reporting, 'Ann Poe', 'comment.line.credit'));
  });

  it('marks agency sign-off lines and not ordinary capitalized lines', () => {
    const [signoff, codes, prose] = tokenize('PTI KRS RT', 'AB CDE', 'Talks In Vienna Continue');
    assert.ok(hasScope(signoff, 'PTI KRS RT', 'comment.line.signoff'));
    assert.ok(hasScope(signoff, 'PTI', 'entity.name.class.agency'));
    assert.ok(hasScope(codes, 'AB CDE', 'comment.line.signoff'));
    assert.ok(!hasScope(prose, 'Talks', 'comment.line.signoff'));
  });

  it('marks numbers, percentages and ordinals but not digits inside names', () => {
    const [line] = tokenize('About 1,200 troops, 3.5% more, on the 14th day of 2027 at the G7 with the A-10 jets.');
    for (const number of ['1,200', '3.5%', '14th', '2027']) assert.ok(hasScope(line, number, 'constant.numeric'), number);
    assert.ok(!hasScope(line, 'G7', 'constant.numeric'));
    assert.ok(!hasScope(line, 'A-10', 'constant.numeric'));
  });

  it('marks front matter keys at the top of the file only', () => {
    const lines = tokenize('---', 'date: 2027-04-01', '---', 'date: none');
    assert.ok(hasScope(lines[1], 'date', 'entity.name.tag.front-matter'));
    assert.ok(!hasScope(lines[3], 'date', 'entity.name.tag.front-matter'));
  });
});

describe('news-article language configuration', () => {
  const configuration = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  const wordPattern = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
  const words = (text: string) => text.match(wordPattern) ?? [];

  it('keeps hyphenated names and words whole', () => {
    assert.deepEqual(words('Jean-Claude met post-Soviet leaders'), ['Jean-Claude', 'met', 'post-Soviet', 'leaders']);
    assert.deepEqual(words('O’Brien and Saint-Étienne — then Łódź'), ['O’Brien', 'and', 'Saint-Étienne', 'then', 'Łódź']);
  });

  it('does not join words across a dash between spaces or keep trailing hyphens', () => {
    assert.deepEqual(words('Moscow - Minsk, well- known'), ['Moscow', 'Minsk', 'well', 'known']);
  });

  it('auto-closes and surrounds straight and curly quotes, parentheses and brackets', () => {
    const expected = [
      ['“', '”'],
      ['‘', '’'],
      ['"', '"'],
      ["'", "'"],
      ['(', ')'],
      ['[', ']'],
    ];
    const autoClosing = configuration.autoClosingPairs.map((pair: { open: string; close: string }) => [pair.open, pair.close]);
    for (const pair of expected) {
      assert.ok(
        autoClosing.some((candidate: string[]) => candidate[0] === pair[0] && candidate[1] === pair[1]),
        `auto-closing ${pair.join('')}`,
      );
      assert.ok(
        configuration.surroundingPairs.some((candidate: string[]) => candidate[0] === pair[0] && candidate[1] === pair[1]),
        `surrounding ${pair.join('')}`,
      );
    }
  });
});
