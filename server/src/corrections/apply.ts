// Applies an article's corrections and the workspace lists on top of the analyzer's output. Pure and
// deterministic: the result depends on the set of corrections, not on their order in the file, because each kind
// is applied in a fixed phase (lists, rejections, additions, merges, splits, retypes, speakers). Ids stay unique
// and every speaker.actorId points to an actor of the result.
import type { ActorType, Annotations, DateGranularity } from '../analysis/types';
import { nameKey, withoutNotActors } from '../workspace/notActors';
import { resolveAnchor, type AnchorMatch, type OrphanReason } from './anchor';
import { canonicalOrder } from './sidecarFormat';
import type { CorrectedActor, CorrectedAnnotations, CorrectedDate, CorrectedMention, CorrectedQuote, WorkspaceLists } from './corrected';
import type { KnownActor } from './knownActors';
import type { AddCorrection, Correction, MergeCorrection, RejectCorrection, RetypeCorrection, SetSpeakerCorrection, SplitCorrection, TextAnchor } from './types';

/** A correction whose text is no longer in the article: reported so the annotator can redo or delete it. */
export interface Orphan {
  correction: Correction;
  /** Index in the corrections passed in. */
  index: number;
  reason: OrphanReason;
  message: string;
}

export interface AppliedCorrection {
  correction: Correction;
  index: number;
  /** How its anchor was found again (absent for corrections by name). */
  match?: AnchorMatch;
  /** Where it applies now. */
  start?: number;
  end?: number;
  /** False when there was nothing left to change (the analyzer no longer finds what was rejected, …). */
  changed: boolean;
}

export interface CorrectionsResult {
  annotations: CorrectedAnnotations;
  orphans: Orphan[];
  applied: AppliedCorrection[];
}

interface Range {
  start: number;
  end: number;
}

const PROSE_BLOCKS = new Set(['headline', 'dateline', 'paragraph']);

function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function overlaps(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0;
}

/** The item at a span: the one with exactly that span, else the one overlapping it most. */
function itemAt<T extends Range>(items: readonly T[], span: Range): T | undefined {
  let best: T | undefined;
  let bestOverlap = 0;
  for (const item of items) {
    if (item.start === span.start && item.end === span.end) return item;
    const overlap = overlapLength(item, span);
    if (overlap > bestOverlap) [best, bestOverlap] = [item, overlap];
  }
  return best;
}

function granularityOf(value: string | undefined): DateGranularity {
  if (!value) return 'day';
  if (value.startsWith('P')) return 'duration';
  if (value.includes('T')) return 'time';
  if (/^\d{4}-W\d\d$/.test(value)) return 'week';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value)) return 'day';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^[\dX]{3}$/.test(value)) return 'decade';
  if (/^[\dX]{2}$/.test(value)) return 'century';
  return 'reference';
}

function flatName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Mutable working copy of the annotations, with id allocation that never reuses an id of the input. */
class Workspace {
  actors: CorrectedActor[];
  dates: CorrectedDate[];
  quotes: CorrectedQuote[];
  private nextNumber: Record<'a' | 'd' | 'q', number>;

