// `node out/bench/lsp-rows.js [server bundle] [--node=<option> …] [--development=EVAL_DIR]`: the language server's
// latency rows alone (protocol-latency.ts on the 400 KB seed article, or on 400 KB of the development sets' texts
// joined: corpora.ts developmentArticle), printed as JSON with the load average before and after; for
// measuring one change to the server without the whole benchmark. The bundle defaults to dist/server.js (build
// first: `npm run pretest`); `--node=--cpu-prof --node=--cpu-prof-dir=/tmp/p` profiles the server's threads.
import * as path from 'node:path';
import { developmentArticle, seedCorpus } from './corpora';
import { describeLoad } from './machine';
import { measureProtocolLatencies, SERVER_BUNDLE } from './protocol-latency';

const ROOT = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const bundle = argv.find((argument) => !argument.startsWith('--'));
  const serverPath = bundle ? path.resolve(bundle) : SERVER_BUNDLE(ROOT);
  const nodeOptions = argv.filter((argument) => argument.startsWith('--node=')).map((argument) => argument.slice('--node='.length));
  const evalDir = argv.find((argument) => argument.startsWith('--development='))?.slice('--development='.length);
  const article = evalDir === undefined ? seedCorpus(ROOT).documents[0] : developmentArticle(evalDir);
  if (article === undefined) throw new Error(`no development sets at ${evalDir}`);
  const loadBefore = describeLoad();
  const latency = await measureProtocolLatencies(serverPath, article, nodeOptions);
  console.log(JSON.stringify({ serverPath, loadBefore, loadAfter: describeLoad(), ...latency }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
