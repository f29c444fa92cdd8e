// Every setting of the extension, defined once. package.json's `contributes.configuration` is generated from
// this list (a test fails when the two drift), the server reads and validates settings with it, and the client
// reads the few it needs through it.

export const SETTINGS_PREFIX = 'newsAnnotator';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

interface SettingBase<T> {
  /** Key below the prefix: "severity.person" is `newsAnnotator.severity.person`. */
  key: string;
  title: string;
  description: string;
  default: T;
  scope?: 'application' | 'window' | 'resource';
  /** The titled group of the Settings editor the setting is shown in (one of SETTING_GROUPS). */
  group: SettingGroup;
}

/** The Settings editor's sections, in order. */
export const SETTING_GROUPS = ['Articles', 'Analysis', 'Diagnostics', 'Corrections', 'Advanced'] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

export type SettingDefinition =
  | (SettingBase<string> & { type: 'string'; enum?: string[]; enumDescriptions?: string[]; pattern?: string })
  | (SettingBase<number> & { type: 'number'; minimum?: number; maximum?: number })
  | (SettingBase<boolean> & { type: 'boolean' })
  | (SettingBase<string[]> & { type: 'array' });

const severity = (kind: string, fallback: Severity, what: string): SettingDefinition => ({
  key: `severity.${kind}`,
  type: 'string',
  title: `Severity: ${kind}`,
  description: `How ${what} are shown in the Problems panel and the editor ("off" hides them).`,
  default: fallback,
  enum: SEVERITIES,
  group: 'Diagnostics',
});

export const SETTINGS: SettingDefinition[] = [
  {
    key: 'include',
    type: 'array',
    title: 'Include',
    description: 'Glob patterns of plain-text and Markdown files that are analyzed as articles (files of the news-article language always are).',
    default: ['**/articles/**/*.txt', '**/articles/**/*.md', '**/seeds/*.txt'],
    scope: 'resource',
    group: 'Articles',
  },
  {
    key: 'exclude',
    type: 'array',
    title: 'Exclude',
    description: 'Glob patterns of files that "Scan Workspace" leaves out of the workspace index.',
    default: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'],
    scope: 'resource',
    group: 'Articles',
  },
  {
    key: 'referenceDate',
    type: 'string',
    title: 'Reference date',
    description: 'The date (YYYY-MM-DD) that relative dates are resolved against when an article states none in front matter or dateline. Empty: inferred from the article.',
    default: '',
    pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
    scope: 'resource',
    group: 'Articles',
  },
  {
    key: 'run',
    type: 'string',
    title: 'Run',
    description: 'When articles are analyzed.',
    default: 'onType',
    enum: ['onType', 'onSave', 'manual'],
    enumDescriptions: ['While typing (debounced).', 'When the file is opened and saved.', 'Only through the "Analyze Article" command.'],
    scope: 'resource',
    group: 'Analysis',
  },
  {
    key: 'debounceMs',
    type: 'number',
    title: 'Debounce (ms)',
    description: 'How long to wait after the last keystroke before analyzing again.',
    default: 200,
    minimum: 0,
    maximum: 5000,
    group: 'Analysis',
  },
  {
    key: 'maxFileSizeKB',
    type: 'number',
    title: 'Maximum file size (KB)',
    description: 'Articles larger than this are not analyzed; the status bar says so.',
    default: 2048,
    minimum: 1,
    group: 'Articles',
  },
  {
    key: 'outline.nominalMentions',
    type: 'boolean',
    title: 'Outline: nominal mentions',
    description:
      'List the common-noun phrases that refer to an actor ("the company", "the mayor") among its mentions in the outline. Hover, highlights and references always include them.',
    default: false,
    scope: 'resource',
    group: 'Analysis',
  },
  {
    key: 'openPlainTextAsArticle',
    type: 'boolean',
    title: 'Open plain text as News Article',
    description:
      'Plain-text files matched by `newsAnnotator.include` switch to the News Article language when opened, so its editor settings (word wrap on, no word suggestions) apply. Off: they stay Plain Text (and are analyzed all the same).',
    default: true,
    scope: 'window',
    group: 'Articles',
  },
  // Off by default: the colours, the outline and the hover show the annotations; a diagnostic per mention would
  // stand above every hover (editors list the diagnostics under the cursor there) and say the same thing again.
  severity('person', 'off', 'tagged people'),
  severity('organization', 'off', 'tagged organizations'),
  severity('place', 'off', 'tagged places'),
  severity('date', 'off', 'tagged dates'),
  severity('quote', 'off', 'tagged quotations'),
  severity('problem', 'warning', 'writing problems (unclosed quotation marks, quotes without a speaker, missing spaces)'),
  severity('nameVariant', 'warning', "a person's name spelled another way in another article (or the same one)"),
  severity('sharedQuote', 'information', 'quotations that other articles of the workspace quote too'),
  severity('dateSanity', 'warning', 'dates that cannot all be true (a weekday not on its date, "yesterday" beside another day, a past event dated after the article)'),
  {
    key: 'notActorsFile',
    type: 'string',
    title: 'Not-actors file',
    description: 'Workspace-relative file of names that are never actors, one per line (`#` starts a comment); "Mark as Not an Actor" adds to it.',
    default: '.vscode/news-annotator.not-actors.txt',
    scope: 'resource',
    group: 'Corrections',
  },
  {
    key: 'corrections.sidecarFolder',
    type: 'string',
    title: 'Sidecar folder',
    description: "Workspace-relative folder that holds the corrections files (`<article>.annotations.json`, mirroring the articles' paths). Empty: next to each article.",
    default: '',
    scope: 'resource',
    group: 'Corrections',
  },
  {
    key: 'trace.server',
    type: 'string',
    title: 'Trace',
    description: 'Traces the communication between VS Code and the News Annotator language server.',
    default: 'off',
    enum: ['off', 'messages', 'verbose'],
    scope: 'window',
    group: 'Advanced',
  },
];

