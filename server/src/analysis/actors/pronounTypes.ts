// The pronouns that follow a name across the document vote on its type: a company "exported half of its output".
// The tagger reads each mention from a few words around it and can type a company it has never seen a person in
// every mention; the first pronoun after a mention that opens its clause, before any other name or the end of the
// sentence, is what the writer took it to be.
// Only that way round: a person's pronoun after an organization's name ("Acme Corp, told ... he") names the
// organization's spokesman as often as not (CoNLL train: turning such names into people lost 0.001 of F1).
import type { TokenList } from '../tokenList';
import type { ActorType } from '../types';
import type { NameMention } from './mentions';

/** Token indices (a Set of them, or anything that answers has()). */
export interface TokenSet {
  has(index: number): boolean;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
// "it" is left out: "Smith said it was over" has a person before it as often as a company.
const THING_PRONOUNS = new Set(['its', 'itself']);
/** How far after a mention a pronoun is still taken to refer to it. */
const REACH = 12;

/**
 * A mention that begins its sentence or clause (after a comma or a quotation mark) is the subject the pronouns
 * after it refer to; after a verb or a preposition it is an object ("told Acme he would"), and they refer to the subject.
 */
function isSubject(tokens: TokenList, mention: NameMention): boolean {
  const first = mention.first;
  if (tokens.sentenceStart(first) || tokens.lineStart(first) || first === 0) return true;
  return /^[,"'`;:(\-]+$/.test(tokens.norm(first - 1));
}

/**
 * The type the first pronoun after the mention gives it, if one comes before another name or the sentence's end.
 * `ranges`: where to note the tokens read, [first, last] (linking.ts LinkingRecord).
 */
function pronounAfter(tokens: TokenList, mention: NameMention, nameStarts: TokenSet, ranges?: number[]): ActorType | undefined {
  // (what isSubject reads: the mention's first token and the one before it)
  const from = Math.max(0, mention.first - 1);
  if (!isSubject(tokens, mention)) {
    ranges?.push(from, mention.first);
    return undefined;
  }
  let index = mention.last + 1;
  let vote: ActorType | undefined;
  for (; index < tokens.length && index <= mention.last + REACH; index++) {
    if (tokens.sentenceStart(index) || nameStarts.has(index)) break;
    const word = tokens.word(index).normLower;
    vote = PERSON_PRONOUNS.has(word) ? 'person' : THING_PRONOUNS.has(word) ? 'organization' : undefined;
    if (vote !== undefined) break;
  }
  // (the token the loop stopped at was read too, and at the text's end the end itself: the range up to the next token)
  ranges?.push(from, index);
  return vote;
}

/**
 * Organization where the tagger says person and every pronoun after the name's mentions is an 'its'. `ranges`: where
 * to note the tokens the votes read (pronounAfter).
 */
export function typeByPronouns(tokens: TokenList, mentions: readonly NameMention[], type: ActorType, nameStarts: TokenSet, ranges?: number[]): ActorType {
  if (type !== 'person') return type;
  let person = 0;
  let organization = 0;
  for (const mention of mentions) {
    const vote = pronounAfter(tokens, mention, nameStarts, ranges);
    if (vote === 'person') person++;
    else if (vote === 'organization') organization++;
  }
  return organization >= 1 && person === 0 ? 'organization' : type;
}
