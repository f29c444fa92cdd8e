// Bundles the entry points into dist/: the extension client (vscode is provided by the host),
// the language server with its analysis worker, and the command line. One analyzer is compiled into both the server and the CLI.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ES modules first: jsonc-parser's UMD build (its "main") loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  // The analysis worker thread; the server finds it beside its own bundle.
  { ...common, entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
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

if (watch) {
  const reporter = watchReporter(builds.length);
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, logLevel: 'silent', plugins: [reporter()] })));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
