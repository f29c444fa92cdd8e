// Indexes the quote layer reads a text into once, so that its work grows with the article and not with the article
// times the acronyms, names or role nouns its speakers are given by: each answers what its scan of the whole text
// answered.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AcronymExpansions, expandAcronym } from '../../server/src/analysis/quotes/acronyms';
import { BLOCK, documentSources, DocumentSources } from '../../server/src/analysis/quotes/documents';
import { namesWithRole, RoleNounPlaces } from '../../server/src/analysis/quotes/nominal';
import { clearParagraphCaches, setCacheChecks } from '../../server/src/analysis/paragraphCache';
import { textAlignmentOf } from '../../server/src/analysis/previousText';
import { CapitalPlaces, isIndexedWord, LONG_WORD_STRETCH, WordPlaces } from '../../server/src/analysis/quotes/wordPlaces';

describe('acronym expansions', () => {
  const text =
    'The Rural Water Supply Office said the Rural Water Board would wait. Later the Office of Rural Water Supply ' +
    '(ORWS) and the Rural Water Supply Office met. Pine & Oak Timber, Pine Oak Traders and Harbour Tide Authority ' +
    'agreed; the National Institute for Energy Studies (NIES) did not. ÖSTER Lake Ranch and İzmir Bay.';

  it('finds the first run in text order, and the first word of it that starts the letters', () => {
    const index = new AcronymExpansions(text);
    // "Rural Water Supply Office" comes before "Office of Rural Water Supply": the first run wins.
    assert.equal(index.expand('RWSO'), 'Rural Water Supply Office');
    assert.equal(index.expand('RWS'), 'Rural Water Supply');
    // Inside one run the first start wins: "Rural Water" (of "The Rural Water Supply Office") before the Board's.
    assert.equal(index.expand('RW'), 'Rural Water');
    assert.equal(index.expand('ORWS'), 'Office of Rural Water Supply');
  });

  it('skips the connectors and wants one capitalized word per letter', () => {
    const index = new AcronymExpansions(text);
    assert.equal(index.expand('POT'), 'Pine & Oak Timber');
    assert.equal(index.expand('NIES'), 'National Institute for Energy Studies');
    assert.equal(index.expand('NIFES'), undefined); // "for" is no letter
    assert.equal(index.expand('HTAX'), undefined); // one word short
    assert.equal(index.expand('ZZ'), undefined);
  });

  it('answers as the scan of the whole text does, whatever the order of the questions', () => {
    const questions = ['RW', 'ORWS', 'POT', 'PO', 'OT', 'HTA', 'NIES', 'NI', 'WSO', 'ÖLR', 'LR', 'İB', 'IB', 'ZZ', 'RWSO', 'TA'];
    for (const order of [questions, [...questions].reverse()]) {
      const index = new AcronymExpansions(text);
      for (const acronym of order) assert.equal(index.expand(acronym), expandAcronym(text, acronym), acronym);
    }
  });

  it('answers as the scan does on texts of tricky characters', () => {
    // (a made-up alphabet: capitals with one- and two-unit lower cases, an astral capital, connectors, marks)
    const words = ['Ab', 'Bo', 'Ca', 'İz', 'Öl', '𝐀x', 'O’Neil', "D'Or", '-Ze', 'x', 'the', 'and'];
    const separators = [' ', ' ', ' ', ', ', ' and ', ' of ', ' & ', ' the ', '\t', '\n', '. ', ''];
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >>> 16) % below;
    };
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let word = 0; word < 30; word++) text += words[random(words.length)] + separators[random(separators.length)];
      const index = new AcronymExpansions(text);
      for (const acronym of ['AB', 'ABC', 'BCA', 'İA', 'IA', 'ÖB', '𝐀B', 'AD', 'ODA', 'AOD', 'ZA', 'CAB', 'ABCAB', 'ÖXB']) {
        assert.equal(index.expand(acronym), expandAcronym(text, acronym), `${JSON.stringify(text)} ${acronym}`);
      }
    }
  });

  it('reads the text only as far as a question needs', () => {
    const index = new AcronymExpansions(`Acme Baking Company (ABC) said. ${'Other Words Here. '.repeat(1000)}`);
    assert.equal(index.expand('ABC'), 'Acme Baking Company');
    assert.equal((index as unknown as { starts: number[] }).starts.length, 3);
  });
});

