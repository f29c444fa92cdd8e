// The working copy of the annotations that corrections are applied to: mutable, with id allocation that never
// reuses an id of the input, and the final pass that restores the contract (sorted, ids unique, every speaker's
// actor present).
import type { ActorType, Annotations } from '../analysis/types';
import { nameKey } from '../workspace/notActors';
import type { CorrectedActor, CorrectedAnnotations, CorrectedDate, CorrectedMention, CorrectedQuote } from './corrected';

export interface Range {
  start: number;
  end: number;
}

export const PROSE_BLOCKS = new Set(['headline', 'dateline', 'paragraph']);

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function overlaps(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0;
}

/** The item at a span: the one with exactly that span, else the one overlapping it most. */
export function itemAt<T extends Range>(items: readonly T[], span: Range): T | undefined {
  let best: T | undefined;
  let bestOverlap = 0;
  for (const item of items) {
    if (item.start === span.start && item.end === span.end) return item;
    const overlap = overlapLength(item, span);
    if (overlap > bestOverlap) [best, bestOverlap] = [item, overlap];
  }
  return best;
}

export function flatName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The handed-over analysis's own lists with `origin: 'auto'` set on every annotation in place: the same values and
 * key order as the copies made otherwise (an assigned key goes last, as in `{ ...item, origin }`), without a new
 * object per mention, date and quote (a 400 KB article's ~6,700 copies took ~15 ms of each analysis in the worker).
 * Only when no correction or list will change single annotations: an object the analyzer shares between two places
 * would then be changed in both.
 */
function markedAuto(input: Annotations): [CorrectedActor[], CorrectedDate[], CorrectedQuote[]] {
  const actors = input.actors as CorrectedActor[];
  for (const actor of actors) {
    actor.origin = 'auto';
    for (const mention of actor.mentions) mention.origin = 'auto';
  }
  const dates = input.dates as CorrectedDate[];
  for (const date of dates) date.origin = 'auto';
  const quotes = input.quotes as CorrectedQuote[];
  for (const quote of quotes) quote.origin = 'auto';
  return [actors.slice(), dates.slice(), quotes.slice()];
}

/** Mutable working copy of the annotations, with id allocation that never reuses an id of the input. */
export class WorkingCopy {
  actors: CorrectedActor[];
  dates: CorrectedDate[];
  quotes: CorrectedQuote[];
  private nextNumber: Record<'a' | 'd' | 'q', number>;

  /**
   * @param handedOver the caller hands `input` over (a fresh analysis it drops afterwards, as the analysis worker
   * does): it is worked on as it is, nested objects included, instead of a deep copy of a whole article's analysis.
   * @param markInPlace with `handedOver`: no correction or list will change single annotations, so they are marked
   * auto in place instead of copied (markedAuto).
   */
  constructor(
    readonly text: string,
    readonly input: Annotations,
    readonly handedOver = false,
    markInPlace = false,
  ) {
    if (handedOver && markInPlace) {
      [this.actors, this.dates, this.quotes] = markedAuto(input);
    } else {
      const copy = handedOver ? input : structuredClone(input);
      this.actors = copy.actors.map((actor) => ({ ...actor, origin: 'auto', mentions: actor.mentions.map((mention) => ({ ...mention, origin: 'auto' as const })) }));
      this.dates = copy.dates.map((date) => ({ ...date, origin: 'auto' }));
      this.quotes = copy.quotes.map((quote) => ({ ...quote, origin: 'auto' }));
    }
    const highest = (ids: string[], prefix: string) =>
      ids.reduce((max, id) => (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)) ? Math.max(max, Number(id.slice(prefix.length))) : max), 0);
    this.nextNumber = {
      a:
        highest(
          this.actors.map((actor) => actor.id),
          'a',
        ) + 1,
      d:
        highest(
          this.dates.map((date) => date.id),
          'd',
        ) + 1,
      q:
        highest(
          this.quotes.map((quote) => quote.id),
          'q',
        ) + 1,
    };
  }

  newId(prefix: 'a' | 'd' | 'q'): string {
    return `${prefix}${this.nextNumber[prefix]++}`;
  }

  /** Keys of every name an actor goes by: canonical name, aliases, words of its (non-pronoun) mentions. */
  namesOf(actor: CorrectedActor): Set<string> {
    return new Set([actor.name, ...(actor.aliases ?? []), ...actor.mentions.filter((mention) => mention.form !== 'pronoun').map((mention) => mention.text)].map(nameKey));
  }

  actorNamed(name: string, type?: ActorType): CorrectedActor | undefined {
    const key = nameKey(name);
    const byCanonical = this.actors.find((actor) => nameKey(actor.name) === key && (!type || actor.type === type));
    return byCanonical ?? this.actors.find((actor) => (!type || actor.type === type) && [actor.name, ...(actor.aliases ?? [])].some((alias) => nameKey(alias) === key));
  }

  mentionAt(span: Range): { actor: CorrectedActor; mention: CorrectedMention } | undefined {
    let best: { actor: CorrectedActor; mention: CorrectedMention; overlap: number } | undefined;
    for (const actor of this.actors) {
      for (const mention of actor.mentions) {
        if (mention.start === span.start && mention.end === span.end) return { actor, mention };
        const overlap = overlapLength(mention, span);
        if (overlap > (best?.overlap ?? 0)) best = { actor, mention, overlap };
      }
    }
    return best;
  }

  removeMentions(predicate: (mention: CorrectedMention, actor: CorrectedActor) => boolean): number {
    let removed = 0;
    for (const actor of this.actors) {
      const kept = actor.mentions.filter((mention) => !predicate(mention, actor));
      removed += actor.mentions.length - kept.length;
      actor.mentions = kept;
    }
    this.actors = this.actors.filter((actor) => actor.mentions.length > 0);
    return removed;
  }

  /** Speakers that named the removed span lose their actor (their name stays: the text still says who spoke). */
  unlinkSpeakersAt(span: Range): void {
    for (const quote of this.quotes) {
      const speaker = quote.speaker;
      if (speaker?.actorId && speaker.start !== undefined && speaker.end !== undefined && overlaps({ start: speaker.start, end: speaker.end }, span)) {
        delete speaker.actorId;
      }
    }
  }

  repointSpeakers(fromIds: ReadonlySet<string>, toId: string): void {
    for (const quote of this.quotes) if (quote.speaker?.actorId && fromIds.has(quote.speaker.actorId)) quote.speaker.actorId = toId;
  }

  /** Occurrences of a name as whole words in the article's prose. */
  occurrences(name: string, blocks: readonly Range[]): Range[] {
    const found: Range[] = [];
    if (!name) return found;
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(this.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(this.text[end] ?? '')) continue;
      if (blocks.length && !blocks.some((block) => block.start <= at && end <= block.end)) continue;
      found.push({ start: at, end });
    }
    return found;
  }
}

