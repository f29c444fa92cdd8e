// Settings per document. When the client answers `workspace/configuration`, each document's `newsAnnotator`
// section is pulled for its own scope (folder settings may differ) and cached until the configuration changes;
// otherwise the settings pushed with `didChangeConfiguration` (or given at initialize) apply to every document.
import type { Connection } from 'vscode-languageserver';
import { readSettings, SETTINGS_PREFIX, type NewsAnnotatorSettings } from './settings';

export class DocumentSettings {
  private readonly cache = new Map<string, Promise<NewsAnnotatorSettings>>();
  private global: NewsAnnotatorSettings;

  constructor(
    private readonly connection: Connection,
    /** Whether the client answers `workspace/configuration`. */
    private readonly canPull: boolean,
    initialSection: unknown,
  ) {
    this.global = this.validate(initialSection, 'initialization options');
  }

  /** The settings for one document: pulled and validated once per configuration change. */
  forDocument(uri: string): Promise<NewsAnnotatorSettings> {
    if (!this.canPull) return Promise.resolve(this.global);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_PREFIX }).then(
        (section: unknown) => this.validate(section, uri),
        (error: unknown) => {
          this.connection.console.error(`News Annotator: could not read the settings of ${uri}: ${String(error)}`);
          return this.global;
        },
      );
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** `didChangeConfiguration`: forget pulled settings; take pushed ones when the client does not answer pulls. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    if (!this.canPull && pushedSettings !== null && typeof pushedSettings === 'object') {
      const section = (pushedSettings as Record<string, unknown>)[SETTINGS_PREFIX];
      if (section !== undefined) this.global = this.validate(section, 'didChangeConfiguration');
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private validate(section: unknown, where: string): NewsAnnotatorSettings {
    const problems: string[] = [];
    const settings = readSettings(section ?? {}, problems);
    for (const problem of problems) this.connection.console.warn(`News Annotator settings (${where}): ${problem}`);
    return settings;
  }
}
