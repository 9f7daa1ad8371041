import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimes } from './tag-times.js';

/** Tags `text` published on `published` and checks the expression whose text is `span` (default: the only one). */
function expectTime(
  text: string,
  published: string | null,
  value: string,
  extra: { span?: string; type?: string; mod?: string } = {},
): void {
  const times = tagTimes(text, { published });
  const hit = extra.span ? times.find((t) => t.text === extra.span) : times[0];
  assert.ok(hit, `no time in ${JSON.stringify(text)} (found ${JSON.stringify(times.map((t) => t.text))})`);
  assert.equal(hit.value, value, `${JSON.stringify(text)}: ${hit.text}`);
  if (extra.type) assert.equal(hit.type, extra.type, `${JSON.stringify(text)}: type`);
  if (extra.mod) assert.equal(hit.mod, extra.mod, `${JSON.stringify(text)}: mod`);
}

const SUNDAY = '2025-06-29';

test('weekdays follow the tense of their clause', () => {
  expectTime('Kalın met Hamas leaders on Sunday.', SUNDAY, '2025-06-29');
  // the same weekday as the publication date, in the future, is that day (online news is stamped
  // in UTC and often written the evening before)
  expectTime('They will meet on Sunday.', SUNDAY, '2025-06-29');
  expectTime('Launch is scheduled during a two-and-a-half hour window Tuesday.', '2018-02-06', '2018-02-06', {
    span: 'Tuesday',
  });
  expectTime('They will meet on Saturday.', SUNDAY, '2025-07-05');
  expectTime('Trump voiced optimism, saying Friday it could happen.', SUNDAY, '2025-06-27');
  expectTime('The summit will open on Friday.', SUNDAY, '2025-07-04');
  expectTime('He arrived last Sunday.', SUNDAY, '2025-06-22', { span: 'last Sunday' });
  expectTime('They meet next Monday.', SUNDAY, '2025-06-30', { span: 'next Monday' });
  expectTime('Protesters planned a rally on Saturday.', '2000-01-07', '2000-01-08');
  expectTime('Talks resumed Friday morning.', SUNDAY, '2025-06-27TMO', { type: 'TIME' });
});

test('calendar dates, with the year stated or inferred', () => {
  expectTime('The vote was on March 12, 1998.', SUNDAY, '1998-03-12');
  expectTime('The deadline is Aug. 7.', SUNDAY, '2025-08-07');
  expectTime('It happened on 4 July 2024.', SUNDAY, '2024-07-04');
  expectTime('Filed 2025-06-01.', SUNDAY, '2025-06-01');
  expectTime('The war began in October.', SUNDAY, '2024-10');
  expectTime('Elections are due in May 2026.', SUNDAY, '2026-05');
  expectTime('Toll exceeded 56,000 since 2023.', SUNDAY, '2023');
  expectTime('The talks went on from March to May.', SUNDAY, '2025-03', { span: 'March' });
  expectTime('The talks went on from March to May.', SUNDAY, '2025-05', { span: 'May' });
  expectTime('The 2023-24 season.', SUNDAY, '2023', { span: '2023' });
  expectTime('The 2023-24 season.', SUNDAY, '2024', { span: '24' });
  expectTime('on Christmas Day', '1998-12-20', '1998-12-25');
});

test('days and periods relative to the publication date', () => {
  expectTime('He said so yesterday.', SUNDAY, '2025-06-28');
  expectTime('It ends today.', SUNDAY, '2025-06-29');
  expectTime('Prices rose last week.', SUNDAY, '2025-W25');
  expectTime('Sales fell last month.', SUNDAY, '2025-05');
  expectTime('Profit doubled this year.', SUNDAY, '2025');
  expectTime('A deal is expected early next year.', SUNDAY, '2026', {
    mod: 'START',
    span: 'early next year',
  });
  expectTime('Israel stopped all food entering over two months ago.', SUNDAY, '2025-04', {
    mod: 'BEFORE',
    span: 'over two months ago',
  });
  expectTime('It began five years ago.', SUNDAY, '2020');
  // TimeML marks the stretch before "later" as a DURATION ("later" is the signal).
  expectTime('They met on March 3. Two days later they signed.', SUNDAY, 'P2D', {
    span: 'Two days',
    type: 'DURATION',
  });
  expectTime('A few days later, the company announced a sale.', '1989-10-27', 'PXD', {
    span: 'A few days',
    type: 'DURATION',
  });
  expectTime('Earnings rose in the third quarter.', '1989-10-26', '1989-Q3');
  expectTime('It was a hit last summer.', SUNDAY, '2024-SU');
  expectTime('Music of the 1990s.', SUNDAY, '199X', { span: '1990s' });
  expectTime('in the 20th century', SUNDAY, '19');
});

