import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './sentence-splitter.js';
import { tokenize } from './tokenizer.js';

/** The sentences of a text, each as its text from first to last token. */
function sentences(text: string): string[] {
  const tokens = tokenize(text);
  const starts = splitSentences(text, tokens);
  return starts.map((s, k) => {
    const last = (k + 1 < starts.length ? starts[k + 1] : tokens.starts.length) - 1;
    return text.slice(tokens.starts[s], tokens.ends[last]);
  });
}

const CASES: [string, string[]][] = [
  ['Talks began. They ended!  Did they?', ['Talks began.', 'They ended!', 'Did they?']],
  // abbreviations, titles and initials do not end a sentence
  ['Gen. Smith met Dr. Jones in Sept. 2024.', ['Gen. Smith met Dr. Jones in Sept. 2024.']],
  ['J. R. R. Tolkien wrote it. He left.', ['J. R. R. Tolkien wrote it.', 'He left.']],
  ['The U.S. President spoke.', ['The U.S. President spoke.']],
  ['He works for Acme Inc. The company agreed.', ['He works for Acme Inc.', 'The company agreed.']],
  ['It was No. 10 that said so.', ['It was No. 10 that said so.']],
  ['Prices rose approx. 5% in the U.K. last year.', ['Prices rose approx. 5% in the U.K. last year.']],
  // quotes that end sentences
  [
    'He said a truce could come "within the next week." The meeting ended.',
    ['He said a truce could come "within the next week."', 'The meeting ended.'],
  ],
  ['“It is over.” The talks ended.', ['“It is over.”', 'The talks ended.']],
  // a straight quote spaced off both sides after a sentence's end closes it
  [
    'He said it was "a great end to a great year. " Hayes said he agreed.',
    ['He said it was "a great end to a great year. "', 'Hayes said he agreed.'],
  ],
  ['"Go home." he said.', ['"Go home." he said.']],
  ['(This was expected.) Then it ended.', ['(This was expected.)', 'Then it ended.']],
  ['"Why?" asked Ali.', ['"Why?" asked Ali.']],
  // ellipses, lowercase continuations, citations
  ['Well... maybe not.', ['Well... maybe not.']],
  ['It ended in Dulwich. [17] Then he left.', ['It ended in Dulwich. [17]', 'Then he left.']],
  ['The score was 3.5 and 2.0 overall.', ['The score was 3.5 and 2.0 overall.']],
  // a blank line always ends a sentence; headlines end at their line
  ['First part without a stop\n\nsecond paragraph', ['First part without a stop', 'second paragraph']],
  [
    'Ad sales boost Time Warner profit\n\nQuarterly profits jumped.',
    ['Ad sales boost Time Warner profit', 'Quarterly profits jumped.'],
  ],
  [
    'Gaza truce talks\nThe intelligence chief met Hamas leaders on Sunday in Doha to discuss a deal.',
    ['Gaza truce talks', 'The intelligence chief met Hamas leaders on Sunday in Doha to discuss a deal.'],
  ],
  // numbered and bulleted lists
  [
    'Steps:\n1. Open the file.\n2. Read it\n3. Close it',
    ['Steps:', '1. Open the file.', '2. Read it', '3. Close it'],
  ],
  ['Points:\n- first point\n- second point', ['Points:', '- first point', '- second point']],
  // e-mail and web text without punctuation
  [
    'Kay Mann 04/26/2001 07:17 AM Will you send it?',
    ['Kay Mann', '04/26/2001 07:17 AM', 'Will you send it?'],
  ],
  ['Best regards, Debra Perlingiere', ['Best regards,', 'Debra Perlingiere']],
  // a web address before a capital ends its sentence; a rule line stands alone
  [
    'See http://www.example.com/page.html It is a start.',
    ['See http://www.example.com/page.html', 'It is a start.'],
  ],
  ['Call me on 713-555-1212 ______ Get your own.', ['Call me on 713-555-1212', '______', 'Get your own.']],
  // no end inside a postscript label, a file name or a glued run ("today...but"), or before a
  // number that opens a line
  ['Thanks again. P.S. I am moving.', ['Thanks again.', 'P.S. I am moving.']],
  ['Thanks again. PS. Love it.', ['Thanks again.', 'PS. Love it.']],
  ['See the file (draft).doc now.', ['See the file (draft).doc now.']],
  [
    'Built to YOUR Specifications.........And At NO COST',
    ['Built to YOUR Specifications.........And At NO COST'],
  ],
  ['Is it really?Is it so. It is.', ['Is it really?Is it so.', 'It is.']],
  // but a sentence's period glued to the next sentence (a lost space) ends it
  [
    'The talks failed, he said.Trump added that they would go on.',
    ['The talks failed, he said.', 'Trump added that they would go on.'],
  ],
  ['It was dangerous.The police closed the road.', ['It was dangerous.', 'The police closed the road.']],
  ['Holidays.\n\n3 TO 4 DAYS', ['Holidays.', '3 TO 4 DAYS']],
  ['Direct Dial:? 203.961.7523 Fax:? 203.674.7723', ['Direct Dial:? 203.961.7523 Fax:? 203.674.7723']],
  // a list number after a sentence's end opens the next one; an ellipsis before a web address,
  // "etc." before a capital and an emoticon before a capital end one
  [
    'Attach it to the LOI. 3. I expect one. My comments: 1. In Section 2, a parent.',
    ['Attach it to the LOI.', '3. I expect one.', 'My comments:', '1. In Section 2, a parent.'],
  ],
  ['He scored 3. Then he left.', ['He scored 3.', 'Then he left.']],
  ['Have a look... http://example.org/a', ['Have a look...', 'http://example.org/a']],
  ['Cows, rabbits, etc. Be sure.', ['Cows, rabbits, etc.', 'Be sure.']],
  ["It isn't weak :) Now I have a son", ["It isn't weak :)", 'Now I have a son']],
  [
    'Mike Jordan 03/04/2001 16:29 The intention was good.',
    ['Mike Jordan', '03/04/2001 16:29', 'The intention was good.'],
  ],
  // a news dateline (a place with its state or agency, then a dash) is a sentence of its own
  [
    'The contest: TEHRAN (AFP) - An international contest opened.',
    ['The contest:', 'TEHRAN (AFP) -', 'An international contest opened.'],
  ],
  ['WASHINGTON (CNN) -- The vote was close.', ['WASHINGTON (CNN) --', 'The vote was close.']],
  ["PONCHATOULA, La. -- Sheriff's deputies came.", ['PONCHATOULA, La. --', "Sheriff's deputies came."]],
  ['BIG MISTAKE - The food was cold.', ['BIG MISTAKE - The food was cold.']],
  // an ellipsis character or a spaced ". . ." trails off before a lowercase word, as "..." does;
  // a spaced ellipsis or a stray "?" after a full stop stands alone (as UD has it); "?? ?" goes on
  ['It broke… i fixed it.', ['It broke… i fixed it.']],
  ['We waited. ... Then it came.', ['We waited.', '...', 'Then it came.']],
  ['Thanks for the heads up. ? Do you know it?', ['Thanks for the heads up.', '?', 'Do you know it?']],
  ['It went on . . . and on.', ['It went on . . . and on.']],
  ['Really?? ? No way.', ['Really?? ?', 'No way.']],
  // a title or a name that ends in "!" or "?" goes on before a lowercase word; web text's "no way! i" ends
  ['He left Wham! through a door.', ['He left Wham! through a door.']],
  ['The comedy Shall We Dance? came third.', ['The comedy Shall We Dance? came third.']],
  ['It was no way! i think so', ['It was no way!', 'i think so']],
  // a spaced dash before a lowercase word goes on
  [
    'The demand for $280bn (£155bn) - filed in 1999 - was rejected.',
    ['The demand for $280bn (£155bn) - filed in 1999 - was rejected.'],
  ],
  // born/died in brackets and a weekday before a date keep their period
  [
    'Ann Goode (b. March 2009) and a son (d. 1990) came.',
    ['Ann Goode (b. March 2009) and a son (d. 1990) came.'],
  ],
  [
    'Fly to Paris Sat. Sept. 23 and home Wed. 6/14 at noon.',
    ['Fly to Paris Sat. Sept. 23 and home Wed. 6/14 at noon.'],
  ],
  ['We met on Sat. The rest stayed.', ['We met on Sat.', 'The rest stayed.']],
  // a "?" or "!" closing a quote goes on before its speaker and a verb of saying; a full stop ends
  ['“Are you there?” I called. “No!” Pete said.', ['“Are you there?” I called.', '“No!” Pete said.']],
  [
    '"Why?" Nobody knew. "It is over." Pete said so.',
    ['"Why?"', 'Nobody knew.', '"It is over."', 'Pete said so.'],
  ],
  // a list with one item a line keeps the dashes inside its items (see also the one-line list below)
  [
    '- Best actor - Richard Griffiths\n- Best actress - Clare Higgins',
    ['- Best actor - Richard Griffiths', '- Best actress - Clare Higgins'],
  ],
  ['Lunch was fine - Big Mac - and then we left.', ['Lunch was fine - Big Mac - and then we left.']],
  // a phone number at the end of a signature line ends it, unless a contact label follows
  [
    'Call Earl Chanley 505-625-8031 Please see the note.',
    ['Call Earl Chanley 505-625-8031', 'Please see the note.'],
  ],
  [
    'Phone: (713) 345-9945 Fax: (713) 646-8420 x35172 EB1774',
    ['Phone: (713) 345-9945 Fax: (713) 646-8420 x35172 EB1774'],
  ],
  // a face after a sentence's end belongs to it, and ends it before a lowercase word too
  [
    'It is always great. =) I am looking for a room. That is good. :) only in books.',
    ['It is always great. =)', 'I am looking for a room.', 'That is good. :)', 'only in books.'],
  ],
  ['Everyone loves it! ^_^ Have fun.', ['Everyone loves it! ^_^', 'Have fun.']],
  ['It is sunny :) and warm.', ['It is sunny :) and warm.']],
  // a spaced ellipsis after "!" or "?" opens the next sentence, which goes on after it
  [
    'I LIVE THERE! ... Ive been living here. I left.',
    ['I LIVE THERE!', '... Ive been living here.', 'I left.'],
  ],
  // the pronoun "I" ends a sentence; an initial after a name does not
  [
    'She will remember my family and I. Overall, it is fine. Shah Abbas I. Built it.',
    ['She will remember my family and I.', 'Overall, it is fine.', 'Shah Abbas I. Built it.'],
  ],
  // a date line with its weekday under a headline is a sentence of its own
  [
    'Wikinews interviews the owners of a dungeon Sunday, October 21, 2007 Operating the club is hard.',
    [
      'Wikinews interviews the owners of a dungeon',
      'Sunday, October 21, 2007',
      'Operating the club is hard.',
    ],
  ],
  [
    'Thursday, March 15, 2012 Wikinews interviewed one owner.',
    ['Thursday, March 15, 2012', 'Wikinews interviewed one owner.'],
  ],
  [
    'We meet on Monday, October 30, 2000 in Houston. They met Monday, May 1, 2000.',
    ['We meet on Monday, October 30, 2000 in Houston.', 'They met Monday, May 1, 2000.'],
  ],
  // a signature's name repeated by the next mail's header or greeting ends; a band's name goes on
  [
    'Please verify. Thanks. Sara Sara Shackleton 09/16/99 10:16 AM',
    ['Please verify.', 'Thanks.', 'Sara', 'Sara Shackleton', '09/16/99 10:16 AM'],
  ],
  ['See you then. Paula Paula, I sent it.', ['See you then.', 'Paula', 'Paula, I sent it.']],
  ['They left. Duran Duran are on tour.', ['They left.', 'Duran Duran are on tour.']],
  // a header or notice field and a figure's caption open sentences of their own
  [
    'Executive Committee Weekly Meeting Date: Monday, May 7th Time: 11:00 a.m. Location: Boardroom',
    [
      'Executive Committee Weekly Meeting',
      'Date: Monday, May 7th',
      'Time: 11:00 a.m.',
      'Location: Boardroom',
    ],
  ],
  [
    'Black Widow and Captain America Image: Nick Moreau.',
    ['Black Widow and Captain America', 'Image: Nick Moreau.'],
  ],
  [
    'Laurie Ellis Phone: (713) 345-9945 Fax: (713) 646-8420',
    ['Laurie Ellis Phone: (713) 345-9945 Fax: (713) 646-8420'],
  ],
  ["IF YOU DON'T WANT TO: CRY, DON'T.", ["IF YOU DON'T WANT TO: CRY, DON'T."]],
  ['Figure 1.3 This 1833 map shows the extent.', ['Figure 1.3', 'This 1833 map shows the extent.']],
  // a capitalised opener before a lowercase word starts a sentence whose end lost its stop; a title goes on
  [
    'No date was set for a launch The new chip was shown. Patty Lee x35172 Please see my comments.',
    [
      'No date was set for a launch',
      'The new chip was shown.',
      'Patty Lee x35172',
      'Please see my comments.',
    ],
  ],
  [
    'His roles included The Joe Louis Story and Lord of The rings.',
    ['His roles included The Joe Louis Story and Lord of The rings.'],
  ],
  ['', []],
];

