// Who is quoted: each speaker of an article (or of every article of the workspace) with role and affiliation, the
// number of direct and indirect quotes; unnamed sources ("experts", "the minister") and anonymous ones ("a source
// close to the talks") counted apart, and the quotes with no speaker. Pure, over a location type of the caller's
// choice: offsets for the CLI, ranges for the editor.
import type { ActorType, QuoteKind } from '../analysis/types';
import { isNameVariant } from './nameVariants';
import { nameKey } from './notActors';

export type SourceKind = 'named' | 'unnamed' | 'anonymous';

export interface SourceArticle<L> {
  uri: string;
  actors: readonly { id: string; type: ActorType; name: string; role?: string; affiliation?: string }[];
  quotes: readonly { id: string; kind: QuoteKind; text: string; speaker?: { name: string; actorId?: string }; location: L }[];
}

export interface SourceQuote<L> {
  uri: string;
  id: string;
  kind: 'direct' | 'indirect';
  text: string;
  location: L;
}

export interface Source<L> {
  name: string;
  kind: SourceKind;
  /** The speaker's actor type, when the speaker is an actor of the article. */
  type?: ActorType;
  role?: string;
  affiliation?: string;
  direct: number;
  indirect: number;
  /** Other spellings of the name in other articles ("Darya Saprynskaya" beside "Daria Saprynskaya"). */
  spellings?: string[];
  /** The articles quoting this source. */
  articles: string[];
  quotes: SourceQuote<L>[];
}

export interface SourcesResult<L> {
  sources: Source<L>[];
  noSpeaker: SourceQuote<L>[];
  counts: { named: number; unnamed: number; anonymous: number; direct: number; indirect: number; noSpeaker: number };
}

/** Speakers kept unnamed on purpose: "a source", "officials who asked not to be named", "people familiar with …". */
const ANONYMOUS =
  /\b(?:sources?|insiders?|anonymous|anonymity|(?:asked|declined|spoke|speaking) (?:not )?(?:to be )?(?:on condition|named|identified)|not authori[sz]ed to|(?:people|persons?) familiar with|familiar with the (?:matter|talks|plans?|discussions?))\b/i;
/** A description rather than a name: it starts with a determiner or is a pronoun. */
const DESCRIPTION = /^(?:the|a|an|this|that|these|those|some|several|many|other|one|two|three|he|she|they|it|we|i|you|his|her|their|its|our)\b/i;

/** Whether a speaker is named, a description of someone unnamed, or kept anonymous on purpose. */
export function sourceKind(name: string, isActor: boolean): SourceKind {
  if (ANONYMOUS.test(name)) return 'anonymous';
  if (isActor) return 'named';
  return /^\p{Lu}/u.test(name) && !DESCRIPTION.test(name) ? 'named' : 'unnamed';
}

export function sourcesOf<L>(articles: readonly SourceArticle<L>[]): SourcesResult<L> {
  const byKey = new Map<string, Source<L>>();
  const noSpeaker: SourceQuote<L>[] = [];
  for (const article of articles) {
    const actors = new Map(article.actors.map((actor) => [actor.id, actor]));
    const byName = new Map(article.actors.map((actor) => [nameKey(actor.name), actor]));
    for (const quote of article.quotes) {
      if (quote.kind === 'title') continue;
      const entry: SourceQuote<L> = { uri: article.uri, id: quote.id, kind: quote.kind, text: quote.text, location: quote.location };
      if (!quote.speaker || !quote.speaker.name.trim()) {
        noSpeaker.push(entry);
        continue;
      }
      const actor = (quote.speaker.actorId ? actors.get(quote.speaker.actorId) : undefined) ?? byName.get(nameKey(quote.speaker.name));
      const name = actor?.name ?? quote.speaker.name.replace(/\s+/g, ' ').trim();
      const kind = sourceKind(name, !!actor);
      // Unnamed speakers are counted per description ("experts" in two articles is one line, not one source).
      const key = `${kind}:${actor?.type ?? ''}:${nameKey(name)}`;
      let source = byKey.get(key);
      if (!source && actor?.type === 'person') {
        // One person spelled two ways in two articles is one source.
        source = [...byKey.values()].find((other) => other.type === 'person' && isNameVariant(other.name, name));
        if (source && !(source.spellings ??= []).includes(name)) source.spellings.push(name);
        if (source) byKey.set(key, source);
      }
      if (!source) {
        source = { name, kind, ...(actor ? { type: actor.type } : {}), direct: 0, indirect: 0, articles: [], quotes: [] };
        byKey.set(key, source);
      }
      // The first role stated wins; another article may state none.
      if (actor?.role && !source.role) source.role = actor.role;
      if (actor?.affiliation && !source.affiliation) source.affiliation = actor.affiliation;
      if (quote.kind === 'direct') source.direct++;
      else source.indirect++;
      if (!source.articles.includes(article.uri)) source.articles.push(article.uri);
      source.quotes.push(entry);
    }
  }
  const order: Record<SourceKind, number> = { named: 0, unnamed: 1, anonymous: 2 };
  const sources = [...new Set(byKey.values())].sort((a, b) => order[a.kind] - order[b.kind] || b.direct + b.indirect - (a.direct + a.indirect) || a.name.localeCompare(b.name));
  const count = (kind: SourceKind) => sources.filter((source) => source.kind === kind).length;
  return {
    sources,
    noSpeaker,
    counts: {
      named: count('named'),
      unnamed: count('unnamed'),
      anonymous: count('anonymous'),
      direct: sources.reduce((sum, source) => sum + source.direct, 0) + noSpeaker.filter((quote) => quote.kind === 'direct').length,
      indirect: sources.reduce((sum, source) => sum + source.indirect, 0) + noSpeaker.filter((quote) => quote.kind === 'indirect').length,
      noSpeaker: noSpeaker.length,
    },
  };
}