test('vague references', () => {
  expectTime('during this critical period', SUNDAY, 'PRESENT_REF');
  expectTime('Prices are now higher.', SUNDAY, 'PRESENT_REF');
  expectTime('He recently resigned.', SUNDAY, 'PAST_REF');
  expectTime('in the near future', SUNDAY, 'FUTURE_REF');
  expectTime('after months of negotiations', SUNDAY, 'PXM', { type: 'DURATION', span: 'months' });
  expectTime('growth in the past few years', SUNDAY, 'PXY', { type: 'DURATION' });
});

test('durations are not dates', () => {
  expectTime('ending 20 months of war', SUNDAY, 'P20M', { type: 'DURATION' });
  expectTime('He was held for 20 months.', SUNDAY, 'P20M', { type: 'DURATION' });
  expectTime('a five-year plan', SUNDAY, 'P5Y', { type: 'DURATION' });
  expectTime('in the first nine months', SUNDAY, 'P9M', { type: 'DURATION' });
  expectTime('it lasted more than three hours', SUNDAY, 'PT3H', { type: 'DURATION', mod: 'MORE_THAN' });
  expectTime('it could happen within the next week', SUNDAY, 'P1W', {
    type: 'DURATION',
    span: 'the next week',
  });
});

test('sets', () => {
  expectTime('They pray every Friday.', SUNDAY, 'XXXX-WXX-5', { type: 'SET' });
  expectTime('The paper appears weekly.', SUNDAY, 'P1W', { type: 'SET' });
  expectTime('He calls twice a month.', SUNDAY, 'P1M', { type: 'SET' });
  expectTime('Inspections happen every day.', SUNDAY, 'P1D', { type: 'SET' });
});

test('clock times take the day they follow or the publication day', () => {
  expectTime('The blast came at 10:35 a.m.', '1998-08-07', '1998-08-07T10:35', { type: 'TIME' });
  expectTime('The session will open at 9 a.m. Tuesday.', '2000-04-03', '2000-04-04T09:00', {
    span: '9 a.m. Tuesday',
  });
});

test('without a publication date relative values stay unresolved (TimeML placeholders)', () => {
  expectTime('They met on Sunday.', null, 'XXXX-WXX-7');
  expectTime('It rose last year.', null, 'XXXX');
  expectTime('He left yesterday.', null, 'XXXX-XX-XX');
  expectTime('The vote was on March 12, 1998.', null, '1998-03-12');
});

test('TimeML extents, spelled years, anaphora and ranges', () => {
  expectTime('The alliance admits them in early March.', '1999-02-10', '1999-03', {
    span: 'early March',
    mod: 'START',
  });
  expectTime('He stayed with them for nearly five months.', '2000-04-01', 'P5M', {
    span: 'nearly five months',
    mod: 'EQUAL_OR_LESS',
  });
  // A weekday leaves "earlier" out of its extent.
  expectTime('Earlier Friday, lawyers met.', '2000-01-07', '2000-01-07', { span: 'Friday' });
  expectTime('He spent about five hours there.', SUNDAY, 'PT5H', { span: 'five hours', mod: 'APPROX' });
  expectTime('It reported a third-quarter loss.', '1989-10-26', '1989-Q3', { span: 'third-quarter' });
  expectTime('It ended the 23-year occupation.', SUNDAY, 'P23Y', { span: '23-year' });
  expectTime('Prices rose over the past four months.', SUNDAY, 'P4M', { span: 'the past four months' });
  expectTime('In nineteen ninety-one Keating was convicted.', '1998-01-15', '1991');
  expectTime('The Times said on Monday, Oct. 26: the murder', '1998-10-25', '1998-10-26', {
    span: 'Monday, Oct. 26',
  });
  expectTime('The war began in 1988. Later that year a truce held.', '2000-01-01', '1988', {
    span: 'that year',
  });
  const [next] = tagTimes('A deal is expected within the next week.', { published: SUNDAY });
  assert.deepEqual([next.value, next.range], ['P1W', { start: '2025-06-29', end: '2025-07-06' }]);
});

test('tense cues: nouns, passives, plans reported as past, sequence words', () => {
  // "plan" is a noun here, "signed" the verb: the Friday just past (the publication day itself).
  expectTime('Both presidents signed an economic cooperation plan Friday.', '1998-02-27', '1998-02-27');
  // "were planning" looks ahead even though "were" is past.
  expectTime('They planned a rally on Saturday and were planning more.', '2000-01-07', '2000-01-08');
  // "as soon as Tuesday" is ahead of a Monday publication date.
  expectTime('The group might come as soon as Tuesday, reports said.', '2000-04-03', '2000-04-04');
  // "had been scheduled" is a plan in the past: last Friday.
  expectTime('The offer had been scheduled to expire at midnight Friday.', '1989-10-30', '1989-10-27T24:00', {
    type: 'TIME',
  });
  // "would be paid" is future despite the participle; "a still unspecified date" is no past tense either.
  expectTime('The split would be paid on a still unspecified date in January.', '1989-10-26', '1990-01');
  expectTime('He felt ill and was soon released; talks will resume soon.', SUNDAY, 'FUTURE_REF', {
    span: 'soon',
  });
});

