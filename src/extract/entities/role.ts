/** A role found in the text: the title's tokens [start, end) and the mention it is held in (-1 for none). */
export interface FoundRole {
  start: number;
  end: number;
  of: number;
}
