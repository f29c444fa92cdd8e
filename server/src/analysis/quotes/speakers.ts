// Turns a speaker phrase into a Speaker: the actor it names (by an actor mention inside the phrase, or by
// name/alias), a description resolved to the one actor of the article it fits ("the mayor", "the company"), a
// pronoun resolved by gender, number and salience (the previous speaker first), or else the words of the text
// (group and anonymous sources marked unnamed).
import { firstStartingFrom } from '../partitionPoint';
import type { Actor, Speaker } from '../types';
import { AcronymExpansions, isAcronymName } from './acronyms';
import type { SpeakerPhrase } from './attribution';
import type { TokenList } from '../tokenList';
import type { DocumentTokens } from '../documentTokens';
import { genderOfFirstName, type Gender } from './gender';
import { CAPITALIZED_FUNCTION_WORDS, GENDERED_PRONOUNS, PARTY_LABEL, pronounGender, ROLE_PLURALS, TITLES } from './lexicon';
import { DocumentSources, type DocumentSource } from './documents';
import { ANONYMOUS_NOUNS, DOCUMENT_NOUNS, MEDIA_NOUNS, namesWithRole, ORGANIZATION_NOUNS, readNominal, RoleNounPlaces, type Nominal } from './nominal';
import { nameWords } from './phrases';
import { mostSalient, SentenceIndex, type SalienceFit, type SalientMention } from './salience';
import { Utterances } from './centering';
import type { Range } from './sentences';
import { byStartLongestFirst } from '../spanOrder';
import { cacheChecksOn } from '../paragraphCache';
import { checkedAnswer, KeptAnswers, type AnswersOfText } from './keptAnswers';
import { KeptOrder, orderedByKeys } from './numericOrder';
import { nounAsNameWord, nounAsWord } from './nounExpressions';
import { CapitalPlaces } from './wordPlaces';

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

/** A speaker already attributed, in text order: the most salient antecedent of a later pronoun or description. */
interface SpokenBy {
  name: string;
  position: number;
  gender: Gender | undefined;
  actorId?: string;
  type: 'person' | 'organization' | 'group';
}

// Words that name a news medium inside its own name ("the Daily Courier", "Channel 9 News").
const MEDIA_NAME =
  /\b(?:Times|Post|News|Herald|Gazette|Journal|Tribune|Star|Globe|Daily|Mail|Telegraph|Press|Chronicle|Observer|Guardian|Courier|Radio|TV|Television|Broadcasting|Magazine|Examiner|Inquirer|Dispatch|Bulletin)\b/u;
/** The name of a law, treaty or agreement: no organization, whatever the actor layer's type. */
const LAW_NAME = /\s(?:Act|Law|Bill|Code|Treaty|Accord|Agreement|Charter)$/u;
/** How far back (characters) a sentence's subject stays the topic a pronoun or a quote run refers to. */
const TOPIC_WINDOW = 700;
// The text before a mention that opens its sentence: a sentence end or a paragraph start, then at most a short
// introductory phrase closed by a comma ("In her spare time, Roe …").
const SENTENCE_OPENING = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:[\p{Lu}][\p{L}’'-]*(?:\s+[\p{L}\p{N}’'-]+){0,7},\s+)?$/u;
// A speaker phrase made of a date's words ("between May", "Christmas Day", "last Tuesday") or a party label.
const DATE_WORDS =
  /^(?:(?:(?:between|since|until|by|on|in|from|last|next|this|early|late|mid)\s+)?(?:January|February|March|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{L}+\s+(?:Day|Eve))|(?:between|since|until|by|on|in|from)\s+(?:April|May|June|July|August))$/u;
const MAX_PRONOUN_LOOKBACK = 60;
const MAX_NOMINAL_LOOKBACK = 400; // mentions looked at leftwards for the organization a description stands for // mentions looked at leftwards for a pronoun's antecedent
/** How far back (characters) the previous speaker stays the first antecedent of a pronoun or a description. */
const SALIENCE_WINDOW = 3000;
// A plural noun phrase opening a clause, then a verb: "The Conservatives believe", "Republican senators are".
const PLURAL_SUBJECT =
  /^\s*(?:(?:But|And|Meanwhile|Still|Yet)\s+)?((?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+)?(?:\p{Lu}[\p{L}-]*\s+)?\p{L}[\p{L}-]*s)\s+(?:also\s+|now\s+|still\s+)?(?:are|were|have|had|say|said|believe|believed|think|thought|want|wanted|hope|hoped|argue|argued|claim|claimed|complained|will|would|insist|insisted|warn|warned|worry|worried|fear|feared|expect|expected|plan|planned)\b/u;
/** Sentences over which the last speaker stays the first antecedent of a pronoun when no one else is named. */
const MAX_CONTINUING_SENTENCES = 3;
// What lastSpoken() looks for, written once here: a callback written at the call is a new closure per call, whose
// optimized code is dropped with it at each full collection and compiled again while typing.
const isPerson = (speaker: SpokenBy) => speaker.type === 'person';
const isGroupOrOrganization = (speaker: SpokenBy) => speaker.type === 'group' || speaker.type === 'organization';
const isOrganizationWithId = (speaker: SpokenBy) => speaker.type === 'organization' && speaker.actorId !== undefined;
const isAnyone = () => true;
// Pronouns the centering reads in an utterance (no g flag: test() and exec() keep no state between texts).
const ANY_PRONOUN = /\b(?:he|she|his|her|him|they|their)\b/iu;
const HE = /\bhe\b/iu;
const SHE = /\bshe\b/iu;
const HIS_OR_HIM = /\b(?:his|him)\b/iu;
const HER = /\bher\b/iu;
// The words before or after a mention by which the text calls an organization a medium.
const OUTLET_BEFORE =
  /\b(?:newspaper|daily|paper|magazine|outlet|broadcaster|network|channel|station|website|journal|tabloid|told|tells|telling|to|in an interview with)\s+(?:the\s+)?$/u;
const OUTLET_AFTER = /^\s+(?:reported|reports|wrote|writes|published)\b/u;
// Words that open a surname ("Al Basha", "Van Dyke", "De Luca"): a name starting with one tells no gender.
const SURNAME_PARTICLES = new Set(['al', 'el', 'abu', 'bin', 'ibn', 'van', 'von', 'de', 'del', 'della', 'da', 'di', 'du', 'le', 'la']);
/** How far after a document's name (characters) the one it came from may be named ("released by …"). */
const DOCUMENT_SOURCE_REACH = 80;
/** How far back (characters) the source of a document named before stands for a later "the report". */
const DOCUMENT_MEMORY = 5000;
// A subordinate clause opening a sentence, up to its subject.
const FRONTED_CLAUSE = /^[\s"“(]*(?:Although|Though|Even though|While|Whereas|When|After|Before|Because|Since|Once|If|Despite|Unlike)\s+/u;
/** Longest sentence start (characters) read for a fronted clause before a pronoun. */
const FRONTED_CLAUSE_REACH = 300;
// "the mayor brought …", "On Monday, the coach said …": a role opening an utterance (after a short phrase and a comma).
const ROLE_SUBJECT = /^\s*(?:[^,.;:!?"“”]{1,30}(?:\.\s*\d*[^,.;:!?"“”]{0,10})?,\s+)?[Tt]he\s+(\p{Ll}[\p{Ll}-]+)\s+(?!of\b|for\b|at\b|and\b|who\b|with\b)\p{Ll}/u;
/** How far after a description (characters) the sentence naming the person it describes may start. */
const INTRODUCTION_REACH = 400;
/** Utterances a chain of pronoun subjects is followed back over to the person who opened it. */
const MAX_CENTERING_CHAIN = 3;
/** How much a person of unknown gender counts, against one whose gender matches the pronoun's. */
const UNKNOWN_GENDER_FIT = 0.3;

/** Whether a sentence opens at a mention, by the mention's start (1 or 0). */
const sentenceOpeningAnswers = new KeptAnswers();
/** The first gendered pronoun after a mention, by the mention's end (pronounAfter). */
const pronounAnswers = new KeptAnswers();
/** Whether the words before a mention (by its start) or after it (by its end) call it a medium (namedAsOutlet). */
const outletBeforeAnswers = new KeptAnswers();
const outletAfterAnswers = new KeptAnswers();
const MALE_PRONOUN = 1;
const OTHER_PRONOUN = 2;