test('fiscal periods of earnings reports', () => {
  const report =
    'Net rose in the third quarter. Sales in the latest period rose 9%. In the year-ago period it lost money, ' +
    'and a year earlier it earned $2 million.';
  const times = tagTimes(report, { published: '1989-10-26' });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['the third quarter', '1989-Q3'],
      ['the latest period', '1989-Q3'],
      ['the year-ago period', '1988-Q3'],
      // Counted back from the reported quarter, not again from the year-ago one.
      ['a year earlier', '1988-Q3'],
    ],
  );
  expectTime('Sales fell from the corresponding period last year.', '1989-11-01', '1988-Q3', {
    span: 'the corresponding period last year',
  });
  // With no period mentioned, "the latest period" is the last quarter before publication.
  expectTime('Profit in the latest period doubled.', '1990-02-10', '1989-Q4');
  // "the same period" alone names no period.
  assert.deepEqual(tagTimes('It fell in the same period.', { published: '1989-10-26' }), []);
});

test('halves of units and decades', () => {
  expectTime('She spent 5 1/2 hours in Nairobi.', SUNDAY, 'PT5H30M', { span: '5 1/2 hours' });
  expectTime('a term of 2 1/2 years', SUNDAY, 'P2Y6M', { span: '2 1/2 years' });
  expectTime('in the nineties', SUNDAY, '199');
});

test('since looks back; plural quarters; a clock time before an aside and its day', () => {
  // "since ... Oct. 23" in a May article is last October's, though October is nearer ahead.
  expectTime('Police have searched for him since the Oct. 23 slaying.', '1999-05-06', '1998-10-23');
  expectTime("It doesn't bode well for coming quarters.", '1989-10-26', 'FUTURE_REF', {
    span: 'coming quarters',
  });
  expectTime('Most business comes in the second and fourth quarters.', '1989-10-26', 'XXXX-Q4', {
    span: 'fourth quarters',
    type: 'SET',
  });
  expectTime('The blast came at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', '1998-08-07T10:35', {
    span: '10:35 a.m.',
  });
});

test('a month with its relative year after it', () => {
  const times = tagTimes('Ratification began in February this year; they join in April next year.', {
    published: '1998-12-03',
  });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['February', '1998-02'],
      ['April', '1999-04'],
    ],
  );
});

test("a weekday's event is the nearest such day; 'set to' looks ahead; fiscal and full years", () => {
  // The ruling was two days before this Friday, whatever "would" says about the clause.
  expectTime("They would look for ways around Wednesday's ruling.", '2000-01-07', '2000-01-05');
  // Sunday's election, two days after a Friday publication date.
  expectTime("Polls closed before Sunday's election.", '2000-01-07', '2000-01-09');
  expectTime('The peace talks are set to resume Monday in Belfast.', '1998-03-22', '1998-03-23');
  expectTime('Revenue in the year ended March 31 was #980 million.', '1989-10-31', 'P1Y', {
    span: 'the year',
    type: 'DURATION',
  });
  expectTime('It forecast an earnings increase for the full year.', '1989-10-30', '1989', {
    span: 'the full year',
    type: 'DATE',
  });
});

test('seasons, months of every year, clock words and the edges of a unit', () => {
  expectTime('Slepian was gunned down last fall in his home.', '1999-06-07', '1998-FA', {
    span: 'last fall',
  });
  expectTime('Orders rose from the low levels of the early summer.', '1989-10-26', '1989-SU', {
    span: 'the early summer',
    mod: 'START',
  });
  expectTime('Orangemen march each July through the town.', '1998-03-22', 'XXXX-07', { type: 'SET' });
  expectTime('He was to appear before a judge at midday.', '1999-10-08', '1999-10-08T12:00', {
    type: 'TIME',
  });
  expectTime('The father will leave at 4 in the morning.', '2000-04-05', '2000-04-05T04:00', {
    span: '4 in the morning',
  });
  expectTime('Herbicide use was delayed earlier in the year by rains.', '1989-10-26', '1989', {
    span: 'earlier in the year',
  });
  expectTime('It plans to cut 6,000 jobs by year end.', '1989-10-26', '1989', {
    span: 'year end',
    mod: 'END',
  });
  expectTime('It will seek financing at a later date.', '1989-10-26', 'FUTURE_REF', { span: 'a later date' });
});

