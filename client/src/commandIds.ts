// The client's commands, listed once: the manifest test checks package.json's `contributes.commands` against
// this list, and extension.ts registers a handler for every client command (its handler table is typed by
// their names, so a command added here without a handler does not compile). No `vscode` import: the unit
// tests load this file.

export const COMMAND_CATEGORY = 'News Annotator';

/** Registered by the client: extension.ts has exactly one handler per entry (its table is typed by these names). */
export const CLIENT_COMMANDS = {
  exportAnnotations: 'newsAnnotator.exportAnnotations',
  exportWorkspaceAnnotations: 'newsAnnotator.exportWorkspaceAnnotations',
  refreshAnnotations: 'newsAnnotator.refreshAnnotations',
  showOutput: 'newsAnnotator.showOutput',
  scanWorkspace: 'newsAnnotator.scanWorkspace',
  toggleTreeGrouping: 'newsAnnotator.toggleTreeGrouping',
  filterTreeByType: 'newsAnnotator.filterTreeByType',
  toggleTimelineScope: 'newsAnnotator.toggleTimelineScope',
  /** Arguments `[name, documentUri?]` (the server's code action) or a tree node (the context menu). */
  markNotActor: 'newsAnnotator.markNotActor',
  /** The undo of markNotActor: arguments `[name, documentUri?]`, or none to pick from the not-actors file. */
  restoreActor: 'newsAnnotator.restoreActor',
  revealTreeItem: 'newsAnnotator.revealTreeItem',
  copyTreeItemText: 'newsAnnotator.copyTreeItemText',
  exportTreeItem: 'newsAnnotator.exportTreeItem',
  /** Arguments `(clicked, selected[])` from the Explorer's context menu on two files; else two are picked. */
  compareArticles: 'newsAnnotator.compareArticles',
  toggleSourcesScope: 'newsAnnotator.toggleSourcesScope',
  /** Selects the next annotation (after the cursor) that no annotator has accepted yet. */
  nextUnreviewedAnnotation: 'newsAnnotator.nextUnreviewedAnnotation',
} as const;

/** Commands only the views' context menus offer (hidden from the Command Palette). */
export const CONTEXT_MENU_COMMANDS: readonly string[] = [
  CLIENT_COMMANDS.revealTreeItem,
  CLIENT_COMMANDS.copyTreeItemText,
  CLIENT_COMMANDS.exportTreeItem,
  CLIENT_COMMANDS.markNotActor,
];

/**
 * Registered by vscode-languageclient from the server's `executeCommandProvider` (protocol.ts ANALYZE_COMMAND),
 * so the client must not register them too; its middleware adds the active document as argument.
 */
export const SERVER_COMMANDS = {
  analyze: 'newsAnnotator.analyze',
} as const;

/** Every contributed command. */
export const COMMANDS = { ...CLIENT_COMMANDS, ...SERVER_COMMANDS } as const;

export type ClientCommandName = keyof typeof CLIENT_COMMANDS;

/** Commands that only the tree view's items run (not contributed, so not in the Command Palette). */
export const INTERNAL_COMMANDS = {
  revealSpan: 'newsAnnotator.revealSpan',
  /** A tree node's click: reveals its location or span. */
  revealNode: 'newsAnnotator.revealNode',
  /** A Compare Articles item's click: its spans in both articles, side by side. */
  revealComparison: 'newsAnnotator.revealComparison',
  /** A Sources quote's click. */
  revealSource: 'newsAnnotator.revealSource',
} as const;

export const VIEW_ID = 'newsAnnotator.annotations';
export const TIMELINE_VIEW_ID = 'newsAnnotator.timeline';
/** The "News" view container of the activity bar and its fact-checking views. */
export const NEWS_VIEW_CONTAINER_ID = 'newsAnnotator';
export const COMPARE_VIEW_ID = 'newsAnnotator.compare';
export const SOURCES_VIEW_ID = 'newsAnnotator.sources';

/** Context keys of the views' state, for the title-bar buttons' `when` clauses. */
export const TREE_GROUPED_BY_ACTOR_CONTEXT = 'newsAnnotator.treeGroupedByActor';
export const TIMELINE_WORKSPACE_CONTEXT = 'newsAnnotator.timelineWorkspace';
export const SOURCES_WORKSPACE_CONTEXT = 'newsAnnotator.sourcesWorkspace';
/** VS Code adds a `<view id>.focus` command for every view. */
export const FOCUS_VIEW_COMMAND = `${VIEW_ID}.focus`;

/** Context key: true while the active editor holds a document the client sends to the server. */
export const ARTICLE_ACTIVE_CONTEXT = 'newsAnnotator.articleActive';

export const LANGUAGE_ID = 'news-article';
