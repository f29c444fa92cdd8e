// Random edits of real articles, each analyzed after the versions before it (the paragraph caches then hold most of
// the article) and compared with a fresh analysis of the same text with every cache off: reusing a paragraph's
// results must never change the annotations.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { lastTaggingWork } from '../../server/src/analysis/actors/taggerReuse';
import { clearParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { checkReuse, fresh } from './incrementalFixture';
import { random, randomEdit } from './randomEdits';

const seedsDir = path.join(__dirname, '..', '..', '..', 'seeds');
const seeds = fs
  .readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));

/** One edit of the made-up pieces (randomEdits.ts). */
function edit(text: string, next: () => number): string {
  return randomEdit(text, next);
}

describe('incremental analysis (paragraph results reused across edits)', () => {
  checkReuse();

  it('equals a fresh analysis after each of many random edits of the seed articles', () => {
    assert.ok(seeds.length > 0, 'the seed articles are there');
    let compared = 0;
    seeds.forEach((seed, seedIndex) => {
      const next = random(1000 + seedIndex);
      clearParagraphCaches();
      let text = seed;
      analyze(text);
      for (let step = 0; step < 25; step++) {
        text = edit(text, next);
        const incremental = analyze(text);
        assert.deepEqual(incremental, fresh(text), `seed ${seedIndex}, edit ${step}`);
        compared++;
      }
    });
    assert.equal(compared, seeds.length * 25);
  });

  it('equals a fresh analysis after edits that change how names written elsewhere in the article read', () => {
    // The second tagging pass reads how the first pass typed a word's other occurrences and the longer names a
    // one-word name begins or ends: a name typed, removed or lengthened in one paragraph changes the features of
    // its occurrences in every other paragraph, which must be decoded again (jointTagger.ts).
    let compared = 0;
    seeds.forEach((seed, seedIndex) => {
      const next = random(2000 + seedIndex);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
      clearParagraphCaches();
      let text = seed;
      analyze(text);
      for (let step = 0; step < 16; step++) {
        const occurrences = [...text.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu)];
        const names = [...new Set(occurrences.map((match) => match[0]))];
        const name = pick(names);
        const kind = next();
        if (kind < 0.4) {
          // The name lengthened (or typed) somewhere else: "Name Holdings said", "Minister Name".
          const at = text.indexOf(' ', Math.floor(next() * text.length));
          const written = pick([`${name} Holdings`, `${name} Street`, `Minister ${name}`, name, `${name} and ${pick(names)}`]);
          text = `${text.slice(0, at + 1)}${written} ${text.slice(at + 1)}`;
        } else if (kind < 0.7) {
          // A word typed two words before a name, out of reach of the name's own context features but not of its
          // tags: the name (or a longer one it is part of) may change type there.
          let at = pick(occurrences).index ?? 0;
          for (let back = 0; back < 2 && text.lastIndexOf(' ', at - 2) > 0; back++) at = text.lastIndexOf(' ', at - 2);
          text = `${text.slice(0, at + 1)}${pick(['Minister ', 'company ', 'President ', 'in ', 'club ', 'striker ', 'firm ', 'city of '])}${text.slice(at + 1)}`;
        } else {
          // One occurrence of the name removed.
          const at = text.indexOf(name, Math.floor(next() * text.length));
          const from = at >= 0 ? at : text.indexOf(name);
          text = text.slice(0, from) + text.slice(from + name.length);
        }
        assert.deepEqual(analyze(text), fresh(text), `seed ${seedIndex}, edit ${step}`);
        compared++;
      }
    });
    assert.equal(compared, seeds.length * 16);
  });

  it('equals a fresh analysis when an edit changes how a word reads in capitals headlines before and after it', () => {
    // A headline's word in capitals reads in the casing the running text gives it ("VARNE" as "Varne" while the text
    // writes "Varne", as a plain word once it writes "varne"): an edit of the running text changes the views of
    // headlines on either side of it, which the tokens' views carried over from the previous analysis must not keep
    // (features.ts documentFeatures).
    const body = (day: number) => `Crews worked through the night at the harbor, and the tide turned early on day ${day}.`;
    const articles = [
      ['VARNE WINS HARBOR CONTRACT', '', 'The board said on Monday that Varne had won the contract.', '', body(1), '', 'WORKERS CHEER VARNE DEAL', '', body(2)],
      ['HARBOR DEAL FOR VARNE', '', body(1), '', 'Officials said that Varne and the port would sign.', '', body(2)],
    ];
    for (const lines of articles) {
      const text = lines.join('\n');
      clearParagraphCaches();
      const before = analyze(text);
      const edited = text.replace('that Varne', 'that varne');
      const after = analyze(edited);
      assert.deepEqual(after, fresh(edited), lines[0]);
      // (the headlines read otherwise: their name is no longer one)
      assert.ok(
        before.actors.some((actor) => actor.name === 'VARNE'),
        lines[0],
      );
      assert.ok(!after.actors.some((actor) => actor.name === 'VARNE'), lines[0]);
    }
  });

  it('decodes again only the tokens an edit can change', () => {
    // A long article (the seeds, four times over) and one character typed in the middle of a word.
    const article = [...seeds, ...seeds, ...seeds, ...seeds].join('\n\n');
    clearParagraphCaches();
    analyze(article);
    const whole = lastTaggingWork();
    const middle = article.indexOf(' ', Math.floor(article.length / 2)) - 2;
    const edited = `${article.slice(0, middle)}x${article.slice(middle)}`;
    const incremental = analyze(edited);
    const work = lastTaggingWork();
    assert.deepEqual(incremental, fresh(edited));
    assert.ok(work.carried, 'the earlier tagging was carried over');
    for (const pass of [0, 1]) {
      assert.ok(whole.decoded[pass] > 200, `the article has tokens to decode (pass ${pass + 1})`);
      assert.ok(work.decoded[pass] * 5 < whole.decoded[pass], `pass ${pass + 1}: ${work.decoded[pass]} of ${whole.decoded[pass]} tokens decoded again`);
    }
  });

  it('decodes few tokens again when the edited word is also written in headlines that share words', () => {
    // A page of many short made-up stories, each under a capitals headline: the headlines share words ("THE", "IS",
    // "OF"), and a headline's words read in the casing the page gives them. Typing inside a body's "is" changes how
    // the page writes "is"; the headlines holding "IS" still read it as before, so nothing else changes.
    const towns = ['Alder', 'Brook', 'Cedar', 'Dale', 'Elm', 'Fern', 'Glen', 'Heath', 'Ivy', 'Juniper', 'Kestrel', 'Larch'];
    const stories = Array.from({ length: 48 }, (_, index) => {
      const town = `${towns[index % towns.length]}ton`;
      const person = `Mara ${towns[(index * 5) % towns.length]}er`;
      return [
        `THE MAYOR OF ${town.toUpperCase()} IS OUT OF OFFICE ${index + 1}`,
        `${town.toUpperCase()} (Northgate Wire) - The mayor of ${town} is leaving, ${person} said on Monday.`,
        `The council of ${town} is to meet in the spring. It is the ${index + 1}th meeting of the year, and the agenda is long.`,
      ].join('\n');
    });
    const page = stories.join('\n\n');
    clearParagraphCaches();
    analyze(page);
    const whole = lastTaggingWork();
    const middle = page.indexOf(' is to meet', Math.floor(page.length / 2)) + 2;
    const edited = `${page.slice(0, middle)}x${page.slice(middle)}`;
    const incremental = analyze(edited);
    const work = lastTaggingWork();
    assert.deepEqual(incremental, fresh(edited));
    assert.ok(work.carried, 'the earlier tagging was carried over');
    for (const pass of [0, 1]) assert.ok(work.decoded[pass] * 10 < whole.decoded[pass], `pass ${pass + 1}: ${work.decoded[pass]} of ${whole.decoded[pass]} tokens decoded again`);
  });

  it('equals a fresh analysis when a paragraph comes back after it was removed and text around it changed', () => {
    const seed = seeds[0];
    clearParagraphCaches();
    analyze(seed);
    const paragraphs = seed.split('\n\n');
    const shortened = paragraphs.filter((_, index) => index !== 1).join('\n\n');
    analyze(shortened);
    const restored = ['March 4, 2021', ...paragraphs].join('\n\n');
    assert.deepEqual(analyze(restored), fresh(restored));
  });
});
