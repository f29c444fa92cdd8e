// fast-check arbitraries that build news-like text out of fragments that stress the analyzer: names with
// apostrophes and hyphens, every kind of quotation mark, speech verbs, dates, datelines and page chrome, and the
// hostile characters real files carry (emoji and other astral characters, lone surrogates, CRLF, NUL, BOM,
// U+2028, very long lines). Written for these tests; none of it is taken from the evaluation sets.
import * as fc from 'fast-check';

const NAMES = [
  'Vladimir Putin',
  'Putin',
  'Daria Saprynskaya',
  'Darya Saprynskaya',
  'Alexander Korolev',
  'Mr. Korolev',
  'Ms. Lee',
  "Seán O'Brien",
  "O'Neill",
  'Bashar al-Assad',
  'Jean-Luc Mélenchon',
  'Zoë Kravitz',
  'Björk',
  'Ngozi Okonjo-Iweala',
  'Collective Security Treaty Organization',
  'CSTO',
  'U.S.',
  'the United Nations',
  'U.N.',
  'NATO',
  'the EU',
  'Higher School of Economics',
  'Russian Academy of Sciences',
  'Moscow',
  'Bishkek',
  'New York',
  'São Paulo',
  'Kyrgyzstan',
  'Tajikistan',
  'Rolls-Royce',
  'Deutsche Bank AG',
  'Apple Inc.',
  'Dr. J. R. Smith Jr.',
  'President Donald Trump',
  'Belarusian President Alexander Lukashenko',
  'Xi Jinping',
  'Kim Jong Un',
];

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‟', '‹', '›', '`', "''", '``', '「', '」', '″'];

const SPEECH = [
  'said',
  'says',
  'told reporters',
  'told Izvestia',
  'added',
  'according to',
  'asserted',
  'warned',
  'he said',
  'she said',
  'they said',
  'said on Monday',
  'wrote in a statement',
  'insisted',
  'denied that',
  'claimed',
];

const DATES = [
  'on Monday',
  'Nov 28',
  'November 27',
  '28 November 2025',
  'January 1, 2026',
  'last year',
  'next week',
  'in 2024',
  '2025-11-27',
  'the 1990s',
  "the '90s",
  'Q3 2026',
  'this spring',
  'yesterday',
  'two years ago',
  'every Tuesday',
  'at 3 p.m.',
  'mid-2026',
  'early next month',
  '12/31/1999',
  'Feb. 29',
  'since 1991',
  'in the 21st century',
];

const WORDS = [
  'the',
  'a',
  'of',
  'and',
  'to',
  'in',
  'on',
  'that',
  'was',
  'is',
  'will',
  'proposed',
  'summit',
  'weapons',
  'bloc',
  'minister',
  'chairmanship',
  'exercises',
  'strategy',
  'security',
  'it',
  'he',
  'she',
  'they',
  'his',
  'her',
  "isn't",
  "won't",
  "Russia's",
  "members'",
  "rock 'n' roll",
  'anti-terrorism',
  'post-Soviet',
  'U.S.-based',
  'Moscow-led',
  'e.g.',
  'etc.',
  'No.',
  '1,000',
  '3.5%',
  '$2 billion',
  '€40m',
  '#hashtag',
  '@handle',
  'https://example.com/a?b=c',
];

const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '...', '…', ' — ', ' – ', '--', '-', '(', ')', '[', ']', '/', '&', '*', '•', '|'];

const BREAKS = [' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '\u2029', '\u00a0', '\u200b'];

const HOSTILE = [
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\uDFFF',
  '😀',
  '🇷🇺',
  '👩‍👩‍👧',
  '𝐁𝐨𝐥𝐝',
  '𠜎',
  'e\u0301',
  '\u200d',
  '\ufe0f',
  'مرحبا',
  'שלום',
  '北京',
  'Москва',
  '\u202e',
  '\u0007',
  '\u001b[31m',
  '\uFFFD',
  '\uFFFF',
  '\\',
  '</script>',
  '${x}',
];

const STRUCTURE = [
  'MOSCOW, Nov 28 (UNI) ',
  'WASHINGTON (Reuters) - ',
  'NAIROBI, Kenya (AP) _ ',
  'London, 12 March 2024 (AFP) — ',
  '---\ndate: 2025-11-27\ntitle: "A test"\n---\n',
  '---\ndate: not a date\n',
  '• Home\n  • |\n  • About Us\n',
  'Skip to main content\n',
  'Photo: Reuters\n',
  'Photo by Jane Doe/AP\n',
  '\nUNI ANV SS',
  '\nPTI XYZ ABC\n',
  '# Heading\n',
  '> quoted line\n',
  '* * *\n',
];

/** One news-like fragment: a name, a mark, a word, a date, a break, a hostile character or a structural line. */
export const newsFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 5, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPEECH) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 6, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constantFrom(...STRUCTURE) },
  // Arbitrary UTF-16 code units, lone surrogates included.
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 4 }) },
);

/** A quoted statement in one of the many shapes news prints them, with random marks and attribution order. */
export const quotedStatement: fc.Arbitrary<string> = fc
  .record({
    open: fc.constantFrom(...QUOTE_MARKS),
    close: fc.constantFrom(...QUOTE_MARKS),
    words: fc.array(fc.constantFrom(...WORDS, ...NAMES, ...DATES), { minLength: 0, maxLength: 12 }),
    speaker: fc.constantFrom(...NAMES),
    verb: fc.constantFrom(...SPEECH),
    order: fc.constantFrom('quote-first', 'speaker-first', 'split', 'bare'),
    end: fc.constantFrom('.', ',', '', '?', '!', '…'),
  })
  .map(({ open, close, words, speaker, verb, order, end }) => {
    const body = words.join(' ');
    const half = Math.floor(words.length / 2);
    switch (order) {
      case 'quote-first':
        return `${open}${body}${end}${close} ${verb} ${speaker}.`;
      case 'speaker-first':
        return `${speaker} ${verb}: ${open}${body}${end}${close}`;
      case 'split':
        return `${open}${words.slice(0, half).join(' ')},${close} ${speaker} ${verb}, ${open}${words.slice(half).join(' ')}${end}${close}`;
      default:
        return `${open}${body}${close}`;
    }
  });

/** A run of one fragment repeated, as in "!!!!!!" or a name pasted many times. */
const repeatedFragment: fc.Arbitrary<string> = fc.tuple(newsFragment, fc.integer({ min: 2, max: 60 })).map(([fragment, times]) => fragment.repeat(times));

/** A very long line of words without a single break. */
const longLine: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...WORDS, ...NAMES), { minLength: 1, maxLength: 8 }), fc.integer({ min: 50, max: 400 }))
  .map(([words, times]) => Array.from({ length: times }, (_, index) => words[index % words.length]).join(' '));

/** Random news-like text: fragments, quoted statements, repeats and long lines, joined with or without spaces. */
export const newsText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof({ weight: 12, arbitrary: newsFragment }, { weight: 4, arbitrary: quotedStatement }, { weight: 1, arbitrary: repeatedFragment }, { weight: 1, arbitrary: longLine }),
    { maxLength: 60 },
  )
  .chain((pieces) =>
    fc
      .array(fc.constantFrom(' ', ' ', '', '\n', '\r\n', '\n\n'), { minLength: pieces.length, maxLength: pieces.length })
      .map((separators) => pieces.map((piece, index) => piece + separators[index]).join('')),
  );

export type Mutation =
  | { kind: 'insert'; at: number; value: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; value: string }
  | { kind: 'swap-case'; at: number; length: number };

/** Edits at fractional positions (0..1 of the text's length), so one list of mutations applies to any text. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.oneof(newsFragment, quotedStatement) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }), value: newsFragment }),
  fc.record({ kind: fc.constant('swap-case' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

/** Applies one mutation; `at` is taken modulo the text's length + 1, so it may land inside a surrogate pair. */
export function applyMutation(text: string, edit: Mutation): string {
  const at = edit.at % (text.length + 1);
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.value + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'duplicate':
      return text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
    case 'replace':
      return text.slice(0, at) + edit.value + text.slice(at + edit.length);
    case 'swap-case': {
      const part = text.slice(at, at + edit.length);
      const swapped = part === part.toUpperCase() ? part.toLowerCase() : part.toUpperCase();
      return text.slice(0, at) + swapped + text.slice(at + edit.length);
    }
  }
}
