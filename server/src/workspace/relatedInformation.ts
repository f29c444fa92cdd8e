// The other article's side of a cross-article diagnostic, as LSP `relatedInformation`: every client can show it
// and jump there (VS Code lists it under the diagnostic in the Problems panel and the hover).
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import { rangeOf } from '../positions';
import { articleName, type ArticleSummary } from './articleSummary';
import type { SharedQuote } from './crossArticle';

/** Where each article of `uris` spells the name `spelling`: its first mention written that way (or its actor's first). */
export function spellingLocations(spelling: string, uris: readonly string[], document: TextDocument, annotations: Annotations, others: readonly ArticleSummary[]): DiagnosticRelatedInformation[] {
  const related: DiagnosticRelatedInformation[] = [];
  const message = (uri: string) => `"${spelling}" in ${articleName(uri)}`;
  for (const uri of new Set(uris)) {
    if (uri === document.uri) {
      const actor = annotations.actors.find((candidate) => candidate.name === spelling || candidate.aliases?.includes(spelling));
      const mention = actor && (actor.mentions.find((each) => each.text === spelling) ?? actor.mentions[0]);
      if (mention) related.push({ location: { uri, range: rangeOf(document, mention) }, message: message(uri) });
      continue;
    }
    const article = others.find((candidate) => candidate.uri === uri);
    const actor = article?.actors.find((candidate) => candidate.name === spelling || candidate.aliases.includes(spelling) || candidate.mentions.some((each) => each.text === spelling));
    const mention = actor && (actor.mentions.find((each) => each.text === spelling) ?? actor.mentions[0]);
    if (mention) related.push({ location: { uri, range: mention.range }, message: message(uri) });
  }
  return related;
}

/** The same quotation in each other article that carries it, with what differs. */
export function sharedQuoteLocations(shared: readonly SharedQuote[]): DiagnosticRelatedInformation[] {
  return shared.map((each) => ({ location: { uri: each.uri, range: each.quote.range }, message: `also quoted in ${articleName(each.uri)}: ${each.differences}` }));
}
