// The linter as part of `npm test`: ESLint with eslint.config.mjs (typescript-eslint's recommended rules) over
// the sources, tests and tools, through ESLint's Node API. Fails listing every problem as file:line:column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../../..');

test('ESLint finds no problem in client/, server/, cli/, test/, bench/, eval/ and scripts/', { timeout: 5 * 60_000 }, async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const results = await eslint.lintFiles(['client', 'server', 'cli', 'test', 'bench', 'eval', 'scripts', '*.mjs']);
  const problems = results.flatMap((result) =>
    result.messages.map((message) => `${path.relative(ROOT, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? (message.fatal ? 'parse error' : 'eslint')}: ${message.message}`),
  );
  // Every folder was read: a glob that matched nothing would make this test pass on nothing.
  for (const folder of ['client', 'server', 'cli', 'test', 'bench', 'eval', 'scripts']) {
    assert.ok(results.some((result) => path.relative(ROOT, result.filePath).startsWith(folder + path.sep)), `no file of ${folder}/ was linted`);
  }
  assert.deepEqual(problems, [], `${problems.length} ESLint problem(s):\n${problems.join('\n')}`);
});