describe('word places', () => {
  const text = 'Mayor Ann Lee met the mayor; themayor, mayors, MAYOR and mayor_2 and the Mayor.\nmayor';

  it('finds a word where it stands whole, in the cases asked, in text order', () => {
    const places = WordPlaces.build(text);
    const scanned = (spelling: string) => [...text.matchAll(new RegExp(`\\b${spelling}\\b`, 'g'))].map((match) => match.index);
    assert.deepEqual(
      places.placesOf(['Mayor', 'mayor']),
      [...scanned('Mayor'), ...scanned('mayor')].sort((a, b) => a - b),
    );
    assert.deepEqual(places.placesOf(['mayor']), [22, 80]);
    assert.deepEqual(places.placesOf(['MAYOR']), [47]);
    assert.deepEqual(places.placesOf(['mayors']), [39]);
    assert.deepEqual(places.placesOf(['Lee', 'met']), [10, 14]);
    assert.deepEqual(places.placesOf(['clerk']), []);
  });

  it('tells a stretch of letters, apostrophes, hyphens and spaces as long as the apposition search scans', () => {
    const stretch = (length: number) => 'ab-c d’e '.repeat(Math.ceil(length / 9)).slice(0, length);
    assert.equal(WordPlaces.build(`1,${stretch(LONG_WORD_STRETCH - 1)}.2`).hasLongWordStretch, false);
    assert.equal(WordPlaces.build(`1,${stretch(LONG_WORD_STRETCH)}.2`).hasLongWordStretch, true);
    assert.equal(WordPlaces.build('').hasLongWordStretch, false);
  });

  it('indexes ASCII words opening with a letter', () => {
    assert.ok(isIndexedWord('mayor') && isIndexedWord('co_chair2'));
    assert.ok(!isIndexedWord('vice-mayor') && !isIndexedWord('élu') && !isIndexedWord('2nd'));
  });
});

describe('role noun places', () => {
  const text =
    'Mayor Jane Roe opened the fair, said Lee Park, the deputy mayor, and coach Bo Kim. Not themayor Al Bee. ' +
    'Ann Lee, the town’s longtime mayor, and Coach Tim Hay met chair Eve Lund and the vice-mayor Li Wei. ' +
    'Her ex-wife Mia Sol, not Rex-wife Ola Ng, spoke; Ex-wife Kai Lo too, and Ida Moe, his ex-wife, and the ' +
    'ex-wifely Bo Ek, with Vice-Mayor Al Tor.';

  it('finds the names a scan of the whole text finds, once the index is built', () => {
    const places = new RoleNounPlaces(text);
    // (the first nouns are looked for by a scan, the others in the index)
    for (const noun of ['clerk', 'judge', 'chief', 'senator']) assert.deepEqual(namesWithRole(text, noun, places), []);
    for (const noun of ['mayor', 'coach', 'chair', 'vice-mayor', 'ex-wife', 'élu']) assert.deepEqual(namesWithRole(text, noun, places), namesWithRole(text, noun), noun);
    // (a noun of several words is looked up by its first word, then its spellings read there)
    assert.deepEqual(
      namesWithRole(text, 'ex-wife', places).map((name) => text.slice(name.start, name.end)),
      ['Mia Sol', 'Kai Lo'],
    );
    assert.deepEqual(
      namesWithRole(text, 'mayor', places).map((name) => text.slice(name.start, name.end)),
      ['Jane Roe', 'Lee Park', 'Ann Lee', 'Li Wei', 'Al Tor'], // ("vice-mayor", "Vice-Mayor": a hyphen starts a word, as for \b)
    );
    assert.ok(places.placesOf('mayor', ['Mayor', 'mayor']) !== undefined);
  });

  it('leaves to a scan a text with a long stretch without a comma or a stop', () => {
    const long = `${text} ${'and so on '.repeat(120)}`;
    const places = new RoleNounPlaces(long);
    for (const noun of ['clerk', 'judge', 'chief', 'senator', 'mayor']) namesWithRole(long, noun, places);
    assert.equal(places.placesOf('coach', ['Coach', 'coach']), undefined);
  });
});

