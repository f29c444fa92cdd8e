// Turns a speaker phrase into a Speaker: the actor it names (by an actor mention inside the phrase, or by
// name/alias), a pronoun resolved to the nearest compatible person before it, or else the words of the text.
import type { Actor, Speaker } from '../types';
import type { SpeakerPhrase } from './attribution';
import { genderOfFirstName, type Gender } from './gender';
import { CAPITALIZED_FUNCTION_WORDS, GENDERED_PRONOUNS, pronounGender, TITLES } from './lexicon';
import { nameWords } from './phrases';

interface IndexedMention {
  start: number;
  end: number;
  actor: Actor;
}

/** A person named as a speaker before, for pronouns when the actor layer gave no actors. */
interface NamedSpeaker {
  name: string;
  position: number;
  gender: Gender | undefined;
  actorId?: string;
}

const MAX_PRONOUN_LOOKBACK = 60; // mentions looked at leftwards for a pronoun's antecedent

export class SpeakerResolver {
  private readonly mentions: IndexedMention[];
  private readonly genders = new Map<string, Gender | undefined>();
  private readonly named: NamedSpeaker[] = [];
  private readonly actorsById: Map<string, Actor>;

  constructor(private readonly text: string, private readonly actors: readonly Actor[]) {
    this.actorsById = new Map(actors.map((actor) => [actor.id, actor]));
    this.mentions = actors
      .flatMap((actor) => actor.mentions.map((mention) => ({ start: mention.start, end: mention.end, actor })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Resolves a phrase read by the attribution patterns, and remembers named people for later pronouns. */
  resolve(phrase: SpeakerPhrase): Speaker {
    if (phrase.isPronoun) return this.resolvePronoun(phrase);
    const speaker = this.resolveName(phrase);
    const actor = speaker.actorId ? this.actorsById.get(speaker.actorId) : undefined;
    const gender = actor ? this.genderOfActor(actor) : this.genderOfWords(speaker.name, phrase.head.start);
    // Without an actor, a name is taken for a person unless it is a description or a heading in capitals.
    const isHeading = /\s/.test(speaker.name) && speaker.name === speaker.name.toUpperCase();
    const isPerson = actor ? actor.type === 'person' : !phrase.isDescription && !isHeading;
    if (isPerson) {
      this.named.push({ name: speaker.name, position: phrase.head.start, gender, actorId: speaker.actorId });
    }
    return speaker;
  }

  private resolveName(phrase: SpeakerPhrase): Speaker {
    if (phrase.isDescription) {
      // "a spokesman", "Trump’s lawyer": the words of the text; an actor mention inside is the owner, not the speaker.
      return { name: this.text.slice(phrase.head.start, phrase.head.end), start: phrase.head.start, end: phrase.head.end };
    }
    const overlapping = this.mentionsOverlapping(phrase.phrase.start, phrase.phrase.end);
    if (overlapping.length > 0) {
      const rank = (mention: IndexedMention) => (mention.actor.type === 'person' ? 0 : mention.actor.type === 'organization' ? 1 : 2);
      // The head names the speaker; among mentions, prefer one inside the head, then people, then the earliest.
      const best = [...overlapping].sort(
        (a, b) =>
          Number(!this.inside(a, phrase.head)) - Number(!this.inside(b, phrase.head)) || rank(a) - rank(b) || a.start - b.start,
      )[0];
      return { actorId: best.actor.id, name: best.actor.name, start: best.start, end: best.end };
    }
    const words = nameWords(phrase.tokens, { first: 0, last: phrase.tokens.length - 1 });
    const name = this.text.slice(phrase.tokens[words.first].start, phrase.tokens[words.last].end);
    const byName = this.actorByName(name);
    if (byName) return { actorId: byName.id, name: byName.name, start: phrase.head.start, end: phrase.head.end };
    // Without an actor: a last name alone takes the full name of the person named so before ("Saprynskaya",
    // "Putin" after "President Vladimir Putin").
    const fuller = this.fullerNamedSpeaker(name) ?? this.fullerNameInText(name, phrase.head.start);
    return { name: fuller ?? name, start: phrase.head.start, end: phrase.head.end };
  }

  private inside(mention: IndexedMention, range: { start: number; end: number }): boolean {
    return mention.start >= range.start && mention.end <= range.end;
  }

  private mentionsOverlapping(start: number, end: number): IndexedMention[] {
    const found: IndexedMention[] = [];
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.mentions[middle].start < start - 200) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < this.mentions.length && this.mentions[index].start < end; index++) {
      const mention = this.mentions[index];
      if (mention.end > start) found.push(mention);
    }
    return found;
  }

  private actorByName(name: string): Actor | undefined {
    const lower = name.toLowerCase();
    const exact = this.actors.find(
      (actor) => actor.name.toLowerCase() === lower || (actor.aliases ?? []).some((alias) => alias.toLowerCase() === lower),
    );
    if (exact) return exact;
    const last = lower.split(/\s+/).pop()!;
    const byLastName = this.actors.filter((actor) => actor.type === 'person' && actor.name.toLowerCase().split(/\s+/).pop() === last);
    return byLastName.length === 1 ? byLastName[0] : undefined;
  }

  private fullerNamedSpeaker(name: string): string | undefined {
    if (/\s/.test(name)) return undefined;
    for (let index = this.named.length - 1; index >= 0; index--) {
      const earlier = this.named[index].name;
      if (earlier !== name && earlier.split(/\s+/).pop() === name) return earlier;
    }
    return undefined;
  }

  /** The fullest "First Last" written before `position` that ends with the single word `name`. */
  private fullerNameInText(name: string, position: number): string | undefined {
    if (/\s/.test(name) || !/^\p{Lu}/u.test(name)) return undefined;
    let at = this.text.lastIndexOf(name, position - 1);
    for (let tries = 0; at > 0 && tries < 20; tries++, at = this.text.lastIndexOf(name, at - 1)) {
      const after = this.text[at + name.length];
      if (after && /[\p{L}\p{N}]/u.test(after)) continue;
      const before = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u.exec(this.text.slice(Math.max(0, at - 60), at));
      if (!before) continue;
      let words = before[1].trim().split(/\s+/);
      // Not across a sentence end: "… Hester. Michael Mulgrew" keeps "Michael".
      let sentenceEnd = -1;
      words.forEach((word, index) => {
        if (/[.’'”"]$/u.test(word) && word.replace(/[.’'”"]/gu, '').length > 2 && !TITLES.has(word.toLowerCase())) sentenceEnd = index;
      });
      words = words.slice(sentenceEnd + 1).filter((word) => !TITLES.has(word.toLowerCase()) && !CAPITALIZED_FUNCTION_WORDS.has(word.toLowerCase()));
      if (words.length > 0) return `${words.join(' ')} ${name}`;
    }
    return undefined;
  }

  private resolvePronoun(phrase: SpeakerPhrase): Speaker {
    const pronoun = this.text.slice(phrase.head.start, phrase.head.end);
    const wanted = pronounGender(pronoun);
    const base = { name: pronoun, start: phrase.head.start, end: phrase.head.end };
    // The actor layer may have resolved the pronoun itself (a mention of the pronoun's own span).
    const resolved = this.mentionsOverlapping(phrase.head.start, phrase.head.end).find((mention) => mention.start === phrase.head.start && mention.end === phrase.head.end);
    if (resolved) return { ...base, actorId: resolved.actor.id, name: resolved.actor.name };
    if (wanted !== 'male' && wanted !== 'female') return base; // "they", "we", "I", "it": not resolved to one person
    // A person of the pronoun's gender first (an actor, then a speaker named before), then one of unknown gender.
    const fromActors = this.personBefore(phrase.head.start, wanted);
    if (fromActors?.gender === wanted) return { ...base, actorId: fromActors.actor.id, name: fromActors.actor.name };
    const named = this.namedBefore(phrase.head.start, wanted, true) ?? (fromActors ? undefined : this.namedBefore(phrase.head.start, wanted, false));
    if (named) return { ...base, name: named.name, ...(named.actorId ? { actorId: named.actorId } : {}) };
    if (fromActors) return { ...base, actorId: fromActors.actor.id, name: fromActors.actor.name };
    return base;
  }

  /** The latest person named as a speaker before `position`, of the wanted gender (or, if not `strict`, unknown). */
  private namedBefore(position: number, wanted: Gender, strict: boolean): NamedSpeaker | undefined {
    for (let index = this.named.length - 1; index >= 0; index--) {
      const earlier = this.named[index];
      if (earlier.position >= position) continue;
      if (earlier.gender === wanted || (!strict && earlier.gender === undefined)) return earlier;
    }
    return undefined;
  }

  /** The nearest person actor mentioned before `position` whose gender does not contradict the pronoun's. */
  private personBefore(position: number, wanted: Gender): { actor: Actor; gender: Gender | undefined } | undefined {
    let high = this.mentions.length;
    let low = 0;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.mentions[middle].start < position) low = middle + 1;
      else high = middle;
    }
    let unknown: Actor | undefined;
    for (let index = low - 1; index >= 0 && low - index <= MAX_PRONOUN_LOOKBACK; index--) {
      const mention = this.mentions[index];
      if (mention.actor.type !== 'person' || mention.end > position) continue;
      const gender = this.genderOfActor(mention.actor);
      if (gender === wanted) return { actor: mention.actor, gender };
      if (gender === undefined && !unknown) unknown = mention.actor;
    }
    return unknown ? { actor: unknown, gender: undefined } : undefined;
  }

  private genderOfActor(actor: Actor): Gender | undefined {
    if (this.genders.has(actor.id)) return this.genders.get(actor.id);
    const gender = this.genderOfWords(actor.name, actor.mentions[0]?.start ?? 0) ?? this.genderFromPronouns(actor);
    this.genders.set(actor.id, gender);
    return gender;
  }

  /** Gender told by an honorific before the name or by the first name. */
  private genderOfWords(name: string, position: number): Gender | undefined {
    const before = this.text.slice(Math.max(0, position - 6), position);
    if (/\bMr\.?\s*$/.test(before)) return 'male';
    if (/\b(?:Mrs|Ms|Miss)\.?\s*$/.test(before)) return 'female';
    const first = name.split(/\s+/)[0];
    return name.includes(' ') ? genderOfFirstName(first) : undefined;
  }

  /** Gender told by the pronouns that follow the actor's mentions closely ("Putin … his"). */
  private genderFromPronouns(actor: Actor): Gender | undefined {
    let male = 0;
    let female = 0;
    for (const mention of actor.mentions.slice(0, 20)) {
      const after = this.text.slice(mention.end, mention.end + 60).toLowerCase().match(/\b(?:he|him|his|himself|she|her|hers|herself)\b/g) ?? [];
      for (const word of after.slice(0, 1)) (GENDERED_PRONOUNS[word] === 'male' ? male++ : female++);
    }
    if (male > female) return 'male';
    if (female > male) return 'female';
    return undefined;
  }
}
