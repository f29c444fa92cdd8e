// One concern of the server (hover, navigation, documents, exports...): what it adds to the capabilities the
// server announces, and the handlers it registers on the connection. server.ts lists them in one table.
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';

export interface Feature {
  /** Named in logs and tests. */
  name: string;
  /** What the feature adds to the initialize answer's capabilities. */
  capabilities?(context: ServerContext): ServerCapabilities;
  register(context: ServerContext): void;
}
