// workspace/executeCommand: the analyze command (one document or all open ones, answered when published) and the
// corrections' commands.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { ANALYZE_COMMAND, type AnalysisDoneParams } from '../protocol';
import type { Feature } from './feature';
import { doneParams } from './publishing';

export const commands: Feature = {
  name: 'commands',
  capabilities: (context) => ({ executeCommandProvider: { commands: [ANALYZE_COMMAND, ...context.corrections.commands] } }),
  register({ connection, corrections, documents, guarded, queue }) {
    connection.onExecuteCommand(
      guarded('the analyze command', [] as AnalysisDoneParams[] | string, async (params) => {
        if (corrections.commands.includes(params.command)) return corrections.execute(params.command, params.arguments ?? []);
        if (params.command !== ANALYZE_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
        const [target] = params.arguments ?? [];
        const uri = typeof target === 'string' ? target : (target as { uri?: unknown } | undefined)?.uri;
        const uris = typeof uri === 'string' ? [uri] : documents.keys();
        const done: AnalysisDoneParams[] = [];
        for (const each of uris) {
          const result = await queue.analyzeAndPublish(each, true);
          if (result) done.push(doneParams(result));
        }
        return done;
      }),
    );
  },
};
