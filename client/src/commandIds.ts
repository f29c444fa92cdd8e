// The client's commands, listed once: the manifest test checks package.json's `contributes.commands` against
// this list, and extension.ts registers a handler for every id (its handler table is typed by CommandId, so a
// command added here without a handler does not compile). No `vscode` import: the unit tests load this file.

export const COMMAND_CATEGORY = 'News Annotator';

export const COMMANDS = {
  exportAnnotations: 'newsAnnotator.exportAnnotations',
  analyze: 'newsAnnotator.analyze',
  refreshAnnotations: 'newsAnnotator.refreshAnnotations',
  showOutput: 'newsAnnotator.showOutput',
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandName];

/** Commands that only the tree view's items run (not contributed, so not in the Command Palette). */
export const INTERNAL_COMMANDS = {
  revealSpan: 'newsAnnotator.revealSpan',
} as const;

export const VIEW_ID = 'newsAnnotator.annotations';
/** VS Code adds a `<view id>.focus` command for every view. */
export const FOCUS_VIEW_COMMAND = `${VIEW_ID}.focus`;

/** Context key: true while the active editor holds a document the client sends to the server. */
export const ARTICLE_ACTIVE_CONTEXT = 'newsAnnotator.articleActive';

export const LANGUAGE_ID = 'news-article';
