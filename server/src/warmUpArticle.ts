// A made-up wire story the analysis worker analyzes, and edits, before any real article arrives
// (analysisWorkerWarmUp.ts StartUpWarmUp). It is written for this project, not taken from any corpus: what matters is
// that it runs every layer's common paths (a dateline, people with titles and later surnames, organizations and
// places, absolute and relative dates, quotations attributed before, after and around them, reported speech,
// pronoun speakers, a quotation left open across paragraphs), so the compiled code is ready for news.

/** The story, about 4 KB; repeated by warmUpText() to the size it needs. */
export const WARM_UP_ARTICLE = `Harbour authority delays vote on the new container terminal

LISBURNE, March 4, 2025 (Northgate Wire) - The Eastern Harbour Authority postponed on Tuesday a vote on the new
container terminal, after residents of the Old Quay district asked for a second study of the dredging plan.

"We will not decide anything until the engineers have answered every question," said Miriam Castellan, the
authority's chair, at a meeting in the town hall. "People here have lived with the noise for ten years."

The terminal, first proposed in 2019, would double the port's capacity by 2030, according to a report the authority
published last month. Its cost has risen to 410 million euros since the first estimate.

Castellan said the vote could come back before the board in the autumn. She added that the authority had asked the
Ministry of Transport for an extension of the public consultation, which was to close on Friday.

Tomas Veldhuis, who leads the Old Quay Residents' Association, welcomed the delay. "It is the first time they have
listened to us," he told reporters outside the building. "But a delay is not a decision."

The Harbour Workers' Union said in a statement that it supported the terminal but wanted guarantees on jobs. Its
secretary, Ana Rebelo, warned that "every month of waiting costs the port ships that go to Rotterdam instead."

On Monday, the environmental group Clearwater filed a complaint with the European Commission, saying the dredging
would harm a protected estuary. A spokesperson for the Commission confirmed on Wednesday that the complaint had
been received and said it would be examined "in the coming weeks."

Mayor Daniel Okafor, speaking to Northgate Wire by telephone from Brussels, said the city council had not taken a
position. "The council will wait for the study," Okafor said. "Then we will ask the people of Lisburne."

Shares of Meridian Logistics, which would operate the terminal, fell 2.3 percent in Amsterdam on Tuesday. The
company declined to comment.

"There is a real risk that the whole project moves to another port," said Paul Ferreira, an analyst at Baltic
Capital in Hamburg. He said investors had expected a vote before the end of March.

The authority's last study, completed on 12 November 2023, found that the dredging would raise the water level in
the estuary by less than two centimetres. Residents say the study ignored the storms of last winter.

"Nobody asked us what happened in January," Veldhuis said. "The water came into the houses twice.

"We have the photographs, and we will show them to anyone who wants to see them."

The board is expected to meet again on April 15. Castellan told the meeting that the new study would be published
at least two weeks before any vote, and that the public would be able to comment on it online.
`;

/** WARM_UP_ARTICLE repeated, each copy under its own edition line (a distinct text), to at least `minLength`. */
export function warmUpText(minLength: number): string {
  const copies: string[] = [];
  let length = 0;
  for (let edition = 1; length < minLength; edition++) {
    const copy = `Edition ${edition}.\n\n${WARM_UP_ARTICLE}`;
    copies.push(copy);
    length += copy.length + 2;
  }
  return copies.join('\n\n');
}
