// What the server shows for known annotations: diagnostics, hovers and the outline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from '../../server/src/diagnostics';
import { hoverAt } from '../../server/src/hover';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/settings';
import { byTime, documentSymbols } from '../../server/src/symbols';
import { HANDMADE_TEXT, handmadeAnnotations, spanOf } from '../protocol/handmadeAnnotations';

const document = TextDocument.create('file:///a.txt', 'news-article', 1, HANDMADE_TEXT);

describe('diagnostics', () => {
  test('by default no diagnostic per mention, date or quote (they would stand above every hover); problems stay', () => {
    const annotations = handmadeAnnotations();
    annotations.problems.push({ code: 'unclosed-quote', ...spanOf('“We are'), message: 'Never closed.' });
    annotations.problems.push({ code: 'inferred-year', ...spanOf('Nov 28'), message: 'The year is not written.', annotationId: 'd1' });
    const diagnostics = toDiagnostics(document, annotations, DEFAULT_SETTINGS);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
      [
        ['unclosed-quote', DiagnosticSeverity.Warning],
        ['inferred-year', DiagnosticSeverity.Information],
      ],
    );
  });

  test('an inferred year is at most Information, whatever the problem severity', () => {
    const annotations = handmadeAnnotations();
    annotations.problems.push({ code: 'inferred-year', ...spanOf('Nov 28'), message: 'The year is not written.', annotationId: 'd1' });
    const severityOf = (problem: string) => toDiagnostics(document, annotations, readSettings({ severity: { problem } }))[0]?.severity;
    assert.equal(severityOf('error'), DiagnosticSeverity.Information);
    assert.equal(severityOf('hint'), DiagnosticSeverity.Hint);
    assert.equal(severityOf('off'), undefined);
  });

  test('when turned on: one per mention, date and quote, in the words of the brief', () => {
    const tagged = readSettings({ severity: { person: 'hint', organization: 'hint', place: 'hint', date: 'hint', quote: 'hint' } });
    const diagnostics = toDiagnostics(document, handmadeAnnotations(), tagged);
    assert.equal(diagnostics.length, 4 + 3 + 2);
    const messages = diagnostics.map((diagnostic) => `${diagnostic.code}|${diagnostic.message}`);
    assert.ok(messages.includes('person|Person: Vladimir Putin (President, Russia)'));
    assert.ok(messages.includes('date|Date: 2025-11-27'));
    assert.ok(messages.includes('quote|Quote — Vladimir Putin'));
    assert.ok(messages.includes('quote|Quoted title (not speech)'));
    assert.ok(diagnostics.every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Hint && diagnostic.source === 'News Annotator'));
  });

  test('problems take the problem severity; off omits a kind', () => {
    const annotations = handmadeAnnotations();
    annotations.problems.push({ code: 'quote-without-speaker', ...spanOf('“Union Shield”'), message: 'No speaker.', annotationId: 'q2' });
    const settings = readSettings({ severity: { date: 'off', problem: 'error' } });
    const diagnostics = toDiagnostics(document, annotations, settings);
    assert.equal(
      diagnostics.some((diagnostic) => diagnostic.code === 'date'),
      false,
    );
    const problem = diagnostics.find((diagnostic) => diagnostic.code === 'quote-without-speaker')!;
    assert.equal(problem.severity, DiagnosticSeverity.Error);
    assert.deepEqual(problem.data, { id: 'q2', kind: 'problem' });
  });
});

