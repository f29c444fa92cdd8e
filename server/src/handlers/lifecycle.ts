// Initialize (the client's capabilities and settings, the capabilities every feature announces), initialized
// (watchers, configuration registration), configuration and watched-file changes, and shutdown.
import { DidChangeConfigurationNotification, type ServerCapabilities } from 'vscode-languageserver';
import { describeError } from '../analysisQueue';
import { DocumentSettings } from '../documentSettings';
import type { InitializationOptions } from '../protocol';
import type { ServerContext } from './context';

export function registerLifecycle(context: ServerContext, capabilities: () => ServerCapabilities): void {
  const { connection, client, corrections, log } = context;
  connection.onInitialize((params) => {
    const clientCapabilities = params.capabilities;
    const canPull = !!clientCapabilities.workspace?.configuration;
    client.pushConfigurationChanges = canPull && !!clientCapabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    client.documentChangesSupported = !!clientCapabilities.workspace?.workspaceEdit?.documentChanges;
    const initializationOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    client.settings = new DocumentSettings(connection, canPull, initializationOptions.settings);
    context.runner.warmUp();
    client.workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    client.watchSidecars = !!clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    client.relativePatterns = !!clientCapabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    return { capabilities: capabilities(), serverInfo: { name: 'News Annotator' } };
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    void context.reloadNotActors();
    void corrections.filesChanged(changes);
  });

  connection.onInitialized(() => {
    void context.reloadNotActors();
    if (client.watchSidecars) void corrections.registerWatchers();
    // Ask to be told about changes of our section only; clients without dynamic registration push anyway.
    if (!client.pushConfigurationChanges) return;
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsAnnotator' }).catch((error: unknown) => {
      // Rejected when the connection closes before the client answers; nothing depends on it then.
      if (!String(error).includes('disposed')) log(`News Annotator: could not register for configuration changes: ${describeError(error)}`);
    });
  });

  connection.onDidChangeConfiguration(
    context.guarded('reading changed settings', undefined, (change) => {
      client.settings?.changed(change.settings);
      context.queue.invalidateAll();
      for (const document of context.documents.all()) void context.onDocumentEvent({ uri: document.uri, event: 'settings' });
      // newsAnnotator.notActorsFile may name another file now (and its watcher with it).
      void context.reloadNotActors();
      if (client.watchSidecars) void corrections.registerWatchers();
    }),
  );

  connection.onShutdown(() => {
    context.queue.dispose();
    context.runner.dispose();
    context.cross.dispose();
  });
}