export class SpeakerResolver {
  /** The mentions of the actors not hidden, by start (the longest first), made at the first look (many texts ask none). */
  private mentionsCache?: IndexedMention[];
  private readonly genders = new Map<string, Gender | undefined>();
  private readonly named: NamedSpeaker[] = [];
  /** The latest person named (this.named) by each last word of a name longer than that word. */
  private readonly fullerByLastWord = new Map<string, string>();
  private fullerIndexed = 0;
  private readonly actorsById = new Map<string, Actor>();
  private readonly spoken: SpokenBy[] = [];
  private readonly peopleByRole = new Map<string, Map<string, { name: string; actorId?: string; position: number }>>();
  /** The people of peopleByRole by place (the first named first among equals), for roleHolder's look back. */
  private readonly roleHoldersByPlace = new Map<string, { name: string; actorId?: string; position: number }[]>();
  private readonly organizationsByNoun = new Map<string, ReturnType<SpeakerResolver['organizationCandidates']>>();
  private organizationsCache?: OrganizationIndex;
  /** The names fullerNameInText() looked back for, and the places of capitals it looks back over once they are many. */
  private namesLookedBack = 0;
  private capitalPlaces?: CapitalPlaces;
  private readonly sentenceOpenings = new Map<number, boolean>();
  /** Whether the text opens a sentence at a position, as the previous analysis read it (keptAnswers.ts). */
  private readonly keptOpenings: AnswersOfText;
  /** The first gendered pronoun after a mention's end (pronounAfter), and as the previous analysis read it. */
  private readonly pronounsAfter = new Map<number, number>();
  private readonly keptPronouns: AnswersOfText;
  /** namedAsOutlet's answers as the previous analysis read them (begun at its first call). */
  private keptOutletBefore?: AnswersOfText;
  private keptOutletAfter?: AnswersOfText;
  private readonly acronymExpansions = new Map<string, string | null>();
  /** The text's runs of capitalized words, read when an acronym first speaks (acronyms.ts). */
  private acronymIndex?: AcronymExpansions;
  /** The actors by name and alias, and the people by last name (actorByName), built at its first call. */
  private actorNames?: ActorNames;
  /** Where the role nouns asked for are written (roleHolder), and the people the actor layer gave a role, in order. */
  private rolePlaces?: RoleNounPlaces;
  private peopleWithRoles?: Actor[];
  private sentenceIndexCache?: SentenceIndex;
  private documentSourcesCache?: DocumentSources;
  private utterancesCache?: Utterances;
  /** Actors never taken for speakers by position alone (names met only on layout lines). */
  private readonly hidden = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly actors: readonly Actor[],
    /** The quotations' parts (marks included), sorted and disjoint: words no narrator's utterance holds. */
    private readonly quoted: readonly Range[],
    /** The document's tokens (its sentences are read from them). */
    private readonly document: DocumentTokens,
  ) {
    this.keptOpenings = sentenceOpeningAnswers.begin(text);
    this.keptPronouns = pronounAnswers.begin(text);
    for (const actor of actors) this.actorsById.set(actor.id, actor);
    // An honorific alone ("Mr.", "Ms.") read as a name names no one: the name after it does.
    for (const actor of actors) if (this.onlyInShortLines(actor) || TITLES.has(actor.name.toLowerCase())) this.hidden.add(actor.id);
  }

  private get mentions(): IndexedMention[] {
    if (this.mentionsCache === undefined) {
      const mentions: IndexedMention[] = [];
      for (const actor of this.actors) {
        if (this.hidden.has(actor.id)) continue;
        for (const mention of actor.mentions) mentions.push({ start: mention.start, end: mention.end, actor });
      }
      this.mentionsCache = sortedByStartLongestFirst(mentions);
    }
    return this.mentionsCache;
  }

  private get sentenceIndex(): SentenceIndex {
    this.sentenceIndexCache ??= new SentenceIndex(this.document);
    return this.sentenceIndexCache;
  }

  /** A "name" met only on short lines of its own ("Article Continued Below", a section heading) names no one. */
  private onlyInShortLines(actor: Actor): boolean {
    // (a loop, not every with a callback: this runs for every actor of every analysis, and a callback written here is
    // a new closure per call, compiled again after each full collection while typing)
    if (actor.mentions.length === 0) return false;
    for (const mention of actor.mentions) if (!onShortLineOfItsOwn(this.text, mention)) return false;
    return true;
  }

  /**
   * Resolves a phrase read by the attribution patterns, and remembers the speaker for later pronouns. A phrase that
   * names a date ("Christmas Day") or a party label ("D-Calif.") names no speaker: null.
   */
  resolve(phrase: SpeakerPhrase): Speaker | null {
    const words = this.text.slice(phrase.head.start, phrase.head.end);
    if (!phrase.isPronoun && (mayBeDateWords(words) || mayBePartyLabel(words)) && this.mentionsOverlapping(phrase.head.start, phrase.head.end).length === 0) return null;
    return this.withFullName(this.resolvePhrase(phrase));
  }

  /** An organization named by its acronym takes the full name the article writes out ("IRCC" → its name). */
  private withFullName(speaker: Speaker): Speaker {
    const actor = speaker.actorId ? this.actorsById.get(speaker.actorId) : undefined;
    if (!actor || actor.type !== 'organization' || !isAcronymName(speaker.name)) return speaker;
    let full = this.acronymExpansions.get(speaker.name);
    if (full === undefined) {
      this.acronymIndex ??= new AcronymExpansions(this.text);
      full = this.acronymIndex.expand(speaker.name) ?? null;
      this.acronymExpansions.set(speaker.name, full);
    }
    return full ? { ...speaker, name: full } : speaker;
  }

  private resolvePhrase(phrase: SpeakerPhrase): Speaker {
    if (phrase.isPronoun) {
      const speaker = this.resolvePronoun(phrase);
      const actor = speaker.actorId ? this.actorsById.get(speaker.actorId) : undefined;
      const gender = pronounGender(this.text.slice(phrase.head.start, phrase.head.end));
      if (speaker.name !== this.text.slice(phrase.head.start, phrase.head.end) || actor) {
        this.spoken.push({
          name: speaker.name,
          position: phrase.head.start,
          gender: gender === 'male' || gender === 'female' ? gender : undefined,
          actorId: speaker.actorId,
          type: actor?.type === 'organization' ? 'organization' : gender === 'plural' ? 'group' : 'person',
        });
      }
      return speaker;
    }
    if (phrase.isDescription) {
      const speaker = this.resolveDescription(phrase);
      const actor = speaker.actorId ? this.actorsById.get(speaker.actorId) : undefined;
      if (DOCUMENT_NOUNS.has(readNominal(phrase.tokens).noun)) {
        // "the complaint said": a document is no antecedent for a later "he" or "she", but its author is ("The
        // ministry published a notice … It also warned …").
        if (speaker.actorId || speaker.name !== this.text.slice(phrase.head.start, phrase.head.end)) {
          this.spoken.push({
            name: speaker.name,
            position: phrase.head.start,
            gender: actor?.type === 'person' ? this.genderOfActor(actor) : undefined,
            actorId: speaker.actorId,
            type: actor?.type === 'person' ? 'person' : 'organization',
          });
        }
      } else if (!speaker.unnamed) {
        this.spoken.push({
          name: speaker.name,
          position: phrase.head.start,
          gender: actor ? this.genderOfActor(actor) : undefined,
          actorId: speaker.actorId,
          type: actor?.type === 'organization' ? 'organization' : 'person',
        });
      } else {
        this.spoken.push({ name: speaker.name, position: phrase.head.start, gender: undefined, type: 'group' });
      }
      return speaker;
    }
    const lastWord = phrase.tokens.lower(phrase.tokens.length - 1);
    if (ROLE_PLURALS.has(lastWord) && phrase.tokens.length <= 3 && this.mentionsOverlapping(phrase.head.start, phrase.head.end).length === 0) {
      // "Prosecutors say", "Senior Officials said": a group written with a capital at the start of a sentence.
      this.spoken.push({ name: this.text.slice(phrase.head.start, phrase.head.end), position: phrase.head.start, gender: undefined, type: 'group' });
      return { name: this.text.slice(phrase.head.start, phrase.head.end), start: phrase.head.start, end: phrase.head.end, unnamed: true };
    }
    const speaker = this.resolveName(phrase);
    const actor = speaker.actorId ? this.actorsById.get(speaker.actorId) : undefined;
    const gender = actor ? this.genderOfActor(actor) : this.genderOfWords(speaker.name, phrase.head.start);
    // Without an actor, a name is taken for a person unless it is a heading in capitals.
    const isHeading = /\s/.test(speaker.name) && speaker.name === speaker.name.toUpperCase();
    const isPerson = actor ? actor.type === 'person' : !isHeading;
    const plural = joinsNames(this.text.slice(phrase.phrase.start, phrase.phrase.end));
    if (isPerson && !plural) {
      this.named.push({ name: speaker.name, position: phrase.head.start, gender, actorId: speaker.actorId });
    }
    this.spoken.push({
      name: speaker.name,
      position: phrase.head.start,
      gender,
      actorId: speaker.actorId,
      type: plural ? 'group' : actor?.type === 'organization' ? 'organization' : 'person',
    });
    return speaker;
  }

  /**
   * "the mayor", "the company", "the publication": the one actor of the article the description fits; "a spokesman",
   * "officials", "a source close to the talks": a group or anonymous source, kept as the words of the text.
   */
  private resolveDescription(phrase: SpeakerPhrase): Speaker {
    const words = { name: this.text.slice(phrase.head.start, phrase.head.end), start: phrase.head.start, end: phrase.head.end };
    const nominal = readNominal(phrase.tokens);
    // "a statement released by the ministry", "the union's release": whoever the document came from speaks.
    const author = DOCUMENT_NOUNS.has(nominal.noun) ? (this.documentAuthor(phrase) ?? this.documentIssuer(phrase, nominal.noun)) : undefined;
    if (author) return { ...words, ...author };
    const owner = this.ownerOf(phrase);
    if (nominal.kind === 'organization' && owner && owner.actor.type !== 'place') return { ...words, actorId: owner.actor.id, name: owner.actor.name };
    const named = this.namedInApposition(phrase.phrase.end);
    if (named) return { ...words, ...named };
    // A group or anonymous source keeps the whole phrase: "a source close to the talks".
    const phraseWords = { name: this.text.slice(phrase.phrase.start, phrase.phrase.end), start: phrase.phrase.start, end: phrase.phrase.end };
    if (nominal.kind === 'unnamed') {
      // "A county judge ruled on Friday … Justice Jane Roe ordered …": one person described, then named.
      const introduced = this.isOnePerson(phrase, nominal) ? this.personIntroducedNext(phrase.phrase.end, nominal.noun) : undefined;
      return introduced ? { ...words, ...introduced } : { ...phraseWords, unnamed: true };
    }
    if (nominal.kind === 'document') {
      // "her statement read", "its report says": the owner the possessive points to wrote it.
      const owner = phrase.tokens.wordAt(0)?.lower ?? '';
      const gender = GENDERED_PRONOUNS.get(owner);
      const found =
        owner === 'its'
          ? this.salientAntecedent(phrase.head.start, 'organization')
          : gender && owner !== 'him'
            ? this.salientAntecedent(phrase.head.start, 'person', gender)
            : undefined;
      return found ? { ...words, ...found } : words;
    }
    const found = nominal.kind === 'organization' ? this.organizationFitting(nominal, phrase.head.start) : this.personFitting(nominal, phrase.head.start);
    if (found) return { ...words, ...found };
    return nominal.kind === 'person' ? words : { ...phraseWords, unnamed: true };
  }

  /**
   * Who wrote a document named as a speaker: its owner ("Acme's statement", "the union's release") or the one it
   * came from ("a notice issued by the harbour authority", "a release from Local 12"). An organization
   * or a person: the document only carries their words.
   */
  private documentAuthor(phrase: SpeakerPhrase): { name: string; actorId?: string } | undefined {
    const possessive = possessiveIndex(phrase.tokens);
    if (possessive >= 1) {
      const ownerEnd = phrase.tokens.end(possessive - 1);
      const named = lastEndingBy(this.mentionsOverlapping(phrase.tokens.start(0), ownerEnd), ownerEnd + 2, true);
      if (named) return { name: named.actor.name, actorId: named.actor.id };
      const owner = readNominal(phrase.tokens.slice(0, possessive));
      if (owner.kind === 'organization') return this.organizationFitting(owner, phrase.head.start);
      return undefined;
    }
    const after = this.text.slice(phrase.head.end, phrase.head.end + DOCUMENT_SOURCE_REACH);
    const source = /^[^.;:!?"“”\n]*?\b(?:by|from)\s+(?:the\s+)?(?=\p{Lu})/u.exec(after);
    if (!source) return undefined;
    const start = phrase.head.end + source[0].length;
    const mention = mentionAt(this.mentionsOverlapping(start, start + 1), start, 'place', false);
    if (mention) return { name: mention.actor.name, actorId: mention.actor.id };
    const name = /^\p{Lu}[\p{L}\p{M}\p{N}'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}'’-]*)*/u.exec(this.text.slice(start, start + 80))?.[0];
    return name && !firstOfType(this.mentionsOverlapping(start, start + name.length), 'place') ? { name } : undefined;
  }

  /**
   * Who issued a document named as a speaker when its phrase does not say: an organization noun before it ("the
   * parole board decision", "the city report"), the source written beside this mention of it ("a notice the ministry
   * published", "a paper on the railway's website"), else the source of the document the article named last
   * (of the same noun first): "A study by the institute found … The study also said …".
   */
  private documentIssuer(phrase: SpeakerPhrase, noun: string): { name: string; actorId?: string } | undefined {
    const modifier = organizationModifier(phrase.tokens, phrase.head.end);
    if (modifier !== undefined) {
      const found = this.organizationFitting({ kind: 'organization', noun: modifier, media: false }, phrase.head.start);
      if (found) return found;
    }
    // (the documents named from DOCUMENT_MEMORY before the phrase to its end: the ones looked at below)
    this.documentSourcesCache ??= DocumentSources.of(this.text);
    const sources = this.documentSourcesCache.within(phrase.head.start - DOCUMENT_MEMORY, phrase.head.end);
    const own = sourceWithin(sources, phrase.head);
    if (own) return this.documentSourceName(own);
    // "its report", "her letter": the owner the pronoun points to wrote it (resolved by the caller).
    const first = firstWordBefore(phrase.tokens, phrase.head.end);
    if (GENDERED_PRONOUNS.has(first) || first === 'its' || first === 'their') return undefined;
    let latest: DocumentSource | undefined;
    for (let index = sources.length - 1; index >= 0; index--) {
      const source = sources[index];
      if (source.position >= phrase.head.start) continue;
      if (phrase.head.start - source.position > DOCUMENT_MEMORY) break;
      if (source.noun === noun) return this.documentSourceName(source);
      latest ??= source;
    }
    return latest ? this.documentSourceName(latest) : undefined;
  }

  /** The actor (not a place) a document's source words name, else those words. */
  private documentSourceName(source: DocumentSource): { name: string; actorId?: string } | undefined {
    const words = this.text.slice(source.start, source.end);
    const named = lastEndingBy(this.mentionsOverlapping(source.start, source.end), source.end + 2, true);
    if (named) return { name: named.actor.name, actorId: named.actor.id };
    // A sentence's full stop is no part of the name ("… by the Harbour Office."), an initial's is ("Acme Co.").
    const bare = words.replace(/^(?:the|its|their)\s+/iu, '').replace(/(\p{L}{2,})\.$/u, '$1');
    if (/^\p{Ll}/u.test(bare) || /^(?:the|its|their)\s/iu.test(words)) {
      // "the water board": the organization of the article whose own name holds all its words, else the words.
      const described = bare
        .toLowerCase()
        .replace(/['’]s\b/gu, '')
        .split(/\s+/u);
      const noun = described[described.length - 1];
      const candidates = this.organizationCandidates({ kind: 'organization', noun, media: MEDIA_NOUNS.has(noun) }).byName;
      let byName: Actor | undefined;
      for (const actor of candidates) {
        if (!holdsEveryWord(actor.name, described)) continue;
        byName = actor;
        break;
      }
      return byName ? { name: byName.name, actorId: byName.id } : { name: words };
    }
    if (firstOfType(this.mentionsOverlapping(source.start, source.end), 'place')) return undefined;
    const byName = this.actorByName(bare);
    return byName && byName.type !== 'place' ? { name: byName.name, actorId: byName.id } : { name: bare };
  }

  /** "a county judge", "one former director": one person described, not a group, a source or a document. */
  private isOnePerson(phrase: SpeakerPhrase, nominal: Nominal): boolean {
    const first = phrase.tokens.wordAt(0)?.lower;
    if (first !== 'a' && first !== 'an' && first !== 'one') return false;
    if (ANONYMOUS_NOUNS.has(nominal.noun) || ROLE_PLURALS.has(nominal.noun) || ORGANIZATION_NOUNS.has(nominal.noun) || DOCUMENT_NOUNS.has(nominal.noun)) return false;
    // "a source close to the talks", "a person familiar with …": an anonymous source, whatever word ends the head.
    for (let index = 0; index < phrase.tokens.length; index++) if (ANONYMOUS_NOUNS.has(phrase.tokens.lower(index))) return false;
    return !/s$/u.test(nominal.noun) && possessiveIndex(phrase.tokens) < 0;
  }

  /**
   * The person a description is about when the sentence right after it opens by naming someone for the first time
   * in the article ("A county judge ruled … Justice Jane Roe ordered …"): the news convention of describing a
   * person before naming them. A name met before, or of the other gender than the noun's, is someone else.
   */
  private personIntroducedNext(position: number, noun: string): { name: string; actorId: string } | undefined {
    const starts = this.sentenceIndex.allStarts();
    const next = starts[this.sentenceIndex.at(position) + 1];
    if (next === undefined || next - position > INTRODUCTION_REACH) return undefined;
    const low = this.firstMentionFrom(next);
    const mention = this.mentions[low];
    if (!mention || mention.actor.type !== 'person' || this.sentenceIndex.at(mention.start) !== this.sentenceIndex.at(next)) return undefined;
    // Opening the sentence, perhaps after a title ("Justice Jane Roe ordered").
    const titles = this.text.slice(next, mention.start).trim();
    if (titles && !onlyTitles(titles)) return undefined;
    for (const earlier of mention.actor.mentions) if (earlier.start < mention.start) return undefined;
    // "Kim Osei, who drove it, disagreed": a name given its own description is introduced as someone else.
    if (/^\s*[,(]/u.test(this.text.slice(mention.end, mention.end + 3))) return undefined;
    const nounGender = /woman$/u.test(noun) ? 'female' : /man$/u.test(noun) ? 'male' : undefined;
    const gender = this.genderOfActor(mention.actor);
    if (nounGender && gender && nounGender !== gender) return undefined;
    return { name: mention.actor.name, actorId: mention.actor.id };
  }

  /** "the EPA's regional office": the actor owning the described speaker. */
  private ownerOf(phrase: SpeakerPhrase): IndexedMention | undefined {
    const possessive = possessiveIndex(phrase.tokens);
    if (possessive < 1) return undefined;
    const ownerEnd = phrase.tokens.end(possessive - 1);
    return lastEndingBy(this.mentionsOverlapping(phrase.tokens.start(0), ownerEnd), ownerEnd + 2, false);
  }

  /** `says Lee's partner, Jane Roe.`: a name set off right after the description names the speaker. */
  private namedInApposition(end: number): { name: string; actorId?: string } | undefined {
    const match = /^,\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*(?:[.,;!?]|$)/u.exec(this.text.slice(end, end + 60));
    if (!match) return undefined;
    const start = end + match[0].indexOf(match[1]);
    const mention = firstOfType(this.mentionsOverlapping(start, start + match[1].length), 'person');
    if (mention) return { name: mention.actor.name, actorId: mention.actor.id };
    const byName = this.actorByName(match[1]);
    if (byName && byName.type !== 'person') return undefined;
    if (CAPITALIZED_FUNCTION_WORDS.has(match[1].split(/\s+/)[0].toLowerCase())) return undefined;
    return byName ? { name: byName.name, actorId: byName.id } : { name: match[1] };
  }

  /** The organization a description such as "the company" or "the newspaper" stands for. */
  private organizationFitting(nominal: Nominal, position: number): { name: string; actorId: string } | undefined {
    const candidates = this.organizationCandidates(nominal);
    if (candidates.byName.size > 0) return nameAndId(this.nearestBefore(candidates.byName, position) ?? candidates.firstByName);
    if (candidates.outlets.size > 0) return nameAndId(this.nearestBefore(candidates.outlets, position) ?? candidates.firstOutlet);
    const speaker = this.lastSpoken(position, isOrganizationWithId);
    if (speaker) return { name: speaker.name, actorId: speaker.actorId! };
    return nameAndId(this.nearestBefore(candidates.all, position));
  }

  /** The organizations a noun may stand for, computed once per noun (the work stays linear in the article). */
  private organizationCandidates(nominal: Nominal): { byName: Set<Actor>; firstByName?: Actor; outlets: Set<Actor>; firstOutlet?: Actor; all: Set<Actor> } {
    const key = `${nominal.noun}|${nominal.media}`;
    const cached = this.organizationsByNoun.get(key);
    if (cached) return cached;
    const index = this.organizationIndex();
    const organizations = index.organizations;
    // An organization whose own name says what it is ("the city" → "City of Surrey", "the union" → "Acme Workers Union").
    const nounRe = nounAsNameWord(nominal.noun);
    // A law the actor layer took for an organization ("the Railway Safety Act") is no "railway".
    const byName: Actor[] = [];
    if (++index.asked > SCANS_BEFORE_WORD_INDEX && PRINTABLE_ASCII_WORD.test(nominal.noun)) {
      index.byWord ??= this.organizationWords(index);
      // (the expression matches a word of the name written as the noun, in either case: those organizations, and the
      // ones with a word not all ASCII, whose letters may match it otherwise ("ſ" for "s"), are the ones asked)
      for (const at of mergedInOrder(index.byWord.get(nominal.noun.toLowerCase()) ?? NO_INDICES, index.unusual!)) {
        if (namedBy(organizations[at], nounRe)) byName.push(organizations[at]);
      }
    } else for (let at = 0; at < organizations.length; at++) if (!index.laws[at] && namedBy(organizations[at], nounRe)) byName.push(organizations[at]);
    // The outlet the article names as one: "newspaper Izvestia", "told the Daily Courier", "the Courier reported".
    let outlets = NO_ACTORS;
    if (nominal.media) {
      if (index.outlets === undefined) {
        const found: Actor[] = [];
        for (const actor of organizations) if (MEDIA_NAME.test(actor.name) || this.namedAsOutlet(actor)) found.push(actor);
        index.outlets = found;
      }
      outlets = index.outlets;
    }
    const result = { byName: new Set(byName), firstByName: byName[0], outlets: new Set(outlets), firstOutlet: outlets[0], all: index.all };
    this.organizationsByNoun.set(key, result);
    return result;
  }

  /** The organizations that may be speakers and their law flags (organizationCandidates), read once. */
  private organizationIndex(): OrganizationIndex {
    if (this.organizationsCache !== undefined) return this.organizationsCache;
    const organizations: Actor[] = [];
    for (const actor of this.actors) if (actor.type === 'organization' && !this.hidden.has(actor.id)) organizations.push(actor);
    const laws: boolean[] = [];
    for (const actor of organizations) laws.push(LAW_NAME.test(actor.name));
    this.organizationsCache = { organizations, all: new Set(organizations), laws, asked: 0 };
    return this.organizationsCache;
  }

  /** The organizations (no law) by the ASCII words of their names (index.unusual: the others), once nouns are many. */
  private organizationWords(index: OrganizationIndex): Map<string, number[]> {
    const byWord = new Map<string, number[]>();
    const unusual: number[] = [];
    for (let at = 0; at < index.organizations.length; at++) {
      if (index.laws[at]) continue;
      const actor = index.organizations[at];
      let asciiOnly = true;
      for (const name of [actor.name, ...(actor.aliases ?? [])]) {
        for (const word of name.split(/\s/u)) {
          if (!ASCII_ONLY.test(word)) {
            asciiOnly = false;
            continue;
          }
          const lower = word.toLowerCase();
          const holders = byWord.get(lower);
          if (holders === undefined) byWord.set(lower, [at]);
          else if (holders[holders.length - 1] !== at) holders.push(at);
        }
      }
      if (!asciiOnly) unusual.push(at);
    }
    index.unusual = unusual;
    return byWord;
  }

  /** Whether the text calls the organization a medium where one of its first 50 mentions is written. */
  private namedAsOutlet(actor: Actor): boolean {
    const mentions = actor.mentions;
    for (let index = 0; index < mentions.length && index < 50; index++) {
      const mention = mentions[index];
      if (this.outletBefore(mention.start) || this.outletAfter(mention.end)) return true;
    }
    return false;
  }

  /**
   * OUTLET_BEFORE on the 40 characters before `start` (the previous analysis's answer when they are unchanged; nearer
   * the start of the text, where the text's start is read too, always read again).
   */
  private outletBefore(start: number): boolean {
    this.keptOutletBefore ??= outletBeforeAnswers.begin(this.text);
    const from = Math.max(0, start - 40);
    const kept = start >= 40 ? this.keptOutletBefore.get(start, from, start) : undefined;
    let answer: number;
    if (kept === undefined || cacheChecksOn()) {
      answer = OUTLET_BEFORE.test(this.text.slice(from, start).toLowerCase()) ? 1 : 0;
      if (kept !== undefined) checkedAnswer('words calling a mention a medium', kept, answer);
    } else answer = kept;
    this.keptOutletBefore.set(start, answer);
    return answer === 1;
  }

  /** OUTLET_AFTER on the 12 characters after `end` (the previous analysis's answer when they are unchanged). */
  private outletAfter(end: number): boolean {
    this.keptOutletAfter ??= outletAfterAnswers.begin(this.text);
    const to = Math.min(this.text.length, end + 12);
    const kept = this.keptOutletAfter.get(end, end, to);
    let answer: number;
    if (kept === undefined || cacheChecksOn()) {
      answer = OUTLET_AFTER.test(this.text.slice(end, to)) ? 1 : 0;
      if (kept !== undefined) checkedAnswer('words after a mention calling it a medium', kept, answer);
    } else answer = kept;
    this.keptOutletAfter.set(end, answer);
    return answer === 1;
  }

  /** The person a description such as "the mayor" or "the veteran defenceman" stands for. */
  private personFitting(nominal: Nominal, position: number): { name: string; actorId?: string } | undefined {
    const holder = this.roleHolder(nominal.noun, position);
    if (holder) return holder;
    // A description of the person the passage is about ("the rookie said"): the person opening the sentence
    // before it (centering), else the previous speaker.
    const subject = this.previousSubject(position);
    if (subject) return { name: subject.name, actorId: subject.id };
    const speaker = this.lastSpoken(position, isPerson);
    if (speaker) return { name: speaker.name, ...(speaker.actorId ? { actorId: speaker.actorId } : {}) };
    // Nobody has spoken yet ("I met Ana Ruiz, who came from Lima. “…,” says the 39-year-old founder."): the
    // person the sentences before are most about.
    return this.salientAntecedent(position, 'person');
  }

  /**
   * The person the text gave the role `noun` ("Mayor Jane Roe", "Jane Roe, the town's mayor", or the role read by
   * the actor layer), the one named so last before `position` when there are several.
   */
  private roleHolder(noun: string, position: number): { name: string; actorId?: string } | undefined {
    let people = this.peopleByRole.get(noun);
    if (!people) {
      people = new Map();
      this.rolePlaces ??= new RoleNounPlaces(this.text);
      for (const found of namesWithRole(this.text, noun, this.rolePlaces)) {
        const mention = firstOfType(this.mentionsOverlapping(found.start, found.end), 'person');
        if (mention) people.set(mention.actor.id, { name: mention.actor.name, actorId: mention.actor.id, position: found.start });
        else if (this.actors.length === 0) {
          const words: string[] = [];
          for (const word of this.text.slice(found.start, found.end).split(/\s+/)) if (!TITLES.has(word.toLowerCase())) words.push(word);
          if (words.length > 0) people.set(words.join(' '), { name: words.join(' '), position: found.start });
        }
      }
      const roleRe = nounAsWord(noun);
      if (this.peopleWithRoles === undefined) {
        this.peopleWithRoles = [];
        for (const actor of this.actors) if (actor.type === 'person' && actor.role) this.peopleWithRoles.push(actor);
      }
      for (const actor of this.peopleWithRoles) {
        if (roleRe.test(actor.role!) && !people.has(actor.id)) {
          people.set(actor.id, { name: actor.name, actorId: actor.id, position: actor.mentions[0]?.start ?? 0 });
        }
      }
      this.peopleByRole.set(noun, people);
    }
    if (people.size === 0) return undefined;
    // The one named last before `position` (the first of those named at the same place), else the first: a binary
    // search over them in order of place (the first named first among equals).
    let byPlace = this.roleHoldersByPlace.get(noun);
    if (byPlace === undefined) {
      byPlace = [...people.values()];
      const order = new Float64Array(byPlace.length);
      for (let index = 0; index < byPlace.length; index++) order[index] = byPlace[index].position;
      byPlace = orderedByKeys(byPlace, order) ?? byPlace.sort((a, b) => a.position - b.position);
      this.roleHoldersByPlace.set(noun, byPlace);
    }
    let low = 0;
    let high = byPlace.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byPlace[middle].position < position) low = middle + 1;
      else high = middle;
    }
    while (low > 1 && byPlace[low - 2].position === byPlace[low - 1].position) low--;
    const chosen = low > 0 ? byPlace[low - 1] : people.values().next().value!;
    return { name: chosen.name, ...(chosen.actorId ? { actorId: chosen.actorId } : {}) };
  }

  /**
   * "Although Roe has worked with famous chefs such as Ann Lee, she says …": the subject of a subordinate clause
   * opening the pronoun's sentence is the subject of its main clause too, whoever is named inside the clause.
   */
  private frontedClauseSubject(position: number, wanted: Gender): Actor | undefined {
    const start = this.sentenceIndex.startOf(position);
    if (position - start > FRONTED_CLAUSE_REACH || !/,\s*$/u.test(this.text.slice(position - 3, position))) return undefined;
    const opener = FRONTED_CLAUSE.exec(this.text.slice(start, position));
    if (!opener) return undefined;
    const at = start + opener[0].length;
    const mention = mentionAt(this.mentionsOverlapping(at, at + 1), at, 'person', true);
    if (!mention) return undefined;
    const gender = this.genderOfActor(mention.actor);
    return gender === undefined || gender === wanted ? mention.actor : undefined;
  }

  /**
   * The subject of the narrator's utterance before a pronoun when the actor layer has no mention of it there, as
   * centering reads it: a speaker attributed there ("Lee said too often, …" with "Lee" untagged) or a role whose
   * holder the text names ("On Monday, the mayor brought the plan up again.").
   */
  private untaggedPreviousSubject(position: number, wanted: Gender): { name: string; actorId?: string } | undefined {
    this.utterancesCache ??= new Utterances(this.sentenceIndex, this.quoted);
    const first = this.utterancesCache.previous(position)?.[0];
    if (!first) return undefined;
    for (const mention of this.mentionsOverlapping(first.start, first.end)) {
      if (mention.start >= first.start && mention.start < first.end && mention.actor.type === 'person' && this.opensSentence(mention.start)) return undefined; // centering reads it
    }
    for (let index = this.spoken.length - 1; index >= 0; index--) {
      const earlier = this.spoken[index];
      if (earlier.position < first.start) break;
      if (earlier.position >= first.end || earlier.type !== 'person' || !this.opensSentence(earlier.position)) continue;
      return fitsGender(earlier.gender, wanted) ? { name: earlier.name, ...(earlier.actorId ? { actorId: earlier.actorId } : {}) } : undefined;
    }
    const role = ROLE_SUBJECT.exec(this.text.slice(first.start, Math.min(first.end, first.start + 120)));
    if (!role) return undefined;
    const holder = this.roleHolder(role[1].toLowerCase(), position);
    const actor = holder?.actorId ? this.actorsById.get(holder.actorId) : undefined;
    return holder && fitsGender(actor ? this.genderOfActor(actor) : undefined, wanted) ? holder : undefined;
  }

  /**
   * The person actor whose mention opens a sentence (or follows a short introductory phrase) nearest before
   * `position`, within a paragraph or two, of the `wanted` gender or of none known.
   */
  sentenceSubjectBefore(position: number, wanted?: Gender): { actor: Actor; position: number; end: number } | undefined {
    const low = this.firstMentionFrom(position);
    for (let index = low - 1; index >= 0 && low - index <= MAX_PRONOUN_LOOKBACK; index--) {
      const mention = this.mentions[index];
      if (position - mention.start > TOPIC_WINDOW) break;
      if (mention.actor.type !== 'person' || mention.end > position) continue;
      if (!this.opensSentence(mention.start)) continue;
      const gender = this.genderOfActor(mention.actor);
      if (wanted && gender !== undefined && gender !== wanted) continue;
      return { actor: mention.actor, position: mention.start, end: mention.end };
    }
    return undefined;
  }

  /** The latest speaker before `position` (within the salience window) that `fits`. */
  private lastSpoken(position: number, fits: (speaker: SpokenBy) => boolean): SpokenBy | undefined {
    for (let index = this.spoken.length - 1; index >= 0; index--) {
      const earlier = this.spoken[index];
      if (earlier.position >= position) continue;
      if (position - earlier.position > SALIENCE_WINDOW) return undefined;
      if (fits(earlier)) return earlier;
    }
    return undefined;
  }

  /** Among `actors`, the one with the mention nearest before `position` (a bounded look back over the mentions). */
  private nearestBefore(actors: ReadonlySet<Actor>, position: number): Actor | undefined {
    const low = this.firstMentionFrom(position);
    for (let index = low - 1; index >= 0 && low - index <= MAX_NOMINAL_LOOKBACK; index--) {
      if (actors.has(this.mentions[index].actor)) return this.mentions[index].actor;
    }
    return undefined;
  }

  private resolveName(phrase: SpeakerPhrase): Speaker {
    if (phrase.isDescription) {
      // "a spokesman", "Trump’s lawyer": the words of the text; an actor mention inside is the owner, not the speaker.
      return { name: this.text.slice(phrase.head.start, phrase.head.end), start: phrase.head.start, end: phrase.head.end };
    }
    const overlapping = this.mentionsOverlapping(phrase.phrase.start, phrase.phrase.end);
    // The head noun of a name phrase is its last word: "Union Local 12 president Jane Roe", "Toronto's John Doe",
    // "the Kentucky Republican". The actor covering it speaks; a place or organization earlier in the phrase
    // only qualifies the speaker.
    const tokens = phrase.tokens;
    const last = tokens.length - 1;
    const headMention = mentionCovering(overlapping, tokens.start(last), tokens.end(last));
    if (headMention) return { actorId: headMention.actor.id, name: headMention.actor.name, start: headMention.start, end: headMention.end };
    const tailName = finalNameRun(tokens);
    if (tailName && tailName.first > 0) {
      const name = this.text.slice(tokens.start(tailName.first), tokens.end(last));
      const byName = this.actorByName(name);
      if (byName) return { actorId: byName.id, name: byName.name, start: phrase.head.start, end: phrase.head.end };
      if (/\s/.test(name)) return { name, start: phrase.head.start, end: phrase.head.end };
    }
    if (tokens.lower(0) === 'the' && onlyPlaces(overlapping)) {
      // "the Kentucky Republican", "the Ottawa native": a description with a place in it.
      const found = this.personFitting({ kind: 'person', noun: tokens.lower(last), media: false }, phrase.head.start);
      if (found) return { name: found.name, ...(found.actorId ? { actorId: found.actorId } : {}), start: phrase.head.start, end: phrase.head.end };
    }
    if (overlapping.length > 0) {
      // The head names the speaker; among mentions, prefer one inside the head, then people, then the earliest.
      const best = bestMention(overlapping, phrase.head);
      return { actorId: best.actor.id, name: best.actor.name, start: best.start, end: best.end };
    }
    const words = nameWords(tokens, { first: 0, last });
    const name = this.text.slice(tokens.start(words.first), tokens.end(words.last));
    const byName = this.actorByName(name);
    if (byName) return { actorId: byName.id, name: byName.name, start: phrase.head.start, end: phrase.head.end };
    // Without an actor: a last name alone takes the full name of the person named so before ("Saprynskaya",
    // "Putin" after "President Vladimir Putin").
    const fuller = this.fullerNamedSpeaker(name) ?? this.fullerNameInText(name, phrase.head.start);
    return { name: fuller ?? name, start: phrase.head.start, end: phrase.head.end };
  }

  /** The index of the first mention starting at or after `position` (binary search over the sorted mentions). */
  private firstMentionFrom(position: number): number {
    return firstStartingFrom(this.mentions, position);
  }

  private mentionsOverlapping(start: number, end: number): IndexedMention[] {
    const found: IndexedMention[] = [];
    const low = this.firstMentionFrom(start - 200);
    for (let index = low; index < this.mentions.length && this.mentions[index].start < end; index++) {
      const mention = this.mentions[index];
      if (mention.end > start) found.push(mention);
    }
    return found;
  }

  /**
   * The first actor (in the actor layer's order) whose name or an alias is `name` (either case), else the one person
   * whose last name is the name's last word (none when more than one).
   */
  private actorByName(name: string): Actor | undefined {
    this.actorNames ??= actorNames(this.actors);
    const lower = name.toLowerCase();
    const named = this.actorNames.byName.get(lower);
    if (named !== undefined) return named;
    return this.actorNames.byLastName.get(lower.split(/\s+/).pop()!) ?? undefined;
  }

  private fullerNamedSpeaker(name: string): string | undefined {
    if (/\s/.test(name)) return undefined;
    // (the latest of this.named whose name is not `name` and ends with it: the names added since the last call read)
    for (; this.fullerIndexed < this.named.length; this.fullerIndexed++) {
      const earlier = this.named[this.fullerIndexed].name;
      const last = earlier.split(/\s+/).pop()!;
      if (last !== earlier) this.fullerByLastWord.set(last, earlier);
    }
    return this.fullerByLastWord.get(name);
  }

  /** The fullest "First Last" written before `position` that ends with the single word `name`. */
  private fullerNameInText(name: string, position: number): string | undefined {
    if (/\s/.test(name) || !/^\p{Lu}/u.test(name)) return undefined;
    // (a look back over the text with lastIndexOf() per name, until the article grows long and the names many: then
    // over the places of capitals opening as the name does, read once)
    if (this.capitalPlaces === undefined && ++this.namesLookedBack > LOOKS_BACK_BEFORE_INDEX) this.capitalPlaces = CapitalPlaces.of(this.text);
    const places = this.capitalPlaces !== undefined && CapitalPlaces.answers(name) ? this.capitalPlaces : this.text;
    let at = places.lastIndexOf(name, position - 1);
    for (let tries = 0; at > 0 && tries < 20; tries++, at = places.lastIndexOf(name, at - 1)) {
      const after = this.text[at + name.length];
      if (after && /[\p{L}\p{N}]/u.test(after)) continue;
      const before = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u.exec(this.text.slice(Math.max(0, at - 60), at));
      if (!before) continue;
      const written = before[1].trim().split(/\s+/);
      // Not across a sentence end: "… Hester. Michael Mulgrew" keeps "Michael".
      let sentenceEnd = -1;
      for (let index = 0; index < written.length; index++) {
        const word = written[index];
        if (/[.’'”"]$/u.test(word) && word.replace(/[.’'”"]/gu, '').length > 2 && !TITLES.has(word.toLowerCase())) sentenceEnd = index;
      }
      const words: string[] = [];
      for (let index = sentenceEnd + 1; index < written.length; index++) {
        const lower = written[index].toLowerCase();
        if (!TITLES.has(lower) && !CAPITALIZED_FUNCTION_WORDS.has(lower)) words.push(written[index]);
      }
      if (words.length > 0) return `${words.join(' ')} ${name}`;
    }
    return undefined;
  }

  private resolvePronoun(phrase: SpeakerPhrase): Speaker {
    const pronoun = this.text.slice(phrase.head.start, phrase.head.end);
    const wanted = pronounGender(pronoun);
    const base = { name: pronoun, start: phrase.head.start, end: phrase.head.end };
    // The actor layer may have resolved the pronoun itself (a mention of the pronoun's own span).
    const resolved = mentionExactly(this.mentionsOverlapping(phrase.head.start, phrase.head.end), phrase.head);
    if (resolved) return { ...base, actorId: resolved.actor.id, name: resolved.actor.name };
    if (wanted === 'plural') {
      // "Republican senators are eager to leave, and they say …": the plural subject of the pronoun's own sentence.
      const subject = this.pluralSubjectBefore(phrase.head.start);
      if (subject) {
        this.spoken.push({ name: subject.name, position: phrase.head.start, gender: undefined, actorId: subject.actorId, type: 'group' });
        return { ...base, ...subject };
      }
      // "they said" after "Jane Roe and John Doe said" or "officials said": the previous group speaks again.
      const group = this.lastSpoken(phrase.head.start, isGroupOrOrganization);
      const latest = this.lastSpoken(phrase.head.start, isAnyone);
      return group && group === latest ? { ...base, name: group.name, ...(group.actorId ? { actorId: group.actorId } : {}) } : base;
    }
    if (wanted === 'neuter') {
      // "it said in a statement": the most salient organization before it (a document's "it" stays the pronoun).
      const organization = this.salientAntecedent(phrase.head.start, 'organization');
      return organization ? { ...base, ...organization } : base;
    }
    if (wanted !== 'male' && wanted !== 'female') return base; // "we", "I": not resolved to one person
    const fronted = this.frontedClauseSubject(phrase.head.start, wanted);
    if (fronted) return { ...base, actorId: fronted.id, name: fronted.name };
    const untagged = this.untaggedPreviousSubject(phrase.head.start, wanted);
    if (untagged) return { ...base, ...untagged };
    const centre = this.centre(phrase.head.start, wanted);
    if (centre) return { ...base, actorId: centre.id, name: centre.name };
    const continuing = this.speakerContinuing(phrase.head.start, wanted);
    if (continuing) return { ...base, name: continuing.name, ...(continuing.actorId ? { actorId: continuing.actorId } : {}) };
    const salient = this.salientAntecedent(phrase.head.start, 'person', wanted);
    if (salient) return { ...base, ...salient };
    // Salience first: the previous speaker when of the pronoun's gender; then the nearest person of that gender.
    const previous = this.lastSpoken(phrase.head.start, isPerson);
    const fromActors = this.personBefore(phrase.head.start, wanted);
    // A person opening a sentence after the previous speaker was named has become the topic ("Roe also wrote two
    // books. “…,” she says.").
    const topic = this.sentenceSubjectBefore(phrase.head.start, wanted);
    if (topic && (!previous || previous.gender !== wanted || topic.position > previous.position)) return { ...base, actorId: topic.actor.id, name: topic.actor.name };
    if (previous?.gender === wanted) return { ...base, name: previous.name, ...(previous.actorId ? { actorId: previous.actorId } : {}) };
    if (fromActors?.gender === wanted) return { ...base, actorId: fromActors.actor.id, name: fromActors.actor.name };
    const named = this.namedBefore(phrase.head.start, wanted, true);
    if (named) return { ...base, name: named.name, ...(named.actorId ? { actorId: named.actorId } : {}) };
    if (previous && previous.gender === undefined) return { ...base, name: previous.name, ...(previous.actorId ? { actorId: previous.actorId } : {}) };
    const unknown = this.namedBefore(phrase.head.start, wanted, false);
    if (!fromActors && unknown) return { ...base, name: unknown.name, ...(unknown.actorId ? { actorId: unknown.actorId } : {}) };
    if (fromActors) return { ...base, actorId: fromActors.actor.id, name: fromActors.actor.name };
    return base;
  }

  /**
   * The person "he" or "she" at `position` continues by centering (see centering.ts): the subject of the
   * utterance before it, else the only person there whose gender is the pronoun's; when that utterance opens with
   * a pronoun of the same gender, the person that pronoun continues. Undefined when another pronoun of that gender
   * or a person of unknown gender could be meant.
   */
  private centre(position: number, wanted: Gender, depth = 0): Actor | undefined {
    this.utterancesCache ??= new Utterances(this.sentenceIndex, this.quoted);
    const previous = this.utterancesCache.previous(position);
    if (!previous) return undefined;
    const mentions: IndexedMention[] = [];
    for (const piece of previous) {
      for (const mention of this.mentionsOverlapping(piece.start, piece.end))
        if (mention.start >= piece.start && mention.end <= piece.end && mention.actor.type === 'person') mentions.push(mention);
    }
    // An utterance about no one ("This would ease the shortage.") passes the centre on from the one before it.
    let anyPronoun = false;
    for (const piece of previous) {
      if (!ANY_PRONOUN.test(this.text.slice(piece.start, piece.end))) continue;
      anyPronoun = true;
      break;
    }
    if (mentions.length === 0 && !anyPronoun) return depth < MAX_CENTERING_CHAIN && previous.length > 0 ? this.centre(previous[0].start, wanted, depth + 1) : undefined;
    let subject: IndexedMention | undefined;
    for (const mention of mentions) {
      if (!this.opensSentence(mention.start)) continue;
      subject = mention;
      break;
    }
    const subjectGender = subject ? this.genderOfActor(subject.actor) : undefined;
    if (subject && subjectGender === wanted) return subject.actor;
    if (subject && subjectGender === undefined) return undefined;
    const subjectPronoun = wanted === 'male' ? HE : SHE;
    for (const piece of previous) {
      const found = subjectPronoun.exec(this.text.slice(piece.start, piece.end));
      if (!found) continue;
      // "Still, he rejected …": a pronoun subject there is the centre already; it continues its own antecedent.
      const at = piece.start + found.index;
      return depth < MAX_CENTERING_CHAIN && this.opensSentence(at) ? this.centre(at, wanted, depth + 1) : undefined;
    }
    const genders = new Map<Actor, Gender | undefined>();
    for (const mention of mentions) genders.set(mention.actor, this.genderOfActor(mention.actor));
    // The people of the wanted gender (how many, the first), and whether one's gender is unknown.
    let fitting = 0;
    let firstFitting: Actor | undefined;
    let unknown = false;
    for (const [actor, gender] of genders) {
      if (gender === wanted) {
        fitting++;
        firstFitting ??= actor;
      }
      if (gender === undefined) unknown = true;
    }
    // "Her neighbour Julia Webb moved away": a pronoun of the gender before the person points further back.
    const pointsBack = wanted === 'male' ? HIS_OR_HIM : HER;
    let first: IndexedMention | undefined;
    for (const mention of mentions) {
      if (mention.actor !== firstFitting) continue;
      first = mention;
      break;
    }
    if (first) for (const piece of previous) if (piece.start < first.start && pointsBack.test(this.text.slice(piece.start, Math.min(piece.end, first.start)))) return undefined;
    return fitting === 1 && !unknown ? firstFitting : undefined;
  }

  /** The person opening the narrator's utterance before the one at `position` (its subject), if any. */
  private previousSubject(position: number): Actor | undefined {
    this.utterancesCache ??= new Utterances(this.sentenceIndex, this.quoted);
    for (const piece of this.utterancesCache.previous(position) ?? []) {
      for (const mention of this.mentionsOverlapping(piece.start, piece.end))
        if (mention.start >= piece.start && mention.end <= piece.end && mention.actor.type === 'person' && this.opensSentence(mention.start)) return mention.actor;
    }
    return undefined;
  }

  /**
   * The person who spoke last, a sentence or two before `position`, when nobody else the pronoun could stand for
   * is mentioned since (`Lee says … “…” But he says …`): the speaker goes on, whatever the salience of people
   * named more often further back.
   */
  private speakerContinuing(position: number, wanted: Gender): SpokenBy | undefined {
    const previous = this.lastSpoken(position, isPerson);
    if (!previous || (previous.gender !== undefined && previous.gender !== wanted)) return undefined;
    if (this.sentenceIndex.at(position) - this.sentenceIndex.at(previous.position) > MAX_CONTINUING_SENTENCES) return undefined;
    const low = this.firstMentionFrom(previous.position + 1);
    for (let index = low; index < this.mentions.length && this.mentions[index].start < position; index++) {
      const mention = this.mentions[index];
      if (mention.actor.type !== 'person' || mention.actor.id === previous.actorId || mention.actor.name === previous.name) continue;
      const gender = this.genderOfActor(mention.actor);
      if (gender === undefined || gender === wanted) return undefined;
    }
    return previous;
  }

  /**
   * The most salient person (of the wanted gender, or of none known) or organization before `position`: its
   * mentions in the last few sentences, weighted for recency, for opening a sentence and for speaking.
   */
  private salientAntecedent(position: number, type: 'person' | 'organization', wanted?: Gender): { name: string; actorId?: string } | undefined {
    const candidates: SalientMention[] = [];
    const names = new Map<string, { name: string; actorId?: string; gender?: Gender }>();
    const speakerPositions = new Set<number>();
    for (let index = this.spoken.length - 1; index >= 0; index--) {
      const earlier = this.spoken[index];
      if (earlier.position >= position) continue;
      if (position - earlier.position > SALIENCE_WINDOW) break;
      if (earlier.type !== type) continue;
      const key = earlier.actorId ?? `name:${earlier.name}`;
      names.set(key, { name: earlier.name, actorId: earlier.actorId, gender: earlier.gender });
      const mention = earlier.actorId ? mentionOfActor(this.mentionsOverlapping(earlier.position, earlier.position + 1), earlier.actorId) : undefined;
      if (mention) speakerPositions.add(mention.start);
      else candidates.push({ key, start: earlier.position, subject: false, speaker: true });
    }
    const low = this.firstMentionFrom(position);
    for (let index = low - 1; index >= 0 && low - index <= MAX_PRONOUN_LOOKBACK; index--) {
      const mention = this.mentions[index];
      if (position - mention.start > SALIENCE_WINDOW) break;
      if (mention.actor.type !== type || mention.end > position) continue;
      names.set(mention.actor.id, { name: mention.actor.name, actorId: mention.actor.id, gender: type === 'person' ? this.genderOfActor(mention.actor) : undefined });
      candidates.push({ key: mention.actor.id, start: mention.start, subject: this.opensSentence(mention.start), speaker: speakerPositions.has(mention.start) });
    }
    const best = mostSalient(this.sentenceIndex, position, candidates, new GenderFit(names, wanted));
    const found = best !== undefined ? names.get(best) : undefined;
    return found ? { name: found.name, ...(found.actorId ? { actorId: found.actorId } : {}) } : undefined;
  }

  /**
   * A plural noun phrase opening the sentence before `position` (or its main clause, after an introductory phrase
   * closed by a comma) and followed by its verb: "The Conservatives believe", "Republican senators are".
   */
  private pluralSubjectBefore(position: number): { name: string; actorId?: string } | undefined {
    const start = this.sentenceIndex.startOf(position);
    if (position - start > 400) return undefined;
    const sentence = this.text.slice(start, position);
    const comma = sentence.indexOf(', ');
    for (const offset of comma > 0 ? [0, comma + 2] : [0]) {
      const match = PLURAL_SUBJECT.exec(sentence.slice(offset));
      if (!match) continue;
      const words = match[1];
      const last = words.split(/\s+/).pop()!;
      if (!ROLE_PLURALS.has(last.toLowerCase()) && !/^\p{Lu}/u.test(last)) continue;
      const phraseStart = start + offset + match[0].indexOf(words);
      const organization = firstOfType(this.mentionsOverlapping(phraseStart, phraseStart + words.length), 'organization');
      return organization ? { name: organization.actor.name, actorId: organization.actor.id } : { name: words.replace(/^the\s+/iu, '') };
    }
    return undefined;
  }

  /**
   * Whether the first gendered pronoun in the 60 characters after `end` is a male one (MALE_PRONOUN), another one
   * (OTHER_PRONOUN) or there is none (0); the previous analysis's answer when those characters are unchanged.
   */
  private pronounAfter(end: number): number {
    let answer = this.pronounsAfter.get(end);
    if (answer !== undefined) return answer;
    const to = Math.min(this.text.length, end + 60);
    const kept = this.keptPronouns.get(end, end, to);
    if (kept === undefined || cacheChecksOn()) {
      const found = /\b(?:he|him|his|himself|she|her|hers|herself)\b/.exec(this.text.slice(end, to).toLowerCase());
      answer = found === null ? 0 : GENDERED_PRONOUNS.get(found[0]) === 'male' ? MALE_PRONOUN : OTHER_PRONOUN;
      if (kept !== undefined) checkedAnswer('pronoun after a mention', kept, answer);
    } else answer = kept;
    this.keptPronouns.set(end, answer);
    this.pronounsAfter.set(end, answer);
    return answer;
  }

  /** The mention at `start` opens its sentence, perhaps after a short introductory phrase (cached). */
  private opensSentence(start: number): boolean {
    let opens = this.sentenceOpenings.get(start);
    if (opens === undefined) {
      // (read from the 80 characters before: the previous analysis's answer when those are unchanged; nearer the
      // start of the text, where the text's start is read too, always read again)
      const from = Math.max(0, start - 80);
      const kept = start >= 80 ? this.keptOpenings.get(start, from, start) : undefined;
      if (kept === undefined || cacheChecksOn()) {
        const before = this.text.slice(from, start);
        opens = SENTENCE_OPENING.test(before) && !afterAbbreviatedTitle(before);
        if (kept !== undefined) checkedAnswer('sentence opening', kept, opens ? 1 : 0);
      } else opens = kept === 1;
      this.keptOpenings.set(start, opens ? 1 : 0);
      this.sentenceOpenings.set(start, opens);
    }
    return opens;
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
    const low = this.firstMentionFrom(position);
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
    // What the text's own pronouns say about the actor outweighs its first name when they say it clearly (a
    // surname shared by two relatives, a first name of either gender).
    // The pronouns after the mentions that open a sentence are the person's own ("Lee told police she …"); after
    // other mentions they are as often the subject's ("he ordered Lee to leave his house").
    const told = this.genderFromPronouns(actor, 2, true) ?? this.genderFromPronouns(actor, 3);
    const gender = told ?? this.genderOfWords(actor.name, actor.mentions[0]?.start ?? 0) ?? this.genderFromPronouns(actor);
    this.genders.set(actor.id, gender);
    return gender;
  }

  /** Gender told by an honorific before the name or by the first name. */
  private genderOfWords(name: string, position: number): Gender | undefined {
    const before = this.text.slice(Math.max(0, position - 6), position);
    if (/\bMr\.?\s*$/.test(before)) return 'male';
    if (/\b(?:Mrs|Ms|Miss)\.?\s*$/.test(before)) return 'female';
    const first = name.split(/\s+/)[0];
    // "Al Basha", "Van Dyke": a particle of the surname, no first name.
    if (SURNAME_PARTICLES.has(first.toLowerCase())) return undefined;
    return name.includes(' ') ? genderOfFirstName(first) : undefined;
  }

  /** Gender told by the pronouns that follow the actor's mentions closely ("Putin … his"). */
  private genderFromPronouns(actor: Actor, margin = 1, subjectsOnly = false): Gender | undefined {
    let male = 0;
    let female = 0;
    for (const mention of actor.mentions.slice(0, 20)) {
      if (subjectsOnly && !this.opensSentence(mention.start)) continue;
      const pronoun = this.pronounAfter(mention.end);
      if (pronoun === MALE_PRONOUN) male++;
      else if (pronoun === OTHER_PRONOUN) female++;
    }
    if (male >= female + margin) return 'male';
    if (female >= male + margin) return 'female';
    return undefined;
  }
}

/** The words DATE_WORDS ends with (each written after a space or at the start). */
const DATE_LAST_WORDS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Day Eve'.split(' '),
);

/** DATE_WORDS.test(words), the expression tried only when the last run of ASCII letters is a word it ends with. */
function mayBeDateWords(words: string): boolean {
  let at = words.length;
  while (at > 0) {
    const code = words.charCodeAt(at - 1);
    if (!((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) break;
    at--;
  }
  return at < words.length && DATE_LAST_WORDS.has(words.slice(at)) && DATE_WORDS.test(words);
}

/** PARTY_LABEL.test(words), the expression tried only when a hyphen follows the first one to four code units. */
function mayBePartyLabel(words: string): boolean {
  const hyphen = words.indexOf('-');
  return hyphen >= 1 && hyphen <= 4 && PARTY_LABEL.test(words);
}

/** /\s(?:and|&)\s/u.test(words), the expression tried only when "and" or "&" is written. */
function joinsNames(words: string): boolean {
  return (words.includes('and') || words.includes('&')) && /\s(?:and|&)\s/u.test(words);
}

/** The last analysis's order of the resolver's mentions (numericOrder.ts KeptOrder: checked, then taken). */
const mentionOrder = new KeptOrder();

/**
 * `mentions` by start, the longer first (byStartLongestFirst), equals in the order given (as the stable sort put
 * them), sorted as numbers (numericOrder.ts): the sort of the article's thousands of mentions with a comparator was
 * the resolver's largest cost per edit.
 */
function sortedByStartLongestFirst(mentions: IndexedMention[]): IndexedMention[] {
  const keys = new Float64Array(mentions.length);
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index];
    const length = mention.end - mention.start;
    // (start first, then the longer first: lengths under 2^12)
    keys[index] = length >= 0 && length < 1 << 12 ? mention.start * (1 << 12) + ((1 << 12) - 1 - length) : -1;
  }
  return orderedByKeys(mentions, keys, mentionOrder) ?? mentions.sort(byStartLongestFirst);
}

/** An ASCII character of \s: a tab, a line feed, a vertical tab, a form feed, a carriage return or a space. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** "… met Mr. " / "… where Gov. ": the full stop before the mention is a title's, not a sentence end. */
function afterAbbreviatedTitle(before: string): boolean {
  // (a quick no where the text before ends with a character of ASCII but white space, or with ASCII white space after
  // one but a full stop: the expression, tried at every place of the text before, wants a full stop and white space
  // at its end; a character not ASCII there is left to it)
  let at = before.length - 1;
  while (at >= 0 && isAsciiSpace(before.charCodeAt(at))) at--;
  if (at >= 0 && before.charCodeAt(at) < 0x80 && (at === before.length - 1 || before.charCodeAt(at) !== 0x2e)) return false;
  const word = /([\p{L}]+)\.\s+$/u.exec(before)?.[1];
  return word !== undefined && (word.length === 1 || TITLES.has(`${word.toLowerCase()}.`) || TITLES.has(word.toLowerCase()));
}

/**
 * The capitalized words closing a speaker phrase after a lowercase role or an organization's name
 * ("volunteer coordinator Lee Park", "county prosecutor Jane Roe"): the person's name, titles left out.
 */
function finalNameRun(tokens: TokenList): { first: number } | undefined {
  let first = tokens.length;
  while (first > 0) {
    const word = tokens.word(first - 1);
    if (word.kind !== 'word' || !/^\p{Lu}/u.test(word.text) || TITLES.has(word.lower)) break;
    first--;
  }
  const words = tokens.length - first;
  if (words < 2 || words > 4 || first === 0) return undefined;
  const before = tokens.word(first - 1);
  // Only after a lowercase role word or a title: "president Jane Roe", "Lt. Lee Park".
  // Not after a joiner inside a longer name: "Department of Social Services".
  if (before.kind !== 'word' || (/^\p{Lu}/u.test(before.text) && !TITLES.has(before.lower)) || before.lower === 'of') return undefined;
  return { first };
}

// (loops, not find/every with a callback: a callback written in a method is a new closure per call, whose optimized
// code is dropped at each full collection and compiled again while typing; these run for every named speaker)

/** The first of `mentions` covering text[start, end). */
function mentionCovering(mentions: readonly IndexedMention[], start: number, end: number): IndexedMention | undefined {
  for (const mention of mentions) if (mention.start <= start && mention.end >= end) return mention;
  return undefined;
}

/** The index of the first possessive "’s" among `tokens`, or -1. */
function possessiveIndex(tokens: TokenList): number {
  for (let index = 0; index < tokens.length; index++) {
    const lower = tokens.lower(index);
    if (lower === '’s' || lower === "'s") return index;
  }
  return -1;
}

/** The last of `mentions` ending by `end` (and naming no place, when `noPlace`). */
function lastEndingBy(mentions: readonly IndexedMention[], end: number, noPlace: boolean): IndexedMention | undefined {
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index];
    if (mention.end <= end && (!noPlace || mention.actor.type !== 'place')) return mention;
  }
  return undefined;
}

