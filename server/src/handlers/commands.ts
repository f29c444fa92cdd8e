// workspace/executeCommand: the analyze command (one document or all open ones, answered when published) and the
// corrections' commands.
import { ErrorCodes, ResponseError, type ExecuteCommandParams, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { ANALYZE_COMMAND, type AnalysisDoneParams } from '../protocol';
import type { Feature } from './feature';
import { doneParams } from './publishing';
import { reportedFileProgress } from '../workspaceRequests';

export const commands: Feature = {
  name: 'commands',
  capabilities: (context) => ({ executeCommandProvider: { commands: [ANALYZE_COMMAND, ...context.corrections.commands] } }),
  register({ connection, corrections, documents, guarded, queue }) {
    const execute = guarded(
      'the analyze command',
      [] as AnalysisDoneParams[] | string,
      async ({ params, workDone }: { params: ExecuteCommandParams; workDone: WorkDoneProgressReporter }) => {
        if (corrections.commands.includes(params.command)) return corrections.execute(params.command, params.arguments ?? []);
        if (params.command !== ANALYZE_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
        const [target] = params.arguments ?? [];
        const uri = typeof target === 'string' ? target : (target as { uri?: unknown } | undefined)?.uri;
        const uris = typeof uri === 'string' ? [uri] : documents.keys();
        const done: AnalysisDoneParams[] = [];
        // Analyzing every open article (or one long one) can take seconds: reported on the client's token, if any.
        const progress = reportedFileProgress(workDone, 'Analyzing articles', uris.length);
        try {
          for (const each of uris) {
            progress.step(each);
            const result = await queue.analyzeAndPublish(each, true);
            if (result) done.push(doneParams(result));
          }
        } finally {
          progress.done();
        }
        return done;
      },
    );
    // The library takes a standard request's work-done token out of the params and hands over its reporter instead.
    connection.onExecuteCommand((params, _cancel, workDone) => execute({ params, workDone }));
  },
};