describe('capital places', () => {
  const text = 'Roe met Roeland Park. Jane Roe said McRoe and Roe. Roe';

  it('answers what lastIndexOf answers, for every start of the look back', () => {
    const places = CapitalPlaces.build(text);
    for (const name of ['Roe', 'Roeland', 'Park', 'Jane Roe', 'Ros', 'Zed']) {
      assert.ok(CapitalPlaces.answers(name));
      for (let from = -2; from <= text.length + 1; from++) assert.equal(places.lastIndexOf(name, from), text.lastIndexOf(name, from), `${name} ${from}`);
    }
  });

  it('answers for names of three characters or more opening with an ASCII capital', () => {
    assert.ok(!CapitalPlaces.answers('Al') && !CapitalPlaces.answers('Émile') && !CapitalPlaces.answers('roe'));
  });
});

describe('word and capital places after an edit', () => {
  // Made-up text; each version is an edit of the one before, as when typing: the index of the previous version is
  // moved past the edit and read again around it, and must hold what a fresh index holds (setCacheChecks compares).
  const words = ['Mayor', 'mayor', 'Roe', 'Roeland', 'met', 'the', 'co_chair2', 'Élu', 'vice-mayor', '2nd', 'x'];
  const separators = [' ', ' ', ', ', '. ', '\n', '-', '’', '_', ''];

  it('answers as a fresh index of each version does', () => {
    let seed = 11;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >>> 16) % below;
    };
    clearParagraphCaches();
    setCacheChecks(true);
    try {
      let text = '';
      for (let word = 0; word < 400; word++) text += words[random(words.length)] + separators[random(separators.length)];
      for (let step = 0; step < 300; step++) {
        const at = random(text.length + 1);
        const typed = random(3) === 0 ? words[random(words.length)] : separators[random(separators.length)];
        text = random(2) === 0 ? text.slice(0, at) + typed + text.slice(at) : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(6)));
        // (the analysis of the version aligns it with the one before: the indexes are made from the previous ones)
        textAlignmentOf(text);
        const wordPlaces = WordPlaces.of(text);
        const capitalPlaces = CapitalPlaces.of(text);
        for (const spellings of [['Mayor', 'mayor'], ['met'], ['co_chair2'], ['Roe']]) assert.deepEqual(wordPlaces.placesOf(spellings), WordPlaces.build(text).placesOf(spellings));
        for (const name of ['Roe', 'Roeland', 'Mayor', 'May']) {
          const from = random(text.length + 2) - 1;
          assert.equal(capitalPlaces.lastIndexOf(name, from), text.lastIndexOf(name, from), `${name} ${from}`);
        }
      }
    } finally {
      setCacheChecks(false);
    }
  });

  it('finds a long stretch an edit makes', () => {
    clearParagraphCaches();
    const half = 'ab cd '.repeat(LONG_WORD_STRETCH / 10);
    const before = `One, ${half}. ${half}, two`;
    textAlignmentOf(before);
    assert.equal(WordPlaces.of(before).hasLongWordStretch, false);
    const joined = `One, ${half}x ${half}, two`;
    textAlignmentOf(joined);
    assert.equal(WordPlaces.of(joined).hasLongWordStretch, true);
  });
});

