// Name mentions as the tagger would hand them to the rules after it, written by hand for the rules' unit tests.
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import type { Token } from '../../server/src/analysis/tokens';
import type { ActorType } from '../../server/src/analysis/types';

/** The mentions of the given names, found in order of writing in the tokenized text, typed as given. */
export function givenMentions(text: string, tokens: readonly Token[], given: readonly [string, ActorType][]): NameMention[] {
  let from = 0;
  return given.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const first = tokens.findIndex((token) => token.start === start);
    const last = tokens.findIndex((token) => token.end === start + name.length);
    return { type, first, last, start, end: start + name.length, text: name };
  });
}
