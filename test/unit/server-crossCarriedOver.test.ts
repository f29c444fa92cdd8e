// Cross-article diagnostics carried over from the analysis an edited one was rebuilt from: after any edit they equal
// those made from scratch for the edited text, and an edit that changed no name or quote makes none anew.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { annotationsDelta, deriveAnnotations } from '../../server/src/annotationsDelta';
import { readSettings } from '../../server/src/settings';
import { TextSnapshot } from '../../server/src/textSnapshot';
import { CrossArticleChecks } from '../../server/src/workspace/crossArticleChecks';
import { crossArticleDiagnostics } from '../../server/src/workspace/crossDiagnostics';

// Made up: one researcher spelled two ways in the same article (a name variant within the document).
const PARAGRAPHS = [
  'Tbilisi, May 4 — Daria Saprynskaya, a researcher at the Caucasus Institute, said the talks would resume. "We are close," Saprynskaya said.',
  'Darya Saprynskaya added that the delegation from Yerevan would arrive on Friday, with Arman Petrosyan leading it.',
  'Officials in Baku declined to comment. "Nothing is agreed," a spokesman said on Thursday.',
  'Weeks later, Darya Saprynskaya travelled to Baku.',
];

function checks() {
  const settings = readSettings({});
  return {
    settings,
    cross: new CrossArticleChecks({
      peek: () => undefined,
      isOpen: () => true,
      busy: () => false,
      settingsFor: async () => settings,
      ownDiagnostics: () => [],
      send() {},
      changed() {},
      logError() {},
    }),
  };
}

test('carried-over cross-article diagnostics equal those made anew, whatever the edit', () => {
  for (const lineBreak of ['\n', '\r\n']) {
    const { settings, cross } = checks();
    let text = [...PARAGRAPHS, ...PARAGRAPHS].join(lineBreak + lineBreak);
    let snapshot = TextSnapshot.of('file:///a.txt', 'plaintext', 1, text);
    let annotations = analyze(text);
    const first = cross.publishOpen(snapshot, { uri: 'file:///a.txt', version: 1, annotations }, settings);
    assert.ok(first.length > 0, 'the article has cross-article diagnostics');
    const variant = text.indexOf('Darya');
    const edits: [number, number, string][] = [
      [text.indexOf('delegation'), 0, 'x'], // on a line with a variant before it
      [text.indexOf('talks'), 0, 'new '], // on a line with a variant after it
      [text.indexOf('Officials'), 0, 'Meanwhile, '],
      [text.lastIndexOf('Weeks') + 2, 0, 'x'], // before a variant on its line, no quote or first mention there
      [text.indexOf('Officials'), 0, `A new line.${lineBreak}`], // lines added before later variants
      [variant + 2, 1, 'r'], // inside a name: the actors change
      [text.indexOf('Nothing'), 0, 'Almost '], // inside a quote: the quotes change
      [text.lastIndexOf('close'), 0, 'very '], // inside a quote, a variant after it on its line: names carried, moved
      [0, 0, 'Updated. '],
      [text.lastIndexOf('Thursday'), 8, 'Monday'],
    ];
    for (let version = 2; version < 2 + 3 * edits.length; version++) {
      const [at, removed, inserted] = edits[(version * 7) % edits.length];
      const place = Math.min(at, text.length);
      const next = text.slice(0, place) + inserted + text.slice(place + removed);
      const rebuilt = deriveAnnotations(annotations, annotationsDelta(text, annotations, next, analyze(next)));
      const nextSnapshot = TextSnapshot.of('file:///a.txt', 'plaintext', version, next, snapshot);
      const published = cross.publishOpen(nextSnapshot, { uri: 'file:///a.txt', version, annotations: rebuilt }, settings);
      assert.deepStrictEqual(published, crossArticleDiagnostics(nextSnapshot, rebuilt, cross.index, settings.severity), `edit ${version}: ${JSON.stringify(inserted)} at ${place}`);
      [text, snapshot, annotations] = [next, nextSnapshot, rebuilt];
    }
  }
});

test('an edit that changed no name or quote carries the diagnostics over: those before the edit are the same objects', () => {
  const { settings, cross } = checks();
  const text = [...PARAGRAPHS, ...PARAGRAPHS].join('\n\n');
  const snapshot = TextSnapshot.of('file:///a.txt', 'plaintext', 1, text);
  const annotations = analyze(text);
  const first = cross.publishOpen(snapshot, { uri: 'file:///a.txt', version: 1, annotations }, settings);
  // Before a variant on its line, with no direct quote or first mention of a person after it there: the index is
  // left as it was, the variant's diagnostic moves by one character, the others stay.
  const at = text.lastIndexOf('Weeks') + 2;
  const next = `${text.slice(0, at)}x${text.slice(at)}`;
  const rebuilt = deriveAnnotations(annotations, annotationsDelta(text, annotations, next, analyze(next)));
  const second = cross.publishOpen(TextSnapshot.of('file:///a.txt', 'plaintext', 2, next, snapshot), { uri: 'file:///a.txt', version: 2, annotations: rebuilt }, settings);
  assert.equal(second.length, first.length);
  const before = first.filter((diagnostic) => snapshot.offsetAt(diagnostic.range.end) < at);
  assert.ok(before.length > 0 && before.length < first.length);
  for (const diagnostic of before) assert.ok(second.includes(diagnostic), 'reused as it was');
  const moved = second.filter((diagnostic) => !first.includes(diagnostic));
  assert.ok(moved.length > 0);
  for (const diagnostic of moved) {
    const was = first[second.indexOf(diagnostic)];
    assert.deepEqual(diagnostic.range.start, { ...was.range.start, character: was.range.start.character + 1 });
    assert.equal(diagnostic.message, was.message);
  }
});
