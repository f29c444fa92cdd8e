// Whether two person names are evidently one person spelled two ways ("Daria Saprynskaya" / "Darya Saprynskaya",
// "Aleksandr" / "Alexander", "Zelensky" / "Zelenskyy"), and never two different people who share a first name or a
// surname ("Alexander Korolev" / "Alexander Lukashenko") or whose names differ by a gendered ending ("Alexander" /
// "Alexandra"). Pure, no editor imports.

/** Lower case, accents removed, only letters kept. */
function plainLetters(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/**
 * Collapses the spellings that romanizations of one name differ by (Cyrillic, Arabic, Greek … into Latin):
 * ks/x, kh/h, ph/f, y/i/j, doubled vowels and consonants, w/v, a final "iy"/"ii"/"yy".
 */
export function transliterationKey(word: string): string {
  let key = plainLetters(word);
  key = key
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/tch/g, 'ch')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return key;
}

/** Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const distance: number[][] = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      distance[row][column] = Math.min(distance[row - 1][column] + 1, distance[row][column - 1] + 1, distance[row - 1][column - 1] + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        distance[row][column] = Math.min(distance[row][column], distance[row - 2][column - 2] + 1);
      }
    }
  }
  return distance[rows - 1][columns - 1];
}

/**
 * Edits allowed between two spellings of a name part, by its length: short names differ by too little to tell
 * a misspelling from another name ("Mark" / "Mary"), so they must agree once romanization is collapsed.
 */
function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}

/** Whether two spellings of one name part are spellings of the same name. */
export function isSpellingVariant(a: string, b: string): boolean {
  const keyA = transliterationKey(a);
  const keyB = transliterationKey(b);
  if (keyA.length < 2 || keyB.length < 2) return false;
  if (keyA === keyB) return true;
  // A feminine ending against none is another person (Alexander / Alexandra, Ivan / Ivana, Paul / Paula).
  if (keyA.endsWith('a') !== keyB.endsWith('a')) return false;
  if (keyA[0] !== keyB[0]) return false;
  return editDistance(keyA, keyB) <= allowedEdits(Math.min(keyA.length, keyB.length));
}

export function nameParts(name: string): string[] {
  return name.split(/\s+/).filter((part) => /\p{L}/u.test(part));
}

/**
 * Two different spellings of one person's name: both have a first name and a surname; one of the two parts is
 * the same and the other a spelling variant, or both are variants of a romanization. Identical names (ignoring
 * case) are the same spelling, not a variant.
 */
export function isNameVariant(nameA: string, nameB: string): boolean {
  const partsA = nameParts(nameA);
  const partsB = nameParts(nameB);
  if (partsA.length < 2 || partsB.length < 2) return false;
  if (partsA.join(' ').toLowerCase() === partsB.join(' ').toLowerCase()) return false;
  const [firstA, lastA] = [partsA[0], partsA[partsA.length - 1]];
  const [firstB, lastB] = [partsB[0], partsB[partsB.length - 1]];
  const identical = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  // Only the first name and surname are compared, so "Vladimir V. Putin" / "Vladimir Putin" is no variant.
  if (identical(firstA, firstB) && identical(lastA, lastB)) return false;
  const firstMatches = identical(firstA, firstB) || isSpellingVariant(firstA, firstB);
  const lastMatches = identical(lastA, lastB) || isSpellingVariant(lastA, lastB);
  if (!firstMatches || !lastMatches) return false;
  // One part the same, or both the same once romanization is collapsed ("Aleksandr Zelenskiy" / "Alexandr Zelensky").
  const sameKey = (a: string, b: string) => transliterationKey(a) === transliterationKey(b);
  return identical(firstA, firstB) || identical(lastA, lastB) || (sameKey(firstA, firstB) && sameKey(lastA, lastB));
}
