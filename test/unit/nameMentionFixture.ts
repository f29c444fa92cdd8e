// Name mentions as the tagger would hand them to the rules after it, written by hand for the rules' unit tests.
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import type { TokenList } from '../../server/src/analysis/tokenList';
import type { ActorType } from '../../server/src/analysis/types';

/** The mentions of the given names, found in order of writing in the tokenized text, typed as given. */
export function givenMentions(text: string, tokens: TokenList, given: readonly [string, ActorType][]): NameMention[] {
  let from = 0;
  return given.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    let first = -1;
    for (let index = 0; index < tokens.length && first < 0; index++) if (tokens.start(index) === start) first = index;
    let last = -1;
    for (let index = 0; index < tokens.length && last < 0; index++) if (tokens.end(index) === start + name.length) last = index;
    return { type, first, last, start, end: start + name.length, text: name };
  });
}
