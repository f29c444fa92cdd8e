// One actor, many mentions: groups name mentions that name the same actor. A surname or first name joins the
// full name met earlier or later ("Putin" → "Vladimir Putin"), an acronym joins its expansion ("CSTO",
// "EU" → "European Union"), a country's short forms join its name ("U.S." → "United States").
import type { Actor, ActorType, Mention, MentionForm } from '../types';
import { firstStartingFrom } from '../partitionPoint';
import type { TokenList } from '../tokenList';
import { nameKey, type Gazetteer } from './gazetteer';
import { typeByPronouns } from './pronounTypes';
import type { NameMention } from './mentions';
import type { Register } from './register';
import type { RoleReading } from './roles';

const MAX_CANDIDATES = 64;

/**
 * What one linking read besides its mentions, their role readings, the register and the gazetteer, and what it
 * made of each mention: what linkingReuse.ts needs to tell that an edited document's linking is the same.
 */
export interface LinkingRecord {
  /** The token ranges [first, last] the pronoun votes read (typeByPronouns), as pairs. */
  tokenRanges: number[];
  /** Each choice between two parents made by nearness (isBetterParent), as the list places of the first mentions of the name, of the parent weighed and of the best one so far, in threes. */
  nearest: number[];
  /** The list places of the mentions followed by a mention in brackets (isBracketedPair), in order. */
  bracketed: number[];
  /** The place in the result of the actor of the mention at each place of the list. */
  actorAt: Int32Array;
  /** The form of the mention at each place of the list. */
  formAt: MentionForm[];
}

/** The record the linking under way fills, and its mentions (the linking runs to its end: no two at once). */
let recording: { record: LinkingRecord; mentions: readonly NameMention[] } | undefined;

const NAME_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'du', 'la', 'le', 'von', 'van', 'der', '&', "'s"]);

interface Name {
  key: string;
  words: string[];
  mentions: NameMention[];
  type: ActorType;
  parent: Name | undefined;
  form: MentionForm | undefined;
  /** The actor's mentions when this name is a root (actorsOf), else undefined. */
  group: Group | undefined;
}

/** nameKey() with British and American spellings of name words made one ("Organisation" / "Organization"). */
function linkKey(name: string): string {
  // (each name's key made once: an article writes its names again and again, and the key of each mention was a hot spot)
  let key = linkKeys.get(name);
  if (key === undefined) {
    key = newLinkKey(name);
    if (linkKeys.size >= 100_000) linkKeys.clear();
    linkKeys.set(name, key);
  }
  return key;
}

const linkKeys = new Map<string, string>();

function newLinkKey(name: string): string {
  // (each replacement only where its letters occur: three regular expressions per mention were a hot spot)
  let key = nameKey(name);
  if (key.includes('is')) key = key.replace(/(\w)is(ation|ed|ing)\b/g, '$1iz$2');
  if (key.includes('defence')) key = key.replace(/\bdefence\b/g, 'defense');
  if (key.includes('centre')) key = key.replace(/\bcentre\b/g, 'center');
  return key;
}

function majorityType(mentions: readonly NameMention[]): ActorType {
  // (most names have mentions of one type: that one, without a map and a sort per name)
  const first = mentions[0].type;
  let mixed = false;
  for (let at = 1; at < mentions.length && !mixed; at++) mixed = mentions[at].type !== first;
  if (!mixed) return first;
  const counts = new Map<ActorType, number>();
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function isAcronym(key: string, text: string): boolean {
  return /^[A-Z][A-Z.&]{1,7}$/.test(text.replace(/\s/g, '')) && key.length >= 2;
}

function initials(words: readonly string[]): string {
  // (a loop: filter, map and join made three arrays per name)
  let letters = '';
  for (const word of words) if (!NAME_STOPWORDS.has(word) && /^\p{L}/u.test(word)) letters += word[0];
  return letters;
}

/** "csto" abbreviates "collective security treaty organisation"; "eads" abbreviates "european aeronautic defence and space company". */
function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = words
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word[0])
    .join('');
  let position = 0;
  for (const letter of acronym.replace(/[^a-z]/g, '')) {
    position = letters.indexOf(letter, position) + 1;
    if (position === 0) return false;
  }
  return acronym[0] === letters[0];
}