/**
 * Among the words of a document's phrase before `headEnd`, the last organization noun (not a medium's) between the
 * first and the last: "the parole board decision" → "board".
 */
function organizationModifier(tokens: TokenList, headEnd: number): string | undefined {
  let words = 0;
  for (let index = 0; index < tokens.length; index++) if (tokens.kind(index) === 'word' && tokens.start(index) < headEnd) words++;
  let modifier: string | undefined;
  let ordinal = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens.kind(index) !== 'word' || tokens.start(index) >= headEnd) continue;
    const lower = tokens.lower(index);
    if (ordinal > 0 && ordinal < words - 1 && ORGANIZATION_NOUNS.has(lower) && !MEDIA_NOUNS.has(lower)) modifier = lower;
    ordinal++;
  }
  return modifier;
}

/** The lower-case form of the first word of `tokens` before `headEnd`, '' when none. */
function firstWordBefore(tokens: TokenList, headEnd: number): string {
  for (let index = 0; index < tokens.length; index++) if (tokens.kind(index) === 'word' && tokens.start(index) < headEnd) return tokens.lower(index);
  return '';
}

/** The first of `sources` written inside `range`. */
function sourceWithin(sources: readonly DocumentSource[], range: Range): DocumentSource | undefined {
  for (const source of sources) if (source.position >= range.start && source.position < range.end) return source;
  return undefined;
}

