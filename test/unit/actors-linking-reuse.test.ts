// The name linking taken over from the previous analysis (actors/linkingReuse.ts): only when the edit changed
// nothing the linking reads (the mentions and their readings, the tokens the pronoun votes read, the brackets between
// two names) and every choice between parents made by nearness comes out the same at the new places. Each analysis
// after an edit must equal a fresh one, with every linking taken over compared with a fresh linking.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { linkingsTakenOver } from '../../server/src/analysis/actors/linkingReuse';
import { checkReuse, fresh } from './incrementalFixture';

// A made-up article. A company the pronouns type (its / his five words after the name); an association linked to its
// acronym by the brackets alone (its initials are not the acronym's letters); a role read after a person named
// where no pronoun vote reads; a surname between two people of that surname, the one after it nearer by one character.
const COMPANY = 'Trade talks opened in Harlow on Monday. Brenmark said on Monday that its profits rose. Brenmark later cut the forecast.';
const ASSOCIATION = 'Members of the Baltic Freight Forwarders Union (BFU) met on Monday in Riga. The BFU said fees would rise.';
const ROLE = 'Fees were cut. The vote was welcomed by Tomas Veldhuis, the harbour director of Harlow. Veldhuis said the port would grow.';
const FIRST = 'Anna Lindqvist spoke first at the meeting in Harlow.';
const MIDDLE = ' After a pause the chair of the session let Lindqvist speak again.';
const LAST = 'Erik Lindqvist spoke last.';

/** FIRST, MIDDLE and LAST with white space before LAST so that "Erik Lindqvist" starts one character nearer "Lindqvist". */
function surnames(): string {
  const surname = FIRST.length + MIDDLE.indexOf('Lindqvist');
  const gap = 2 * surname - 1 - (FIRST.length + MIDDLE.length);
  const filler = ' The board then went on talking about the dredging plan for a long time.';
  const spaces = gap - filler.length;
  assert.ok(spaces >= 1 && spaces <= 20, `${spaces} spaces`);
  const text = FIRST + MIDDLE + filler + ' '.repeat(spaces) + LAST;
  assert.equal(text.indexOf('Erik') - surname, surname - 1);
  return text;
}

const ARTICLE = [COMPANY, ASSOCIATION, ROLE, surnames(), 'The talks will go on next week.'].join('\n\n');

/** The type of the actor named `name`. */
function typeOf(text: string, name: string): string | undefined {
  return analyze(text).actors.find((actor) => actor.name === name)?.type;
}

/** The name of the actor with a mention written `written`. */
function actorOf(text: string, written: string): string | undefined {
  return analyze(text).actors.find((actor) => actor.mentions.some((mention) => mention.text === written))?.name;
}

/** The role of the actor named `name`. */
function roleOf(text: string, name: string): string | undefined {
  return analyze(text).actors.find((actor) => actor.name === name)?.role;
}

describe('name linking kept across edits', () => {
  checkReuse();

  it('takes the linking over for an edit far from any name, and gives what a fresh analysis gives', () => {
    analyze(ARTICLE);
    const edited = ARTICLE.replace('next week', 'next weeks');
    const before = linkingsTakenOver();
    assert.deepEqual(analyze(edited), fresh(edited));
    assert.equal(linkingsTakenOver(), before + 1);
  });

  it('links the surname anew when an edit changes which full name is nearer', () => {
    analyze(ARTICLE);
    assert.equal(actorOf(ARTICLE, 'Lindqvist'), 'Erik Lindqvist');
    // Two letters more between the surname and "Erik Lindqvist": "Anna Lindqvist" is now the nearer.
    const edited = ARTICLE.replace('went on talking', 'went on on talking');
    assert.deepEqual(analyze(edited), fresh(edited));
    assert.equal(actorOf(edited, 'Lindqvist'), 'Anna Lindqvist');
  });

  it('reads the pronoun votes, the brackets and the roles of the edited version', () => {
    let text = ARTICLE;
    analyze(text);
    const edits: [string, (text: string) => string, (text: string, taken: number) => void][] = [
      // (a word more before the company, taken over: the pronoun votes' tokens after it move by one)
      ['a word added before the company', (t) => t.replace('opened in Harlow', 'opened late in Harlow'), (_, taken) => assert.equal(linkingsTakenOver(), taken + 1)],
      ['its → his', (t) => t.replace('that its profits', 'that his profits'), (t) => assert.equal(typeOf(t, 'Brenmark'), 'person')],
      ['his → its', (t) => t.replace('that his profits', 'that its profits'), (t) => assert.equal(typeOf(t, 'Brenmark'), 'organization')],
      ['the closing bracket changed', (t) => t.replace('(BFU) met', '(BFU] met'), (t) => assert.equal(actorOf(t, 'BFU'), 'BFU')],
      ['the closing bracket put back', (t) => t.replace('(BFU] met', '(BFU) met'), (t) => assert.equal(actorOf(t, 'BFU'), 'Baltic Freight Forwarders Union')],
      ['the role changed', (t) => t.replace('the harbour director', 'the harbour chief'), (t) => assert.equal(roleOf(t, 'Tomas Veldhuis'), 'harbour chief')],
      ['a letter typed in running text', (t) => t.replace('the dredging plan', 'the dredgings plan'), () => {}],
    ];
    for (const [what, edit, check] of edits) {
      const edited = edit(text);
      assert.notEqual(edited, text, what);
      const taken = linkingsTakenOver();
      assert.deepEqual(analyze(edited), fresh(edited), what);
      check(edited, taken);
      text = edited;
    }
  });
});
