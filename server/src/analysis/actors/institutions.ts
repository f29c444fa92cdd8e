// Names of institutions written out in full ("Moscow State Institute of International Relations", "Russian Academy
// of Sciences", "European People's Party"): a run of capitalized words, joined by "of", "for", "and", "&" or a
// possessive, that contains a word naming a kind of organization. The tagger often splits such long names at a
// place or a nationality inside them; the run is one organization.
import type { Token } from '../tokens';
import { headlineLines } from './features';
import { INSTITUTION_HEADS, nameKey, type Gazetteer } from './gazetteer';
import { CALENDAR_WORD, type NameMention } from './mentions';

// Capitalized words that open a sentence or a clause without being part of a name.
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'as', 'after', 'before', 'while', 'when', 'if', 'according', 'meanwhile', 'however', 'under', 'during', 'among']);

/** Title-case words only (a capital, then a small letter): all-caps lines (tables, shouted headlines) say nothing about where names end. */
function capitalized(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}[\p{Ll}'’-]/u.test(token.norm) && !CALENDAR_WORD.test(token.norm);
}

function isHead(token: Token | undefined): boolean {
  return token !== undefined && INSTITUTION_HEADS.has(token.norm.toLowerCase());
}

/** Replaces tagger mentions inside each institution name by one organization mention of the whole name. */
export function joinInstitutionNames(tokens: readonly Token[], mentions: readonly NameMention[], names: Gazetteer): NameMention[] {
  const headline = headlineLines(tokens);
  const chains: NameMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!capitalized(tokens[index]) || headline[index] || OPENERS.has(tokens[index].norm.toLowerCase())) {
      index++;
      continue;
    }
    const first = index;
    let last = index;
    let cursor = index + 1;
    let sawPreposition = false;
    for (;;) {
      const word = tokens[cursor]?.norm.toLowerCase();
      const next = tokens[cursor + 1];
      if (capitalized(tokens[cursor]) && !headline[cursor]) last = cursor++;
      else if ((word === 'of' || word === 'for') && capitalized(next)) {
        sawPreposition = true;
        cursor++;
      } else if (((word === 'and' && sawPreposition) || word === '&') && capitalized(next)) cursor++;
      else if (word === "'s" && isHead(next)) cursor++;
      else break;
    }
    index = last + 1;
    if (last === first || !tokens.slice(first, last + 1).some(isHead)) continue;
    const key = nameKey(tokens.slice(first, last + 1).map((token) => token.norm).join(' '));
    if (names.phrases.get(key) === 'loc') continue; // "Russian Federation", "United Arab Emirates" are places
    chains.push({ type: 'organization', first, last, start: tokens[first].start, end: tokens[last].end, text: tokens.slice(first, last + 1).map((token) => token.norm).join(' ') });
  }
  if (chains.length === 0) return [...mentions];
  // A tagger name that reaches outside the run wins over it.
  const crosses = (mention: NameMention, chain: NameMention) =>
    mention.first <= chain.last && chain.first <= mention.last && (mention.first < chain.first || mention.last > chain.last);
  // A person inside ("Agriculture Secretary Dan Glickman") means the run is not one institution's name.
  const kept = chains.filter(
    (chain) => !mentions.some((mention) => crosses(mention, chain) || (mention.type === 'person' && mention.first >= chain.first && mention.last <= chain.last)),
  );
  const inside = (mention: NameMention) => kept.some((chain) => mention.first >= chain.first && mention.last <= chain.last);
  return [...mentions.filter((mention) => !inside(mention)), ...kept].sort((a, b) => a.start - b.start);
}