/** How a mention ranks as the speaker of a name phrase: people first, then organizations, then the rest. */
function mentionRank(mention: IndexedMention): number {
  return mention.actor.type === 'person' ? 0 : mention.actor.type === 'organization' ? 1 : 2;
}

/**
 * The mention of a name phrase that names the speaker: one inside the head first, then by rank, then the earliest
 * (the first of equals, as a stable sort would put it first).
 */
function bestMention(mentions: readonly IndexedMention[], head: Range): IndexedMention {
  let best = mentions[0];
  for (let index = 1; index < mentions.length; index++) {
    const mention = mentions[index];
    const outside = Number(!(mention.start >= head.start && mention.end <= head.end)) - Number(!(best.start >= head.start && best.end <= head.end));
    if (outside < 0 || (outside === 0 && (mentionRank(mention) - mentionRank(best) < 0 || (mentionRank(mention) === mentionRank(best) && mention.start < best.start))))
      best = mention;
  }
  return best;
}

/** Whether every one of `mentions` names a place. */
function onlyPlaces(mentions: readonly IndexedMention[]): boolean {
  for (const mention of mentions) if (mention.actor.type !== 'place') return false;
  return true;
}

/** The first of `mentions` spanning exactly `range`. */
function mentionExactly(mentions: readonly IndexedMention[], range: Range): IndexedMention | undefined {
  for (const mention of mentions) if (mention.start === range.start && mention.end === range.end) return mention;
  return undefined;
}