describe('document sources by block', () => {
  // Made-up sentences of every length of filler, so that document words fall across the blocks' edges.
  const sentences = [
    'A report by the Harbour Board found leaks. ',
    'The ministry published a notice on Monday. ',
    "Acme's annual statements were late, a letter from Pine Mills said. ",
    'The reports, studies and data were posted on the railway’s website. ',
    'Its REPORTS said so; the subreports did not. ',
  ];
  let text = '';
  for (let index = 0; text.length < 70000; index++) text += `${'x'.repeat(index % 23)} ${sentences[index % sentences.length]}`;

  it('finds in any stretch the documents a reading of the whole text finds there', () => {
    const all = documentSources(text);
    assert.ok(all.length > 1000);
    const sources = new DocumentSources(text);
    for (const [from, to] of [
      [-5000, 300],
      [16000, 16800],
      [16383, 16385],
      [30000, 49200],
      [0, text.length],
      [65000, text.length + 10],
    ]) {
      assert.deepEqual(
        sources.within(from, to),
        all.filter((source) => source.position >= from && source.position < to),
        `${from} ${to}`,
      );
    }
  });

  it('reads a block again when a document in it reads the edited words across the block edge', () => {
    const edge = 4 * BLOCK;
    // A source named before a noun just after the edge, and one named after a noun just before the next edge.
    const before = '. Acme Ltd published a ';
    const after = 'report that was written over some weeks by Pine Mills';
    const filler = (length: number) => 'w '.repeat(length).slice(0, length);
    const text = `${filler(edge + 2 - before.length)}${before}report on Monday. ${filler(2 * edge - 30 - (edge + 20))}${after} on Friday. ${filler(2000)}`;
    assert.equal(text.indexOf('report on Monday'), edge + 2);
    assert.ok(text.indexOf(after) < 2 * edge && text.indexOf('Pine Mills') > 2 * edge);
    clearParagraphCaches();
    setCacheChecks(true);
    try {
      textAlignmentOf(text);
      const first = DocumentSources.of(text);
      assert.deepEqual(
        first.within(0, text.length).map((source) => text.slice(source.start, source.end)),
        ['Acme Ltd', 'Pine Mills'],
      );
      // Each name lower-cased, before the edge it is read across: the block past (or before) the edge is read again.
      for (const [name, at] of [
        ['Acme', text.indexOf('Acme')],
        ['Pine', text.indexOf('Pine Mills')],
      ] as const) {
        const edited = text.slice(0, at) + name.toLowerCase() + text.slice(at + name.length);
        textAlignmentOf(edited);
        const names = DocumentSources.of(edited)
          .within(0, edited.length)
          .map((source) => edited.slice(source.start, source.end));
        assert.ok(!names.some((found) => found.startsWith(name)), `${name}: ${names.join(', ')}`);
        textAlignmentOf(text);
        DocumentSources.of(text).within(0, text.length);
      }
    } finally {
      setCacheChecks(false);
    }
  });

  it('finds the same after edits, taking the previous blocks away from the edit', () => {
    clearParagraphCaches();
    setCacheChecks(true);
    try {
      let edited = text;
      let seed = 5;
      const random = (below: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return (seed >>> 16) % below;
      };
      for (let step = 0; step < 40; step++) {
        // (near the blocks' edges, where what a document reads crosses from one block into the next)
        const at = BLOCK * (1 + random(12)) + random(400) - 200;
        const typed = [' by the Mill Trust', ' report', 'x', '. ', '', 'A study by Lake Council found. '][random(6)];
        edited = edited.slice(0, at) + typed + edited.slice(at + random(3));
        textAlignmentOf(edited);
        const sources = DocumentSources.of(edited);
        const all = documentSources(edited);
        // (every block read, in an order that is not the text's: each block kept is compared with a fresh reading)
        for (const from of [40000, 0, 16384 * 3 - 100, 20000]) {
          const to = from + 9000;
          assert.deepEqual(
            sources.within(from, to),
            all.filter((source) => source.position >= from && source.position < to),
            `step ${step}: ${from} ${to}`,
          );
        }
      }
    } finally {
      setCacheChecks(false);
    }
  });
});
