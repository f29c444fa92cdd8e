import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findActors } from '../../server/src/analysis/actors';
import { readStructure } from '../../server/src/analysis/structure';
import type { Actor } from '../../server/src/analysis/types';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');

function actorsOf(text: string): Actor[] {
  return findActors(text, readStructure(text).blocks);
}

function actorNamed(actors: Actor[], name: string): Actor {
  const actor = actors.find((candidate) => candidate.name === name);
  assert.ok(actor, `no actor "${name}" among ${actors.map((candidate) => candidate.name).join(', ')}`);
  return actor;
}

function mentionTexts(actors: Actor[]): string[] {
  return actors.flatMap((actor) => actor.mentions.map((mention) => mention.text));
}

describe('findActors: names, spans and types', () => {
  it('finds people, organizations and places with clean spans', () => {
    const text = 'Angela Merkel met executives of Siemens in Munich on Tuesday, a spokesman for the German government said.';
    const actors = actorsOf(text);
    assert.equal(actorNamed(actors, 'Angela Merkel').type, 'person');
    assert.equal(actorNamed(actors, 'Siemens').type, 'organization');
    assert.equal(actorNamed(actors, 'Munich').type, 'place');
    for (const actor of actors) for (const mention of actor.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  });

  it('keeps quotation marks, punctuation and possessives outside the name', () => {
    const text = '“We will not give in,” said Boris Johnson’s spokesman in London. Critics of (Johnson) disagreed, and “Johnson,” they said, “must go.”';
    const actors = actorsOf(text);
    const johnson = actorNamed(actors, 'Boris Johnson');
    assert.deepEqual([...new Set(johnson.mentions.map((mention) => mention.text))].sort(), ['Boris Johnson', 'Johnson']);
    for (const mention of mentionTexts(actors)) assert.match(mention, /^[\p{L}\p{N}].*[\p{L}\p{N}.]$/u, `unclean span "${mention}"`);
  });

  it('puts titles outside the name and keeps them as the role', () => {
    const actors = actorsOf('Russian President Vladimir Putin arrived in Minsk, where Belarusian President Alexander Lukashenko greeted him.');
    const putin = actorNamed(actors, 'Vladimir Putin');
    assert.equal(putin.role, 'President');
    assert.equal(putin.affiliation, 'Russia');
    const lukashenko = actorNamed(actors, 'Alexander Lukashenko');
    assert.equal(lukashenko.role, 'President');
    assert.equal(lukashenko.affiliation, 'Belarus');
  });

  it('does not make actors of nationality adjectives or event names', () => {
    const actors = actorsOf('Russian and Soviet-era equipment was on show before the G20 summit, where French diplomats met Chinese officials in Rome.');
    const names = actors.map((actor) => actor.name);
    for (const adjective of ['Russian', 'Soviet', 'French', 'Chinese', 'G20', 'G20 summit']) assert.ok(!names.includes(adjective), `"${adjective}" is not an actor`);
    assert.ok(names.includes('Rome'));
  });

  it('reads long institution names whole', () => {
    const text =
      "Ivan Petrov, a senior research fellow at the Moscow State Institute of International Relations, spoke to members of the European People's Party and the Russian Academy of Sciences.";
    const names = actorsOf(text).map((actor) => actor.name);
    for (const name of ['Moscow State Institute of International Relations', "European People's Party", 'Russian Academy of Sciences']) {
      assert.ok(names.includes(name), `"${name}" among ${names.join(', ')}`);
    }
  });
});

describe('findActors: one actor, many mentions', () => {
  it('links a surname to the full name met earlier or later', () => {
    const actors = actorsOf('Putin spoke first. Later, Vladimir Putin said the bloc would grow, and Putin left for Moscow.');
    const putin = actorNamed(actors, 'Vladimir Putin');
    assert.equal(putin.mentions.length, 3);
    assert.deepEqual(putin.aliases, ['Putin']);
    assert.deepEqual(
      putin.mentions.map((mention) => mention.form),
      ['partial', 'full', 'partial'],
    );
    assert.equal(putin.id, 'a1');
  });

  it("lists each alias once, in order of first mention, whatever the order of the actor's mention texts", () => {
    const actors = actorsOf(
      'Marta Kowalczyk opened the hall. Kowalczyk thanked the builders. Marta Kowalczyk spoke again. MARTA KOWALCZYK, read the sign. Kowalczyk left, and Kowalczyk came back.',
    );
    const marta = actorNamed(actors, 'Marta Kowalczyk');
    const texts = marta.mentions.map((mention) => mention.text);
    const expected: string[] = [];
    for (const text of texts) if (text !== marta.name && !expected.includes(text)) expected.push(text);
    assert.deepEqual(marta.aliases ?? [], expected);
    assert.ok(texts.filter((text) => text === 'Kowalczyk').length >= 2, texts.join(' | '));
    for (const mention of marta.mentions)
      assert.equal(
        mention.text,
        'Marta Kowalczyk opened the hall. Kowalczyk thanked the builders. Marta Kowalczyk spoke again. MARTA KOWALCZYK, read the sign. Kowalczyk left, and Kowalczyk came back.'.slice(
          mention.start,
          mention.end,
        ),
      );
  });

  it('links an acronym to its expansion', () => {
    const actors = actorsOf('The Collective Security Treaty Organisation (CSTO) met in Astana. CSTO members agreed to hold exercises next year.');
    const csto = actorNamed(actors, 'Collective Security Treaty Organisation');
    assert.equal(csto.type, 'organization');
    assert.deepEqual(csto.aliases, ['CSTO']);
    assert.equal(csto.mentions.length, 3);
    assert.ok(csto.mentions.filter((mention) => mention.text === 'CSTO').every((mention) => mention.form === 'acronym'));
  });

  it('links "the EU" to the European Union, and possessives too', () => {
    const actors = actorsOf("The European Union extended its sanctions on Monday. Officials said the EU's next package would follow in March, and the EU agreed.");
    const union = actorNamed(actors, 'European Union');
    assert.deepEqual(
      union.mentions.map((mention) => mention.text),
      ['European Union', 'EU', 'EU'],
    );
    assert.ok(!actors.some((actor) => actor.name === 'EU'));
  });

  it('links a body\'s name to its long form after the owner\'s acronym ("Rapid Forces" / "NDA Rapid Forces")', () => {
    const actors = actorsOf('The Northern Defence Alliance (NDA) said its Rapid Forces would train in June. NDA Rapid Forces last trained in 2024.');
    const forces = actorNamed(actors, 'NDA Rapid Forces');
    assert.deepEqual(
      forces.mentions.map((mention) => [mention.text, mention.form]),
      [
        ['Rapid Forces', 'partial'],
        ['NDA Rapid Forces', 'full'],
      ],
    );
    assert.ok(!actors.some((actor) => actor.name === 'Rapid Forces'));
  });

  it('numbers actors in order of first mention', () => {
    const actors = actorsOf('Olaf Scholz flew from Berlin to Paris, where Emmanuel Macron waited. Scholz and Macron then spoke.');
    assert.deepEqual(
      actors.map((actor) => actor.id),
      actors.map((_, index) => `a${index + 1}`),
    );
    const starts = actors.map((actor) => actor.mentions[0].start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });
});

describe('findActors: roles and affiliations', () => {
  it('reads role and affiliation from an apposition', () => {
    const actors = actorsOf('Maria Ivanova, Deputy Director of the Institute for Strategic Studies at the University of Vienna, said the plan was sound.');
    const ivanova = actorNamed(actors, 'Maria Ivanova');
    assert.equal(ivanova.role, 'Deputy Director');
    assert.equal(ivanova.affiliation, 'Institute for Strategic Studies');
  });

  it('reads the affiliation from "X of the Y"', () => {
    const actors = actorsOf('"Prices will rise," said John Miller of the National Bureau of Economic Research.');
    assert.equal(actorNamed(actors, 'John Miller').affiliation, 'National Bureau of Economic Research');
  });

  it('reads "Y\'s X" titles', () => {
    const actors = actorsOf("Britain's Foreign Secretary David Lammy will travel to Kyiv next week.");
    const lammy = actorNamed(actors, 'David Lammy');
    assert.equal(lammy.role, 'Foreign Secretary');
    assert.equal(lammy.affiliation, 'Britain');
  });
});

describe('findActors: offsets and structure', () => {
  it('counts offsets in UTF-16 code units after emoji', () => {
    const text = '🇫🇷🙂 Emmanuel Macron visited Berlin.\n🚀Elon Musk replied.';
    const actors = actorsOf(text);
    for (const actor of actors) for (const mention of actor.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    assert.ok(mentionTexts(actors).includes('Emmanuel Macron'));
    assert.ok(mentionTexts(actors).includes('Elon Musk'));
  });

  it('handles CRLF line breaks', () => {
    const text = 'Talks stall in Geneva\r\n\r\nGENEVA, March 3 (Reuters) - Swiss President Karin Keller-Sutter said on Monday that talks with the European Union would resume.\r\n';
    const actors = actorsOf(text);
    for (const actor of actors) for (const mention of actor.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    assert.ok(actors.some((actor) => actor.name === 'European Union'));
  });

  it('leaves credits, sign-offs and boilerplate alone', () => {
    const text = 'Home\nAbout Us\n\nOfficials in Kazakhstan met on Friday.\nThe talks continued into the night in Astana.\nPhoto: Izvestia\nUNI ANV SS';
    const names = actorsOf(text).map((actor) => actor.name);
    assert.ok(names.includes('Kazakhstan'));
    assert.ok(!names.includes('Izvestia'));
    assert.ok(!names.some((name) => /UNI|ANV/.test(name)));
  });

  it('returns no actors for text without prose', () => {
    assert.deepEqual(actorsOf(''), []);
    assert.deepEqual(actorsOf('Photo: Reuters'), []);
  });
});

describe('findActors: seed articles', () => {
  const uni = fs.readFileSync(path.join(SEEDS, 'cstoRearmament-uni.txt'), 'utf8');
  const digest = fs.readFileSync(path.join(SEEDS, 'cstoRearmament-izvestia-digest.txt'), 'utf8');

  it('UNI wire copy: Putin, the CSTO and the experts', () => {
    const actors = actorsOf(uni);
    const putin = actorNamed(actors, 'Vladimir Putin');
    assert.equal(putin.role, 'President');
    assert.equal(putin.affiliation, 'Russia');
    assert.ok(putin.aliases?.includes('Putin'));
    const csto = actorNamed(actors, 'Collective Security Treaty Organisation');
    assert.ok(csto.aliases?.includes('CSTO'));
    assert.ok(csto.mentions.length >= 5);
    assert.equal(actorNamed(actors, 'Daria Saprynskaya').affiliation, 'Russian Academy of Sciences');
    assert.equal(actorNamed(actors, 'Alexander Korolev').affiliation, 'Higher School of Economics');
    assert.equal(actorNamed(actors, 'Alexander Lukashenko').affiliation, 'Belarus');
    const names = actors.map((actor) => actor.name);
    for (const notActor of ['Russian', 'Soviet', 'G20', 'Nov', 'Echelon', 'Interaction', 'Search', 'Channel'])
      assert.ok(!names.includes(notActor), `"${notActor}" is not an actor`);
    assert.ok(!names.some((name) => name.includes('ANV')), 'the sign-off is not analyzed');
  });

  it('Izvestia digest: full institution names, roles from apposition, EU linked', () => {
    const actors = actorsOf(digest);
    const korolev = actorNamed(actors, 'Alexander Korolev');
    assert.equal(korolev.role, 'Deputy Director');
    assert.equal(korolev.affiliation, 'Center for Comprehensive European and International Studies');
    actorNamed(actors, 'Moscow State Institute of International Relations');
    actorNamed(actors, "European People's Party");
    const union = actorNamed(actors, 'European Union');
    assert.ok(union.aliases?.includes('EU'));
    assert.ok(!actors.some((actor) => actor.name === 'EU'));
    const putin = actorNamed(actors, 'Vladimir Putin');
    assert.ok(putin.mentions.length >= 4);
    assert.equal(actorNamed(actors, 'Egor Sergeev').affiliation, 'Moscow State Institute of International Relations');
    assert.equal(actorNamed(actors, 'Tomas Zdechovsky').affiliation, 'European Parliament');
    assert.ok(!actors.some((actor) => actor.name === 'Izvestia' && actor.mentions.some((mention) => mention.start > digest.lastIndexOf('Photo:'))));
  });
});

describe('findActors: adversarial input', () => {
  it('reads long runs of capitalized words, institution names and repeated names without blowing up', () => {
    for (const text of ['Aa Bb '.repeat(40_000), 'Bank of England and '.repeat(10_000), 'John Smith met Mary Jones. '.repeat(8_000), 'x'.repeat(300_000)]) {
      const actors = actorsOf(text);
      for (const actor of actors) for (const mention of actor.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    }
  });
});
