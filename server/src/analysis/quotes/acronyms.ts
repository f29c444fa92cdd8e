// The full name an organization's acronym stands for, when the article writes it out somewhere ("the Office of
// Rural Water Supply (ORWS)" … "ORWS said"): a speaker is reported by its name, not its initials, where the text
// gives both.

// A run of capitalized words, joined by spaces, commas, "and", "of", "for", "the" or "&".
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:(?:,?\s+(?:and|of|for|the|on|&)\s+|,\s+|[ \t]+)\p{Lu}[\p{L}’'-]*)*/gu;
const WORD = /[\p{L}’'&-]+/gu;
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
export class AcronymExpansions {
  private readonly runs = new RegExp(NAME_RUN.source, 'gu');
  private scanned = false;
  /** The head words (connectors left out) of the runs read so far, in text order: start, end, lower-cased initial. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** A word's first UTF-16 unit lower-cased, '' when that is longer than one unit (it then spells no letter). */
  private readonly initials: string[] = [];
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
    if (this.scanned) return false;
    const match = this.runs.exec(this.text);
    if (match === null) {
      this.scanned = true;
      return false;
    }
    WORD.lastIndex = 0;
    for (let word = WORD.exec(match[0]); word !== null; word = WORD.exec(match[0])) {
      if (CONNECTOR.test(word[0])) continue;
      const initial = word[0][0].toLowerCase();
      this.starts.push(match.index + word.index);
      this.ends.push(match.index + word.index + word[0].length);
      this.initials.push(initial.length === 1 ? initial : '');
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
        if (initial === '') {
          key = '';
          break;
        }
        key += initial;
      }
      if (key !== '' && !spellings.first.has(key)) spellings.first.set(key, first);
    }
  }
}
