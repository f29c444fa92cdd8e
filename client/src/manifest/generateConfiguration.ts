// Generates package.json's `contributes.configuration` from SETTINGS (server/src/settings.ts), so every setting
// is defined once. Run after changing SETTINGS:
//   npx tsc -p . && node out/client/src/manifest/generateConfiguration.js
// test/unit/manifest.test.ts fails while package.json differs from what this produces (rust-analyzer's approach).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTING_GROUPS, SETTINGS, SETTINGS_PREFIX, type SettingDefinition } from '../../../server/src/settings';

export const CONFIGURATION_TITLE = 'News Annotator';

type JsonSchema = Record<string, unknown>;

function propertySchema(setting: SettingDefinition, order: number): JsonSchema {
  const schema: JsonSchema = { type: setting.type };
  if (setting.type === 'array') schema.items = { type: 'string' };
  schema.default = setting.default;
  if (setting.type === 'string') {
    if (setting.enum) schema.enum = setting.enum;
    if (setting.enumDescriptions) schema.enumDescriptions = setting.enumDescriptions;
    if (setting.pattern !== undefined) schema.pattern = setting.pattern;
  }
  if (setting.type === 'number') {
    if (setting.minimum !== undefined) schema.minimum = setting.minimum;
    if (setting.maximum !== undefined) schema.maximum = setting.maximum;
  }
  schema.description = setting.description;
  if (setting.scope) schema.scope = setting.scope;
  // Keeps the Settings editor in the order SETTINGS lists them, not alphabetical.
  schema.order = order;
  return schema;
}

/**
 * The `contributes.configuration` block for a list of settings: one titled section per group of SETTING_GROUPS
 * (the Settings editor shows each under "News Annotator › <group>"), in SETTINGS order within it.
 */
export function configurationFromSettings(settings: readonly SettingDefinition[] = SETTINGS): JsonSchema[] {
  return SETTING_GROUPS.map((group, groupIndex) => {
    const properties: Record<string, JsonSchema> = {};
    settings
      .filter((setting) => setting.group === group)
      .forEach((setting, index) => {
        properties[`${SETTINGS_PREFIX}.${setting.key}`] = propertySchema(setting, index);
      });
    return { id: `${SETTINGS_PREFIX}.${group.toLowerCase()}`, title: `${CONFIGURATION_TITLE}: ${group}`, order: groupIndex, properties };
  }).filter((section) => Object.keys(section.properties).length > 0);
}

/** Every setting's schema from the sections, by full key. */
export function configurationProperties(configuration: readonly JsonSchema[]): Record<string, JsonSchema> {
  return Object.assign({}, ...configuration.map((section) => section.properties as Record<string, JsonSchema>));
}

/** Finds the repository's package.json from this file, compiled (out/client/src/manifest) or not. */
export function findPackageJson(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate) && JSON.parse(fs.readFileSync(candidate, 'utf8')).name === 'news-annotator') return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no news-annotator package.json above ${from}`);
  }
}

/** Rewrites only `contributes.configuration`, reading package.json fresh so others' edits are kept. */
function writeConfiguration(packageJsonPath: string): boolean {
  const text = fs.readFileSync(packageJsonPath, 'utf8');
  const manifest = JSON.parse(text);
  manifest.contributes ??= {};
  manifest.contributes.configuration = configurationFromSettings();
  const updated = JSON.stringify(manifest, null, 2) + '\n';
  if (updated === text) return false;
  fs.writeFileSync(packageJsonPath, updated);
  return true;
}

if (require.main === module) {
  const packageJsonPath = findPackageJson();
  console.log(writeConfiguration(packageJsonPath) ? `updated ${packageJsonPath}` : `${packageJsonPath} is up to date`);
}