export interface NewsAnnotatorSettings {
  include: string[];
  exclude: string[];
  notActorsFile: string;
  /** Where corrections files live ('' = next to the article). */
  sidecarFolder: string;
  referenceDate: string;
  run: 'onType' | 'onSave' | 'manual';
  debounceMs: number;
  maxFileSizeKB: number;
  /** The outline lists an actor's nominal mentions ("the company") among its names. */
  outlineNominalMentions: boolean;
  severity: Record<'person' | 'organization' | 'place' | 'date' | 'quote' | 'problem' | 'nameVariant' | 'sharedQuote' | 'dateSanity', Severity>;
}

function lookup(raw: unknown, key: string): unknown {
  let value: unknown = raw;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  if (value === undefined && raw !== null && typeof raw === 'object') value = (raw as Record<string, unknown>)[key];
  return value;
}

/** Validates one value against its definition; returns the default (and the reason) when it does not fit. */
function validated(definition: SettingDefinition, value: unknown, problems: string[]): unknown {
  if (value === undefined || value === null) return definition.default;
  const reject = (why: string) => {
    problems.push(`${SETTINGS_PREFIX}.${definition.key}: ${why}; using ${JSON.stringify(definition.default)}`);
    return definition.default;
  };
  switch (definition.type) {
    case 'string':
      if (typeof value !== 'string') return reject('not a string');
      if (definition.enum && !definition.enum.includes(value)) return reject(`not one of ${definition.enum.join(', ')}`);
      if (definition.pattern && !new RegExp(definition.pattern).test(value)) return reject('not in the expected form');
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return reject('not a number');
      if (definition.minimum !== undefined && value < definition.minimum) return reject(`below ${definition.minimum}`);
      if (definition.maximum !== undefined && value > definition.maximum) return reject(`above ${definition.maximum}`);
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : reject('not true or false');
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : reject('not a list of strings');
  }
}

/**
 * Reads the `newsAnnotator` section as the client sends it (nested objects or dotted keys), replacing every
 * missing or malformed value by its default. `problems` lists what was replaced, for the server log.
 */
export function readSettings(raw: unknown, problems: string[] = []): NewsAnnotatorSettings {
  const get = (key: string) =>
    validated(
      SETTINGS.find((setting) => setting.key === key)!,
      lookup(raw, key),
      problems,
    );
  return {
    include: get('include') as string[],
    exclude: get('exclude') as string[],
    notActorsFile: get('notActorsFile') as string,
    sidecarFolder: get('corrections.sidecarFolder') as string,
    referenceDate: get('referenceDate') as string,
    run: get('run') as NewsAnnotatorSettings['run'],
    debounceMs: get('debounceMs') as number,
    maxFileSizeKB: get('maxFileSizeKB') as number,
    outlineNominalMentions: get('outline.nominalMentions') as boolean,
    severity: {
      person: get('severity.person') as Severity,
      organization: get('severity.organization') as Severity,
      place: get('severity.place') as Severity,
      date: get('severity.date') as Severity,
      quote: get('severity.quote') as Severity,
      problem: get('severity.problem') as Severity,
      nameVariant: get('severity.nameVariant') as Severity,
      sharedQuote: get('severity.sharedQuote') as Severity,
      dateSanity: get('severity.dateSanity') as Severity,
    },
  };
}

export const DEFAULT_SETTINGS: NewsAnnotatorSettings = readSettings({});
