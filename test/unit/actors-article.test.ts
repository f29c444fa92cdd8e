// A made-up local news article with the shapes the actor layer must get right: a title before the name kept as the
// role, appositions and relative clauses read as roles with the organization they belong to, a company named by its
// short form, a city that names an organization without being linked into it, a company name running into a
// person's, a person's name followed by a place ("Paulo Reis in Brussels"), a hyphenated given name, British and
// American spellings of one name, one name typed with a combining accent and precomposed, an acronym and its
// expansion ("EU" / "European Union"), a body's name after its owner's acronym ("Rapid Response Forces" / "CSA Rapid
// Response Forces"), nominal mentions ("the company") and a dateline agency credit kept as the article's source.
// (Other shapes of the same issue have their own made-up articles: riverside-tram.txt for the nominal mentions of
// every kind, plant-closures.txt for a newspaper quoted before "She noted" and towns in a business story.)
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findActors } from '../../server/src/analysis/actors';
import { analyze } from '../../server/src/analysis/analyze';
import { readStructure } from '../../server/src/analysis/structure';
import type { Actor } from '../../server/src/analysis/types';

const ARTICLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'actors', 'harbor-city.txt'), 'utf8');

describe('findActors: a whole article', () => {
  const actors = findActors(ARTICLE, readStructure(ARTICLE).blocks);
  const named = (pattern: RegExp): Actor => {
    const found = actors.filter((actor) => pattern.test(actor.name.normalize('NFC')));
    assert.equal(found.length, 1, `one actor named ${pattern}, found: ${actors.map((actor) => actor.name).join(', ')}`);
    return found[0];
  };
  const summary = (actor: Actor) => ({ type: actor.type, role: actor.role, affiliation: actor.affiliation, mentions: actor.mentions.map((mention) => mention.text) });

  it('finds every actor once, with its type', () => {
    const expected: [RegExp, Actor['type']][] = [
      [/^Harbor City$/, 'place'],
      [/^Acme Robotics$/, 'organization'],
      [/^Maria Gonzalez$/, 'person'],
      [/^Elena Voss$/, 'person'],
      [/^Greenway Coalition$/, 'organization'],
      [/^Deshawn Miller$/, 'person'],
      [/^Harbor City Health Department$/, 'organization'],
      [/^Tomas Lindqvist$/, 'person'],
      [/^New York$/, 'place'],
      [/^Toronto$/, 'place'],
      [/^Chrysler LLC\.?$/, 'organization'],
      [/^Jim Press$/, 'person'],
      [/^Lee Cheuk-yan$/, 'person'],
      [/^North Atlantic Trade Organisation$/, 'organization'],
      [/^José Martínez$/, 'person'],
      [/^European Union$/, 'organization'],
      [/^Paulo Reis$/, 'person'],
      [/^Brussels$/, 'place'],
      [/^Coastal Security Alliance$/, 'organization'],
      [/^CSA Rapid Response Forces$/, 'organization'],
    ];
    for (const [pattern, type] of expected) assert.equal(named(pattern).type, type, String(pattern));
    assert.equal(actors.length, expected.length, actors.map((actor) => actor.name).join(', '));
  });

  it('reads a title before the name as the role, outside the name', () => {
    assert.deepEqual(summary(named(/^Maria Gonzalez$/)), { type: 'person', role: 'Council President', affiliation: undefined, mentions: ['Maria Gonzalez', 'Gonzalez'] });
    assert.equal(named(/^José Martínez$/).role, 'Council member');
    assert.equal(named(/^Lee Cheuk-yan$/).role, 'activist');
  });

  it('reads roles from appositions and relative clauses, with the organization they name or describe', () => {
    assert.deepEqual(summary(named(/^Elena Voss$/)), { type: 'person', role: 'policy director', affiliation: 'Greenway Coalition', mentions: ['Elena Voss'] });
    assert.deepEqual(summary(named(/^Deshawn Miller$/)), { type: 'person', role: 'spokesperson', affiliation: 'Acme Robotics', mentions: ['Deshawn Miller'] });
    const lindqvist = named(/^Tomas Lindqvist$/);
    assert.equal(lindqvist.affiliation, 'Harbor City Health Department');
    assert.match(lindqvist.role ?? '', /^head of .*environmental division$/);
  });

  it('links short forms and spellings of one name, and keeps a city apart from the department named after it', () => {
    assert.deepEqual(
      named(/^Acme Robotics$/).mentions.map((mention) => mention.text),
      ['Acme Robotics', 'Acme Robotics', 'Acme Robotics', 'Acme', 'Acme', 'Acme', 'Acme'],
    );
    assert.deepEqual(named(/^Harbor City Health Department$/).mentions.length, 1);
    assert.equal(named(/^Harbor City$/).mentions.length, 4);
    assert.deepEqual(
      named(/^North Atlantic Trade Organisation$/).mentions.map((mention) => mention.text),
      ['North Atlantic Trade Organisation', 'North Atlantic Trade Organization'],
    );
    assert.equal(named(/^José Martínez$/).mentions.length, 2);
    assert.equal(named(/^Chrysler LLC\.?$/).mentions.length, 2);
    assert.deepEqual(
      named(/^European Union$/).mentions.map((mention) => [mention.text, mention.form]),
      [
        ['European Union', 'full'],
        ['EU', 'acronym'],
      ],
    );
    assert.deepEqual(
      named(/^CSA Rapid Response Forces$/).mentions.map((mention) => mention.text),
      ['Rapid Response Forces', 'CSA Rapid Response Forces'],
    );
    assert.deepEqual(
      named(/^Coastal Security Alliance$/).mentions.map((mention) => mention.text),
      ['Coastal Security Alliance', 'CSA'],
    );
  });

  it('keeps a name apart from the place after it', () => {
    assert.deepEqual(summary(named(/^Paulo Reis$/)), { type: 'person', role: undefined, affiliation: undefined, mentions: ['Paulo Reis'] });
    assert.deepEqual(
      named(/^Brussels$/).mentions.map((mention) => mention.text),
      ['Brussels'],
    );
  });

  it('links nominal mentions to the actor they fit', () => {
    assert.deepEqual(
      (named(/^Acme Robotics$/).nominals ?? []).map((mention) => mention.text),
      ['The company'],
    );
  });

  it('keeps the dateline agency out of the actors, as the source of the article', () => {
    assert.ok(!actors.some((actor) => /^AP$/.test(actor.name)));
    assert.deepEqual(
      analyze(ARTICLE).sources?.map((source) => [source.kind, source.name]),
      [['agency', 'AP']],
    );
  });
});
