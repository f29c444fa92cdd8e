// Entry point of dist/server.js. createConnection reads the transport from the command line (--node-ipc when
// VS Code starts the server, --stdio for other editors and the stdio test).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
