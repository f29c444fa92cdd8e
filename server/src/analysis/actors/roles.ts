// Roles and affiliations of people, read from the usual news patterns:
//   title before the name      "Belarusian President Alexander Lukashenko", "Russia's Foreign Minister Sergei Lavrov",
//                              "European Parliament member Tomas Zdechovsky", "the Russian analyst Daria Saprynskaya"
//   apposition                 "Alexander Korolev, Deputy Director of the Center for … at the Higher School of Economics"
//   "X of/at/from the Y"       "Daria Saprynskaya of the Russian Academy of Sciences"
import type { TokenList } from '../tokenList';
import { INSTITUTION_HEADS, nameKey, wordKey, type Gazetteer } from './gazetteer';
import type { NameMention } from './mentions';

/** An organization named by a common noun ("the coalition's policy director"): linking finds the one it means. */
export interface NominalAffiliation {
  noun: string;
}

export interface RoleReading {
  role?: string;
  /** The mention that names the affiliation, a country name read from a nationality adjective, or a noun. */
  affiliation?: NameMention | string | NominalAffiliation;
}

// Verbs of a relative clause that state a role: "X, who heads the department's environmental division".
const ROLE_VERBS: Record<string, string> = {
  heads: 'head',
  leads: 'leader',
  runs: 'head',
  chairs: 'chair',
  directs: 'director',
  manages: 'manager',
  founded: 'founder',
  coaches: 'coach',
};

// Head nouns of roles that the title lexicon lacks; the lexicon (compromise's job titles) covers most others.
const ROLE_HEADS = new Set([
  'member',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'head',
  'fellow',
  'official',
  'expert',
  'senator',
  'governor',
  'king',
  'queen',
  'prince',
  'princess',
  'coach',
  'general',
  'colonel',
  'researcher',
  'envoy',
  'ambassador',
  'commander',
  'chancellor',
  'premier',
  'leader',
  'founder',
  'chair',
  'chairwoman',
  'chairperson',
  'vice-president',
  'lawmaker',
  'legislator',
  'adviser',
  'advisor',
  'aide',
  'scholar',
  'commissioner',
  'minister',
  'president',
  'director',
  'secretary',
  'mayor',
  'analyst',
]);
// Words that qualify a role without being one ("Deputy", "Foreign", "senior research").
const ROLE_MODIFIERS = new Set([
  'deputy',
  'vice',
  'prime',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'economy',
  'trade',
  'justice',
  'health',
  'senior',
  'junior',
  'chief',
  'executive',
  'general',
  'former',
  'acting',
  'research',
  'state',
  'first',
  'managing',
  'associate',
  'assistant',
  'principal',
  'lead',
  'political',
  'military',
  'foreign-policy',
  'security',
  'national',
  'press',
  'board',
  'party',
  'opposition',
  'parliamentary',
  'staff',
  'editor-in-chief',
  'independent',
  'visiting',
  'programme',
  'program',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
const LINKS = new Set(['of', 'at', 'from', 'for', 'with', 'in']);

function isRoleHead(word: string, names: Gazetteer): boolean {
  const key = nameKey(word);
  return ROLE_HEADS.has(key) || names.title.has(key);
}

export function isRoleWord(word: string, names: Gazetteer): boolean {
  return isRoleKey(nameKey(word), names);
}

/** isRoleWord() of a word by its key (nameKey()). */
function isRoleKey(key: string, names: Gazetteer): boolean {
  return ROLE_HEADS.has(key) || names.title.has(key) || ROLE_MODIFIERS.has(key);
}

/**
 * The mentions by the token they start (or end) at, the last one where several do, as a Map of them would give:
 * an array over the tokens (a Map's entry per mention was most of readRoles' own time on a long article).
 */
class MentionsByToken {
  private readonly at: Int32Array;

  constructor(
    private readonly mentions: readonly NameMention[],
    count: number,
    starts: boolean,
  ) {
    // (index + 1 of the mention; 0: none)
    this.at = new Int32Array(count + 1);
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index];
      const token = starts ? mention.first : mention.last;
      if (token >= 0 && token <= count) this.at[token] = index + 1;
      else (this.outside ??= new Map()).set(token, index + 1);
    }
  }

  /** Mentions at a token outside [0, count] (none from readMentions), as a Map. */
  private outside: Map<number, number> | undefined;

  get(token: number): NameMention | undefined {
    const index = token >= 0 && token < this.at.length ? this.at[token] : (this.outside?.get(token) ?? 0);
    return index === 0 ? undefined : this.mentions[index - 1];
  }

  has(token: number): boolean {
    return this.get(token) !== undefined;
  }
}

function joinWords(tokens: TokenList, first: number, last: number): string {
  let words = tokens.norm(first);
  for (let index = first + 1; index <= last; index++) words += ` ${tokens.norm(index)}`;
  return words.replace(/ - /g, '-');
}