/** True when `part` is a run of `whole`'s words at its start or end ("Putin" of "Vladimir Putin"). */
function isNamePart(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length >= whole.length) return false;
  const atStart = part.every((word, index) => whole[index] === word);
  const atEnd = part.every((word, index) => whole[whole.length - part.length + index] === word);
  return atStart || atEnd;
}

/**
 * "CSTO Collective Forces" is the long form of "Collective Forces": the same words after the acronym of the body
 * that owns them.
 */
function isOwnedForm(part: readonly string[], whole: Name): boolean {
  if (whole.words.length !== part.length + 1 || !part.every((word, index) => whole.words[index + 1] === word)) return false;
  return whole.mentions.some((mention) => /^\p{Lu}{2,6}\s/u.test(mention.text));
}

/** Splits the place mentions of a name voted an organization, and the organization mentions of one voted a place, into a name of their own. */
function splitTownsFromTeams(byKey: Map<string, Name>, nameOf: NamesOfMentions): void {
  for (const [key, name] of [...byKey]) {
    const other: ActorType | undefined = name.type === 'organization' ? 'place' : name.type === 'place' ? 'organization' : undefined;
    if (other === undefined || !hasMentionOfType(name.mentions, other)) continue;
    const split: Name = {
      key,
      words: name.words,
      mentions: name.mentions.filter((mention) => mention.type === other),
      type: other,
      parent: undefined,
      form: undefined,
      group: undefined,
    };
    name.mentions = name.mentions.filter((mention) => mention.type !== other);
    byKey.set(`${key}\u0000${other}`, split);
    for (const mention of split.mentions) nameOf.set(mention, split);
  }
}

/** A place is never a short form of an organization named after it ("Milwaukee" / "Milwaukee Health Department"). */
function isPlaceName(name: Name, names?: Gazetteer): boolean {
  return name.type === 'place' || hasMentionOfType(name.mentions, 'place') || names?.phrases.get(name.key) === 'loc';
}

// (loops, not some/every with a callback: a callback written in a function is a new closure per call, whose optimized
// code is dropped at each full collection and compiled again while typing; these run for every name of the document)

/** Whether one of `mentions` is of type `type`. */
function hasMentionOfType(mentions: readonly NameMention[], type: ActorType): boolean {
  for (const mention of mentions) if (mention.type === type) return true;
  return false;
}

/** Whether one of `mentions` is a dateline's. */
function hasDatelineMention(mentions: readonly NameMention[]): boolean {
  for (const mention of mentions) if (mention.dateline) return true;
  return false;
}

/** Whether every one of `mentions` is a dateline's. */
function onlyDatelineMentions(mentions: readonly NameMention[]): boolean {
  for (const mention of mentions) if (!mention.dateline) return false;
  return true;
}

/** Whether none of `words` is a stop word of names. */
function withoutStopwords(words: readonly string[]): boolean {
  for (const word of words) if (NAME_STOPWORDS.has(word)) return false;
  return true;
}

/**
 * `register`: on the sports pages a town and the team named after it are two actors ("Leeds beat Hull" / "Hull at
 * Leeds", the venue): mentions the tagger typed a place stay apart from those it typed the team.
 */
// (in steps of their own, each compiled on its own: one function of all of them was the analyzer's costliest to
// optimize, and compiled again each time one part of it met a new case)
export function linkMentions(
  text: string,
  tokens: TokenList,
  mentions: readonly NameMention[],
  readings: ReadonlyMap<NameMention, RoleReading>,
  names: Gazetteer,
  register: Register = 'news',
  record?: LinkingRecord,
): Actor[] {
  recording = record && { record, mentions };
  try {
    return linkedActors(text, tokens, mentions, readings, names, register);
  } finally {
    recording = undefined;
  }
}

function linkedActors(
  text: string,
  tokens: TokenList,
  mentions: readonly NameMention[],
  readings: ReadonlyMap<NameMention, RoleReading>,
  names: Gazetteer,
  register: Register,
): Actor[] {
  const { byKey, nameOf } = namesByKey(mentions);
  const nameStarts = new TokenFlags(tokens.length);
  for (const mention of mentions) nameStarts.add(mention.first);
  const tokenRanges = recording?.record.tokenRanges;
  for (const name of byKey.values()) name.type = typeByPronouns(tokens, name.mentions, majorityType(name.mentions), nameStarts, tokenRanges);
  if (register === 'sports') splitTownsFromTeams(byKey, nameOf);
  splitDatelinePlaces(byKey, nameOf, register);
  linkBracketedAcronyms(tokens, mentions, nameOf);
  const all = [...byKey.values()];
  const index = nameIndex(all, names);
  for (const name of all) {
    if (name.parent) continue;
    const best = bestParent(name, index, names);
    if (best) {
      name.parent = best.parent;
      name.form = best.form;
    }
  }
  return actorsOf(text, tokens, mentions, readings, nameOf);
}

