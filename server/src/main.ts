// Entry point of dist/server.js. createConnection reads the transport from the command line (--node-ipc when
// VS Code starts the server, --stdio for other editors and the stdio test).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneJitForAnalysis } from './jitTuning';
import { startServer } from './server';
import { lowerHelperThreadsPriority } from './threadPriority';

// First, while the only other threads are the runtime's helpers (threadPriority.ts).
lowerHelperThreadsPriority();
// Before the analysis worker starts: it compiles the analyzer with these flags (jitTuning.ts).
tuneJitForAnalysis();
startServer(createConnection(ProposedFeatures.all));
