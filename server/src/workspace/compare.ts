// Compare Articles: two analyzed versions of a story in, what they share and what differs out (the JSON that
// schema/compare.schema.json documents). Pure: no files, no editor; the CLI and the server both call it.
import type { Annotations } from '../analysis/types';
import { compareActors } from './compareActors';
import { compareDates } from './compareDates';
import { compareNumbers } from './compareNumbers';
import { compareQuotes } from './compareQuotes';
import { matchSentences, sentencesOf } from './compareSentences';
import type { ComparisonResult } from './compareTypes';

export interface ComparedArticle {
  /** How the result names the article: a URI in the editor, the path given on the command line. */
  uri: string;
  text: string;
  annotations: Annotations;
}

export function compareArticles(a: ComparedArticle, b: ComparedArticle): ComparisonResult {
  const sentencePairs = matchSentences(sentencesOf(a.text, a.annotations.blocks), sentencesOf(b.text, b.annotations.blocks));
  return {
    a: a.uri,
    b: b.uri,
    quotes: compareQuotes(a.annotations, b.annotations),
    actors: compareActors(a.annotations, b.annotations),
    dates: compareDates(a.annotations, b.annotations, sentencePairs),
    numbers: compareNumbers(a.text, a.annotations, b.text, b.annotations, sentencePairs),
  };
}

export type { ComparisonResult };