for (const [text, expected] of CASES) {
  test(`split ${JSON.stringify(text.length > 50 ? text.slice(0, 50) + '…' : text)}`, () => {
    assert.deepEqual(sentences(text), expected);
  });
}

test('hard-wrapped text does not break at every capitalised line start', () => {
  const text =
    'The minister said on Friday that the talks with officials from\n' +
    'Egypt and Qatar would go on until a cease-fire was agreed by all\n' +
    'the parties involved in the conflict, according to state media.\n';
  assert.equal(sentences(text).length, 1);
});

test('the rules alone (no boundary model) split as walkBoundaries without a decider', async () => {
  const { useSentenceModel, sentenceModel } = await import('../models/sentences/load-sentence-model.js');
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'Thanks, Kay Here you go. Regards, Debra Perlingiere';
  const tokens = tokenize(text);
  const shipped = sentenceModel();
  try {
    useSentenceModel(null);
    assert.deepEqual(splitSentences(text, tokens), walkBoundaries(text, tokens, null));
  } finally {
    useSentenceModel(shipped);
  }
});

test('the boundary model is only asked after a punctuation token, before a non-lowercase one', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'Dial: 203.961.7523 Fax: 203.674.7723 and so on, Then the end. Next one';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['203.961.7523', '203.674.7723']); // not 'Then' after the comma
});