describe('hover', () => {
  const annotations = handmadeAnnotations();
  const hover = (needle: string, occurrence = 0, delta = 1) => {
    const result = hoverAt(document, annotations, spanOf(needle, occurrence).start + delta);
    return result && { value: (result.contents as { value: string }).value, range: result.range };
  };

  test('an actor: name, type, role, aliases, mentions and attributed quotes', () => {
    const { value } = hover('Putin', 1)!;
    assert.match(value, /^🟦 \*\*Vladimir Putin\*\* · Person/, 'the colour legend square, then the name');
    assert.match(value, /President, Russia/);
    assert.match(value, /Also: Putin/);
    assert.match(value, /2 mentions · 1 quote attributed/);
  });

  test('the cursor just after a mention still finds it', () => {
    const end = spanOf('Moscow').end;
    assert.match((hoverAt(document, annotations, end)!.contents as { value: string }).value, /Moscow/);
  });

  test('a date: text, value, granularity, anchoring and note', () => {
    const { value } = hover('Nov 28')!;
    assert.match(value, /“Nov 28” → `2025-11-28`/);
    assert.match(value, /28 November 2025 — day, year inferred/);
    assert.match(value, /inferred from the dateline/);
    assert.match(hover('November 27')!.value, /\(article date 2025-11-28, from the dateline\)/);
    assert.match(hover('2026')!.value, /— year, written in full/);
  });

  test('a quote: kind, speaker with type, cue; a title says it is not speech', () => {
    const { value, range } = hover('We are')!;
    assert.match(value, /Direct quote/);
    assert.match(value, /Speaker: Vladimir Putin \(Person\)/);
    assert.match(value, /Cue: “said”/);
    assert.equal(range!.start.character, spanOf('“We are ready.”').start);
    assert.match(hover('Union')!.value, /Quoted title \(not speech\)/);
    assert.doesNotMatch(hover('Union')!.value, /Speaker/);
  });

  test('a quote whose speaker the text names by other words (a pronoun, a description) shows those words', () => {
    const resolved = handmadeAnnotations();
    const quote = resolved.quotes.find((candidate) => candidate.text.includes('We are'))!;
    const { start, end } = spanOf('Moscow');
    quote.speaker = { name: 'Mikhail Ivanov', start, end };
    const value = (hoverAt(document, resolved, spanOf('We are').start + 1)!.contents as { value: string }).value;
    assert.match(value, /Speaker: Mikhail Ivanov — the text says “Moscow”/);
    assert.doesNotMatch(value, /as the text puts it/);
  });

  test('article text is escaped for Markdown', () => {
    const tricky = handmadeAnnotations();
    tricky.actors[0].name = '*Moscow* [x](y)';
    const value = (hoverAt(document, tricky, 1)!.contents as { value: string }).value;
    assert.ok(value.startsWith('🟩 **\\*Moscow\\* \\[x\\]\\(y\\)**'), value);
  });

  test('nothing under the cursor: no hover', () => {
    assert.equal(hoverAt(document, annotations, spanOf('added').start), null);
  });
});

describe('document symbols', () => {
  const names = (symbols: DocumentSymbol[] | undefined) => (symbols ?? []).map((symbol) => symbol.name);

  test('groups, actors with mentions, dates in time order, quotes by speaker and titles apart', () => {
    const symbols = documentSymbols(document, handmadeAnnotations());
    assert.deepEqual(names(symbols), ['People', 'Organizations', 'Places', 'Dates', 'Quotes']);
    const putin = symbols[0].children![0];
    assert.equal(putin.name, 'Vladimir Putin');
    assert.equal(putin.detail, '2 mentions · President, Russia', 'one row per actor, with its count and role');
    assert.deepEqual(names(putin.children), ['line 1', 'line 3'], 'its mentions, by line');
    assert.equal(putin.children![1].detail, 'Putin added that the…', 'with a few whole words of context');
    assert.deepEqual(names(symbols[3].children), ['November 27', 'Nov 28', '2026']);
    assert.equal(symbols[3].children![0].detail, 'Thursday 27 November 2025 · line 1');
    assert.deepEqual(names(symbols[4].children), ['Vladimir Putin', 'Quoted titles']);
    for (const symbol of symbols) {
      // VS Code rejects a selection range outside the range.
      assert.ok(symbol.range.start.line <= symbol.selectionRange.start.line);
    }
  });

  test('no annotations: no symbols', () => {
    assert.deepEqual(documentSymbols(document, { ...handmadeAnnotations(), actors: [], dates: [], quotes: [] }), []);
  });

  test('time order puts calendar values first, then durations and references in text order', () => {
    const date = (value: string, start: number) => ({
      id: value,
      value,
      start,
      end: start + 1,
      text: value,
      kind: 'date' as const,
      granularity: 'day' as const,
      anchoring: 'absolute' as const,
    });
    const sorted = [date('P3Y', 0), date('2025-11', 1), date('PRESENT_REF', 2), date('2024', 3), date('2025-11-27', 4)].sort(byTime);
    assert.deepEqual(
      sorted.map((each) => each.value),
      ['2024', '2025-11', '2025-11-27', 'P3Y', 'PRESENT_REF'],
    );
  });
});