/** Whether the token at `index` is a determiner ("the", "its"); false when there is none there. */
function isDeterminerAt(tokens: TokenList, index: number): boolean {
  const word = tokens.wordAt(index);
  return word !== undefined && DETERMINERS.has(word.normLower);
}

/** Reads the role and affiliation of each person mention from the words around it. */
export function readRoles(tokens: TokenList, mentions: readonly NameMention[], names: Gazetteer): Map<NameMention, RoleReading> {
  const startingAt = new MentionsByToken(mentions, tokens.length, true);
  const endingAt = new MentionsByToken(mentions, tokens.length, false);
  const affiliationAfter = (index: number): NameMention | undefined => {
    if (isDeterminerAt(tokens, index)) index++;
    const found = startingAt.get(index);
    return found && found.type !== 'person' ? found : undefined;
  };
  // "the department's …": the organization a possessive common noun stands for.
  const possessedBy = (index: number): NominalAffiliation | undefined => {
    if (isDeterminerAt(tokens, index)) index++;
    return tokens.wordAt(index + 1)?.norm === "'s" && /^\p{Ll}+$/u.test(tokens.wordAt(index)?.norm ?? '') ? { noun: tokens.norm(index) } : undefined;
  };
  const readings = new Map<NameMention, RoleReading>();
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    const reading: RoleReading = {};
    // Title before the name.
    let first = mention.first;
    while (first > 0 && isRoleKey(wordKey(tokens.word(first - 1)), names) && !endingAt.has(first - 1)) first--;
    // The body a title belongs to, written before it ("Council President", "Board Chairman").
    while (first < mention.first && first > 0 && /^\p{Lu}/u.test(tokens.norm(first - 1)) && INSTITUTION_HEADS.has(tokens.word(first - 1).normLower) && !endingAt.has(first - 1))
      first--;
    if (first < mention.first && isRoleHead(tokens.norm(mention.first - 1), names)) {
      reading.role = joinWords(tokens, first, mention.first - 1);
      let before = first - 1;
      if (tokens.wordAt(before)?.norm === "'s") before--;
      const owner = endingAt.get(before);
      const ownerWord = tokens.wordAt(before);
      if (owner && owner.type !== 'person') reading.affiliation = owner;
      else if (ownerWord) {
        const country = names.nationality.get(wordKey(ownerWord));
        if (country) reading.affiliation = country;
      }
    }
    // Apposition or "of the Y" after the name.
    const next = mention.last + 1;
    const nextWord = tokens.wordAt(next);
    if (nextWord?.norm === ',' && ROLE_VERBS[tokens.wordAt(next + 2)?.normLower ?? ''] && tokens.word(next + 1).normLower === 'who') {
      // Relative clause: "X, who heads the department's environmental division".
      const verb = ROLE_VERBS[tokens.word(next + 2).normLower];
      let end = next + 3;
      while (end < tokens.length && end - next < 12 && /^[\p{L}'-]+$/u.test(tokens.norm(end))) end++;
      if (end > next + 3) {
        reading.role ??= `${verb} of ${joinWords(tokens, next + 3, end - 1).replace(/ 's\b/g, "'s")}`;
        const owner = affiliationAfter(next + 3) ?? possessedBy(next + 3);
        if (owner) reading.affiliation ??= owner;
      }
    } else if (nextWord?.norm === ',') {
      let cursor = next + 1;
      if (isDeterminerAt(tokens, cursor)) cursor++;
      // "the coalition's policy director", "an Acme spokesperson": the owner first, then the role.
      let owner: RoleReading['affiliation'];
      const named = startingAt.get(cursor);
      if (named && named.type !== 'person') {
        owner = named;
        cursor = named.last + 1;
        if (tokens.wordAt(cursor)?.norm === "'s") cursor++;
      } else if (tokens.wordAt(cursor + 1)?.norm === "'s" && /^\p{Ll}+$/u.test(tokens.norm(cursor))) {
        owner = { noun: tokens.norm(cursor) };
        cursor += 2;
      }
      const roleFirst = cursor;
      while (cursor < tokens.length && cursor - roleFirst < 6 && /^[\p{L}-]+$/u.test(tokens.norm(cursor)) && !LINKS.has(tokens.word(cursor).normLower) && !startingAt.has(cursor))
        cursor++;
      if (cursor > roleFirst && isRoleHead(tokens.norm(cursor - 1), names)) {
        reading.role ??= joinWords(tokens, roleFirst, cursor - 1);
        if (owner) reading.affiliation ??= owner;
        const link = tokens.wordAt(cursor);
        if (link && LINKS.has(link.normLower)) {
          const owner = affiliationAfter(cursor + 1);
          if (owner) reading.affiliation ??= owner;
        }
      }
    } else if (nextWord && ['of', 'at', 'from'].includes(nextWord.normLower)) {
      const owner = affiliationAfter(next + 1);
      if (owner) reading.affiliation ??= owner;
    }
    if (reading.role || reading.affiliation) readings.set(mention, reading);
  }
  return readings;
}
