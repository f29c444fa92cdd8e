// Words interned as numbers across every indexed article, so a quote is kept as a few bytes per word and compared
// number by number.
export class WordIds {
  private readonly ids = new Map<string, number>();

  /** The ids of `words`, giving new words the next id. */
  idsOf(words: readonly string[]): Int32Array {
    const ids = new Int32Array(words.length);
    for (let index = 0; index < words.length; index++) {
      let id = this.ids.get(words[index]);
      if (id === undefined) this.ids.set(words[index], (id = this.ids.size));
      ids[index] = id;
    }
    return ids;
  }

  /** The ids of `words` without interning: a word never seen gets a negative id of its own (it matches nothing). */
  lookUp(words: readonly string[]): Int32Array {
    const ids = new Int32Array(words.length);
    const unseen = new Map<string, number>();
    for (let index = 0; index < words.length; index++) {
      let id = this.ids.get(words[index]);
      if (id === undefined) {
        id = unseen.get(words[index]);
        if (id === undefined) unseen.set(words[index], (id = -1 - unseen.size));
      }
      ids[index] = id;
    }
    return ids;
  }
}