/**
 * A set of token indices as a flag per token (a Set of a long article's name starts was a hot spot of linkMentions);
 * indices outside the tokens in a Set.
 */
class TokenFlags {
  private readonly flags: Uint8Array;
  private outside: Set<number> | undefined;

  constructor(count: number) {
    this.flags = new Uint8Array(count);
  }

  add(index: number): void {
    if (index >= 0 && index < this.flags.length) this.flags[index] = 1;
    else (this.outside ??= new Set()).add(index);
  }

  has(index: number): boolean {
    return index >= 0 && index < this.flags.length ? this.flags[index] === 1 : this.outside?.has(index) === true;
  }
}

/**
 * key.split(' '), always a packed array: V8 hands a split it has made before out of a cache as a holey array, and
 * the functions reading names' words were optimized again each time they met the other kind ("wrong map").
 */
function spaceSeparated(key: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', from)) {
    words.push(key.slice(from, at));
    from = at + 1;
  }
  words.push(key.slice(from));
  return words;
}

/** The mentions grouped by their link key, each group a Name. */
function namesByKey(mentions: readonly NameMention[]): { byKey: Map<string, Name>; nameOf: NamesOfMentions } {
  const byKey = new Map<string, Name>();
  const names: Name[] = [];
  for (const mention of mentions) {
    const key = linkKey(mention.text);
    let name = byKey.get(key);
    // (parent and form set to undefined here, filled by the linking: one hidden class for every Name)
    if (!name) byKey.set(key, (name = { key, words: spaceSeparated(key), mentions: [], type: mention.type, parent: undefined, form: undefined, group: undefined }));
    name.mentions.push(mention);
    names.push(name);
  }
  return { byKey, nameOf: new NamesOfMentions(mentions, names) };
}

/**
 * Each mention's Name, by the mention's place in the list (a Map entry per mention of a long article was most of
 * the linking's garbage on every edit). A mention itself is found by its start, the list being in start order (else
 * by a scan); a mention listed twice has one Name, set at every place it holds, as a Map by mention kept it.
 */
class NamesOfMentions {
  private readonly inStartOrder: boolean;

  constructor(
    private readonly mentions: readonly NameMention[],
    private readonly names: Name[],
  ) {
    let ordered = true;
    for (let at = 1; at < mentions.length && ordered; at++) ordered = mentions[at - 1].start <= mentions[at].start;
    this.inStartOrder = ordered;
  }

  /** The Name of the mention at `index` of the list. */
  at(index: number): Name {
    return this.names[index];
  }

  /** The Name of `mention` (undefined when it is not in the list). */
  get(mention: NameMention): Name | undefined {
    const at = placeInList(this.mentions, mention);
    return at < 0 ? undefined : this.names[at];
  }

  /** Gives `mention` (at every place it holds in the list) the Name `name`. */
  set(mention: NameMention, name: Name): void {
    const mentions = this.mentions;
    if (!this.inStartOrder) {
      for (let at = 0; at < mentions.length; at++) if (mentions[at] === mention) this.names[at] = name;
      return;
    }
    for (let at = firstStartingFrom(mentions, mention.start); at < mentions.length && mentions[at].start === mention.start; at++)
      if (mentions[at] === mention) this.names[at] = name;
  }
}

/**
 * A dateline's town is a place even where the rest of the article names its team the same way ("NEW YORK" over
 * baseball results): its mentions then are a place of their own. Outside the sports pages a dateline's town is no
 * team: the name is the place wherever the article writes it ("HARBOR CITY" over "Harbor City should wait").
 */
