// `news-annotate compare A B` as users run it (the bundled dist/cli.js), on the two sample articles: two
// versions of one story from two outlets.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { ComparisonResult } from '../server/src/workspace/compareTypes';
import { ROOT, runCli } from './cliRunner';
import { schemaErrors } from './unit/export-schema-check';

const IZVESTIA = 'seeds/cstoRearmament-izvestia-digest.txt';
const UNI = 'seeds/cstoRearmament-uni.txt';

describe('news-annotate compare', () => {
  it('reports the shared quote, the Daria/Darya variant and what each sample article has alone, as JSON that fits its schema', async () => {
    const run = await runCli(['compare', IZVESTIA, UNI]);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as ComparisonResult;
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/compare.schema.json'), 'utf8'));
    assert.deepEqual(schemaErrors(result, schema), []);
    assert.equal(result.a, IZVESTIA);
    assert.equal(result.b, UNI);
    const texts = { a: fs.readFileSync(path.join(ROOT, IZVESTIA), 'utf8'), b: fs.readFileSync(path.join(ROOT, UNI), 'utf8') };

    const fortress = result.quotes.both.find((pair) => pair.a.span.text.includes('besieged fortress'));
    assert.ok(fortress, 'the "besieged fortress" quote is in both');
    assert.ok(fortress.b.span.text.includes('besieged fortress'));
    assert.equal(fortress.sameSpeaker, true);
    assert.equal(texts.a.slice(fortress.a.span.start, fortress.a.span.end), fortress.a.span.text);
    assert.equal(texts.b.slice(fortress.b.span.start, fortress.b.span.end), fortress.b.span.text);

    const saprynskaya = result.actors.both.find((pair) => pair.a.name === 'Darya Saprynskaya');
    assert.ok(saprynskaya, 'Darya Saprynskaya is matched');
    assert.equal(saprynskaya.b.name, 'Daria Saprynskaya');
    assert.equal(saprynskaya.nameVariant, true);
    for (const mention of saprynskaya.b.mentions) assert.equal(texts.b.slice(mention.start, mention.end), mention.text);

    // What each has alone: the Izvestia digest quotes MEP Tomas Zdechovsky, the UNI story mentions Donald Trump.
    assert.ok(result.actors.onlyA.some((actor) => actor.name === 'Tomas Zdechovsky'));
    assert.ok(result.actors.onlyB.some((actor) => actor.name === 'Donald Trump'));
    assert.ok(result.quotes.onlyA.some((quote) => quote.speaker === 'Tomas Zdechovsky'));
    assert.ok(result.quotes.onlyB.some((quote) => quote.span.text.includes('During our chairmanship')));
    assert.ok(result.dates.onlyB.some((date) => date.value === '2026-01-01'));
    assert.ok(!result.actors.onlyA.some((actor) => actor.name === 'Vladimir Putin') && !result.actors.onlyB.some((actor) => actor.name === 'Vladimir Putin'));
  });

  it('writes a readable summary', async () => {
    const run = await runCli(['compare', IZVESTIA, UNI, '--format', 'summary']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /In both \(1\)\n\s+"besieged fortress," — speaker: Alexander Lukashenko/);
    assert.match(run.stdout, /person Darya Saprynskaya \/ Daria Saprynskaya \(spelled differently\)/);
    assert.match(run.stdout, /Only in B \(\d+\)\n(?:.*\n)*?\s+person Donald Trump/);
  });

  it('refuses wrong usage with status 2 and a missing file with status 1', async () => {
    const one = await runCli(['compare', IZVESTIA]);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /compare needs two articles, not 1/);
    const format = await runCli(['compare', IZVESTIA, UNI, '--format', 'csv']);
    assert.equal(format.code, 2);
    const missing = await runCli(['compare', IZVESTIA, 'seeds/no-such-article.txt']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read seeds\/no-such-article.txt/);
  });
});

describe('news-annotate --format sources', () => {
  it('lists who is quoted per article, then across the articles with a person spelled two ways as one source', async () => {
    const run = await runCli([IZVESTIA, UNI, '--format', 'sources']);
    assert.equal(run.code, 0, run.stderr);
    const [izvestia, uni, all] = run.stdout.split('\n\n');
    assert.match(izvestia, /^seeds\/cstoRearmament-izvestia-digest.txt\n/);
    assert.match(izvestia, /Tomas Zdechovsky \(member, European Parliament\): 0 direct, 1 indirect/);
    assert.match(uni, /Daria Saprynskaya \(analyst, Russian Academy of Sciences\): 2 direct, 0 indirect/);
    assert.match(all, /^All 2 articles\n/);
    assert.match(all, /Darya Saprynskaya \[also spelled Daria Saprynskaya\] .*: 3 direct, 1 indirect — in 2 articles/);
  });

  it('counts unnamed and anonymous sources and quotes with no speaker apart', async () => {
    const run = await runCli(['test/fixtures/sources/harbour.txt', '--format', 'sources']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /1 named, 2 unnamed, 1 anonymous sources; 1 with no speaker/);
    assert.match(run.stdout, /Anonymous sources \(1\)\n {4}sources: 0 direct, 1 indirect/);
    assert.match(run.stdout, /No speaker \(1\)\n {4}direct: "Nobody asked us\."/);
  });
});
