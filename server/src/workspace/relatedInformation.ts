// The other article's side of a cross-article diagnostic, as LSP `relatedInformation`: every client can show it
// and jump there (VS Code lists it under the diagnostic in the Problems panel and the hover).
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import { rangeOf } from '../positions';
import { articleName } from './articleSummary';
import type { IndexedQuote, NameVariantFound } from './crossIndex';

/** Where each article spells the name the other way: its first mention written so (in this document, the actor's). */
export function spellingLocations(variant: NameVariantFound, document: TextDocument, annotations: Annotations): DiagnosticRelatedInformation[] {
  const message = (uri: string) => `"${variant.spelling}" in ${articleName(uri)}`;
  const related: DiagnosticRelatedInformation[] = [];
  if (variant.uris.includes(document.uri)) {
    const actor = annotations.actors.find((candidate) => candidate.name === variant.spelling || candidate.aliases?.includes(variant.spelling));
    const mention = actor && (actor.mentions.find((each) => each.text === variant.spelling) ?? actor.mentions[0]);
    if (mention) related.push({ location: { uri: document.uri, range: rangeOf(document, mention) }, message: message(document.uri) });
  }
  for (const { uri, range } of variant.mentions) if (uri !== document.uri) related.push({ location: { uri, range }, message: message(uri) });
  return related.slice(0, MAX_RELATED_ARTICLES);
}

/** Other articles linked from one diagnostic at the most: a wire story can recur in a thousand copies. */
export const MAX_RELATED_ARTICLES = 20;

/** The same quotation in each other article that carries it, one location per article. */
export function sharedQuoteLocations(shared: readonly IndexedQuote[]): DiagnosticRelatedInformation[] {
  const seen = new Set<string>();
  return shared.flatMap((each) => {
    if (seen.has(each.uri) || seen.size >= MAX_RELATED_ARTICLES) return [];
    seen.add(each.uri);
    return [{ location: { uri: each.uri, range: each.range }, message: `also quoted in ${articleName(each.uri)}` }];
  });
}
