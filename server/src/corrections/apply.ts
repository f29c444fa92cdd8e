// Applies an article's corrections and the workspace lists on top of the analyzer's output. Pure and
// deterministic: the result depends on the set of corrections, not on their order in the file, because each kind
// is applied in a fixed phase (lists, rejections, additions, merges, splits, links, retypes, date values, speakers, acceptances). Ids stay unique
// and every speaker.actorId points to an actor of the result.
import type { Annotations, DateGranularity } from '../analysis/types';
import { nameKey } from '../workspace/notActors';
import { resolveAnchor, type AnchorMatch, type OrphanReason } from './anchor';
import { applyWorkspaceLists } from './applyLists';
import type { CorrectedActor, CorrectedAnnotations, CorrectedMention, WorkspaceLists } from './corrected';
import { canonicalOrder } from './sidecarFormat';
import type {
  AcceptCorrection,
  AddCorrection,
  Correction,
  LinkCorrection,
  MergeCorrection,
  RejectCorrection,
  RetypeCorrection,
  SetDateCorrection,
  SetSpeakerCorrection,
  SplitCorrection,
  TextAnchor,
} from './types';
import { aliasesOf, finishCorrected, flatName, itemAt, mergeInto, overlaps, WorkingCopy, type Range } from './workingCopy';

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

function rejectByName(work: WorkingCopy, correction: RejectCorrection & { name: string }): boolean {
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

function rejectAt(work: WorkingCopy, correction: RejectCorrection, span: Range): boolean {
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

function add(work: WorkingCopy, correction: AddCorrection, span: Range): void {
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

function merge(work: WorkingCopy, correction: MergeCorrection): boolean {
  const keys = new Set([correction.into, ...correction.names].map(nameKey));
  const matching = work.actors.filter((actor) => [...work.namesOf(actor)].some((key) => keys.has(key)));
  if (matching.length === 0) return false;
  const intoKey = nameKey(correction.into);
  const target = matching.find((actor) => nameKey(actor.name) === intoKey) ?? matching[0];
  const changed = matching.length > 1 || target.name !== correction.into;
  mergeInto(
    work,
    target,
    matching.filter((actor) => actor !== target),
  );
  target.name = correction.into;
  target.aliases = aliasesOf(target);
  if (changed) target.origin = 'manual';
  return changed;
}

function split(work: WorkingCopy, correction: SplitCorrection, spans: readonly Range[]): boolean {
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

function link(work: WorkingCopy, correction: LinkCorrection, span: Range): boolean {
  const found = work.mentionAt(span);
  if (!found) return false;
  const target = work.actorNamed(correction.to);
  if (!target || target === found.actor) return false;
  const source = found.actor;
  source.mentions = source.mentions.filter((mention) => mention !== found.mention);
  const remaining = new Set(source.mentions.map((mention) => nameKey(mention.text)));
  const movedKey = nameKey(found.mention.text);
  source.aliases = source.aliases?.filter((alias) => nameKey(alias) !== movedKey || remaining.has(movedKey));
  found.mention.origin = 'manual';
  target.mentions.push(found.mention);
  target.aliases = aliasesOf(target);
  [source.origin, target.origin] = ['manual', 'manual'];
  // A speaker named by the moved mention now speaks as the target; an emptied actor's speakers follow it.
  for (const quote of work.quotes) {
    const speaker = quote.speaker;
    if (speaker?.start !== undefined && speaker.end !== undefined && overlaps(found.mention, { start: speaker.start, end: speaker.end })) speaker.actorId = target.id;
  }
  if (source.mentions.length === 0) {
    work.actors = work.actors.filter((actor) => actor !== source);
    work.repointSpeakers(new Set([source.id]), target.id);
  }
  return true;
}

function setDate(work: WorkingCopy, correction: SetDateCorrection, span: Range): boolean {
  const date = itemAt(work.dates, span);
  if (!date || date.value === correction.value) return false;
  date.value = correction.value;
  date.granularity = granularityOf(correction.value);
  date.anchoring = 'absolute';
  date.origin = 'manual';
  return true;
}

function accept(work: WorkingCopy, correction: AcceptCorrection, span: Range): boolean {
  const items: readonly (Range & { reviewed?: boolean })[] = correction.kind === 'date' ? work.dates : work.quotes;
  const item = correction.kind === 'actor' ? work.mentionAt(span)?.mention : itemAt(items, span);
  if (!item || item.reviewed) return false;
  item.reviewed = true;
  return true;
}

function retype(work: WorkingCopy, correction: RetypeCorrection, span: Range): boolean {
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

function setSpeaker(work: WorkingCopy, correction: SetSpeakerCorrection, span: Range, speakerSpan: Range | undefined): boolean {
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
  (correction) => correction.op === 'link',
  (correction) => correction.op === 'retype',
  (correction) => correction.op === 'setDate',
  (correction) => correction.op === 'setSpeaker',
  // Last: what an annotator accepted is the annotation as every other correction left it.
  (correction) => correction.op === 'accept',
];

/** `handedOver`: the caller gives `annotations` up (see WorkingCopy); otherwise they are left unchanged. */
export function applyCorrections(text: string, annotations: Annotations, corrections: readonly Correction[], lists: WorkspaceLists = {}, handedOver = false): CorrectionsResult {
  // Nothing to apply (most articles have no sidecar): the annotations are marked auto in place when handed over.
  const nothingToApply = corrections.length === 0 && !lists.knownActors?.length && !lists.notActors?.size;
  const work = new WorkingCopy(text, annotations, handedOver, nothingToApply);
  applyWorkspaceLists(work, lists);

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
      if (correction.op === 'reject' && correction.name !== undefined)
        return applied.push({ correction, index, changed: rejectByName(work, correction as RejectCorrection & { name: string }) });
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
      else if (correction.op === 'link') changed = link(work, correction, span);
      else if (correction.op === 'setDate') changed = setDate(work, correction, span);
      else if (correction.op === 'accept') changed = accept(work, correction, span);
      else if (correction.op === 'setSpeaker') {
        const speakerSpan = correction.speakerAnchor ? resolveAnchor(correction.speakerAnchor, text) : undefined;
        changed = setSpeaker(work, correction, span, speakerSpan?.found ? speakerSpan : undefined);
      }
      applied.push({ correction, index, match: span.match, start: span.start, end: span.end, changed });
    });
  }

  orphans.sort((a, b) => a.index - b.index);
  applied.sort((a, b) => a.index - b.index);
  return { annotations: finishCorrected(work, annotations), orphans, applied };
}
