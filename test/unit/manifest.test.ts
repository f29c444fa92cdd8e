// package.json's contributions against their single sources: the settings (server/src/settings.ts), the
// client's command list (client/src/commandIds.ts), the grammar and the files the manifest points at.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { configurationFromSettings, configurationProperties } from '../../client/src/manifest/generateConfiguration';
import {
  COMMAND_CATEGORY,
  COMMANDS,
  CONTEXT_MENU_COMMANDS,
  LANGUAGE_ID,
  SERVER_COMMANDS,
  TIMELINE_VIEW_ID,
  VIEW_ID,
  COMPARE_VIEW_ID,
  SOURCES_VIEW_ID,
  NEWS_VIEW_CONTAINER_ID,
} from '../../client/src/commandIds';
import { contributedColors } from '../../client/src/colors/annotationColors';
import { ANALYZE_COMMAND } from '../../server/src/protocol';
import { SETTING_GROUPS, SETTINGS, SETTINGS_PREFIX, type SettingDefinition } from '../../server/src/settings';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

const exists = (relative: string) => fs.existsSync(path.join(ROOT, relative));

describe('manifest: configuration', () => {
  it('is what generateConfiguration makes from SETTINGS (run it after changing SETTINGS)', () => {
    assert.deepEqual(contributes.configuration, configurationFromSettings(), 'package.json is stale: npx tsc -p . && node out/client/src/manifest/generateConfiguration.js');
  });

  it('has every setting under the one prefix, with its default', () => {
    const properties = configurationProperties(contributes.configuration) as Record<string, { default: unknown }>;
    assert.deepEqual(Object.keys(properties).sort(), SETTINGS.map((setting) => `${SETTINGS_PREFIX}.${setting.key}`).sort());
    for (const setting of SETTINGS) assert.deepEqual(properties[`${SETTINGS_PREFIX}.${setting.key}`].default, setting.default, setting.key);
  });

  it('shows the settings in titled groups, each with a description per setting', () => {
    const titles = (contributes.configuration as { title: string }[]).map((section) => section.title);
    assert.deepEqual(
      titles,
      SETTING_GROUPS.map((group) => `News Annotator: ${group}`),
    );
    for (const setting of SETTINGS) assert.ok(setting.description.length > 20, setting.key);
    const articles = contributes.configuration[0].properties;
    assert.ok(`${SETTINGS_PREFIX}.include` in articles && `${SETTINGS_PREFIX}.exclude` in articles);
  });

  it('notices a setting that drifts', () => {
    const changed = SETTINGS.map((setting): SettingDefinition => (setting.type === 'number' ? { ...setting, default: setting.default + 1 } : setting));
    assert.notDeepEqual(configurationFromSettings(changed), contributes.configuration);
  });
});

describe('manifest: commands', () => {
  const contributed: { command: string; title: string; category?: string }[] = contributes.commands;

  it('contributes exactly the commands the client registers', () => {
    assert.deepEqual(contributed.map((command) => command.command).sort(), Object.values(COMMANDS).sort());
  });

  it('puts every command in the "News Annotator" category with a title', () => {
    for (const command of contributed) {
      assert.equal(command.category, COMMAND_CATEGORY, command.command);
      assert.ok(command.title.trim().length > 0, command.command);
    }
  });

  it("contributes the server's analyze command under the id the server advertises", () => {
    assert.deepEqual(Object.values(SERVER_COMMANDS), [ANALYZE_COMMAND]);
  });

  it('menus refer only to contributed commands and to the annotations and timeline views', () => {
    const ids = new Set(contributed.map((command) => command.command));
    for (const [menu, entries] of Object.entries(contributes.menus as Record<string, { command: string; when?: string }[]>)) {
      for (const entry of entries) {
        assert.ok(ids.has(entry.command), `${menu}: ${entry.command}`);
        if (menu === 'view/title')
          assert.ok(
            [VIEW_ID, TIMELINE_VIEW_ID, COMPARE_VIEW_ID, SOURCES_VIEW_ID].some((view) => entry.when === `view == ${view}`),
            `${entry.command}: ${entry.when}`,
          );
      }
    }
    const titleButtons = contributes.menus['view/title'].map((entry: { command: string }) => entry.command);
    assert.ok(titleButtons.includes(COMMANDS.refreshAnnotations) && titleButtons.includes(COMMANDS.exportAnnotations));
    for (const id of [COMMANDS.toggleTreeGrouping, COMMANDS.filterTreeByType, COMMANDS.toggleTimelineScope, COMMANDS.scanWorkspace]) assert.ok(titleButtons.includes(id), id);
  });

  it('offers the context-menu commands on tree items and hides them from the Command Palette', () => {
    const itemMenu: { command: string; when: string }[] = contributes.menus['view/item/context'];
    for (const id of CONTEXT_MENU_COMMANDS) {
      assert.ok(
        itemMenu.some((entry) => entry.command === id && /viewItem/.test(entry.when)),
        id,
      );
      assert.ok(
        contributes.menus.commandPalette.some((entry: { command: string; when: string }) => entry.command === id && entry.when === 'false'),
        id,
      );
    }
  });
});