function splitDatelinePlaces(byKey: Map<string, Name>, nameOf: NamesOfMentions, register: Register): void {
  // (the names with a dateline mention picked first: a copy of every entry was garbage, and few names have one)
  const datelined: [string, Name][] = [];
  byKey.forEach((name, key) => {
    if (name.type !== 'place' && hasDatelineMention(name.mentions)) datelined.push([key, name]);
  });
  for (const [key, name] of datelined) {
    if (register !== 'sports') {
      name.type = 'place';
      continue;
    }
    const place: Name = {
      key,
      words: name.words,
      mentions: name.mentions.filter((mention) => mention.dateline),
      type: 'place',
      parent: undefined,
      form: undefined,
      group: undefined,
    };
    name.mentions = name.mentions.filter((mention) => !mention.dateline);
    if (name.mentions.length === 0) {
      name.type = 'place';
      name.mentions = place.mentions;
      continue;
    }
    byKey.set(`${key}\u0000dateline`, place);
    for (const mention of place.mentions) nameOf.set(mention, place);
  }
}

/** "Collective Security Treaty Organisation (CSTO)": the bracketed acronym names the mention before it. */
function linkBracketedAcronyms(tokens: TokenList, mentions: readonly NameMention[], nameOf: NamesOfMentions): void {
  for (let index = 0; index < mentions.length; index++) {
    if (!isBracketedPair(tokens, mentions, index)) continue;
    recording?.record.bracketed.push(index);
    const next = mentions[index + 1];
    const acronym = nameOf.at(index + 1);
    const expansion = nameOf.at(index);
    if (acronym !== expansion && expansion.type !== 'person' && isAcronym(acronym.key, next.text) && acronym.words.length === 1 && abbreviates(acronym.key, expansion.words)) {
      acronym.parent = expansion;
      acronym.form = 'acronym';
    }
  }
}

/** Whether the mention at `index` of the list is followed by "(", the next mention and ")". */
export function isBracketedPair(tokens: TokenList, mentions: readonly NameMention[], index: number): boolean {
  const mention = mentions[index];
  const next = mentions[index + 1];
  return next !== undefined && next.first === mention.last + 2 && tokens.wordAt(mention.last + 1)?.norm === '(' && tokens.wordAt(next.last + 1)?.norm === ')';
}

/**
 * Only names that share a first or last word, the initials or the country can be linked: they are indexed so that a
 * long article with thousands of names links in linear time.
 */
interface NameIndex {
  first: Map<string, Name[]>;
  last: Map<string, Name[]>;
  initials: Map<string, Name[]>;
  country: Map<string, Name[]>;
}

function nameIndex(all: readonly Name[], names: Gazetteer): NameIndex {
  // (a map per kind of key, keyed by the word itself: no "first:…" string made per name and per lookup)
  const index: NameIndex = { first: new Map(), last: new Map(), initials: new Map(), country: new Map() };
  for (const name of all) {
    addToIndex(index.first, name.words[0], name);
    addToIndex(index.last, name.words[name.words.length - 1], name);
    if (name.type !== 'person') addToIndex(index.initials, initials(name.words), name);
    const country = names.country.get(name.key);
    if (country !== undefined) addToIndex(index.country, country, name);
  }
  return index;
}

/**
 * An article has a handful of names sharing a word; text made of nothing but capitalized words has thousands, and
 * comparing each with all of them would be quadratic: the first MAX_CANDIDATES names of a word are compared (added
 * to `into`, in order).
 */
function addNearest(into: Set<Name>, list: Name[] | undefined): void {
  if (!list) return;
  const count = Math.min(list.length, MAX_CANDIDATES);
  for (let at = 0; at < count; at++) into.add(list[at]);
}

interface Parent {
  parent: Name;
  form: MentionForm;
  tier: number;
}

/** Whether `parent` at `tier` is a better parent for `name` than `best`. */
function isBetterParent(name: Name, parent: Name, tier: number, best: Parent | undefined): boolean {
  if (!best) return true;
  if (tier !== best.tier) return tier < best.tier;
  if (parent.words.length !== best.parent.words.length) return parent.words.length > best.parent.words.length;
  const start = name.mentions[0].start;
  if (recording !== undefined) recording.record.nearest.push(placeOf(name.mentions[0]), placeOf(parent.mentions[0]), placeOf(best.parent.mentions[0]));
  return Math.abs(parent.mentions[0].start - start) < Math.abs(best.parent.mentions[0].start - start);
}

/** The place of `mention` in the list the linking under way reads. */
function placeOf(mention: NameMention): number {
  return placeInList(recording!.mentions, mention);
}

/** The place of `mention` in `mentions` (found by its start in a list in start order, else by a scan), or -1. */
export function placeInList(mentions: readonly NameMention[], mention: NameMention): number {
  for (let at = firstStartingFrom(mentions, mention.start); at < mentions.length && mentions[at].start === mention.start; at++) if (mentions[at] === mention) return at;
  return mentions.indexOf(mention);
}