test('Election Day, more weeks, coming weeks and -long compounds', () => {
  expectTime('Clinic violence will be a theme from now to Election Day.', '1998-10-26', '1998-11-03', {
    span: 'Election Day',
  });
  expectTime('Elian stays for at least two more weeks.', '2000-06-01', 'P2W', {
    span: 'at least two more weeks',
    mod: 'EQUAL_OR_MORE',
  });
  expectTime('Rates may fall in coming weeks.', '1989-10-27', 'PXW', {
    span: 'coming weeks',
    type: 'DURATION',
  });
  expectTime("the government's decades-long battle", SUNDAY, 'PXDE', { span: 'decades-long' });
  expectTime('after their third day-long meeting', SUNDAY, 'P1D', { span: 'day-long', type: 'DURATION' });
});

test('the past year is last year; nine months end a quarterly comparison', () => {
  expectTime('Hate groups grew over the past year.', '1998-03-03', '1997', {
    span: 'the past year',
    type: 'DATE',
  });
  expectTime('The plant will be closed over the next year.', '1989-11-02', '1990', {
    span: 'the next year',
  });
  // Still a stretch for other units.
  expectTime('Prices rose over the past week.', SUNDAY, 'P1W', { span: 'the past week', type: 'DURATION' });
  const times = tagTimes(
    'Net fell in the third quarter. For the nine months, net was $5 million, compared with year-earlier net of $9 million.',
    { published: '1989-11-02' },
  );
  assert.equal(times.find((t) => t.text === 'year-earlier')?.value, '1988');
});

test('two days of one month, months naming an event, a day off a date', () => {
  const times = tagTimes('A ceremony will be held at the summit on April 24 and 25.', {
    published: '1999-02-10',
  });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['April 24', '1999-04-24'],
      ['25', '1999-04-25'],
    ],
  );
  expectTime('The March accession will make them eligible.', '1999-02-10', '1999-03', { span: 'March' });
  expectTime('They have evidence in the October slaying of the doctor.', '1999-04-19', '1998-10', {
    span: 'October',
  });
  expectTime('The day before last Tuesday, he went to the house.', '2000-02-24', '2000-02-21', {
    span: 'The day before last Tuesday',
  });
  // Not a second date: a count after "and".
  assert.deepEqual(
    tagTimes('On March 3 and 15 people died.', { published: SUNDAY }).map((t) => t.text),
    ['March 3'],
  );
});

test('present references TimeBank marks: "now that", "current" after a possessive', () => {
  expectTime("Now that we have this new information, we'll look at it.", '2000-02-10', 'PRESENT_REF', {
    span: 'Now',
  });
  expectTime("Kellogg's current share is under 40%.", '1989-10-30', 'PRESENT_REF', { span: 'current' });
  expectTime('It delayed work because of current market conditions.', '1989-10-30', 'PRESENT_REF', {
    span: 'current',
  });
});

test('a year with mid-/post-, a half of next year', () => {
  expectTime('The plant opens in mid-1990.', '1989-10-26', '1990', { span: 'mid-1990', mod: 'MID' });
  expectTime('the post-1959 politics', '2000-02-24', '1959', { span: 'post-1959', mod: 'AFTER' });
  expectTime('Sales should recover in the first half of next year.', '1989-10-26', '1990-H1', {
    span: 'the first half of next year',
  });
});

test('days counted from the date just mentioned; stretches ahead', () => {
  const times = tagTimes('On March 3 the vote failed. The next day he quit, and that night he left.', {
    published: '2000-03-10',
  });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['March 3', '2000-03-03'],
      ['The next day', '2000-03-04'],
      ['that night', '2000-03-04'],
    ],
  );
  expectTime('Prices may rise in the days ahead.', SUNDAY, 'PXD', {
    span: 'the days ahead',
    type: 'DURATION',
  });
});

test("possessive years before a fiscal period; 'the prior year'", () => {
  expectTime("Sales slowed in 1990's first half.", '1989-10-26', '1990-H1', { span: "1990's first half" });
  expectTime("Profit fell in fiscal 1989's fourth quarter.", '1989-10-26', '1989-Q4', {
    span: "fiscal 1989's fourth quarter",
  });
  expectTime('Revenue was flat in the prior year.', '1989-10-26', '1988', { span: 'the prior year' });
  expectTime("Prices soared in the 1980's.", '1989-10-26', '198X', { span: "1980's" });
});

