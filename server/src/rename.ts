// Renaming an actor: every mention of it in the document gets the new name. Mentions name an actor in different
// forms, so each is rewritten in its own form: the full name becomes the new name, a surname alone the new
// surname, a first name alone the new first name; pronouns are left alone.
import type { Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, Mention } from './analysis/types';
import { rangeOf } from './positions';

function words(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

/**
 * The new text of one mention when `oldName` becomes `newName`, or undefined to leave it. Names with as many words
 * map word for word ("Daria Saprynskaya" → "Darya Saprynskaya" turns "Daria" into "Darya" wherever it stands).
 */
export function renamedMention(mentionText: string, oldName: string, newName: string, renamedText: string): string | undefined {
  if (mentionText === oldName || mentionText === renamedText) return newName;
  const oldWords = words(oldName);
  const newWords = words(newName);
  if (oldWords.length === newWords.length) {
    const mapping = new Map(oldWords.map((word, index) => [word, newWords[index]]));
    const mentionWords = mentionText.split(/(\s+)/);
    if (!mentionWords.some((word) => mapping.has(word))) return undefined;
    return mentionWords.map((word) => mapping.get(word) ?? word).join('');
  }
  if (oldWords.length > 1 && mentionText === oldWords[oldWords.length - 1]) return newWords[newWords.length - 1];
  if (oldWords.length > 1 && mentionText === oldWords[0]) return newWords[0];
  return undefined;
}

/** The edits renaming `actor` to `newName` in `document`; `renamed` is the mention the rename started on. */
export function renameEdits(document: TextDocument, actor: Actor, newName: string, renamed?: Mention): TextEdit[] {
  const edits: TextEdit[] = [];
  const add = (mention: Mention, replacement: string | undefined) => {
    if (replacement !== undefined && replacement !== mention.text) edits.push({ range: rangeOf(document, mention), newText: replacement });
  };
  const named = actor.mentions.filter((mention) => mention.form !== 'pronoun');
  if (renamed && renamed.text !== actor.name && !actor.name.includes(renamed.text)) {
    // An alias that is no part of the name ("CSTO"): only the mentions written that way change.
    for (const mention of named) add(mention, mention.text === renamed.text ? newName : undefined);
  } else {
    // Renaming from a short form ("Putin" → "Poutine") renames that part of the full name.
    const fullNewName = renamed && renamed.text !== actor.name ? actor.name.replace(renamed.text, newName) : newName;
    for (const mention of named) add(mention, renamedMention(mention.text, actor.name, fullNewName, actor.name));
  }
  return edits.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
}

/** prepareRename: the mention under the cursor, with its text as the placeholder; null elsewhere, on a pronoun or a nominal ("the company"). */
export function renameTarget(document: TextDocument, mention: Mention | undefined): { range: Range; placeholder: string } | null {
  if (!mention || mention.form === 'pronoun' || mention.form === 'nominal') return null;
  return { range: rangeOf(document, mention), placeholder: mention.text };
}
