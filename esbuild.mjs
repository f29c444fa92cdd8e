// Bundles the entry points into dist/: the extension client (vscode is provided by the host),
// the language server with its analysis worker, and the command line. One analyzer is compiled into both the server and the CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { latin1Bundle } from './scripts/latin1-bundle.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // For a node target esbuild writes each regular expression literal with a Unicode property escape (/^\p{Lu}/u) as
  // a `new RegExp("^\\p{Lu}", "u")` call, so that an engine without the escape fails when the line runs rather than
  // when the bundle loads. Node 20 has them all, and a literal in a loop (a title run in actors/roles.ts, a word's
  // case in the quote layer: 68 such calls in the analyzer) built a RegExp through the constructor at every pass.
  // Kept as literals: full analysis 3–6% faster, an edit of a 400 KB page of many stories about 6% (docs/speed-work.md).
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ES modules first: jsonc-parser's UMD build (its "main") loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
};

// The actor tagger's data (weights, word clusters, gazetteer: about 3.5 MB of JSON) ships once, in dist/actor-data/,
// rather than inside each bundle that runs the analyzer (server, analysis worker, CLI and its worker): the bundles
// require it from beside themselves at run time.
const ACTOR_DATA_SOURCE = path.resolve('server/src/analysis/actors');
const ACTOR_DATA = ['model-pass1.json', 'model-pass2.json', 'word-clusters.json', 'gazetteer.json'];
const actorData = {
  name: 'actor-data',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => {
      const file = path.basename(args.path);
      if (path.resolve(args.resolveDir, args.path) !== path.join(ACTOR_DATA_SOURCE, file) || !ACTOR_DATA.includes(file)) return undefined;
      return { path: `./actor-data/${file}`, external: true };
    });
  },
};

function copyActorData() {
  fs.mkdirSync('dist/actor-data', { recursive: true });
  for (const file of ACTOR_DATA) fs.copyFileSync(path.join(ACTOR_DATA_SOURCE, file), path.join('dist/actor-data', file));
}

common.plugins = [actorData];

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server's two bundles are held in memory while it runs: one byte per character (scripts/latin1-bundle.mjs).
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [actorData, latin1Bundle] },
  // The analysis worker thread; the server finds it beside its own bundle.
  { ...common, entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [actorData, latin1Bundle] },
  { ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The CLI's --jobs threads (analysis, corrections and output text of a record); the CLI finds it beside its bundle.
  { ...common, entryPoints: ['cli/recordWorker.ts'], outfile: 'dist/cliWorker.js' },
];

/**
 * In watch mode, one line when a rebuild starts and one when every bundle is written again, with the errors
 * between them in esbuild's format, each followed by its file:line:column (esbuild's own log is silenced): the watch task's problem matcher (.vscode/tasks.json) reads them, and
 * "Run Extension" starts once the first build of every bundle has finished.
 */
function watchReporter(bundles) {
  let running = 0;
  let neverBuilt = bundles;
  return () => {
    let built = false;
    return {
      name: 'watch-report',
      setup(build) {
        build.onStart(() => {
          if (running++ === 0) console.log('[watch] build started');
        });
        build.onEnd((result) => {
          const report = (label, messages) => {
            for (const { text, location } of messages) {
              console.error(`${label} ${text}`);
              if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
            }
          };
          report('✘ [ERROR]', result.errors);
          report('▲ [WARNING]', result.warnings);
          if (!built) {
            built = true;
            neverBuilt--;
          }
          if (--running === 0 && neverBuilt === 0) console.log('[watch] build finished');
        });
      },
    };
  };
}

copyActorData();

if (watch) {
  const reporter = watchReporter(builds.length);
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, logLevel: 'silent', plugins: [...(options.plugins ?? []), reporter()] })));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