/** Every name the actor goes by in this article except its canonical one, in first-seen order. */
export function aliasesOf(actor: CorrectedActor): string[] {
  // Spellings are kept as written: "YEREVAN" in a dateline is a spelling met, as the analyzer reports it.
  const seen = new Set([flatName(actor.name)]);
  const aliases: string[] = [];
  const candidates = [...(actor.aliases ?? []), ...actor.mentions.filter((mention) => mention.form !== 'pronoun').map((mention) => flatName(mention.text))];
  for (const alias of candidates) {
    const key = flatName(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}

export function mergeInto(work: WorkingCopy, target: CorrectedActor, others: readonly CorrectedActor[]): void {
  if (!others.length) return;
  const otherIds = new Set(others.map((actor) => actor.id));
  for (const other of others) {
    target.mentions.push(...other.mentions);
    target.aliases = [...(target.aliases ?? []), other.name, ...(other.aliases ?? [])];
    target.role ??= other.role;
    target.affiliation ??= other.affiliation;
  }
  work.actors = work.actors.filter((actor) => !otherIds.has(actor.id));
  work.repointSpeakers(otherIds, target.id);
}

/** The output: sorted; speakers and problems that point at annotations no longer there are unlinked or dropped. */
export function finishCorrected(work: WorkingCopy, input: Annotations): CorrectedAnnotations {
  const byStart = (a: Range, b: Range) => a.start - b.start || a.end - b.end;
  const actors = work.actors.filter((actor) => actor.mentions.length > 0);
  for (const actor of actors) {
    actor.mentions.sort(byStart);
    if (actor.aliases) {
      const seen = new Set<string>([flatName(actor.name)]);
      actor.aliases = actor.aliases.filter((alias) => !seen.has(flatName(alias)) && seen.add(flatName(alias)));
      if (!actor.aliases.length) delete actor.aliases;
    }
  }
  actors.sort((a, b) => byStart(a.mentions[0], b.mentions[0]) || (a.id < b.id ? -1 : 1));
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const quotes = work.quotes.sort(byStart);
  for (const quote of quotes) {
    if (!quote.speaker?.actorId) continue;
    const actor = actorById.get(quote.speaker.actorId);
    if (actor) quote.speaker.name = actor.name;
    else delete quote.speaker.actorId;
  }
  const dates = work.dates.sort(byStart);
  const ids = new Set<string>([...actors.map((actor) => actor.id), ...dates.map((date) => date.id), ...quotes.map((quote) => quote.id)]);
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
  const problems = input.problems.filter((problem) => {
    if (problem.annotationId === undefined) return true;
    if (!ids.has(problem.annotationId)) return false;
    return !(problem.code === 'quote-without-speaker' && quoteById.get(problem.annotationId)?.speaker);
  });
  // The other fields copied, in the input's key order; the lists made above are not copied twice (a whole copy of
  // a large article's annotations costs tens of milliseconds on every analysis).
  const copy = <T>(value: T): T => (work.handedOver ? value : structuredClone(value));
  const made: Record<string, unknown> = { actors, dates, quotes, problems: copy(problems) };
  const corrected: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) corrected[key] = Object.hasOwn(made, key) ? made[key] : copy(value);
  return corrected as unknown as CorrectedAnnotations;
}
