// Nominal mentions: a common noun phrase that stands for an actor already named ("the company", "the coalition",
// "the mayor", "its spokesperson"). Linked only when the article leaves one reading:
//   "the department", "the coalition"  the one organization whose name has that word ("Greenway Coalition")
//   "the company", "the firm"          else the company named last before it (a name with no word of an institution)
//   "the group"                        else the organization named last before it
//   "the mayor", "its spokesperson"    the one person whose role ends with that word ("Mayor Ana Ruiz")
// (a name or role may come after the phrase: "the coalition's director said the Greenway Coalition …")
// They are kept in Actor.nominals, apart from the name mentions, which renaming and exports read as names.
import type { Actor, Mention } from '../types';
import type { TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { isLowercaseWord } from '../characters';
import { INSTITUTION_HEADS } from './gazetteer';
import { byStart } from '../spanOrder';
import { partitionPoint } from '../partitionPoint';
import { KeptOrder, orderedByKeys } from '../quotes/numericOrder';

// Common nouns for a kind of organization; each may also be a word of the organization's own name.
const ORGANIZATION_NOUNS = new Set([
  'company',
  'firm',
  'agency',
  'coalition',
  'group',
  'department',
  'council',
  'ministry',
  'party',
  'union',
  'bank',
  'university',
  'committee',
  'commission',
  'court',
  'board',
  'organization',
  'organisation',
  'alliance',
  'league',
  'club',
  'team',
  'airline',
  'carrier',
  'bloc',
  'institute',
  'foundation',
  'association',
  'authority',
  'automaker',
  'retailer',
  'insurer',
  'broadcaster',
  'newspaper',
  'network',
  'charity',
  'campaign',
  'movement',
  'federation',
  'service',
  'office',
  'bureau',
]);
// Nouns that name a business without naming its kind: they mean the company the article is about.
const BUSINESS_NOUNS = new Set(['company', 'firm', 'automaker', 'retailer', 'insurer', 'airline', 'carrier', 'broadcaster']);
// Legal forms that mark a name as a company's.
const COMPANY_WORDS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'company', 'group', 'holdings', 'robotics', 'motors', 'airlines', 'bank']);
// Role nouns that are titles of one person in a story ("the mayor" is the mayor the article named).
const ROLE_NOUNS = new Set([
  'mayor',
  'governor',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'president',
  'minister',
  'chancellor',
  'premier',
  'senator',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'coach',
  'manager',
  'ambassador',
  'commissioner',
  'sheriff',
  'judge',
  'prosecutor',
  'founder',
  'owner',
  'chief',
  'ceo',
  'secretary',
  'general',
  'captain',
  'king',
  'queen',
  'pope',
]);
const DETERMINERS = new Set(['the', 'its', 'their']);
const LONGEST_DETERMINER = Math.max(...[...DETERMINERS].map((word) => word.length));
// Words that may follow the noun of a noun phrase that ends there ("the company said", "the mayor, who …"); any
// other word may be the phrase's real head ("the company spokesman", "the council meeting").
const PHRASE_END_WORDS = new Set([
  "'s",
  'said',
  'says',
  'say',
  'has',
  'had',
  'have',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'also',
  'and',
  'or',
  'but',
  'which',
  'that',
  'who',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'after',
  'before',
  'since',
  'as',
  'plans',
  'wants',
  'hopes',
  'expects',
  'declined',
  'denied',
  'announced',
  'added',
  'told',
  'confirmed',
  'still',
  'now',
  'then',
  'not',
  'never',
  'already',
]);

function endsPhrase(after: Word | undefined): boolean {
  if (!after) return true;
  const word = after.normLower;
  return !/\p{L}/u.test(word) || PHRASE_END_WORDS.has(word) || (word.endsWith('ed') && /^\p{Ll}+ed$/u.test(word));
}

function nameWords(actor: Actor): string[] {
  return actor.name
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.,]$/, ''));
}

function roleHead(actor: Actor): string | undefined {
  return actor.role?.toLowerCase().split(/\s+/).pop();
}

/**
 * The tokens that may open a nominal phrase: a determiner followed by one of the nouns read here, or by a token on a
 * new line or by none (the next paragraph's first token, which linkNominals reads itself). A necessary condition
 * read from the tokens given alone, so a paragraph's list holds wherever the paragraph moves (paragraphLocal.ts).
 */
export function phraseOpenings(tokens: TokenList): number[] {
  const openings: number[] = [];
  const count = tokens.length;
  for (let index = 0; index < count; index++) {
    const determiner = tokens.word(index);
    // (most words are longer than any determiner: passed over without a lower-case copy)
    if (determiner.norm.length > LONGEST_DETERMINER || !DETERMINERS.has(determiner.normLower)) continue;
    const noun = index + 1;
    if (noun === count || tokens.lineStart(noun)) {
      openings.push(index);
      continue;
    }
    const norm = tokens.norm(noun);
    if (ORGANIZATION_NOUNS.has(norm) || ROLE_NOUNS.has(norm)) openings.push(index);
  }
  return openings;
}

/**
 * Adds to each actor the nominal phrases that refer to it (Actor.nominals, sorted); returns the actors.
 * Tokens are the analyzed prose tokens; name mentions already found are never read as nominal ones. `openings`:
 * phraseOpenings(tokens), when the caller has them (an edit keeps each paragraph's).
 */
/**
 * The actors' mentions by start, equals in the order given (as the stable sort by start put them), sorted as numbers
 * (numericOrder.ts): the sort of a long article's thousands of mentions with a comparator was most of this step's
 * time, and at times several times that (the comparator, shared by every sort by start, read there unoptimized).
 */
