// A dateline's agency credit ("NAIROBI, Kenya (AP) —") is the article's source, not an actor of the story.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { readAnnotationsSchema, schemaErrors } from './export-schema-check';

const ARTICLE = [
  'Rebels take river port',
  '',
  'KAMPALA, Uganda (AP) — Rebels took the river port of Gulu on Tuesday, and the district governor Samuel Okello said the army would answer.',
  '',
  'Reuters reported that Okello had left the town.',
  '',
].join('\n');

describe('agency credits', () => {
  const annotations = analyze(ARTICLE, { id: 'port' });

  it('reports the dateline credit as a source of the article', () => {
    const credited = ARTICLE.indexOf('(AP)') + 1;
    assert.deepEqual(annotations.sources, [{ kind: 'agency', name: 'AP', start: credited, end: credited + 2, text: 'AP' }]);
  });

  it('makes the credit no mention of any actor; an agency named in the story stays an actor', () => {
    const credited = ARTICLE.indexOf('(AP)') + 1;
    const mentions = annotations.actors.flatMap((actor) => actor.mentions);
    assert.ok(!mentions.some((mention) => mention.start === credited), 'the credit is not a mention');
    assert.ok(annotations.actors.some((actor) => actor.name === 'Reuters' && actor.type === 'organization'));
  });

  it('leaves `sources` out when no dateline credits an agency, and fits the schema', () => {
    assert.equal(analyze('Samuel Okello spoke in Gulu on Tuesday.').sources, undefined);
    assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify(annotations)), readAnnotationsSchema()), []);
  });
});