test('halves and quarters of units; the week of a date; the start of the year', () => {
  expectTime('It lasted half a century.', SUNDAY, 'P50Y', { span: 'half a century' });
  expectTime('He waited a year and a half.', SUNDAY, 'P1Y6M', { span: 'a year and a half' });
  expectTime('He served two and a half years.', SUNDAY, 'P2Y6M', { span: 'two and a half years' });
  expectTime('It took half an hour.', SUNDAY, 'PT30M', { span: 'half an hour' });
  expectTime('a quarter century of rule', SUNDAY, 'P25Y', { span: 'a quarter century' });
  expectTime('A hearing is set for the week of March 6.', '2000-02-24', '2000-W10', {
    span: 'the week of March 6',
  });
  expectTime('Prices rose from the beginning of the year.', SUNDAY, '2025', {
    span: 'the beginning of the year',
    mod: 'START',
  });
});

test('"this past week" is last week, the whole phrase', () => {
  expectTime('Talks stalled this past week.', '1998-08-10', '1998-W32', { span: 'this past week' });
});

test('a range of months runs forward', () => {
  const times = tagTimes('Sales rose from January through September.', { published: '1989-11-01' });
  assert.deepEqual(
    times.map((t) => t.value),
    ['1989-01', '1989-09'],
  );
});

test('"a year later" counts from the year just mentioned', () => {
  expectTime('The treaty was signed in 1991 and ratified a year later.', '1998-02-27', '1992', {
    span: 'a year later',
  });
});

test('"the quarter a year ago" is one expression, last year\'s quarter', () => {
  expectTime('For the quarter a year ago, Columbia earned $16 million.', '1989-10-26', '1988-Q3', {
    span: 'the quarter a year ago',
  });
});

test('"the following month" and "the following year" count from the one just named', () => {
  expectTime(
    'In March, holders urged a sale. The following month, it put itself up for sale.',
    '1989-10-27',
    '1989-04',
    {
      span: 'The following month',
    },
  );
  expectTime('The war began in 1988. The following year a truce held.', '2000-01-01', '1989', {
    span: 'The following year',
  });
});

test('a title or "vs." inside a sentence does not cut it off from its verb', () => {
  // Without the verb the month would take the nearer (next) January.
  expectTime(
    'In January, a week after the anniversary of the Roe vs. Wade decision, a bombing killed a guard.',
    '1998-10-25',
    '1998-01',
    { span: 'January' },
  );
  expectTime('In March, Mr. Smith resigned from the board.', '1998-10-25', '1998-03', { span: 'March' });
  // A sentence that really ends still ends: the next one's tense is its own.
  expectTime('He resigned. In March, they will vote again.', '1998-10-25', '1999-03', { span: 'March' });
});

test('"last year" compared with a figure after a quarter is that quarter a year back', () => {
  expectTime(
    'In the third quarter, the unit earned $24 million, compared with a loss of $3 million last year.',
    '1989-11-02',
    '1988-Q3',
    { span: 'last year' },
  );
  expectTime(
    "Sales in the latest quarter rose 13% from last year's $1.55 billion.",
    '1989-11-02',
    '1988-Q3',
    {
      span: 'last year',
    },
  );
  // Not a comparison: the year the verb happened in.
  expectTime(
    'Third-quarter earnings will be lower than the 16 cents a share it reported last year.',
    '1989-10-30',
    '1988',
    { span: 'last year' },
  );
  // No quarter being reported on: the calendar year.
  expectTime('Sales fell to $14 million from $21 million last year.', '1989-11-01', '1988', {
    span: 'last year',
  });
});

test('"or so" after a stretch of time is inside the extent and makes it approximate', () => {
  expectTime('The plants will be closed over the next year or so.', '1989-11-02', '1990', {
    span: 'the next year or so',
    mod: 'APPROX',
  });
  expectTime('Its share may rise over the next two years or so.', '1989-10-30', 'P2Y', {
    span: 'the next two years or so',
    mod: 'APPROX',
  });
});

test('a quoted time takes its tense from the quotation, not from the verb of saying outside it', () => {
  expectTime("''The father will leave at dawn Thursday,'' Castro said.", '2000-04-05', '2000-04-06', {
    span: 'Thursday',
  });
  expectTime('"They will vote on Friday," he said.', SUNDAY, '2025-07-04', { span: 'Friday' });
  // Outside quotation marks the verb of saying still dates the saying.
  expectTime('Castro said Thursday that the father will leave.', '2000-04-05', '2000-03-30', {
    span: 'Thursday',
  });
});

test('"a couple of" is two', () => {
  expectTime("It's not going to change for a couple of years.", '1998-01-08', 'P2Y', {
    span: 'a couple of years',
    type: 'DURATION',
  });
  expectTime('They met a couple of weeks ago.', SUNDAY, '2025-W24', { span: 'a couple of weeks ago' });
  // "a few" stays vague.
  expectTime('It lasted a few years.', SUNDAY, 'PXY', { span: 'a few years' });
});

