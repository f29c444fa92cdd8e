// A company's legal form ("Inc", "SA", "Corp") decides about its name: the name ends there, and the same name
// standing alone elsewhere in the document is the company.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gazetteer } from '../../server/src/analysis/actors/gazetteer';
import { companiesByLegalForm } from '../../server/src/analysis/actors/legalForms';
import { readMentions, type NameMention } from '../../server/src/analysis/actors/mentions';
import { LABELS } from '../../server/src/analysis/actors/tagger';
import { tokenize } from '../../server/src/analysis/tokens';
import type { ActorType } from '../../server/src/analysis/types';

function mention(text: string, type: ActorType, first: number, dateline?: true): NameMention {
  const last = first + text.split(' ').length - 1;
  return { type, first, last, start: first * 10, end: last * 10 + 5, text, ...(dateline ? { dateline } : {}) };
}

describe('companiesByLegalForm', () => {
  it('types a name an organization wherever it stands alone when the document writes it once with its legal form', () => {
    const typed = companiesByLegalForm([
      mention('Vantor', 'place', 3),
      mention('Vantor SA', 'organization', 12),
      mention('Vantor', 'person', 30),
      mention('Lisbon', 'place', 40),
      mention('Marta Silva', 'person', 50),
    ]);
    assert.deepEqual(
      typed.map((found) => [found.text, found.type]),
      [
        ['Vantor', 'organization'],
        ['Vantor SA', 'organization'],
        ['Vantor', 'organization'],
        ['Lisbon', 'place'],
        ['Marta Silva', 'person'],
      ],
    );
  });

  it('leaves names alone when no legal form is written, and a dateline place whatever its name', () => {
    const plain = [mention('Vantor', 'place', 3), mention('Vantor Holdings', 'organization', 8)];
    assert.deepEqual(companiesByLegalForm(plain), plain);
    const dateline = [mention('Vantor', 'place', 0, true), mention('Vantor Inc', 'organization', 8)];
    assert.equal(companiesByLegalForm(dateline)[0].type, 'place');
  });
});

describe('readMentions: a company named with its legal form, then "of" and its place', () => {
  it('is the company, then the place', () => {
    const tokens = tokenize('Cars made by Kestrel Motor Corp of South Korea arrived.');
    const tags: string[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const norm = tokens.norm(index);
      tags.push(norm === 'Kestrel' ? 'B-ORG' : ['Motor', 'Corp', 'of', 'South', 'Korea'].includes(norm) ? 'I-ORG' : 'O');
    }
    const found = readMentions(
      tokens,
      tags.map((tag) => LABELS.indexOf(tag as (typeof LABELS)[number])),
      gazetteer(),
    );
    assert.deepEqual(
      found.map((name) => [name.text, name.type]),
      [
        ['Kestrel Motor Corp', 'organization'],
        ['South Korea', 'place'],
      ],
    );
  });
});