/**
 * The name `name` is a short form of, if any: a part of a person's name first ("Putin"), then an acronym or the
 * first words of an organization ("Magna" of "Magna International Inc"); among several, the longest name, then the
 * nearest.
 */
function bestParent(name: Name, index: NameIndex, names: Gazetteer): Parent | undefined {
  const surface = name.mentions[0].text;
  // (each candidate weighed by a module-level function, not a closure made per name)
  let best: Parent | undefined;
  const acronym = isAcronym(name.key, surface);
  const namesPlace = isPlaceName(name, names);
  // (added in the same order as the spread arrays this was made of, without them: this runs for every name)
  const candidates = new Set<Name>();
  addNearest(candidates, index.first.get(name.words[0]));
  addNearest(candidates, index.last.get(name.words[name.words.length - 1]));
  if (acronym) addNearest(candidates, index.initials.get(name.key.replace(/[&\s]/g, '')));
  for (const other of candidates) {
    if (other === name || (other.words.length <= name.words.length && !acronym)) continue;
    // A dateline's place is no long form of an organization's name ("U.N." below "UNITED NATIONS, May 4").
    if (name.type !== 'place' && other.type === 'place' && onlyDatelineMentions(other.mentions)) continue;
    if (acronym && other.type !== 'person' && initials(other.words) === name.key.replace(/[&\s]/g, '')) best = considered(name, other, 'acronym', 1, best);
    else if (other.type === 'person' && isNamePart(name.words, other.words) && (name.type === 'person' || !names.phrases.has(name.key)))
      best = considered(name, other, 'partial', 0, best);
    else if (other.type === 'organization' && !namesPlace && isNamePart(name.words, other.words) && other.words[0] === name.words[0] && withoutStopwords(name.words)) {
      best = considered(name, other, 'partial', 2, best);
    } else if (other.type === 'organization' && !namesPlace && isOwnedForm(name.words, other)) {
      best = considered(name, other, 'partial', 2, best);
    }
  }
  const country = names.country.get(name.key);
  if (!best && country) {
    for (const other of index.country.get(country) ?? []) {
      if (other !== name && names.country.get(other.key) === country && other.key.length > name.key.length) best = considered(name, other, 'alias', 3, best);
    }
  }
  return best;
}

/** `parent` as `name`'s parent in `form` at `tier` when it is a better one than `best`, else `best`. */
function considered(name: Name, parent: Name, form: MentionForm, tier: number, best: Parent | undefined): Parent | undefined {
  return parent !== name && isBetterParent(name, parent, tier, best) ? { parent, form, tier } : best;
}

function root(name: Name): Name {
  // Most chains are a step or two and end: walked without a set (one per mention was garbage); a long one, which may
  // be a cycle, is walked again with the set, which stops at the first name met twice.
  let top = name;
  for (let steps = 0; steps < 32 && top.parent; steps++) top = top.parent;
  if (!top.parent) return top;
  const seen = new Set<Name>();
  while (name.parent && !seen.has(name)) {
    seen.add(name);
    name = name.parent;
  }
  return name;
}

