// Stopping an analysis part way: analyze() calls a checkpoint between its steps, and the language server's worker
// passes one that throws when the analysis is no longer wanted (its document changed again or closed).

/** Called between the analysis's steps; throws AnalysisStopped to abandon it. A step runs whole or not at all. */
export type Checkpoint = () => void;

/** What a checkpoint throws; the steps that turn their own errors into a problem let this one through. */
export class AnalysisStopped extends Error {
  constructor() {
    super('the analysis was stopped');
    this.name = 'AnalysisStopped';
  }
}