test('the boundary model is not asked after a comma or a semicolon', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'Hi Kim, The plan is set; Wales: G Thomas; H Luscombe, Maya';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['G']); // after the colon only
});

test('the boundary model is not asked after a hyphen that opens its sentence', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'Proposals:\n- A freeze on petrol duty\n- For the survey, it asked -- Then';
  const tokens = tokenize(text);
  const asked: string[] = [];
  const starts = walkBoundaries(text, tokens, (t, o, i) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return true;
  });
  assert.deepEqual(asked, ['Then']);
  assert.deepEqual(
    starts.map((s) => text.slice(tokens.starts[s], tokens.starts[s] + 5)),
    ['Propo', '- A f', '- For', 'Then'],
  );
});

test('the boundary model is not asked after a quotation closed after a comma', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = '"It is over," Tom said. \'We lost,\' May wrote. "here,\'" Ann said. "Enough" Then he left.';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['Then']);
});

test('the boundary model is not asked after a colon before an opening quote', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'But he said: "We will go." He added: “It is over.” Note: This is it';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['This']);
});

test('the boundary model is not asked after a short lowercase aside before a name', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'I thank (sporting director) Frank Arnesen and (chairman) Daniel Levy, as (BBC) The end';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['The']);
});

test('the boundary model is asked after a mail address before a capital, not after a bare @name', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'Write to a.b@example.com Our office, or Ken Rice@ENRON Today and c.d@example.org now';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['Our']);
});

