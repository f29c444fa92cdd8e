// The workspace-wide lists applied before an article's own corrections: known actors (merged under their listed
// name and type, unannotated mentions found), then names that are never actors (workspace/notActors.ts).
import { nameKey, withoutNotActors } from '../workspace/notActors';
import type { CorrectedActor, CorrectedMention, WorkspaceLists } from './corrected';
import type { KnownActor } from './knownActors';
import { aliasesOf, mergeInto, overlaps, PROSE_BLOCKS, type WorkingCopy } from './workingCopy';

export function applyWorkspaceLists(work: WorkingCopy, lists: WorkspaceLists): void {
  if (lists.knownActors?.length) applyKnownActors(work, lists.knownActors);
  if (lists.notActors?.size) {
    const kept = new Set(withoutNotActors({ ...work.input, actors: work.actors, quotes: work.quotes }, lists.notActors).actors.map((actor) => actor.id));
    const removed = new Set(work.actors.filter((actor) => !kept.has(actor.id)).map((actor) => actor.id));
    work.actors = work.actors.filter((actor) => kept.has(actor.id));
    for (const quote of work.quotes) if (quote.speaker?.actorId && removed.has(quote.speaker.actorId)) delete quote.speaker.actorId;
  }
}

function applyKnownActors(work: WorkingCopy, knownActors: readonly KnownActor[]): void {
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