test('"the quarter" after a fiscal quarter is that fiscal quarter, all through the report', () => {
  const filler = ' The company makes computer workstations and sells them around the world.'.repeat(6);
  const times = tagTimes(
    `Sun said it earned $5.2 million in the fiscal first quarter.${filler} Sales in the quarter rose 39%.`,
    { published: '1989-10-26' },
  );
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ['the fiscal first quarter', '1989-Q1'],
      ['the quarter', '1989-Q1'],
    ],
  );
  // Without a fiscal quarter named, "the quarter" is the last calendar quarter before publication.
  expectTime('Sales in the quarter rose 39%.', '1989-10-26', '1989-Q3', { span: 'the quarter' });
});

test('the verb right before a weekday dates it; a participle after "is" is no past tense', () => {
  // Wednesday 1998-03-18.
  expectTime('The company said on Thursday it would cut jobs.', '1998-03-18', '1998-03-12');
  expectTime('The minister said Thursday that taxes would rise.', '1998-03-18', '1998-03-12');
  expectTime('The vote is set for Thursday.', '1998-03-18', '1998-03-19');
  expectTime('The hearing is scheduled for Thursday.', '1998-03-18', '1998-03-19');
  expectTime('The museum is closed Thursday, when it will be cleaned.', '1998-03-18', '1998-03-19');
  expectTime('The store closed Thursday.', '1998-03-18', '1998-03-12');
});

test('"the quarter ended July 31" is the quarter holding most of the three months up to that day', () => {
  expectTime('In the quarter ended July 31, the retailer earned $2 million.', '1989-10-30', '1989-Q2', {
    span: 'the quarter',
  });
  expectTime('Sales rose in the quarter ended Sept. 30.', '1989-10-30', '1989-Q3', { span: 'the quarter' });
  expectTime('Sales rose in the quarter ending Jan. 31.', '1989-10-30', '1988-Q4', { span: 'the quarter' });
  // Without an end date the quarter is the last one reported on.
  expectTime('Sales rose in the quarter.', '1989-10-30', '1989-Q3', { span: 'the quarter' });
});

test('"expect" looks ahead; a verb past a "that" after the time does not date it; "this quarter" looking ahead', () => {
  // Monday 1989-10-30.
  expectTime('Analysts expect the market to fall Thursday.', '1989-10-30', '1989-11-02');
  expectTime('Mayors warned officials Thursday that they should expect no help.', '1989-10-30', '1989-10-26');
  expectTime('Mayors warned officials Thursday that they will get no help.', '1989-10-30', '1989-10-26');
  expectTime('The company expects a charge this quarter.', '1989-10-30', '1989-Q4');
  // In a report, "this quarter's loss" is the quarter reported on.
  expectTime("This quarter's loss includes charges.", '1989-10-30', '1989-Q3');
});

test('"the next week/month/year" in a past narrative counts from the time just mentioned', () => {
  expectTime('He was arrested on March 2, 1996. The next week he was released.', '1998-03-18', '1996-W10', {
    span: 'The next week',
  });
  expectTime('He was arrested in 1994, and the next year he was released.', '1998-03-18', '1995', {
    span: 'the next year',
  });
  expectTime('The strike began in May 1995. The next month it ended.', '1998-03-18', '1995-06', {
    span: 'The next month',
  });
  // Looking ahead, "the next year" is the one after publication.
  expectTime('Sales rose in 1994. The company expects the next year to be hard.', '1998-03-18', '1999', {
    span: 'the next year',
  });
});

test('"the day before", "the year before": one unit from the time just mentioned; years earlier in a narrative', () => {
  expectTime(
    'The bomb exploded on March 3. The day before, police were warned.',
    '1998-03-18',
    '1998-03-02',
    {
      span: 'The day before',
    },
  );
  expectTime(
    'Revenue fell to $300 million last year, from $450 million the year before.',
    '1998-09-07',
    '1996',
    {
      span: 'the year before',
    },
  );
  expectTime('The bomb exploded in 1995. Five years earlier, police were warned.', '1998-03-18', '1990', {
    span: 'Five years earlier',
  });
  // In a report on the current year, "a year earlier" is last year.
  expectTime('Profit rose in 1998 to $5 million from $4 million a year earlier.', '1998-11-18', '1997', {
    span: 'a year earlier',
  });
});

test("a short decade after a word other than 'the' is still a decade (\"the early '90s\", \"'60s and '70s\")", () => {
  expectTime("The market rose in the early '90s.", SUNDAY, '199', { mod: 'START' });
  expectTime("Rock of the '60s and '70s was loud.", SUNDAY, '197', { span: "'70s" });
});

test('"the fall of last year" is one expression, that season of the year named', () => {
  expectTime('The results were released in the fall of last year.', '1998-03-18', '1997-FA', {
    span: 'the fall of last year',
  });
  expectTime('The plant will open in the summer of next year.', '1998-03-18', '1999-SU', {
    span: 'the summer of next year',
  });
});

