/**
 * Word lists for the tokenizer and the sentence splitter (data only).
 *
 * Each list was checked against UD English EWT and GUM (train): what UD splits, what it keeps.
 */

/** A set from a space-separated list. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/**
 * Prefixes that stay joined to the rest of a hyphenated word ("non-stop", "e-mail", "co-workers"),
 * lowercase. UD English splits every other hyphen ("15 - year", "well - known").
 */
export const HYPHEN_PREFIXES = words(`
  e non mid pre anti re post co over multi pro ex sub semi cross neo psycho counter intra micro
  mini inter super socio proto ultra quasi bi tri hyper macro mega pseudo infra mis
`);

/**
 * Informal contractions written without an apostrophe, split as UD does, with the offset of the
 * split ("cannot" → "can" + "not", "dont" → "do" + "nt"). Keys are lowercase.
 */
export const FUSED_CONTRACTIONS: ReadonlyMap<string, number> = new Map(
  `cannot:3 gonna:3 wanna:3 gotta:3 dont:2 cant:2 didnt:3 doesnt:4 isnt:2 wasnt:3 arent:3 werent:4
   havent:4 hasnt:3 hadnt:3 couldnt:5 wouldnt:5 shouldnt:6 aint:2 mustnt:4 neednt:4 thats:4
   whats:4 im:1`
    .trim()
    .split(/\s+/)
    .map((entry): [string, number] => [entry.split(':')[0], Number(entry.split(':')[1])]),
);

/**
 * Units that UD splits from a number written against them ("375mm" → "375" + "mm", "$5bn",
 * "5pm"), lowercase. Ordinals and decades stay whole ("4th", "1990s").
 */
export const UNIT_SUFFIXES = words(`
  am pm m k b bn mm cm km ft kg lb lbs kb mb gb tb hz ghz mhz mph kph kw mw ml hr hrs min mins
  sec secs yr yrs sqft
`);

/**
 * Words that commonly begin a sentence (lowercase). After an abbreviation that could end a
 * sentence ("Inc.", "U.S."), a capitalised word from this list starts a new one.
 */
export const SENTENCE_STARTERS = words(`
  a an the this that these those there here it its he she they we i you his her their our my your
  but and or so yet if when while after before since as at in on for by from with to of however
  meanwhile also still then now today what who why how where which some many most all no not one
  two three officials police mr mrs ms dr although though instead indeed thus because please
  thanks thank is are was do does did can will would should could let about under
`);

/**
 * Verbs of saying that tag a quotation after its speaker ("“Are you there?” I called.", "“Snap!”
 * Pete said."), lowercase: a "?" or "!" closing a quote before a speaker and one of these ends no
 * sentence in UD English.
 */
export const SPEECH_VERBS = words(`
  said says say asked asks ask replied replies answered answers cried cries shouted shouts
  whispered whispers called calls yelled yells screamed screams muttered mutters exclaimed added
  adds told tells wrote writes laughed laughs sighed sighs snapped snaps began begins started
  starts continued continues thought thinks wondered wonders insisted insists explained explains
  howled demanded demands pleaded pleads
`);

/**
 * Greetings and closings that make a sentence of their own in letters and e-mails when a comma
 * and a capitalised word follow ("Regards, Debra"; "Hi, Yes we do"), lowercase.
 */
export const LETTER_FORMULAS: ReadonlySet<string> = new Set(
  `regards|best regards|kind regards|kindest regards|warm regards|warmest regards|best wishes|
   sincerely|yours sincerely|sincerely yours|yours truly|thanks|many thanks|thank you|cheers|
   hi|hello|hey|dear all|greetings|respectfully|best`
    .split('|')
    .map((formula) => formula.trim()),
);
