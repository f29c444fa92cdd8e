// The reporter `npm test` prints with: one line per test file, every failure in full, node's own summary lines
// (`# tests`, `# pass`, `# fail`, … as the TAP reporter writes them, for CI), then every skipped test with its
// reason, so a suite skipped for want of code-server is not lost in thousands of lines. The full TAP goes to
// out/test-results.tap (package.json runs both reporters).
import { relative } from 'node:path';

const where = (data) => (data.file ? relative(process.cwd(), data.file) : '');
const firstLines = (text, count) => String(text).split('\n').slice(0, count).join('\n');

function errorText(error) {
  const cause = error?.cause ?? error;
  if (!cause) return 'failed';
  const message = cause.message ?? String(cause);
  const diff = cause.expected !== undefined || cause.actual !== undefined ? `\n  expected: ${JSON.stringify(cause.expected)}\n  actual:   ${JSON.stringify(cause.actual)}` : '';
  const at = typeof cause.stack === 'string' ? cause.stack.split('\n').find((line) => /^\s+at .*\/out\//.test(line)) : undefined;
  return `${firstLines(message, 12)}${diff}${at ? `\n ${at.trim()}` : ''}`;
}

export default async function* summaryReporter(source) {
  const skipped = [];
  const failures = [];
  const summary = [];
  let files = 0;
  for await (const event of source) {
    const data = event.data ?? {};
    switch (event.type) {
      case 'test:pass':
        if (data.skip !== undefined) skipped.push({ name: data.name, file: where(data), reason: typeof data.skip === 'string' ? data.skip : 'no reason given' });
        if (data.nesting === 0) yield `ok ${++files} - ${data.name}${data.skip !== undefined ? ' # SKIP' : ''}\n`;
        break;
      case 'test:fail': {
        // Only the test that failed itself, not every suite above it.
        const ownFailure = data.details?.error?.failureType !== 'subtestsFailed';
        if (ownFailure) failures.push({ name: data.name, file: where(data), text: errorText(data.details?.error) });
        if (data.nesting === 0) yield `not ok ${++files} - ${data.name}\n`;
        break;
      }
      case 'test:diagnostic':
        // node's run summary ("tests 412", "pass 410", …) arrives as top-level diagnostics.
        if (data.nesting === 0) summary.push(`# ${data.message}`);
        break;
      case 'test:stderr':
        if (process.env.NEWS_TEST_VERBOSE) yield data.message;
        break;
      default:
        break;
    }
  }
  if (failures.length) {
    yield `\nFailures (${failures.length}):\n`;
    for (const failure of failures) yield `\n✗ ${failure.name}${failure.file ? ` (${failure.file})` : ''}\n  ${failure.text.replace(/\n/g, '\n  ')}\n`;
  }
  yield `\n${summary.join('\n')}\n`;
  if (skipped.length) {
    yield `\nSkipped (${skipped.length}):\n`;
    for (const skip of skipped) yield `  - ${skip.name}${skip.file ? ` (${skip.file})` : ''}: ${skip.reason}\n`;
  } else yield '\nSkipped: none\n';
  yield `Full TAP: out/test-results.tap\n`;
}
