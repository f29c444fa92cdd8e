// Features across articles, computed from summaries (the open documents' current analyses and the workspace
// index): which actors are the same across articles, workspace symbols, references, name variants and shared
// quotations.
import { SymbolKind, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { ActorType } from '../analysis/types';
import { articleName, type ArticleSummary, type SummaryActor, type SummaryQuote } from './articleSummary';
import { isNameVariant, transliterationKey } from './nameVariants';
import { isSameActor, type NamedActor } from './sameActor';
import { isSameQuote, quoteDifferences } from './sharedQuotes';

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

export interface NameVariant {
  /** The other spelling. */
  spelling: string;
  /** The articles that spell it that way. */
  uris: string[];
}

/**
 * The people of a set of articles, bucketed by first name, surname and romanized surname: a name variant shares
 * at least one of these with the name it varies (see isNameVariant), so only those buckets are compared, and a
 * workspace of thousands of articles is not compared name by name on every keystroke.
 */
export class PersonLookup {
  private readonly buckets = new Map<string, { uri: string; actor: NamedActor }[]>();

  constructor(articles: readonly { uri: string; actors: readonly NamedActor[] }[]) {
    for (const article of articles) {
      for (const actor of article.actors) {
        if (actor.type !== 'person') continue;
        for (const key of PersonLookup.keys(actor.name)) {
          const bucket = this.buckets.get(key);
          if (bucket) bucket.push({ uri: article.uri, actor });
          else this.buckets.set(key, [{ uri: article.uri, actor }]);
        }
      }
    }
  }

  /** Bucket keys per name, kept across lookups: a workspace's names recur in every analysis. */
  private static readonly keyCache = new Map<string, string[]>();

  private static keys(name: string): string[] {
    let keys = PersonLookup.keyCache.get(name);
    if (!keys) {
      if (PersonLookup.keyCache.size >= 50_000) PersonLookup.keyCache.clear();
      keys = PersonLookup.computeKeys(name);
      PersonLookup.keyCache.set(name, keys);
    }
    return keys;
  }

  private static computeKeys(name: string): string[] {
    const parts = name.trim().split(/\s+/);
    if (parts.length < 2) return [];
    const first = parts[0];
    const last = parts[parts.length - 1];
    return [`first:${first.toLowerCase()}`, `last:${last.toLowerCase()}`, `romanized:${transliterationKey(last)}`];
  }

  candidates(name: string): { uri: string; actor: NamedActor }[] {
    const seen = new Set<{ uri: string; actor: NamedActor }>();
    for (const key of PersonLookup.keys(name)) for (const entry of this.buckets.get(key) ?? []) seen.add(entry);
    return [...seen];
  }
}

/** The other spellings of a person's name met in the looked-up articles (another actor, or another article). */
export function nameVariantsOf(actor: NamedActor, people: PersonLookup): NameVariant[] {
  if (actor.type !== 'person') return [];
  const bySpelling = new Map<string, Set<string>>();
  // The same names recur across a workspace's articles: each spelling is judged once.
  const verdicts = new Map<string, boolean>();
  const isVariant = (name: string) => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) verdicts.set(name, (verdict = isNameVariant(actor.name, name)));
    return verdict;
  };
  for (const { uri, actor: candidate } of people.candidates(actor.name)) {
    if (candidate === actor || !isVariant(candidate.name)) continue;
    const uris = bySpelling.get(candidate.name) ?? new Set<string>();
    uris.add(uri);
    bySpelling.set(candidate.name, uris);
  }
  return [...bySpelling.entries()].map(([spelling, uris]) => ({ spelling, uris: [...uris].sort() }));
}

export interface SharedQuote {
  uri: string;
  quote: SummaryQuote;
  differences: string;
}

/** The direct quotes of other articles with the same words as `text` (or nearly), with what differs. */
export function sameQuoteElsewhere(text: string, others: readonly ArticleSummary[]): SharedQuote[] {
  const shared: SharedQuote[] = [];
  for (const article of others) {
    for (const quote of article.quotes) {
      if (quote.kind === 'direct' && isSameQuote(text, quote.text)) shared.push({ uri: article.uri, quote, differences: quoteDifferences(text, quote.text) });
    }
  }
  return shared;
}

export { isSameActor, type NamedActor };
