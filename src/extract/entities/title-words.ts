/** Nouns that head a person's title or office (data only, lower case). */
export const TITLE_HEADS = new Set(
  (
    'president president-elect minister premier chancellor king queen prince princess emir sheikh sultan ' +
    'head chief leader director chairman chairwoman chair chairperson spokesman spokeswoman spokesperson ' +
    'secretary secretary-general general commander ambassador envoy governor mayor senator congressman ' +
    'congresswoman representative lawmaker ceo founder co-founder editor editor-in-chief professor official ' +
    'officer member deputy adviser advisor counsellor speaker judge justice coach manager executive ' +
    'negotiator pope archbishop bishop imam rabbi cleric correspondent reporter analyst lawyer attorney ' +
    'coordinator commissioner administrator prosecutor colonel lieutenant major captain admiral sergeant ' +
    'marshal mp mep dean rector principal owner partner vice-president'
  ).split(' '),
);

/** Words that may stand before a title's head ("former", "Foreign", "Prime", "senior"), lower case. */
export const TITLE_MODIFIERS = new Set(
  (
    'former acting interim deputy vice senior top chief foreign prime defense defence interior finance ' +
    'economy justice health education state general executive national security political military ' +
    'supreme assistant associate principal special first managing then new outgoing incoming longtime ' +
    'de facto high lead co'
  ).split(' '),
);
