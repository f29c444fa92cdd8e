// Bundles the entry points into dist/: the extension client (vscode is provided by the host),
// the language server with its analysis worker, and the command line. One analyzer is compiled into both the server and the CLI.
import * as esbuild from 'esbuild';
import { latin1Bundle } from './scripts/latin1-bundle.mjs';

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
  // The server's two bundles are held in memory while it runs: one byte per character (scripts/latin1-bundle.mjs).
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [latin1Bundle] },
  // The analysis worker thread; the server finds it beside its own bundle.
  { ...common, entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [latin1Bundle] },
  { ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The CLI's --jobs threads (analysis, corrections and output text of a record); the CLI finds it beside its bundle.
  { ...common, entryPoints: ['cli/recordWorker.ts'], outfile: 'dist/cliWorker.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
