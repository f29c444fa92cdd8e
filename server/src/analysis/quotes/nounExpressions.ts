// Expressions made of a noun the speakers layer asks about ("mayor", "union"), compiled once per noun: a document
// asks for the same few nouns, every document for the same ones, and one made per question (a role holder looked
// up, an organization's candidates) was hundreds of compilations a pass of the development sets.

/** The noun with the characters special in an expression escaped. */
export function escapedNoun(noun: string): string {
  return noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nouns kept at most: past that, all are forgotten at once (a document of made-up nouns grows no cache). */
const MOST_NOUNS = 1000;

/** make(noun), kept per noun. */
export function perNoun<T>(make: (noun: string) => T): (noun: string) => T {
  const kept = new Map<string, T>();
  return (noun) => {
    let expression = kept.get(noun);
    if (expression === undefined) {
      if (kept.size >= MOST_NOUNS) kept.clear();
      kept.set(noun, (expression = make(noun)));
    }
    return expression;
  };
}

// (neither expression is global or sticky: test() keeps no state between calls, so one object serves every caller)
/** The noun as a whole word, in either case ("the mayor" in a role "Mayor of Lisburne"). */
export const nounAsWord = perNoun((noun) => new RegExp(`\\b${escapedNoun(noun)}\\b`, 'iu'));
/** The noun as a word between white space or the ends, in either case (a word of an organization's name). */
export const nounAsNameWord = perNoun((noun) => new RegExp(`(?:^|\\s)${escapedNoun(noun)}(?:\\s|$)`, 'iu'));
