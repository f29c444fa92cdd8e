// An actor as the quote tests need one, written by hand instead of taken from the tagger.
import type { Actor, ActorType } from '../../server/src/analysis/types';

/** An Actor fixture whose mentions are every occurrence of the given spellings in the text. */
export function actor(text: string, id: string, type: ActorType, name: string, ...spellings: string[]): Actor {
  const mentions = [];
  for (const spelling of spellings.length > 0 ? spellings : [name]) {
    for (let index = text.indexOf(spelling); index >= 0; index = text.indexOf(spelling, index + 1)) {
      const before = text[index - 1];
      const after = text[index + spelling.length];
      if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue;
      mentions.push({ start: index, end: index + spelling.length, text: spelling });
    }
  }
  return { id, type, name, mentions: mentions.sort((a, b) => a.start - b.start) };
}