/** The first of `mentions` starting at `start` whose actor is of `type` (`is`), or is not (`!is`). */
function mentionAt(mentions: readonly IndexedMention[], start: number, type: Actor['type'], is: boolean): IndexedMention | undefined {
  for (const mention of mentions) if (mention.start === start && (mention.actor.type === type) === is) return mention;
  return undefined;
}

/** The first of `mentions` whose actor is of `type`. */
function firstOfType(mentions: readonly IndexedMention[], type: Actor['type']): IndexedMention | undefined {
  for (const mention of mentions) if (mention.actor.type === type) return mention;
  return undefined;
}

/** The first of `mentions` of the actor `actorId`. */
function mentionOfActor(mentions: readonly IndexedMention[], actorId: string): IndexedMention | undefined {
  for (const mention of mentions) if (mention.actor.id === actorId) return mention;
  return undefined;
}

/** The name and id of `actor`, if any. */
function nameAndId(actor: Actor | undefined): { name: string; actorId: string } | undefined {
  return actor ? { name: actor.name, actorId: actor.id } : undefined;
}

/** Whether `re` matches the actor's name or one of its aliases. */
function namedBy(actor: Actor, re: RegExp): boolean {
  if (re.test(actor.name)) return true;
  for (const alias of actor.aliases ?? []) if (re.test(alias)) return true;
  return false;
}

