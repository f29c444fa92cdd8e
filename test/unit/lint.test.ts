// The linter and the formatter as part of `npm test`: ESLint with eslint.config.mjs (typescript-eslint's recommended
// rules) over the sources, tests and tools, through ESLint's Node API, failing with every problem as
// file:line:column; and Prettier's check of the same files, failing with those `npm run format` would change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';

const ROOT = path.resolve(__dirname, '../../..');

test('ESLint finds no problem in client/, server/, cli/, test/, bench/, eval/ and scripts/', { timeout: 5 * 60_000 }, async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const results = await eslint.lintFiles(['client', 'server', 'cli', 'test', 'bench', 'eval', 'scripts', '*.mjs']);
  const problems = results.flatMap((result) =>
    result.messages.map(
      (message) => `${path.relative(ROOT, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? (message.fatal ? 'parse error' : 'eslint')}: ${message.message}`,
    ),
  );
  // Every folder was read: a glob that matched nothing would make this test pass on nothing.
  for (const folder of ['client', 'server', 'cli', 'test', 'bench', 'eval', 'scripts']) {
    assert.ok(
      results.some((result) => path.relative(ROOT, result.filePath).startsWith(folder + path.sep)),
      `no file of ${folder}/ was linted`,
    );
  }
  assert.deepEqual(problems, [], `${problems.length} ESLint problem(s):\n${problems.join('\n')}`);
});

/** The files `npm run format` writes: TypeScript and build scripts under the source folders, the root's .mjs, the README. */
function formattedFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (relative !== path.join('test', 'fixtures')) walk(relative);
      } else if (/\.(?:ts|mjs)$/.test(entry.name)) files.push(relative);
    }
  };
  for (const folder of ['client', 'server', 'cli', 'test', 'bench', 'eval', 'scripts']) walk(folder);
  for (const entry of fs.readdirSync(ROOT)) if (entry.endsWith('.mjs')) files.push(entry);
  files.push('README.md');
  return files;
}

test('Prettier (.prettierrc.json) finds every source file formatted', { timeout: 5 * 60_000 }, async () => {
  const files = formattedFiles();
  assert.ok(files.length > 100, `only ${files.length} files found to check`);
  const unformatted: string[] = [];
  for (const file of files) {
    const filepath = path.join(ROOT, file);
    const options = await prettier.resolveConfig(filepath);
    if (!(await prettier.check(fs.readFileSync(filepath, 'utf8'), { ...options, filepath }))) unformatted.push(file);
  }
  assert.deepEqual(unformatted, [], `${unformatted.length} file(s) not formatted; run npm run format:\n${unformatted.join('\n')}`);
});
