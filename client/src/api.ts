// What activate() returns: a small API that the editor tests (and other extensions) use to wait for analysis
// results instead of sleeping (cSpell's approach).
import type * as vscode from 'vscode';
import type { Annotations } from '../../server/src/analysis/types';
import type { AnalysisDoneParams } from '../../server/src/protocol';
import type { AnnotationStore } from './annotationStore';
import type { ClientHost } from './languageClient';
import type { TimelineView } from './timeline/timelineView';
import type { AnnotationsView } from './tree/annotationsTree';
import type { AnnotationNode } from './tree/annotationTreeModel';
import type { CompareView } from './compare/compareView';
import type { CompareNode } from './compare/compareModel';
import type { SourcesView } from './sources/sourcesView';
import type { SourceNode } from './sources/sourcesModel';

/** The views, for tests that check what they show. */
export interface NewsAnnotatorViews {
  annotations: AnnotationsView;
  timeline: TimelineView;
  compare: CompareView;
  sources: SourcesView;
}

export interface NewsAnnotatorApi {
  /** The document's current annotations from the server (null when it is not analyzed). */
  getAnnotations(uri: vscode.Uri | string): Promise<Annotations | null>;
  /** Listens to every analysis report the server sends. */
  onAnalysisDone(listener: (params: AnalysisDoneParams) => void): vscode.Disposable;
  /** The first analysis report for the document at or after `minVersion`, including one already received. */
  waitForAnalysis(uri: vscode.Uri | string, minVersion?: number): Promise<AnalysisDoneParams>;
  /**
   * Settles when the language server has (re)started: a change of `newsAnnotator.include` restarts it, from
   * the configuration-change listener that the extension registered before any other extension's.
   */
  serverReady(): Promise<void>;
  /** The top-level nodes the "News Annotations" view shows now. */
  annotationNodes(): AnnotationNode[];
  /** The entries the "News Timeline" view shows now, rebuilt first (so the answer is current). */
  timelineEntries(): Promise<AnnotationNode[]>;
  /** Compares two articles as the Compare Articles command does; the view then shows `compareNodes()`. */
  compareArticles(a: vscode.Uri, b: vscode.Uri): Promise<unknown>;
  compareNodes(): CompareNode[];
  /** The nodes the Sources view shows, rebuilt first. */
  sourceNodes(): Promise<SourceNode[]>;
}

export function createApi(store: AnnotationStore, host: ClientHost, views: NewsAnnotatorViews): NewsAnnotatorApi {
  return {
    getAnnotations: (uri) => store.getAnnotations(uri),
    onAnalysisDone: (listener) => store.onAnalysisDone(listener),
    waitForAnalysis: (uri, minVersion) => store.waitForAnalysis(uri, minVersion),
    serverReady: () => host.ready,
    annotationNodes: () => views.annotations.roots,
    timelineEntries: async () => {
      await views.timeline.update();
      return views.timeline.entries;
    },
    compareArticles: (a, b) => views.compare.compare(a, b),
    compareNodes: () => views.compare.roots,
    sourceNodes: async () => {
      await views.sources.update();
      return views.sources.roots;
    },
  };
}