test('"the second half of the year" is a half of the year in context, the whole phrase', () => {
  expectTime('Profit rose in the first half of the year.', '1989-10-30', '1989-H1', {
    span: 'the first half of the year',
  });
  expectTime('Profit will rise in the fourth quarter of the year.', '1989-10-30', '1989-Q4', {
    span: 'the fourth quarter of the year',
  });
  // A report early in the year on the half just ended.
  expectTime('Profit fell in the second half of the year.', '1990-02-10', '1989-H2');
  // Halves of other things are no dates.
  assert.deepEqual(
    tagTimes('The team won the second half of the season.', { published: '1989-10-30' }).map((t) => t.text),
    [],
  );
});

test('"in \'88": a year written with two digits after a cue word, in the century nearest the publication date', () => {
  expectTime("The company earned $5 million in '88.", '1989-10-30', '1988');
  expectTime("The plant will close in '05.", '1999-10-30', '2005');
  expectTime("The class of '62 met.", '1999-10-30', '1962');
  // A quotation mark before a number is no year.
  assert.deepEqual(
    tagTimes("He said '25 people came'.", { published: '1989-10-30' }).map((t) => t.text),
    [],
  );
});

test('hours ago are counted in hours, not days', () => {
  expectTime('The president spoke two hours ago.', '1998-03-18', '1998-03-18');
  expectTime('The president spoke 36 hours ago.', '1998-03-18', '1998-03-17');
  expectTime(
    'The quake struck on March 3. Two hours earlier, a tremor was felt.',
    '1998-03-18',
    '1998-03-03',
    {
      span: 'Two hours earlier',
    },
  );
});

test('"year-end 1990" is the end of the year named, one expression', () => {
  expectTime('The loan is due at year-end 1990.', '1989-10-30', '1990', {
    span: 'year-end 1990',
    mod: 'END',
  });
  expectTime('The loan is due at year-end.', '1989-10-30', '1989', { span: 'year-end', mod: 'END' });
});

test('"the following Monday", "That Friday", "That summer" count from the time just mentioned', () => {
  const arrest = 'The bomb exploded on March 3, 1996.';
  expectTime(`${arrest} The following Monday, police made arrests.`, '1998-03-18', '1996-03-04', {
    span: 'The following Monday',
  });
  expectTime(`${arrest} The previous Friday, police were warned.`, '1998-03-18', '1996-03-01', {
    span: 'The previous Friday',
  });
  expectTime(`${arrest} That Friday, police made arrests.`, '1998-03-18', '1996-03-01', {
    span: 'That Friday',
  });
  expectTime('The war ended in 1996. That summer, troops left.', '1998-03-18', '1996-SU', {
    span: 'That summer',
  });
  // Without a date before it, "the following Monday" is the next one.
  expectTime('The talks will resume the following Monday.', '1998-03-18', '1998-03-23');
  // "that" as a conjunction stays outside: "said that Monday's attack".
  expectTime("Officials said that Monday's attack was planned.", '1998-03-18', '1998-03-16', {
    span: 'Monday',
  });
  assert.deepEqual(
    tagTimes('Stocks that fall sharply are sold.', { published: '1998-03-18' }).map((t) => t.text),
    [],
  );
});

test("a quarter later in the year than publication is last year's unless the clause looks ahead", () => {
  // Published in the first quarter.
  expectTime('Private consumption was up just 0.2% in the third quarter.', '2005-03-01', '2004-Q3');
  expectTime('Growth of 0.1% in the third quarter is still insufficient.', '2005-03-01', '2004-Q3');
  expectTime('The company expects growth in the third quarter.', '2005-03-01', '2005-Q3');
  expectTime('Sales will rise in the fourth quarter.', '2005-03-01', '2005-Q4');
});

test('"no more than" and "no less than" bound a stretch from the side they say', () => {
  expectTime('Iraq offered to open the sites for no more than sixty days.', '1998-02-22', 'P60D', {
    span: 'no more than sixty days',
    mod: 'EQUAL_OR_LESS',
  });
  expectTime('The inspectors will stay no less than two weeks.', '1998-02-22', 'P2W', {
    span: 'no less than two weeks',
    mod: 'EQUAL_OR_MORE',
  });
  expectTime('The talks lasted more than sixty days.', '1998-02-22', 'P60D', {
    span: 'more than sixty days',
    mod: 'MORE_THAN',
  });
});

test('hundreds of units: "a hundred years" is P100Y, the "a" inside', () => {
  expectTime('The crown has ruled for almost a hundred years.', '1998-02-13', 'P100Y', {
    span: 'a hundred years',
  });
  expectTime('a war of two hundred years', '1998-02-13', 'P200Y', { span: 'two hundred years' });
  expectTime('The city stood for a thousand years.', '1998-02-13', 'P1000Y', { span: 'a thousand years' });
});

