// Results of motor racing and cycling write each competitor's team after the competitor and the country:
// "1. Dana Korvik ( Norway ) , Brandt Motors , 1:42.3". The tagger, seeing a name right after a person's, often reads
// the team (a maker's or a sponsor's name) as a person too.
import type { TokenList } from '../tokenList';
import type { NameMention } from './mentions';

const NUMBER = /^\d/;

/**
 * A name that follows "<person> ( <place> )" and comes before a time or a score is the person's team: an
 * organization. With a comma before it the comma must come after it too ("( X ) , Team , 1:42.3"): a list of
 * golfers writes "( X ) , Other Golfer 72", and a pair of competitors "A ( X ) B ( X )" (no number after B).
 */
export function teamsAfterCompetitors(tokens: TokenList, mentions: readonly NameMention[]): NameMention[] {
  // (a loop, not map: a callback is a new closure per call, compiled again after each full collection)
  const typed = new Array<NameMention>(mentions.length);
  for (let at = 0; at < mentions.length; at++) typed[at] = teamTyped(tokens, mentions, at);
  return typed;
}

/** mentions[at], typed an organization when it is a competitor's team. */
function teamTyped(tokens: TokenList, mentions: readonly NameMention[], at: number): NameMention {
  const mention = mentions[at];
  if (mention.type === 'organization' || at < 2 || tokens.lineStart(mention.first)) return mention;
  const [person, place] = [mentions[at - 2], mentions[at - 1]];
  const afterComma = tokens.wordAt(mention.first - 1)?.norm === ',';
  const close = afterComma ? mention.first - 2 : mention.first - 1;
  const bracketed = tokens.wordAt(close)?.norm === ')' && place.last === close - 1 && tokens.wordAt(place.first - 1)?.norm === '(' && person.last === place.first - 2;
  const next = tokens.wordAt(mention.last + 1);
  const timed = afterComma ? next?.norm === ',' && NUMBER.test(tokens.wordAt(mention.last + 2)?.norm ?? '') : next !== undefined && NUMBER.test(next.norm);
  return bracketed && timed && person.type === 'person' && place.type === 'place' ? { ...mention, type: 'organization' } : mention;
}