/** One actor per root name, in order of first mention. */
function actorsOf(text: string, tokens: TokenList, mentions: readonly NameMention[], readings: ReadonlyMap<NameMention, RoleReading>, nameOf: NamesOfMentions): Actor[] {
  // (each mention's own name looked up once, kept beside it in its group: three lookups per mention were most of this)
  // (each root's group on the root itself, the roots in order of first mention: a Map by name, looked up per mention,
  // and a second one for the canonical names were a good part of this)
  const tops: Name[] = [];
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    const own = nameOf.at(at);
    const top = root(own);
    let group = top.group;
    if (group === undefined) {
      top.group = group = { mentions: [], owns: [], name: '', index: tops.length };
      tops.push(top);
    }
    group.mentions.push(mention);
    group.owns.push(own);
    if (recording !== undefined) {
      recording.record.actorAt[at] = group.index;
      recording.record.formAt[at] = formOf(own, top);
    }
  }
  for (const top of tops) top.group!.name = sourceText(text, tokens, ownMention(top.group!, top));
  // (loops and module-level functions, no callback: a closure made per actor was garbage and compiled again)
  const actors: Actor[] = [];
  for (const top of tops) {
    const { mentions: group, owns, name } = top.group!;
    const mentionsOfActor = new Array<Mention>(group.length);
    for (let at = 0; at < group.length; at++) {
      const mention = group[at];
      const own = owns[at];
      mentionsOfActor[at] = newMention(mention.start, mention.end, sourceText(text, tokens, mention), formOf(own, top));
    }
    const actor: Actor = { id: `a${actors.length + 1}`, type: top.type, name, mentions: mentionsOfActor };
    // (the distinct texts other than the name, in order, without a set and its copies per actor)
    const aliases: string[] = [];
    let last = name;
    for (const mention of actor.mentions) {
      // (a text the same as the mention's before it is no new alias: neither the name nor missing from the list)
      if (mention.text === last) continue;
      last = mention.text;
      if (mention.text !== name && !aliases.includes(mention.text)) aliases.push(mention.text);
    }
    if (aliases.length) actor.aliases = aliases;
    for (const mention of group) {
      // (nothing changes once the actor has a role and an affiliation)
      if (actor.role && actor.affiliation) break;
      const reading = readings.get(mention);
      if (!reading) continue;
      if (reading.role && !actor.role) actor.role = reading.role;
      if (reading.affiliation && !actor.affiliation) {
        const affiliation = reading.affiliation;
        if (typeof affiliation === 'string') actor.affiliation = affiliation;
        else if ('noun' in affiliation) actor.affiliation = organizationCalled(affiliation.noun, tops);
        else actor.affiliation = root(nameOf.get(affiliation)!).group?.name;
      }
    }
    actors.push(actor);
  }
  return actors;
}

/** The form of a mention whose own name is `own` in the actor whose root name is `top`. */
function formOf(own: Name, top: Name): MentionForm {
  return own === top ? 'full' : (own.form ?? 'alias');
}

/**
 * text.slice(mention.start, mention.end). A mention of one token, spanning it exactly, is that token's text, which the
 * tokens hold already (TokenList.text: the source text at the token's place): the actors of an edit then make no new
 * string for most mentions (a slice per mention was a third of what linking kept for the next edit; comparing the
 * mention's own text with the source, character by character, cost more than the slice it spared).
 */
export function sourceText(text: string, tokens: TokenList, mention: NameMention): string {
  const first = mention.first;
  if (first === mention.last && first >= 0 && first < tokens.length && tokens.start(first) === mention.start && tokens.end(first) === mention.end) return tokens.text(first);
  return text.slice(mention.start, mention.end);
}

/**
 * { start, end, text, form }, its fields stored one by one into an empty object. (Written as an object literal, the
 * actors' mentions came out, in some runs, with a hidden class outdated when other objects' start and end turned from
 * small integers to doubles (sentenceSpeechCache.ts foundBy): the first step to read each mention (nominals.ts
 * mentionsByStart) then moved it to the current class, about a microsecond per mention, 5-6 ms of an edit of the 400 KB
 * article. Stores follow the current class. The same fields in the same order: the same object.)
 */
export function newMention(start: number, end: number, text: string, form: MentionForm): Mention {
  const mention = {} as Mention;
  mention.start = start;
  mention.end = end;
  mention.text = text;
  mention.form = form;
  return mention;
}

/** An actor's mentions in order, and the name of each (its own, before linking to the root). */
interface Group {
  mentions: NameMention[];
  owns: Name[];
  /** The actor's name: the source text of ownMention(). */
  name: string;
  /** The actor's place among the actors. */
  index: number;
}

/** The first of a group's mentions whose own name is the group's root (the name written in full), else its first. */
function ownMention(group: Group, top: Name): NameMention {
  for (let at = 0; at < group.owns.length; at++) if (group.owns[at] === top) return group.mentions[at];
  return group.mentions[0];
}

/** "the coalition", "the department": the organization of the article whose name has that word, when only one has. */
function organizationCalled(noun: string, tops: readonly Name[]): string | undefined {
  const word = noun.toLowerCase();
  let fitting: Name | undefined;
  let count = 0;
  for (const top of tops) {
    if (top.type !== 'organization' || !top.words.includes(word)) continue;
    if (count++ === 0) fitting = top;
  }
  return count === 1 ? fitting!.group!.name : undefined;
}

function addToIndex(index: Map<string, Name[]>, key: string, name: Name): void {
  const list = index.get(key);
  if (list) list.push(name);
  else index.set(key, [name]);
}
