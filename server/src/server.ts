// The language server: one table of features (server/src/handlers/, one file per concern), each announcing its
// capabilities and registering its handlers on the connection, over a context shared by all of them (the open
// documents, the analysis queue, the workspace index: handlers/context.ts). No connection is created here (main.ts
// does that), so tests drive the same server over in-memory streams.
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import { codeActions } from './handlers/codeActions';
import { commands } from './handlers/commands';
import { createServerContext, type ServerOptions } from './handlers/context';
import { documentEvents } from './handlers/documentEvents';
import { exporting } from './handlers/exporting';
import { factCheck } from './handlers/factCheck';
import type { Feature } from './handlers/feature';
import { hover } from './handlers/hover';
import { registerLifecycle } from './handlers/lifecycle';
import { navigation } from './handlers/navigation';
import { rename } from './handlers/rename';
import { semanticTokens } from './handlers/semanticTokens';
import { workspace } from './handlers/workspace';

export type { ServerOptions } from './handlers/context';
export { doneParams } from './handlers/publishing';

/** Every feature of the server, registered in this order. */
export const FEATURES: readonly Feature[] = [documentEvents, commands, hover, navigation, semanticTokens, codeActions, rename, workspace, exporting, factCheck];

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const context = createServerContext(connection, options);
  const capabilities = (): ServerCapabilities => Object.assign({}, ...FEATURES.map((feature) => feature.capabilities?.(context) ?? {}));
  registerLifecycle(context, capabilities);
  for (const feature of FEATURES) feature.register(context);
  context.documents.listen(connection);
  connection.listen();
}
