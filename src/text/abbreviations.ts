/**
 * English abbreviations that keep their final period (data only).
 *
 * Forms are case-sensitive and written without the period. Drawn from the abbreviations that
 * UD English EWT and GUM (train) keep whole, plus common news forms (titles, months, states).
 * Letter-period sequences (U.S., a.m., Ph.D.) and single capital initials (J.) need no entry:
 * the tokenizer recognises their shape.
 */

/** A set from a space-separated list (keeps the lists compact and easy to scan). */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Titles and other abbreviations that precede a name or number: a sentence never ends after them. */
export const PREFIX_ABBREVIATIONS = words(`
  Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs
  Gen Gens Lt Col Sgt Capt Maj Adm Cmdr Cdr Brig Cpl Pvt
  Rep Reps Sen Sens Gov Govs Pres Supt Insp Det Hon Rev
  Fr Sr Sra Srta St Ste Mt Ft Pt
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  vs Vs v Attn attn approx Approx ca cf Cf viz e.g E.g i.e I.e
`);

/** Abbreviations that keep their period only before a number: "No. 10", "pp. 4-7" (else "no." is "no" + "."). */
export const NUMBER_ABBREVIATIONS = words(`
  c No no Nos nos Nr nr Vol vol Vols p pp Fig fig Figs Art art Para para Ch ch Sec sec
  Ex ext Ext Tel tel Rte Rt Op op
`);

/** Abbreviations that can end a sentence: "... Acme Inc. The company said". */
export const ABBREVIATIONS = words(`
  etc al Inc Corp Ltd Co Cos Bros Plc plc Jr Snr Jnr Esq
  Dept dept Univ Assn Assoc Inst Intl Natl Govt govt
  Ave Blvd Rd Hwy Sq Ln Pl Tues Thur Thurs Tue
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ida Ill Kan Kans Ky Md Mich Minn Mont Neb Nebr Nev
  Okla Ore Penn Tenn Tex Va Vt Wis Wisc Wyo Que Ont Alta
  eg Eg ie esp Esp est Est incl Incl excl min mins max
  hr hrs yr yrs mos wk wks sq lb lbs oz ft km kg
  Mfg Mgr mgr Dir Secy Treas Ed Eds ed eds trans Fmr fmr Ret ret Bldg Ph Sc Dipl Ref ref misc info
`);

/** What an abbreviation's period means for the sentence splitter. */
export const enum AbbreviationKind {
  None = 0,
  /** It can end a sentence ("Inc."). */
  Final = 1,
  /** It precedes a name: never ends a sentence ("Gen."). */
  Prefix = 2,
  /** It precedes a number ("No. 10"). */
  Number = 3,
}

/** The kind of abbreviation `form` (without its period) is; all-caps forms count ("GEN", "LTD"). */
export function abbreviationKind(form: string): AbbreviationKind {
  const kind = kindOf(form);
  if (kind !== AbbreviationKind.None || form.length < 2 || form !== form.toUpperCase()) return kind;
  return kindOf(form[0] + form.slice(1).toLowerCase());
}

function kindOf(form: string): AbbreviationKind {
  if (PREFIX_ABBREVIATIONS.has(form)) return AbbreviationKind.Prefix;
  if (NUMBER_ABBREVIATIONS.has(form)) return AbbreviationKind.Number;
  if (ABBREVIATIONS.has(form)) return AbbreviationKind.Final;
  return AbbreviationKind.None;
}
