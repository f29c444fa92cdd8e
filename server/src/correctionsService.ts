// Applies each article's corrections file (sidecar) on top of every analysis, open or closed, with the not-actors
// list. A sidecar with problems gets diagnostics in the sidecar itself and is not applied (the article shows the
// analyzer's output) until it is fixed; nothing is written over it. Corrections whose words are gone are kept in
// the file and reported as one diagnostic on the article's first line, with a code action to drop them.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { type Correction, type CorrectedAnnotations, type Orphan } from './corrections';
import { correctAnnotations } from './correctAnnotations';
import { readSidecarFile, sidecarFileOf } from './correctionFiles';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { DROP_UNPLACED_COMMAND } from './protocol';

export const UNPLACED_CODE = 'unplaced-corrections';
export const SIDECAR_PROBLEM_CODE = 'malformed-correction';

/** The `data` of the unplaced-corrections diagnostic: what the drop action removes. */
export interface UnplacedData {
  kind: typeof UNPLACED_CODE;
  corrections: Correction[];
}

export interface CorrectionsServiceOptions {
  /** The workspace folders' URIs. */
  folders(): readonly string[];
  /** The sidecar-folder setting that applies to an article. */
  sidecarFolder(articleUri: string): Promise<string>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export class CorrectionsService {
  /** Per corrected analysis, the corrections that could not be placed (for the article's diagnostic). */
  private readonly unplaced = new WeakMap<Annotations, Orphan[]>();
  /** The diagnostics last published per sidecar file (JSON), to publish only changes. */
  private readonly published = new Map<string, string>();

  constructor(private readonly options: CorrectionsServiceOptions) {}

  /** The sidecar file of an article, if it can have one. */
  async sidecarFile(articleUri: string): Promise<string | undefined> {
    return sidecarFileOf(articleUri, this.options.folders(), await this.options.sidecarFolder(articleUri));
  }

  /** The analyzer's output with the article's corrections and the not-actors list applied. */
  async apply(articleUri: string | undefined, text: string, annotations: Annotations, notActors: ReadonlySet<string>): Promise<CorrectedAnnotations> {
    const corrections = await this.correctionsOf(articleUri);
    const { annotations: corrected, orphans, error } = correctAnnotations(text, annotations, corrections, notActors);
    return this.applied(articleUri, corrected, orphans, error);
  }

  /** The corrections of an article's sidecar (none when it has none or it has problems, which are reported). */
  async correctionsOf(articleUri: string | undefined): Promise<Correction[]> {
    const file = articleUri ? await this.sidecarFile(articleUri).catch(() => undefined) : undefined;
    if (!file) return [];
    // No sidecar (most articles): told by a look-up of the path on this thread (microseconds, no exception), not an
    // open failing on the file-system pool, which every keystroke in an open article paid for (~0.4 ms of this thread
    // for the error thrown, and a round trip before the job could go to the worker). Problems reported for a
    // sidecar since deleted are cleared as before.
    if (!existsSync(file)) {
      this.report(pathToFileURL(file).toString(), []);
      return [];
    }
    try {
      const read = await readSidecarFile(file);
      this.report(pathToFileURL(file).toString(), read.parsed.problems);
      if (read.parsed.problems.length === 0) return read.parsed.sidecar.corrections;
    } catch (error) {
      this.options.log(`News Annotator: could not read ${file}: ${String(error)}`);
    }
    return [];
  }

  /** Takes note of corrections applied elsewhere (in the analysis worker): their orphans, or why they failed. */
  applied(articleUri: string | undefined, annotations: CorrectedAnnotations, orphans: Orphan[], error?: string): CorrectedAnnotations {
    // Only an analyzer output that breaks the contract fails: it is served as it is, never lost.
    if (error) this.options.log(`News Annotator: corrections of ${articleUri} could not be applied: ${error}`);
    if (orphans.length) this.unplaced.set(annotations, orphans);
    return annotations;
  }

  /** Publishes a sidecar's problems (read outside an analysis, e.g. when its article is not open). */
  check(sidecarUri: string, problems: readonly { line: number; message: string }[]): void {
    this.report(sidecarUri, problems);
  }

  private report(sidecarUri: string, problems: readonly { line: number; message: string }[]): void {
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      range: { start: { line: problem.line, character: 0 }, end: { line: problem.line + 1, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: SIDECAR_PROBLEM_CODE,
      message: `${problem.message} (the article shows the analyzer's output until this file is fixed)`,
    }));
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(sidecarUri) ?? '[]') === key) return;
    if (diagnostics.length) this.published.set(sidecarUri, key);
    else this.published.delete(sidecarUri);
    this.options.publish(sidecarUri, diagnostics);
  }

  /** "2 corrections could not be placed", on the article's first line, when some could not. */
  diagnostics(document: TextDocument, annotations: Annotations): Diagnostic[] {
    const orphans = this.unplaced.get(annotations);
    if (!orphans?.length) return [];
    const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
    const count = orphans.length;
    const data: UnplacedData = { kind: UNPLACED_CODE, corrections: orphans.map((orphan) => orphan.correction) };
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
        severity: DiagnosticSeverity.Warning,
        source: DIAGNOSTIC_SOURCE,
        code: UNPLACED_CODE,
        message: `${count} correction${count === 1 ? '' : 's'} could not be placed: ${orphans.map((orphan) => orphan.message).join('; ')}`,
        data,
      },
    ];
  }
}

/** The code action on the unplaced-corrections diagnostic: drop them from the sidecar. */
export function dropUnplacedActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === UNPLACED_CODE)
    .flatMap((diagnostic) => {
      const corrections = (diagnostic.data as Partial<UnplacedData> | undefined)?.corrections;
      if (!Array.isArray(corrections) || corrections.length === 0) return [];
      const title = `Drop the ${corrections.length === 1 ? 'correction' : `${corrections.length} corrections`} that could not be placed`;
      return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: DROP_UNPLACED_COMMAND, arguments: [{ uri, corrections }] } }];
    });
}