describe('manifest: activation, language, views', () => {
  it('activates on the article language, plain text, Markdown, the view and the commands', () => {
    const events: string[] = manifest.activationEvents;
    for (const event of [`onLanguage:${LANGUAGE_ID}`, 'onLanguage:plaintext', 'onLanguage:markdown', `onView:${VIEW_ID}`, `onView:${TIMELINE_VIEW_ID}`]) {
      assert.ok(events.includes(event), event);
    }
    for (const id of Object.values(COMMANDS)) assert.ok(events.includes(`onCommand:${id}`), id);
  });

  it('declares the news-article language with its extensions, configuration and grammar', () => {
    const language = contributes.languages.find((entry: { id: string }) => entry.id === LANGUAGE_ID);
    assert.ok(language);
    assert.deepEqual(language.extensions, ['.news', '.article']);
    assert.ok(language.aliases.includes('News Article'));
    assert.ok(exists(language.configuration));
    const grammar = contributes.grammars.find((entry: { language: string }) => entry.language === LANGUAGE_ID);
    assert.equal(grammar.scopeName, 'text.news-article');
    assert.equal(JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8')).scopeName, grammar.scopeName);
  });

  it('maps every contributed semantic token type to TextMate scopes', () => {
    const types: string[] = contributes.semanticTokenTypes.map((type: { id: string }) => type.id);
    assert.deepEqual(types.sort(), ['date', 'organization', 'person', 'place', 'quote']);
    assert.deepEqual(
      contributes.semanticTokenModifiers.map((modifier: { id: string }) => modifier.id),
      ['speaker'],
    );
    for (const entry of contributes.semanticTokenScopes) {
      for (const [selector, scopes] of Object.entries(entry.scopes as Record<string, string[]>)) {
        const [type, ...modifiers] = selector.split('.');
        assert.ok(types.includes(type), selector);
        for (const modifier of modifiers) assert.equal(modifier, 'speaker', selector);
        assert.ok(scopes.length > 0, selector);
      }
    }
    const mapped = new Set(contributes.semanticTokenScopes.flatMap((entry: { scopes: object }) => Object.keys(entry.scopes)));
    for (const type of types) assert.ok(mapped.has(type), `${type} has scopes`);
  });

  it('puts the annotations and timeline views in the "News" activity-bar container with a welcome message', () => {
    const container = contributes.viewsContainers.activitybar.find((entry: { id: string }) => entry.id === NEWS_VIEW_CONTAINER_ID);
    assert.ok(container && container.title === 'News' && exists(container.icon), 'the News container with an icon that exists');
    assert.equal(contributes.views.explorer, undefined, 'nothing crowds the Explorer');
    assert.ok(contributes.views.newsAnnotator.some((view: { id: string; name: string }) => view.id === VIEW_ID && view.name === 'News Annotations'));
    assert.ok(contributes.views.newsAnnotator.some((view: { id: string; name: string }) => view.id === TIMELINE_VIEW_ID && view.name === 'News Timeline'));
    assert.ok(contributes.viewsWelcome.some((welcome: { view: string }) => welcome.view === VIEW_ID));
    assert.equal(contributes.viewsContainers.activitybar.length, 1, 'one container');
    // The fact-checking views live in the same container.
    for (const id of [COMPARE_VIEW_ID, SOURCES_VIEW_ID])
      assert.ok(
        contributes.views[NEWS_VIEW_CONTAINER_ID].some((view: { id: string }) => view.id === id),
        id,
      );
    assert.ok(
      contributes.menus['explorer/context'].some(
        (entry: { command: string; when: string }) => entry.command === COMMANDS.compareArticles && /listDoubleSelection/.test(entry.when),
      ),
    );
  });

  it('runs in untrusted workspaces and points at files that exist', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(exists(manifest.icon) && manifest.icon.endsWith('.png'), 'the Marketplace needs a PNG icon');
    assert.ok(exists('LICENSE'));
    for (const language of contributes.languages) for (const icon of Object.values(language.icon ?? {})) assert.ok(exists(icon as string));
  });
});