  constructor(readonly text: string, readonly input: Annotations) {
    const copy = structuredClone(input);
    this.actors = copy.actors.map((actor) => ({ ...actor, origin: 'auto', mentions: actor.mentions.map((mention) => ({ ...mention, origin: 'auto' as const })) }));
    this.dates = copy.dates.map((date) => ({ ...date, origin: 'auto' }));
    this.quotes = copy.quotes.map((quote) => ({ ...quote, origin: 'auto' }));
    const highest = (ids: string[], prefix: string) =>
      ids.reduce((max, id) => (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)) ? Math.max(max, Number(id.slice(prefix.length))) : max), 0);
    this.nextNumber = {
      a: highest(this.actors.map((actor) => actor.id), 'a') + 1,
      d: highest(this.dates.map((date) => date.id), 'd') + 1,
      q: highest(this.quotes.map((quote) => quote.id), 'q') + 1,
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

function applyKnownActors(work: Workspace, knownActors: readonly KnownActor[]): void {
  const prose = work.input.blocks.filter((block) => PROSE_BLOCKS.has(block.kind));
  for (const known of knownActors) {
    const names = [known.name, ...known.aliases];
    const keys = new Set(names.map(nameKey));
    const matching = work.actors.filter((actor) => [...work.namesOf(actor)].some((key) => keys.has(key)));
    const taken = [...work.actors.flatMap((actor) => actor.mentions), ...work.dates];
    const extra: CorrectedMention[] = [];
    for (const name of names) {
      for (const span of work.occurrences(name, prose)) {
        if (taken.some((other) => overlaps(other, span)) || extra.some((other) => overlaps(other, span))) continue;
        extra.push({ ...span, text: work.text.slice(span.start, span.end), form: nameKey(name) === nameKey(known.name) ? 'full' : 'alias', origin: 'manual' });
      }
    }
    if (matching.length === 0 && extra.length === 0) continue;
    const target: CorrectedActor = matching[0] ?? { id: work.newId('a'), type: known.type, name: known.name, mentions: [], origin: 'manual' };
    if (!matching.length) work.actors.push(target);
    const changed = matching.length !== 1 || extra.length > 0 || target.name !== known.name || target.type !== known.type;
    mergeInto(work, target, matching.slice(1));
    target.mentions.push(...extra);
    target.name = known.name;
    target.type = known.type;
    target.aliases = aliasesOf(target);
    if (changed) target.origin = 'manual'; // a list that only confirms the analyzer leaves its actor auto
  }
}

/** Every name the actor goes by in this article except its canonical one, in first-seen order. */
function aliasesOf(actor: CorrectedActor): string[] {
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

function mergeInto(work: Workspace, target: CorrectedActor, others: readonly CorrectedActor[]): void {
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

function rejectByName(work: Workspace, correction: RejectCorrection & { name: string }): boolean {
  const key = nameKey(correction.name);
  const before = work.actors.length;
  const removedIds = new Set(work.actors.filter((actor) => nameKey(actor.name) === key).map((actor) => actor.id));
  work.actors = work.actors.filter((actor) => !removedIds.has(actor.id));
  const removedMentions: Range[] = [];
  work.removeMentions((mention) => nameKey(mention.text) === key && removedMentions.push(mention) > 0);
  for (const span of removedMentions) work.unlinkSpeakersAt(span);
  for (const actor of work.actors) {
    const aliases = actor.aliases?.filter((alias) => nameKey(alias) !== key);
    if (aliases && aliases.length !== actor.aliases?.length) [actor.aliases, actor.origin] = [aliases, 'manual'];
  }
  return removedIds.size > 0 || removedMentions.length > 0 || work.actors.length !== before;
}

function rejectAt(work: Workspace, correction: RejectCorrection, span: Range): boolean {
  if (correction.kind === 'actor') {
    const found = work.mentionAt(span);
    if (!found) return false;
    work.removeMentions((mention) => mention === found.mention);
    work.unlinkSpeakersAt(found.mention);
    return true;
  }
  if (correction.kind === 'date') {
    const date = itemAt(work.dates, span);
    if (date) work.dates = work.dates.filter((other) => other !== date);
    return date !== undefined;
  }
  const quote = itemAt(work.quotes, span);
  if (quote) work.quotes = work.quotes.filter((other) => other !== quote);
  return quote !== undefined;
}

function add(work: Workspace, correction: AddCorrection, span: Range): void {
  const text = work.text.slice(span.start, span.end);
  if (correction.kind === 'actor') {
    work.removeMentions((mention) => overlaps(mention, span));
    work.unlinkSpeakersAt(span);
    work.dates = work.dates.filter((date) => !overlaps(date, span));
    const name = flatName(correction.name ?? text);
    const form = nameKey(text) === nameKey(name) ? 'full' : 'alias';
    const mention: CorrectedMention = { ...span, text, form, origin: 'manual' };
    const existing = work.actorNamed(name, correction.type);
    if (existing) {
      existing.mentions.push(mention);
      existing.aliases = aliasesOf(existing);
      existing.origin = 'manual';
    } else {
      work.actors.push({ id: work.newId('a'), type: correction.type, name, ...(form === 'alias' ? { aliases: [flatName(text)] } : {}), mentions: [mention], origin: 'manual' });
    }
    return;
  }
  if (correction.kind === 'date') {
    work.removeMentions((mention) => overlaps(mention, span));
    work.unlinkSpeakersAt(span);
    work.dates = work.dates.filter((date) => !overlaps(date, span));
    work.dates.push({
      ...span,
      text,
      id: work.newId('d'),
      value: correction.value ?? 'XXXX-XX-XX',
      kind: correction.dateKind ?? 'date',
      granularity: granularityOf(correction.value),
      anchoring: correction.value ? 'absolute' : 'unanchored',
      origin: 'manual',
    });
    return;
  }
  work.quotes = work.quotes.filter((quote) => !overlaps(quote, span));
  const speakerActor = correction.speaker ? work.actorNamed(correction.speaker) : undefined;
  work.quotes.push({
    ...span,
    text,
    id: work.newId('q'),
    kind: correction.quoteKind ?? 'direct',
    speaker: correction.speaker ? { name: speakerActor?.name ?? correction.speaker, ...(speakerActor ? { actorId: speakerActor.id } : {}) } : null,
    origin: 'manual',
  });
}

function merge(work: Workspace, correction: MergeCorrection): boolean {
  const keys = new Set([correction.into, ...correction.names].map(nameKey));
  const matching = work.actors.filter((actor) => [...work.namesOf(actor)].some((key) => keys.has(key)));
  if (matching.length === 0) return false;
  const intoKey = nameKey(correction.into);
  const target = matching.find((actor) => nameKey(actor.name) === intoKey) ?? matching[0];
  const changed = matching.length > 1 || target.name !== correction.into;
  mergeInto(work, target, matching.filter((actor) => actor !== target));
  target.name = correction.into;
  target.aliases = aliasesOf(target);
  if (changed) target.origin = 'manual';
  return changed;
}

function split(work: Workspace, correction: SplitCorrection, spans: readonly Range[]): boolean {
  const moved: { actor: CorrectedActor; mention: CorrectedMention }[] = [];
  for (const span of spans) {
    const found = work.mentionAt(span);
    if (found && !moved.some((entry) => entry.mention === found.mention)) moved.push(found);
  }
  if (moved.length === 0) return false;
  const movedMentions = new Set(moved.map((entry) => entry.mention));
  const sources = [...new Set(moved.map((entry) => entry.actor))];
  const newActor: CorrectedActor = {
    id: work.newId('a'),
    type: correction.type ?? sources[0].type,
    name: flatName(correction.newName),
    mentions: moved.map((entry) => entry.mention),
    origin: 'manual',
  };
  newActor.aliases = aliasesOf(newActor);
  if (!newActor.aliases.length) delete newActor.aliases;
  for (const source of sources) {
    source.mentions = source.mentions.filter((mention) => !movedMentions.has(mention));
    const remaining = new Set(source.mentions.map((mention) => nameKey(mention.text)));
    const movedKeys = new Set(moved.filter((entry) => entry.actor === source).map((entry) => nameKey(entry.mention.text)));
    source.aliases = source.aliases?.filter((alias) => !movedKeys.has(nameKey(alias)) || remaining.has(nameKey(alias)));
    source.origin = 'manual';
  }
  // Speakers named by a moved mention now speak as the new actor; those of an emptied actor follow its mentions.
  for (const quote of work.quotes) {
    const speaker = quote.speaker;
    if (!speaker || speaker.start === undefined || speaker.end === undefined) continue;
    const speakerSpan = { start: speaker.start, end: speaker.end };
    if (moved.some((entry) => overlaps(entry.mention, speakerSpan))) speaker.actorId = newActor.id;
  }
  const emptied = new Set(sources.filter((source) => source.mentions.length === 0).map((source) => source.id));
  work.actors = work.actors.filter((actor) => !emptied.has(actor.id));
  work.repointSpeakers(emptied, newActor.id);
  work.actors.push(newActor);
  return true;
}

function retype(work: Workspace, correction: RetypeCorrection, span: Range): boolean {
  if (correction.kind === 'actor') {
    const found = work.mentionAt(span);
    if (!found || found.actor.type === correction.type) return false;
    found.actor.type = correction.type;
    found.actor.origin = 'manual';
    return true;
  }
  const quote = itemAt(work.quotes, span);
  if (!quote || quote.kind === correction.quoteKind) return false;
  quote.kind = correction.quoteKind;
  quote.origin = 'manual';
  return true;
}

function setSpeaker(work: Workspace, correction: SetSpeakerCorrection, span: Range, speakerSpan: Range | undefined): boolean {
  const quote = itemAt(work.quotes, span);
  if (!quote) return false;
  quote.origin = 'manual';
  if (correction.speaker === null) {
    quote.speaker = null;
    return true;
  }
  const named = speakerSpan ? work.mentionAt(speakerSpan) : undefined;
  const actor = named?.actor ?? work.actorNamed(correction.speaker);
  quote.speaker = {
    name: actor?.name ?? correction.speaker,
    ...(actor ? { actorId: actor.id } : {}),
    ...(speakerSpan ? { start: speakerSpan.start, end: speakerSpan.end } : {}),
  };
  return true;
}

/** The order phases run in; within a phase, the order of the sorted file. */
const PHASES: readonly ((correction: Correction) => boolean)[] = [
  (correction) => correction.op === 'reject',
  (correction) => correction.op === 'add',
  (correction) => correction.op === 'merge',
  (correction) => correction.op === 'split',
  (correction) => correction.op === 'retype',
  (correction) => correction.op === 'setSpeaker',
];

export function applyCorrections(text: string, annotations: Annotations, corrections: readonly Correction[], lists: WorkspaceLists = {}): CorrectionsResult {
  const work = new Workspace(text, annotations);
  if (lists.knownActors?.length) applyKnownActors(work, lists.knownActors);
  if (lists.notActors?.size) {
    const kept = new Set(withoutNotActors({ ...annotations, actors: work.actors, quotes: work.quotes }, lists.notActors).actors.map((actor) => actor.id));
    const removed = new Set(work.actors.filter((actor) => !kept.has(actor.id)).map((actor) => actor.id));
    work.actors = work.actors.filter((actor) => kept.has(actor.id));
    for (const quote of work.quotes) if (quote.speaker?.actorId && removed.has(quote.speaker.actorId)) delete quote.speaker.actorId;
  }

  const orphans: Orphan[] = [];
  const applied: AppliedCorrection[] = [];
  const resolve = (anchor: TextAnchor, correction: Correction, index: number) => {
    const resolved = resolveAnchor(anchor, text);
    if (!resolved.found) orphans.push({ correction, index, reason: resolved.reason, message: resolved.message });
    return resolved.found ? resolved : undefined;
  };

  // Within a phase, the file's canonical order, so that new ids do not depend on the order corrections were made in.
  const ordered = canonicalOrder(corrections);
  for (const inPhase of PHASES) {
    ordered.forEach((index) => {
      const correction = corrections[index];
      if (!inPhase(correction)) return;
      if (correction.op === 'merge') return applied.push({ correction, index, changed: merge(work, correction) });
      if (correction.op === 'reject' && correction.name !== undefined) return applied.push({ correction, index, changed: rejectByName(work, correction as RejectCorrection & { name: string }) });
      if (correction.op === 'split') {
        const spans = correction.mentions.map((mention) => resolveAnchor(mention, text)).filter((span) => span.found) as Range[];
        if (spans.length === 0) {
          return orphans.push({ correction, index, reason: 'text-not-found', message: `none of the mentions split off as "${correction.newName}" are still in the article` });
        }
        return applied.push({ correction, index, changed: split(work, correction, spans) });
      }
      const span = resolve(correction.anchor!, correction, index);
      if (!span) return;
      let changed = true;
      if (correction.op === 'reject') changed = rejectAt(work, correction, span);
      else if (correction.op === 'add') add(work, correction, span);
      else if (correction.op === 'retype') changed = retype(work, correction, span);
      else if (correction.op === 'setSpeaker') {
        const speakerSpan = correction.speakerAnchor ? resolveAnchor(correction.speakerAnchor, text) : undefined;
        changed = setSpeaker(work, correction, span, speakerSpan?.found ? speakerSpan : undefined);
      }
      applied.push({ correction, index, match: span.match, start: span.start, end: span.end, changed });
    });
  }

  orphans.sort((a, b) => a.index - b.index);
  applied.sort((a, b) => a.index - b.index);
  return { annotations: finish(work, annotations), orphans, applied };
}

/** Sorted output; speakers and problems that point at annotations no longer there are unlinked or dropped. */
function finish(work: Workspace, input: Annotations): CorrectedAnnotations {
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
  return { ...structuredClone(input), actors, dates, quotes, problems: structuredClone(problems) };
}