/** The organizations that may be speakers (in the actor layer's order) and the words of their names. */
interface OrganizationIndex {
  organizations: Actor[];
  all: Set<Actor>;
  /** Whether each organization's name is a law's (LAW_NAME): never one described by a noun of its name. */
  laws: boolean[];
  /** How many nouns asked: the first SCANS_BEFORE_WORD_INDEX are matched against every organization. */
  asked: number;
  /** A word (ASCII, lower-cased) of a name or alias → the organizations (no law) so named, by index, in order. */
  byWord?: Map<string, number[]>;
  /** The organizations (no law) with a word of a name or alias not all ASCII, by index, in order. */
  unusual?: number[];
  /** The organizations the article names as media (MEDIA_NAME, namedAsOutlet), when a media noun was asked. */
  outlets?: Actor[];
}

const NO_INDICES: readonly number[] = [];
/** How many nouns organizationCandidates() matches against every organization before it indexes their words. */
const SCANS_BEFORE_WORD_INDEX = 64;
/** How many names fullerNameInText() looks back for with lastIndexOf() before it indexes the text's capitals. */
const LOOKS_BACK_BEFORE_INDEX = 4;
const NO_ACTORS: readonly Actor[] = [];
/** A noun of printable ASCII characters but a space: matched case-insensitively only by words of the same letters but ASCII ones ("ſ"). */
const PRINTABLE_ASCII_WORD = /^[\x21-\x7e]+$/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/u;