test('trading, business and working days are a stretch of days', () => {
  expectTime('Eight trading days after Oct. 12, the index fell.', '1989-10-30', 'P8D', {
    span: 'Eight trading days',
    type: 'DURATION',
  });
  expectTime('Refunds arrive within five business days.', '1989-10-30', 'P5D', {
    span: 'five business days',
  });
  // "trading" before a unit that is not days or weeks is no part of a stretch.
  assert.equal(
    tagTimes('The trading hours were cut.', { published: '1989-10-30' }).length,
    0,
    'no stretch in "trading hours"',
  );
});

test('"for October" names the month; "for May" may be a person', () => {
  expectTime('The average daily turnover for October is 148 million shares.', '1989-10-30', '1989-10', {
    span: 'October',
  });
  assert.deepEqual(
    tagTimes('Most members voted for May in the leadership contest.', { published: '2017-06-01' }).map(
      (t) => t.text,
    ),
    [],
  );
});

test('the quarter a brief reports on dates "a year earlier" however long the paragraphs between', () => {
  const filler =
    'The concern said it will record a reserve for its defense group, including a charge related to problems ' +
    'under a fixed-price development contract and overhead costs that will not be reimbursed. In addition, it ' +
    'said it will write off costs related to exploration leases where drilling has been unsuccessful. ';
  const brief = `Hadson expects to report a third-quarter net loss. ${filler}A year earlier, net income was $2.1 million.`;
  expectTime(brief, '1989-11-02', '1988-Q3', { span: 'A year earlier' });
  // Another date told in between ends the report's hold: the year counted from publication.
  const moved = `Hadson expects to report a third-quarter net loss. ${filler}On Oct. 1 it named a new chief. A year earlier, it was a unit of Shell.`;
  expectTime(moved, '1989-11-02', '1988', { span: 'A year earlier' });
  // A quarter still to come is no report's period: past its reach, "a year ago" is counted from publication.
  const ahead = `Ford said it was cutting first-quarter production. ${filler}Suzuki sales rose 17.6% on a year ago.`;
  expectTime(ahead, '2005-01-01', '2004', { span: 'a year ago' });
});

test('"this summer" early in the year is the summer of that calendar year; "this winter" began the year before', () => {
  expectTime('This summer, he will tour Asia.', '1998-02-10', '1998-SU', { span: 'This summer' });
  expectTime('The resort opens this spring.', '1998-01-20', '1998-SP', { span: 'this spring' });
  expectTime('It has been a cold winter this winter.', '1998-02-10', '1997-WI', { span: 'this winter' });
  expectTime('Last summer, he left.', '1998-02-10', '1997-SU', { span: 'Last summer' });
});

test('a weekday after "until" or "by" is a deadline ahead unless the clause is past', () => {
  // Published on a Tuesday.
  expectTime('Iraq has until Monday to comply.', '1998-02-10', '1998-02-16', { span: 'Monday' });
  expectTime('Creditors have given the group until Wednesday to sign.', '1998-02-10', '1998-02-11', {
    span: 'Wednesday',
  });
  expectTime('More documents are brought in by Thursday.', '1998-02-10', '1998-02-12', { span: 'Thursday' });
  // A past clause keeps the deadline behind: "it was not until Monday".
  expectTime('It was not until Monday that he spoke.', '1998-02-10', '1998-02-09', { span: 'Monday' });
});

test('"quarterly" as an adverb is a set; before its noun it is a kind of result, not a time', () => {
  expectTime(
    'The reserve will be adjusted quarterly and will reflect market conditions.',
    '1989-10-26',
    'P3M',
    {
      span: 'quarterly',
      type: 'SET',
    },
  );
  expectTime('Interest is paid quarterly.', '1989-10-26', 'P3M', { span: 'quarterly', type: 'SET' });
});

test('"over the years", "in the years that followed": an unnumbered stretch of years, "the" inside', () => {
  expectTime('Over the years many more patients died.', '1998-03-31', 'PXY', {
    span: 'the years',
    type: 'DURATION',
  });
  expectTime('In the years that followed, the rebels waged war.', '2000-04-01', 'PXY', { span: 'the years' });
  // "the weeks before the shooting", "the years before the war": a time before an event, not a stretch.
  assert.deepEqual(
    tagTimes('In the years before the war, trade grew.', { published: '2000-04-01' }).map((t) => t.text),
    [],
  );
});

test('"the second half of March" is part of the month, not a half of a year', () => {
  const times = tagTimes('In the second half of March, prices rose.', { published: '1998-03-04' });
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [['March', '1998-03']],
  );
  expectTime('Profit rose in the first half of 1990.', '1998-03-04', '1990-H1', {
    span: 'the first half of 1990',
  });
});
