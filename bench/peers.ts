// The peer libraries the analyzer's speed is compared with, each doing the nearest thing to our full analysis:
// wink-nlp's entity pass (its default pipeline, `readDoc(text).entities()`) and compromise's people, organizations,
// places and quotations. Loaded with require and typed here only as far as the benchmark uses them.

interface WinkCollection {
  out(): unknown[];
}
interface WinkDocument {
  entities(): WinkCollection;
}
interface WinkNlp {
  readDoc(text: string): WinkDocument;
}

interface CompromiseView {
  out(format: 'array'): string[];
}
interface CompromiseDocument {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
  quotations(): CompromiseView;
}

export interface Peer {
  name: string;
  /** Time to load the library and its model, ms. */
  loadMs: number;
  /** Analyzes one document; returns how many things it found (so the work cannot be optimized away). */
  run(text: string): number;
}

export function loadWink(): Peer {
  const started = performance.now();
  const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  return {
    name: 'wink-nlp entities (default pipeline)',
    loadMs: performance.now() - started,
    run: (text) => nlp.readDoc(text).entities().out().length,
  };
}

export function loadCompromise(): Peer {
  const started = performance.now();
  const nlp = require('compromise') as (text: string) => CompromiseDocument;
  return {
    name: 'compromise people/organizations/places/quotations',
    loadMs: performance.now() - started,
    run: (text) => {
      const document = nlp(text);
      return (
        document.people().out('array').length + document.organizations().out('array').length + document.places().out('array').length + document.quotations().out('array').length
      );
    },
  };
}
