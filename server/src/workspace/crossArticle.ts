// Features across articles, computed from summaries (the open documents' current analyses and the workspace
// index): which actors are the same across articles, workspace symbols, references. Name variants and shared
// quotations are looked up in the cross-article index (crossIndex.ts).
import { SymbolKind, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { ActorType } from '../analysis/types';
import { articleName, type ArticleSummary, type SummaryActor, type SummaryQuote } from './articleSummary';
import { isNameVariant } from './nameVariants';
import { isSameActor, type NamedActor } from './sameActor';

const ACTOR_SYMBOL_KIND: Record<ActorType, SymbolKind> = { person: SymbolKind.Object, organization: SymbolKind.Struct, place: SymbolKind.Package };

/** Whether every character of the query appears in the name in order (VS Code's own fuzzy rule), ignoring case. */
export function matchesQuery(name: string, query: string): boolean {
  const target = name.toLowerCase();
  let from = 0;
  for (const character of query.toLowerCase().replace(/\s+/g, '')) {
    from = target.indexOf(character, from);
    if (from < 0) return false;
    from++;
  }
  return true;
}

/** workspace/symbol: one symbol per actor per article, at its first mention, named by canonical name. */
export function workspaceSymbols(articles: readonly ArticleSummary[], query: string, limit = 500): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const article of articles) {
    for (const actor of article.actors) {
      if (!actor.mentions.length || !matchesQuery(actor.name, query)) continue;
      const first = actor.mentions.find((mention) => mention.form === 'full') ?? actor.mentions[0];
      symbols.push({ name: actor.name, kind: ACTOR_SYMBOL_KIND[actor.type], location: { uri: article.uri, range: first.range }, containerName: articleName(article.uri) });
      if (symbols.length >= limit) return symbols;
    }
  }
  return symbols;
}

/** Every mention, in the other articles, of the actors that are `actor` (same name, alias or spelling variant). */
/** The actors of other articles that are `actor` (the same actor, or a person whose name is a spelling variant). */
export function sameActorElsewhere(actor: NamedActor, others: readonly ArticleSummary[]): { uri: string; actor: SummaryActor }[] {
  const found: { uri: string; actor: SummaryActor }[] = [];
  for (const article of others) {
    for (const candidate of article.actors) {
      const same = isSameActor(actor, candidate) || (actor.type === 'person' && candidate.type === 'person' && isNameVariant(actor.name, candidate.name));
      if (same) found.push({ uri: article.uri, actor: candidate });
    }
  }
  return found;
}

export function referencesElsewhere(actor: NamedActor, others: readonly ArticleSummary[]): Location[] {
  return sameActorElsewhere(actor, others).flatMap(({ uri, actor: candidate }) =>
    candidate.mentions.filter((mention) => mention.form !== 'pronoun').map((mention) => ({ uri, range: mention.range })),
  );
}

/** A quote of another article with the same words (found through the cross-article index), for a hover. */
export interface SharedQuote {
  uri: string;
  quote: Pick<SummaryQuote, 'range'>;
  /** The quote's words in that article, when they could be read. */
  wording?: string;
  differences: string;
}

export { isSameActor, type NamedActor };
