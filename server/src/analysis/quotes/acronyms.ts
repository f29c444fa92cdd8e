// The full name an organization's acronym stands for, when the article writes it out somewhere ("the Office of
// Rural Water Supply (ORWS)" … "ORWS said"): a speaker is reported by its name, not its initials, where the text
// gives both.

// A run of capitalized words, joined by spaces, commas, "and", "of", "for", "the" or "&".
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:(?:,?\s+(?:and|of|for|the|on|&)\s+|,\s+|[ \t]+)\p{Lu}[\p{L}’'-]*)*/gu;
const CONNECTOR = /^(?:and|of|for|the|on|&)$/u;

/** True for a name written as an acronym: two to six capitals ("ORWS", "N.B.A." is left alone). */
export function isAcronymName(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}

/**
 * The words of `text` whose initials spell `acronym` (connectors skipped), the first such run written out, or
 * undefined. The run must have one capitalized word per letter, so "Rural Water" never expands "RW Supply Co".
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
