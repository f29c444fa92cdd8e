// Hostile inputs that make badly written regular expressions and nested scans blow up: one enormous line, floods
// of quotation marks, megabytes of capitalized words, binary files read as text, runs of one punctuation mark,
// hundreds of thousands of short lines. Each is built from a fixed seed so a slow case can be replayed.

/** A small deterministic PRNG (mulberry32): the same seed gives the same input on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const MB = 1024 * 1024;

/** Repeats `unit` until the text is `size` code units long (cutting the last copy). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const PROSE =
  'Russian President Vladimir Putin proposed on November 27 that the Collective Security Treaty Organization equip its forces, ' +
  '"we will strive to do everything necessary," he said, as Moscow prepares to take over the bloc\'s chairmanship on January 1, 2026; ' +
  'Daria Saprynskaya of the Russian Academy of Sciences told Izvestia that “others clearly face shortages” ahead of next year’s exercises. ';

const CAPITALIZED = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliet',
  'Kilo',
  'Lima',
  'Mike',
  'November',
  'Oscar',
  'Papa',
  'Quebec',
  'Romeo',
  'Sierra',
  'Tango',
  'Union',
  'Victor',
  'Whiskey',
  'Xray',
  'Yankee',
  'Zulu',
  'President',
  'Minister',
  'Organization',
  'Mr.',
  'St.',
  'U.S.',
  'The',
  'Of',
];

function capitalizedWords(size: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const word = CAPITALIZED[Math.floor(random() * CAPITALIZED.length)];
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

function binaryAsText(bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const data = new Uint8Array(bytes);
  for (let index = 0; index < bytes; index++) data[index] = Math.floor(random() * 256);
  return new TextDecoder('utf-8').decode(data);
}

/** Bytes that are mostly ASCII text with binary noise, as in a PDF or a zip opened as text. */
function binaryWithText(bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const data = new Uint8Array(bytes);
  for (let index = 0; index < bytes; index++) {
    data[index] = random() < 0.7 ? 32 + Math.floor(random() * 95) : Math.floor(random() * 256);
  }
  return new TextDecoder('utf-8').decode(data);
}

export interface AdversarialCase {
  name: string;
  build: () => string;
}

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: '10 MB of news prose on a single line', build: () => fill(PROSE, 10 * MB) },
  { name: '100,000 straight double quotation marks', build: () => '"'.repeat(100_000) },
  { name: '100,000 curly opening quotes, each before a word', build: () => '“Word '.repeat(100_000) },
  { name: '100,000 alternating curly quotes around a name, as one paragraph', build: () => '“Putin” said ‘'.repeat(100_000) },
  { name: '100,000 apostrophes and single quotes between letters', build: () => "O'N ' ’s '".repeat(100_000) },
  { name: '1 MB of capitalized words without punctuation', build: () => capitalizedWords(MB, 1) },
  { name: '1 MB of capitalized words, one name per line', build: () => capitalizedWords(MB, 2).replace(/ /g, (_, offset: number) => (offset % 3 === 0 ? '\n' : ' ')) },
  { name: '1 MB of random bytes decoded as UTF-8', build: () => binaryAsText(MB, 3) },
  { name: '1 MB of ASCII with binary noise decoded as UTF-8', build: () => binaryWithText(MB, 4) },
  { name: '1 MB of exclamation marks', build: () => fill('!', MB) },
  { name: '1 MB of periods', build: () => fill('.', MB) },
  { name: '1 MB of hyphens', build: () => fill('-', MB) },
  { name: '1 MB of em dashes and commas', build: () => fill('—,', MB) },
  { name: '1 MB of opening parentheses', build: () => fill('(', MB) },
  { name: '1 MB of "Mr. " abbreviations', build: () => fill('Mr. ', MB) },
  { name: '1 MB of digits and date-like numbers', build: () => fill('12 2025-11-27 11/28 1,000 3.5 Nov. 28, ', MB) },
  { name: '1 MB of spaces and tabs', build: () => fill(' \t', MB) },
  { name: '200,000 short lines', build: () => 'Word\n'.repeat(200_000) },
  { name: '100,000 lines of page chrome ("Home", "|")', build: () => '• Home\n  • |\n'.repeat(50_000) + 'The end.' },
  { name: '50,000 paragraphs each with a quote and a speaker', build: () => '"We will strive," Vladimir Putin said on Monday.\n'.repeat(50_000) },
  { name: '1 MB of emoji and lone surrogates', build: () => fill('😀\uD800🇷🇺\uDC00x', MB) },
  { name: '1 MB of NUL characters', build: () => fill('\u0000', MB) },
];

/**
 * The time bound for an input of `length` code units: 8 s of CPU per megabyte, at least 3 s. It is there to catch
 * super-linear work (a quadratic pass over 1 MB takes minutes), not to measure speed (`npm run bench` does): the
 * slowest input, a megabyte of binary noise decoded as text, takes 4.7–5.0 s of CPU on a slow 2-core machine since
 * the tagger reads word clusters and document contexts, so the former 5 s per megabyte left no margin.
 */
export function timeBoundMs(length: number): number {
  return Math.max(3000, (length / MB) * 8000);
}