function mentionsByStart(actors: readonly Actor[]): Mention[] {
  const all: Mention[] = [];
  for (const actor of actors) for (const mention of actor.mentions) all.push(mention);
  const keys = new Float64Array(all.length);
  for (let index = 0; index < all.length; index++) keys[index] = all[index].start;
  return orderedByKeys(all, keys, mentionOrder) ?? all.sort(byStart);
}

/** The last analysis's order of the mentions (numericOrder.ts KeptOrder: checked, then taken). */
const mentionOrder = new KeptOrder();

/** The nominal phrase of two tokens opening at token `index` ("the company"), as a mention. */
export function nominalMention(text: string, tokens: TokenList, index: number): Mention {
  const start = tokens.start(index);
  const end = tokens.end(index + 1);
  return { start, end, text: text.slice(start, end), form: 'nominal' };
}

/**
 * `actors` with the nominal phrases that name them ("the company", "the mayor": Actor.nominals), read where
 * `openings` says one may open. `actorAt`: where to note, for each place of `openings`, the place in `actors` of the
 * actor its phrase names, or -1 (nominalsReuse.ts).
 */
export function linkNominals(text: string, tokens: TokenList, actors: Actor[], openings: readonly number[] = phraseOpenings(tokens), actorAt?: Int32Array): Actor[] {
  // Names do not overlap one another: in text order, only the last name starting before `end` can overlap
  // [start, end), found by a binary search (a scan of every name per "the …" phrase was quadratic on long articles).
  const named = mentionsByStart(actors);
  const insideName = (start: number, end: number) => {
    let low = 0;
    let high = named.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (named[middle].start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && named[low - 1].end > start;
  };
  const organizations = actors.filter((actor) => actor.type === 'organization');
  const people = actors.filter((actor) => actor.type === 'person');
  // Every mention of an organization, in text order, to find the company named last before a phrase: listed when a
  // phrase first asks (few do; listing and sorting them for every edit was a good part of this step's time).
  let organizationMentions: { actor: Actor; start: number }[] | undefined;
  const organizationMentionsInOrder = (): { actor: Actor; start: number }[] => {
    if (organizationMentions === undefined) {
      organizationMentions = [];
      for (const actor of organizations) for (const mention of actor.mentions) organizationMentions.push({ actor, start: mention.start });
      organizationMentions.sort(byStart);
    }
    return organizationMentions;
  };
  // Each organization's name words, split once (not once per phrase that asks), and per noun the organizations
  // whose name has it.
  const wordsByActor = new Map<Actor, string[]>();
  const wordsOfName = (actor: Actor) => {
    let words = wordsByActor.get(actor);
    if (words === undefined) wordsByActor.set(actor, (words = nameWords(actor)));
    return words;
  };
  const namedWith = new Map<string, Actor[]>();
  const isCompany = (actor: Actor) => {
    const words = wordsOfName(actor);
    return words.some((word) => COMPANY_WORDS.has(word)) || !words.some((word) => INSTITUTION_HEADS.has(word));
  };

  const organizationFor = (noun: string, at: number): Actor | undefined => {
    // A name with the noun may come later ("the coalition's policy director said the Greenway Coalition …").
    let named = namedWith.get(noun);
    if (named === undefined) {
      named = [];
      for (const actor of organizations) if (wordsOfName(actor).includes(noun)) named.push(actor);
      namedWith.set(noun, named);
    }
    if (named.length === 1) return named[0];
    if (named.length > 1 || !(BUSINESS_NOUNS.has(noun) || noun === 'group')) return undefined;
    // "the group" may be a company's or a campaign's: the organization named last, whatever its kind.
    const inOrder = organizationMentionsInOrder();
    for (let index = partitionPoint(inOrder.length, (mention) => inOrder[mention].start < at) - 1; index >= 0; index--) {
      const { actor } = inOrder[index];
      if (noun === 'group' || isCompany(actor)) return actor;
    }
    return undefined;
  };
  // The one person whose role ends with a noun (null: several), read once at the first phrase that asks (a walk over
  // every person per "the mayor" grew with the article twice).
  let peopleByRole: Map<string, Actor | null> | undefined;
  const personFor = (noun: string): Actor | undefined => {
    if (peopleByRole === undefined) {
      peopleByRole = new Map();
      for (const actor of people) {
        const head = roleHead(actor);
        if (head !== undefined) peopleByRole.set(head, peopleByRole.has(head) ? null : actor);
      }
    }
    return peopleByRole.get(noun) ?? undefined;
  };

  const found = new Map<Actor, Mention[]>();
  const placeOfActor = actorAt && new Map(actors.map((actor, place) => [actor, place]));
  actorAt?.fill(-1);
  for (let place = 0; place < openings.length; place++) {
    const index = openings[place];
    if (index + 1 >= tokens.length) continue;
    const word = tokens.norm(index + 1);
    // Lower-case nouns only: "the Council" is a name, which the tagger reads.
    if (!isLowercaseWord(word) || !endsPhrase(tokens.wordAt(index + 2))) continue;
    const start = tokens.start(index);
    const end = tokens.end(index + 1);
    if (insideName(start, end)) continue;
    const actor = ORGANIZATION_NOUNS.has(word) ? organizationFor(word, start) : ROLE_NOUNS.has(word) ? personFor(word) : undefined;
    if (!actor) continue;
    if (actorAt) actorAt[place] = placeOfActor!.get(actor)!;
    let list = found.get(actor);
    if (!list) found.set(actor, (list = []));
    list.push(nominalMention(text, tokens, index));
  }
  for (const [actor, nominals] of found) actor.nominals = nominals;
  return actors;
}
