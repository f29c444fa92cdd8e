// A made-up local news article with the shapes of nominal mentions ("the agency", "the company", "the group",
// "the mayor", "its spokesperson") and a dateline agency credit: every actor, type, role, link and nominal phrase,
// and what the editor makes of them (references, hover, rename).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentHighlights, references } from '../../server/src/actorNavigation';
import { analyze } from '../../server/src/analysis/analyze';
import type { Actor } from '../../server/src/analysis/types';
import { annotationsAt } from '../../server/src/annotationsAt';
import { actorHover } from '../../server/src/hover';
import { renameTarget } from '../../server/src/rename';
import { documentSymbols } from '../../server/src/symbols';

const ARTICLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'actors', 'riverside-tram.txt'), 'utf8');

describe('nominal mentions in a whole article', () => {
  const annotations = analyze(ARTICLE);
  const named = (name: string): Actor => {
    const found = annotations.actors.filter((actor) => actor.name === name);
    assert.equal(found.length, 1, `one actor named ${name}, found: ${annotations.actors.map((actor) => actor.name).join(', ')}`);
    return found[0];
  };
  const summary = (actor: Actor) => ({
    type: actor.type,
    role: actor.role,
    affiliation: actor.affiliation,
    mentions: actor.mentions.map((mention) => mention.text),
    nominals: (actor.nominals ?? []).map((mention) => mention.text),
  });
  const at = (words: string, occurrence = 0): number => {
    let offset = -1;
    for (let seen = 0; seen <= occurrence; seen++) offset = ARTICLE.indexOf(words, offset + 1);
    assert.ok(offset >= 0, words);
    return offset;
  };

  it('finds every actor once, with its type, role, affiliation and nominal phrases', () => {
    assert.deepEqual(
      annotations.actors.map((actor) => actor.name),
      ['Riverside', 'Ana Ruiz', 'Riverside Transit Agency', 'Northline Rail', 'Priya Nair', 'Denver', 'Riverbank Alliance'],
    );
    assert.deepEqual(summary(named('Riverside')), { type: 'place', role: undefined, affiliation: undefined, mentions: ['Riverside', 'RIVERSIDE'], nominals: [] });
    assert.deepEqual(summary(named('Ana Ruiz')), { type: 'person', role: 'Mayor', affiliation: undefined, mentions: ['Ana Ruiz'], nominals: ['the mayor'] });
    assert.deepEqual(summary(named('Riverside Transit Agency')), {
      type: 'organization',
      role: undefined,
      affiliation: undefined,
      mentions: ['Riverside Transit Agency'],
      nominals: ['The agency'],
    });
    assert.deepEqual(summary(named('Northline Rail')), {
      type: 'organization',
      role: undefined,
      affiliation: undefined,
      mentions: ['Northline Rail', 'Northline Rail'],
      nominals: ['The company'],
    });
    assert.deepEqual(summary(named('Priya Nair')), {
      type: 'person',
      role: 'spokesperson',
      affiliation: 'Northline Rail',
      mentions: ['Priya Nair'],
      nominals: ['Its spokesperson'],
    });
    assert.deepEqual(summary(named('Denver')), { type: 'place', role: undefined, affiliation: undefined, mentions: ['Denver'], nominals: [] });
    assert.deepEqual(summary(named('Riverbank Alliance')), {
      type: 'organization',
      role: undefined,
      affiliation: undefined,
      mentions: ['Riverbank Alliance'],
      nominals: ['The group'],
    });
  });

  it('links no phrase that fits no actor or more than one ("the city", "its board")', () => {
    const nominals = annotations.actors.flatMap((actor) => (actor.nominals ?? []).map((mention) => mention.text.toLowerCase()));
    assert.ok(!nominals.includes('the city') && !nominals.includes('its board'), nominals.join(', '));
    for (const actor of annotations.actors) for (const mention of actor.nominals ?? []) assert.equal(ARTICLE.slice(mention.start, mention.end), mention.text);
  });

  it('keeps the dateline credit as a source, not an actor', () => {
    assert.deepEqual(
      annotations.sources?.map((source) => source.name),
      ['AP'],
    );
  });

  it('includes the nominal phrases in references, highlights and the hover, and renames none of them', () => {
    const document = TextDocument.create('file:///riverside.txt', 'news-article', 1, ARTICLE);
    const onNominal = at('The company') + 4;
    assert.equal(annotationsAt(annotations, onNominal).actor?.actor.name, 'Northline Rail');
    const referenced = references(document, annotations, at('Northline Rail'), true).map((location) =>
      ARTICLE.slice(document.offsetAt(location.range.start), document.offsetAt(location.range.end)),
    );
    assert.deepEqual(referenced, ['Northline Rail', 'The company', 'Northline Rail']);
    assert.equal(documentHighlights(document, annotations, onNominal).length, 3);
    assert.match(actorHover(annotations, named('Northline Rail')), /2 mentions \(and 1 as “the company”\)/);
    assert.equal(renameTarget(document, annotationsAt(annotations, onNominal).actor?.mention), null);
    assert.notEqual(renameTarget(document, annotationsAt(annotations, at('Northline Rail')).actor?.mention), null);
  });

  it('lists the nominal phrases in the outline only when asked (setting outline.nominalMentions)', () => {
    const document = TextDocument.create('file:///riverside.txt', 'news-article', 1, ARTICLE);
    const rowOf = (nominalMentions: boolean) => {
      const organizations = documentSymbols(document, annotations, { nominalMentions }).find((group) => group.name === 'Organizations');
      return organizations?.children?.find((row) => row.name === 'Northline Rail');
    };
    assert.equal(rowOf(false)?.children?.length, 2);
    const withNominals = rowOf(true)?.children ?? [];
    assert.equal(withNominals.length, 3);
    assert.match(withNominals[1].detail ?? '', /The company will hire/);
  });
});
