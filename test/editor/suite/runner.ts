// A tiny sequential test runner for the extension host (no mocha: the suite must load the same way under
// @vscode/test-electron and under code-server's smoke-test driver). No top-level `vscode` import, because
// `node --test out/test/` loads every file below out/test/.

export interface EditorTest {
  name: string;
  run: () => Promise<void> | void;
}

/** Rejects when `promise` has not settled after `ms`, so a missing event fails the test instead of hanging. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the tests in order; logs one line per test and a closing "N passed, N failed" line; rejects on failure. */
export async function runEditorTests(tests: readonly EditorTest[], log: (line: string) => void = console.log): Promise<void> {
  let passed = 0;
  const failures: string[] = [];
  for (const test of tests) {
    const started = Date.now();
    try {
      await test.run();
      passed++;
      log(`ok - ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures.push(test.name);
      log(`not ok - ${test.name}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  log(`editor: ${passed} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(`${failures.length} editor test(s) failed: ${failures.join('; ')}`);
}
