// The corrections offered as code actions where the cursor is: on an actor mention, a quote, a date, a selection.
// Every action runs a server command (correctionCommands.ts); those that need a typed or chosen value carry none
// and say so in their title ("…"): VS Code asks for it, other clients pass it themselves.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ActorType, Annotations, Mention, QuoteKind } from './analysis/types';
import { annotationsAt } from './annotationsAt';
import { ACTOR_TYPE_LABEL, QUOTE_KIND_LABEL } from './labels';
import { rangeOf } from './positions';
import { CORRECT_COMMAND, NOT_ACTOR_COMMAND, type CorrectionAction, type CorrectionArguments } from './protocol';
import { isNameVariantDiagnostic } from './workspace/crossCodeActions';
import type { NameVariantData } from './workspace/crossDiagnostics';

const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'title'];
/** Speakers offered one action each; more would crowd the menu ("Speaker: other…" reaches the rest). */
const MAX_SPEAKER_ACTIONS = 8;

const CORRECTION_KIND = `${CodeActionKind.QuickFix}.newsAnnotator`;

function action(document: TextDocument, title: string, action: CorrectionAction, span: { start: number; end: number }, extra: Partial<CorrectionArguments> = {}): CodeAction {
  const args: CorrectionArguments = { uri: document.uri, action, range: rangeOf(document, span), text: document.getText().slice(span.start, span.end), ...extra };
  return { title, kind: CORRECTION_KIND, command: { title, command: CORRECT_COMMAND, arguments: [args] } };
}

const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;

function actorActions(document: TextDocument, annotations: Annotations, actor: Actor, mention: Mention): CodeAction[] {
  const actions = ACTOR_TYPES.filter((type) => type !== actor.type).map((type) =>
    action(document, `Change ${quoted(actor.name)} to ${ACTOR_TYPE_LABEL[type].toLowerCase()}`, 'retypeActor', mention, { value: type }),
  );
  const others = annotations.actors.filter((other) => other.id !== actor.id);
  actions.push(
    action(document, `Not an actor: this mention of ${quoted(mention.text)}`, 'rejectMention', mention),
    action(document, `Not an actor: ${quoted(actor.name)} anywhere in this article`, 'rejectName', mention, { value: actor.name }),
    {
      title: `Not an actor: ${quoted(actor.name)} anywhere in the workspace`,
      kind: CORRECTION_KIND,
      command: { title: 'Mark as not an actor', command: NOT_ACTOR_COMMAND, arguments: [actor.name, document.uri] },
    },
  );
  if (others.length) actions.push(action(document, `Link ${quoted(mention.text)} to another actor…`, 'link', mention, { choices: nearestNames(others, mention.start) }));
  if (actor.mentions.length > 1) actions.push(action(document, `Split ${quoted(mention.text)} off as a new actor…`, 'split', mention, { choices: [mention.text] }));
  if (!mention.reviewed) actions.push(action(document, `Accept ${quoted(mention.text)} as ${ACTOR_TYPE_LABEL[actor.type].toLowerCase()}`, 'accept', mention, { value: 'actor' }));
  return actions;
}

/** Actor names by the distance of their nearest mention to `offset`. */
function nearestNames(actors: readonly Actor[], offset: number): string[] {
  const distance = (actor: Actor) => Math.min(...actor.mentions.map((mention) => (mention.end <= offset ? offset - mention.end : Math.max(0, mention.start - offset))));
  return [...actors].sort((a, b) => distance(a) - distance(b)).map((actor) => actor.name);
}

export function correctionActions(document: TextDocument, annotations: Annotations, range: Range): CodeAction[] {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const found = annotationsAt(annotations, start);
  const actions: CodeAction[] = [];
  if (end > start) {
    const selected = document.getText().slice(start, end);
    // Trimmed selections only: a tag covers the words, not the spaces around them.
    const lead = selected.length - selected.trimStart().length;
    const span = { start: start + lead, end: start + selected.trimEnd().length };
    if (span.end > span.start) {
      for (const type of ACTOR_TYPES) actions.push(action(document, `Tag ${quoted(selected)} as ${ACTOR_TYPE_LABEL[type].toLowerCase()}`, 'tag', span, { value: type }));
      actions.push(
        action(document, `Tag ${quoted(selected)} as a date`, 'tag', span, { value: 'date' }),
        action(document, `Tag ${quoted(selected)} as a quote`, 'tag', span, { value: 'quote' }),
      );
    }
  }
  // Corrections are about names: a nominal phrase ("the company") offers none of its own.
  if (found.actor && found.actor.mention.form !== 'nominal') actions.push(...actorActions(document, annotations, found.actor.actor, found.actor.mention));
  if (found.quote) {
    const quote = found.quote;
    // Nearest first; people and organizations before places, which rarely speak.
    const speaking = annotations.actors.filter((actor) => actor.type !== 'place');
    const places = annotations.actors.filter((actor) => actor.type === 'place');
    const nearest = [...nearestNames(speaking, quote.start), ...nearestNames(places, quote.start)].filter((name) => name !== quote.speaker?.name);
    for (const name of nearest.slice(0, MAX_SPEAKER_ACTIONS)) actions.push(action(document, `Speaker: ${name}`, 'setSpeaker', quote, { value: name }));
    if (quote.speaker) actions.push(action(document, 'Speaker: nobody (no speaker)', 'setSpeaker', quote, { value: null }));
    actions.push(action(document, 'Speaker: other…', 'setSpeaker', quote, { choices: nearest }));
    for (const kind of QUOTE_KINDS.filter((kind) => kind !== quote.kind))
      actions.push(action(document, `Quote kind: ${QUOTE_KIND_LABEL[kind].toLowerCase()}`, 'retypeQuote', quote, { value: kind }));
    actions.push(action(document, 'Not a quote', 'rejectQuote', quote));
    if (!quote.reviewed) actions.push(action(document, 'Accept the quote', 'accept', quote, { value: 'quote' }));
  }
  if (found.date) {
    const date = found.date;
    actions.push(
      action(document, `Set the date's value (now ${date.value})…`, 'setDate', date, { choices: [date.value] }),
      action(document, `Not a date: ${quoted(date.text)}`, 'rejectDate', date),
    );
    if (!date.reviewed) actions.push(action(document, `Accept the date ${quoted(date.text)} = ${date.value}`, 'accept', date, { value: 'date' }));
  }
  return actions;
}

/** Beside "unify spelling" on a name-variant diagnostic: "treat as the same person" (a merge in the sidecar). */
export function sameActorActions(document: TextDocument, annotations: Annotations, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics.filter(isNameVariantDiagnostic)) {
    const data = diagnostic.data as Partial<NameVariantData> | undefined;
    const start = document.offsetAt(diagnostic.range.start);
    const actor = annotations.actors.find((candidate) => candidate.id === data?.id);
    const mention = actor?.mentions.find((candidate) => candidate.start === start);
    if (!actor || !mention || !Array.isArray(data?.spellings)) continue;
    for (const spelling of data.spellings) {
      if (typeof spelling !== 'string') continue;
      const merge = action(document, `Treat ${quoted(actor.name)} and ${quoted(spelling)} as the same person (keep ${quoted(spelling)})`, 'merge', mention, {
        value: spelling,
        names: [actor.name],
      });
      actions.push({ ...merge, diagnostics: [diagnostic] });
    }
  }
  return actions;
}
