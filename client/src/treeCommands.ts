// The views' commands: group the tree by article or by actor, filter it by annotation kind, switch the timeline
// between the active article and the workspace, and the items' context menu (reveal, copy text, export).
import * as vscode from 'vscode';
import type { ActorType } from '../../server/src/analysis/types';
import { exportAnnotations } from './exportAnnotations';
import type { ClientHost } from './languageClient';
import type { TimelineView } from './timeline/timelineView';
import type { AnnotationsView } from './tree/annotationsTree';
import { revealNode } from './tree/annotationsTree';
import type { AnnotationNode } from './tree/annotationTreeModel';

const KIND_CHOICES: { kind: ActorType | 'date' | 'quote'; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'place', label: 'Places' },
  { kind: 'date', label: 'Dates' },
  { kind: 'quote', label: 'Quotes' },
];

export async function toggleTreeGrouping(view: AnnotationsView): Promise<string> {
  await view.setGrouping(view.grouping === 'article' ? 'actor' : 'article');
  return view.grouping;
}

/** Quick pick of the kinds to show; `kinds` given (tests, keybindings) skips the dialog. */
export async function filterTreeByType(view: AnnotationsView, kinds?: string[]): Promise<string[]> {
  let chosen = kinds;
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      KIND_CHOICES.map((choice) => ({ label: choice.label, annotationKind: choice.kind, picked: view.kinds.has(choice.kind) })),
      { title: 'News Annotations: show', canPickMany: true, placeHolder: 'Choose the kinds of annotations to show' },
    );
    if (!picked) return [...view.kinds];
    chosen = picked.map((item) => item.annotationKind);
  }
  const valid = KIND_CHOICES.map((choice) => choice.kind).filter((kind) => chosen.includes(kind));
  await view.setKinds(new Set(valid.length ? valid : KIND_CHOICES.map((choice) => choice.kind)));
  return [...view.kinds];
}

export async function toggleTimelineScope(timeline: TimelineView): Promise<string> {
  await timeline.setScope(timeline.scope === 'article' ? 'workspace' : 'article');
  return timeline.scope;
}

export function revealTreeItem(node?: AnnotationNode): Promise<void> {
  return revealNode(node);
}

/** Copies the node's text: a quote's full text, a date's sentence, else its label. */
export async function copyTreeItemText(node?: AnnotationNode): Promise<string | undefined> {
  if (!node) return undefined;
  const text = node.copyText ?? node.label;
  await vscode.env.clipboard.writeText(text);
  return text;
}

/** Exports the article the node belongs to (the export command's dialogs ask for format and place). */
export function exportTreeItem(host: ClientHost, node?: AnnotationNode): Promise<vscode.Uri[]> {
  const document = node?.location?.uri ?? node?.documentUri;
  return exportAnnotations(host, document ? { document } : {});
}