test('the boundary model is not asked after a short quoted epithet before a name', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text =
    'shows by "shock jock" Howard Stern and "a very long quoted line of text" Then click: "Approved" Thanks';
  const tokens = tokenize(text);
  const asked: string[] = [];
  walkBoundaries(text, tokens, (t, o, i, rule) => {
    asked.push(t.slice(o.starts[i], o.ends[i]));
    return rule;
  });
  assert.deepEqual(asked, ['Then', 'Thanks']); // not at the quote opened after the colon
});

test('after a colon, a list of spaced hyphens on one line has one item a sentence', async () => {
  const { walkBoundaries } = await import('./sentence-splitter.js');
  const text = 'Menu: - Big Mac - 10 piece nuggets - Medium drink. Then - as ever - we left.';
  const tokens = tokenize(text);
  // the model's part: a sentence starts at the hyphen after the colon
  const starts = walkBoundaries(text, tokens, (t, o, i, rule) => rule || t[o.starts[i - 1]] === ':');
  const got = starts.map((s, k) =>
    text.slice(
      tokens.starts[s],
      tokens.ends[(k + 1 < starts.length ? starts[k + 1] : tokens.starts.length) - 1],
    ),
  );
  assert.deepEqual(got, [
    'Menu:',
    '- Big Mac',
    '- 10 piece nuggets',
    '- Medium drink.',
    'Then - as ever - we left.',
  ]);
});