describe('manifest: colours, editor defaults, install scripts', () => {
  it('contributes exactly the annotation colours the decorations paint with', () => {
    assert.deepEqual(contributes.colors, contributedColors());
  });

  it('wraps articles and keeps code-editor noise out of them', () => {
    const defaults = contributes.configurationDefaults['[news-article]'];
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
    assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false, 'curly quotes and dashes are not suspicious in prose');
  });

  it('decides on every install script of the dependency tree, and allows the one the build needs', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    assert.deepEqual(Object.keys(manifest.allowScripts).sort(), [...new Set(withScripts)].sort());
    assert.equal(manifest.allowScripts.esbuild, true);
  });
});

describe('.vscodeignore', () => {
  const lines = fs
    .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('leaves out everything but the bundles and the files the extension reads', () => {
    assert.equal(lines[0], '**');
    for (const kept of [
      '!dist/client.js',
      '!dist/server.js',
      '!dist/analysisWorker.js',
      '!dist/actor-data/**',
      '!syntaxes/**',
      '!language-configuration.json',
      '!media/*',
      '!package.json',
      '!LICENSE',
    ]) {
      assert.ok(lines.includes(kept), kept);
    }
    assert.ok(!lines.some((line) => line.startsWith('!node_modules')), 'the bundles need no node_modules');
    assert.ok(!lines.some((line) => line.endsWith('.map')), 'source maps stay out');
    assert.ok(!lines.includes('!dist/cli.js') && !lines.includes('!media/**'), 'the CLI bundle and the README screenshots stay out');
  });

  it('keeps the main entry point', () => {
    assert.ok(lines.includes(`!${path.posix.normalize(manifest.main)}`), manifest.main);
  });
});

describe('bundles', () => {
  // .vscodeignore leaves node_modules out of the .vsix, so the bundles may only require Node's own modules
  // (and `vscode`, which the extension host provides to the client).
  const allowed = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  for (const [bundle, extra] of [
    ['dist/client.js', ['vscode']],
    ['dist/server.js', []],
    ['dist/analysisWorker.js', []],
  ] as const) {
    it(`${bundle} requires nothing from node_modules`, (t) => {
      if (!exists(bundle)) {
        t.skip(`${bundle} is not built (node esbuild.mjs)`);
        return;
      }
      const required = [...fs.readFileSync(path.join(ROOT, bundle), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
      // The actor tagger's data ships once beside the bundles (dist/actor-data/, kept by .vscodeignore).
      const shippedBeside = (name: string) => name.startsWith('./actor-data/') && exists(path.posix.join('dist', name));
      const external = [...new Set(required)].filter((name) => !allowed.has(name) && !(extra as readonly string[]).includes(name) && !shippedBeside(name));
      assert.deepEqual(external, []);
    });
  }

  it('the actor data is in dist/actor-data/ once, not inside the bundles that run the analyzer', (t) => {
    if (!exists('dist/server.js') || !exists('dist/analysisWorker.js')) {
      t.skip('the bundles are not built (node esbuild.mjs)');
      return;
    }
    for (const file of ['model-pass1.json', 'model-pass2.json', 'word-clusters.json', 'gazetteer.json']) {
      assert.ok(exists(`dist/actor-data/${file}`), file);
      for (const bundle of ['dist/server.js', 'dist/analysisWorker.js'])
        assert.ok(fs.readFileSync(path.join(ROOT, bundle), 'utf8').includes(`require("./actor-data/${file}")`), `${bundle} requires ${file}`);
    }
    // The weights are over a megabyte each: a bundle that held them would be larger than all of the data.
    assert.ok(fs.statSync(path.join(ROOT, 'dist/server.js')).size < fs.statSync(path.join(ROOT, 'dist/actor-data/model-pass1.json')).size * 2);
  });
});

describe('the npm package (.npmignore)', () => {
  it('carries the command line with its worker and actor data, the notices and the schemas, and no sources or tests', (t) => {
    if (!exists('dist/cli.js')) {
      t.skip('the bundles are not built (node esbuild.mjs)');
      return;
    }
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    if (packed.error) {
      t.skip(`npm could not be run: ${packed.error.message}`);
      return;
    }
    assert.equal(packed.status, 0, packed.stderr);
    const files: string[] = JSON.parse(packed.stdout)[0].files.map((file: { path: string }) => file.path);
    for (const needed of [
      'dist/cli.js',
      'dist/cliWorker.js',
      'dist/actor-data/model-pass1.json',
      'dist/actor-data/word-clusters.json',
      'THIRD-PARTY-NOTICES.md',
      'LICENSE',
      'schema/annotations.schema.json',
      'scale/dask_annotate.py',
    ]) {
      assert.ok(files.includes(needed), `${needed} in ${files.join(', ')}`);
    }
    const stray = files.filter((file) => /^(?:client|server|cli|test|bench|eval|scripts|seeds|out|node_modules)\//.test(file) || file.endsWith('.map'));
    assert.deepEqual(stray, []);
  });
});
