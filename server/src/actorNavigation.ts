// Navigation between the mentions of one actor within a document: highlight them all, list them as references,
// and go to the definition (where the actor is first named in full). On a quote, the definition is its speaker.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, Annotations, Mention } from './analysis/types';
import { annotationsAt } from './annotationsAt';
import { rangeOf } from './positions';

/** The mention that stands for the actor's definition: the first one in full form, else the first one. */
export function definingMention(actor: Actor): Mention | undefined {
  const inOrder = [...actor.mentions].sort((a, b) => a.start - b.start);
  return inOrder.find((mention) => mention.form === 'full') ?? inOrder[0];
}

/** The names and the nominal phrases ("the company") of an actor, in text order. */
function allMentions(actor: Actor): Mention[] {
  return [...actor.mentions, ...(actor.nominals ?? [])].sort((a, b) => a.start - b.start);
}

export function documentHighlights(document: TextDocument, annotations: Annotations, offset: number): DocumentHighlight[] {
  const actor = annotationsAt(annotations, offset).actor?.actor;
  if (!actor) return [];
  return allMentions(actor)
    .sort((a, b) => a.start - b.start)
    .map((mention) => ({ range: rangeOf(document, mention), kind: DocumentHighlightKind.Text }));
}

export function references(document: TextDocument, annotations: Annotations, offset: number, includeDeclaration: boolean): Location[] {
  const actor = annotationsAt(annotations, offset).actor?.actor;
  if (!actor) return [];
  const declaration = definingMention(actor);
  return allMentions(actor)
    .filter((mention) => includeDeclaration || mention !== declaration)
    .map((mention) => ({ uri: document.uri, range: rangeOf(document, mention) }));
}

export function definition(document: TextDocument, annotations: Annotations, offset: number): Location | null {
  const found = annotationsAt(annotations, offset);
  if (found.actor) {
    const mention = definingMention(found.actor.actor);
    return mention ? { uri: document.uri, range: rangeOf(document, mention) } : null;
  }
  const speaker = found.quote?.speaker;
  if (speaker?.start !== undefined && speaker.end !== undefined) return { uri: document.uri, range: rangeOf(document, { start: speaker.start, end: speaker.end }) };
  return null;
}