/** The numbers of two ascending lists, in ascending order, each once. */
function mergedInOrder(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The actors by lower-cased name or alias (the first actor so named), and the people by last name (null: several). */
interface ActorNames {
  byName: Map<string, Actor>;
  byLastName: Map<string, Actor | null>;
}

/** actorByName()'s lookups, built once per analysis: a scan of every actor per speaker phrase grew with the article twice. */
function actorNames(actors: readonly Actor[]): ActorNames {
  const byName = new Map<string, Actor>();
  const byLastName = new Map<string, Actor | null>();
  for (const actor of actors) {
    const lower = actor.name.toLowerCase();
    if (!byName.has(lower)) byName.set(lower, actor);
    for (const alias of actor.aliases ?? []) {
      const aliasLower = alias.toLowerCase();
      if (!byName.has(aliasLower)) byName.set(aliasLower, actor);
    }
    if (actor.type !== 'person') continue;
    const last = lower.split(/\s+/).pop()!;
    byLastName.set(last, byLastName.has(last) ? null : actor);
  }
  return { byName, byLastName };
}

/** Whether every one of `words` is a word of `name` (lower-cased). */
function holdsEveryWord(name: string, words: readonly string[]): boolean {
  for (const word of words) if (!name.toLowerCase().split(/\s+/u).includes(word)) return false;
  return true;
}

/** Whether every word of `titles` is a title ("Justice", "Lt."). */
function onlyTitles(titles: string): boolean {
  for (const word of titles.split(/\s+/u)) if (!TITLES.has(word.toLowerCase()) && !TITLES.has(word.toLowerCase().replace(/\.$/u, ''))) return false;
  return true;
}

/** A gender known not to contradict the `wanted` one. */
function fitsGender(gender: Gender | undefined, wanted: Gender): boolean {
  return gender === undefined || gender === wanted;
}

/** How much an antecedent's gender fits a pronoun's (1 when no gender is wanted). */
class GenderFit implements SalienceFit {
  constructor(
    private readonly names: ReadonlyMap<string, { gender?: Gender }>,
    private readonly wanted: Gender | undefined,
  ) {}

  fit(key: string): number {
    if (!this.wanted) return 1;
    const gender = this.names.get(key)?.gender;
    return gender === this.wanted ? 1 : gender === undefined ? UNKNOWN_GENDER_FIT : 0;
  }
}

/** Whether `mention` opens a line and the line, at most 30 characters, ends without a sentence's final mark. */
function onShortLineOfItsOwn(text: string, mention: { start: number; end: number }): boolean {
  if (mention.start > 0 && text[mention.start - 1] !== '\n') return false;
  const lineStart = mention.start;
  const after = text.slice(mention.end, mention.start + 31);
  const newline = after.indexOf('\n');
  const lineEnd = newline >= 0 ? mention.end + newline : mention.end + after.length;
  return (newline >= 0 || lineEnd === text.length) && lineEnd - lineStart <= 30 && !/[.!?:"”]\s*$/u.test(text.slice(lineStart, lineEnd));
}
