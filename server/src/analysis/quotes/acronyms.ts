// The full name an organization's acronym stands for, when the article writes it out somewhere ("the Office of
// Rural Water Supply (ORWS)" … "ORWS said"): a speaker is reported by its name, not its initials, where the text
// gives both.

// A run of capitalized words, joined by spaces, commas, "and", "of", "for", "the" or "&".
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:(?:,?\s+(?:and|of|for|the|on|&)\s+|,\s+|[ \t]+)\p{Lu}[\p{L}’'-]*)*/gu;
const LETTER = /^\p{L}$/u;
const CONNECTOR = /^(?:and|of|for|the|on|&)$/u;

/** True for a name written as an acronym: two to six capitals ("ORWS", "N.B.A." is left alone). */
export function isAcronymName(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}

/**
 * The words of `text` whose initials spell `acronym` (connectors skipped), the first such run written out, or
 * undefined. The run must have one capitalized word per letter, so "Rural Water" never expands "RW Supply Co".
 * (One scan of the text per call: AcronymExpansions answers the same for many acronyms of one text.)
 */
export function expandAcronym(text: string, acronym: string): string | undefined {
  const letters = acronym.toLowerCase();
  for (const match of text.matchAll(NAME_RUN)) {
    const words = [...match[0].matchAll(/[\p{L}’'&-]+/gu)].map((word) => ({ text: word[0], at: word.index }));
    const heads = words.filter((word) => !CONNECTOR.test(word.text));
    if (heads.length < letters.length) continue;
    for (let first = 0; first + letters.length <= heads.length; first++) {
      const run = heads.slice(first, first + letters.length);
      if (run.every((word, index) => word.text[0].toLowerCase() === letters[index])) {
        const start = run[0].at;
        const last = run[run.length - 1];
        return match[0].slice(start, last.at + last.text.length).replace(/\s+/gu, ' ');
      }
    }
  }
  return undefined;
}

/**
 * How many UTF-16 units the character at `index` takes when it is one of a word of a run ([\p{L}’'&-]: a letter,
 * an apostrophe, "&" or a hyphen), 0 when it is not.
 */
function wordCharacterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    const letter = code | 0x20;
    return (letter >= 0x61 && letter <= 0x7a) || code === 0x27 || code === 0x26 || code === 0x2d ? 1 : 0;
  }
  if (code === 0x2019) return 1;
  const point = text.codePointAt(index)!;
  if (!LETTER.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

const CAPITAL = /^\p{Lu}$/u;

/** The place of the first capital (\p{Lu}, a code point) of `text` from `from` on, or -1. */
function nextCapital(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return index;
      continue;
    }
    const point = text.codePointAt(index)!;
    if (CAPITAL.test(String.fromCodePoint(point))) return index;
    if (point > 0xffff) index++;
  }
  return -1;
}

/** Whether text[start, end) is a connector (CONNECTOR): "and", "of", "for", "the", "on" or "&". */
function isConnector(text: string, start: number, end: number): boolean {
  switch (end - start) {
    case 1:
      return text.charCodeAt(start) === 0x26;
    case 2:
      return text.startsWith('of', start) || text.startsWith('on', start);
    case 3:
      return text.startsWith('and', start) || text.startsWith('for', start) || text.startsWith('the', start);
    default:
      return false;
  }
}

/** The longest lower-cased acronym (in UTF-16 code units) the index answers: six letters of at most two units each. */
const MAX_LETTERS = 12;

/** The initials of the runs read so far, by their number of letters: the first head word of the first run spelling them. */
interface Spellings {
  /** Lower-cased initials → the index (in `heads`) of the first word of the first run of words spelling them. */
  first: Map<string, number>;
  /** How many of the runs read so far are in `first`. */
  runs: number;
}

/**
 * expandAcronym() for the acronyms of one text, each answered by a lookup: the text's runs of capitalized words are
 * read once, in text order and only as far as a question needs (an acronym written out early costs a short read),
 * and the initials of their words indexed by length (only the lengths asked). The answer is expandAcronym()'s: the
 * first run in text order, and in it the first word, that spells the acronym.
 */
/**
 * NAME_RUN tried at one place (sticky), where a capital is written: one for every text (each use sets lastIndex
 * first and reads it at once; one compiled per text was most of what a text with a single acronym cost).
 */
const RUN_AT = new RegExp(NAME_RUN.source, 'uy');

export class AcronymExpansions {
  /** Where the search for the next run starts; -1 once the text is read. */
  private cursor = 0;
  /** The head words (connectors left out) of the runs read so far, in text order: start, end, lower-cased initial. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** A word's first UTF-16 unit lower-cased (a code), -1 when that is longer than one unit (it spells no letter). */
  private readonly initials: number[] = [];
  /** The index in `starts` of each run's first head word; one more entry, past the last run's words. */
  private readonly runStarts: number[] = [0];
  private readonly byLength = new Map<number, Spellings>();

  constructor(private readonly text: string) {}

  expand(acronym: string): string | undefined {
    const letters = acronym.toLowerCase();
    const length = letters.length;
    if (length < 1 || length > MAX_LETTERS) return expandAcronym(this.text, acronym);
    let spellings = this.byLength.get(length);
    if (spellings === undefined) {
      spellings = { first: new Map(), runs: 0 };
      this.byLength.set(length, spellings);
    }
    let found = spellings.first.get(letters);
    while (found === undefined) {
      if (spellings.runs === this.runStarts.length - 1 && !this.readRun()) break;
      this.index(spellings, length, spellings.runs++);
      found = spellings.first.get(letters);
    }
    if (found === undefined) return undefined;
    return this.text.slice(this.starts[found], this.ends[found + length - 1]).replace(/\s+/gu, ' ');
  }

  /** Reads the next run of capitalized words; false at the end of the text. */
  private readRun(): boolean {
    // (NAME_RUN's next match starts at the next capital, where it always matches: that capital is found from the
    // character codes, quicker than the expression's own search for \p{Lu})
    const start = this.cursor >= 0 ? nextCapital(this.text, this.cursor) : -1;
    if (start < 0) {
      this.cursor = -1;
      return false;
    }
    RUN_AT.lastIndex = start;
    const match = RUN_AT.exec(this.text)!;
    this.cursor = RUN_AT.lastIndex;
    // The words of the run as /[\p{L}’'&-]+/gu reads them (read from the character codes: no string per word).
    const text = this.text;
    const end = match.index + match[0].length;
    let index = match.index;
    while (index < end) {
      let width = wordCharacterWidth(text, index);
      if (width === 0) {
        index++;
        continue;
      }
      const start = index;
      while (index < end && width > 0) {
        index += width;
        width = index < end ? wordCharacterWidth(text, index) : 0;
      }
      if (isConnector(text, start, index)) continue;
      const first = text.charCodeAt(start);
      let initial = first >= 0x41 && first <= 0x5a ? first + 32 : first;
      if (first >= 0x80) {
        const lower = String.fromCharCode(first).toLowerCase();
        initial = lower.length === 1 ? lower.charCodeAt(0) : -1;
      }
      this.starts.push(start);
      this.ends.push(index);
      this.initials.push(initial);
    }
    this.runStarts.push(this.starts.length);
    return true;
  }

  /** Adds the initials of `length` words in a row of run `run` to `spellings` (the first place kept). */
  private index(spellings: Spellings, length: number, run: number): void {
    const from = this.runStarts[run];
    const to = this.runStarts[run + 1];
    for (let first = from; first + length <= to; first++) {
      let key = '';
      for (let index = first; index < first + length; index++) {
        const initial = this.initials[index];
        if (initial < 0) {
          key = '';
          break;
        }
        key += String.fromCharCode(initial);
      }
      if (key !== '' && !spellings.first.has(key)) spellings.first.set(key, first);
    }
  }
}
