/**
 * The CAMEO root code of each PLOVER event type, from the PLOVER project's CAMEO→PLOVER table
 * (PLOVER manual draft 0.8, 2021), read the other way; null where no root maps.
 */
export const PLOVER_TO_CAMEO: Record<string, string> = {
  AGREE: '03',
  CONSULT: '04',
  SUPPORT: '05',
  COOPERATE: '06',
  AID: '07',
  CONCEDE: '08',
  RETREAT: '08',
  INVESTIGATE: '09',
  REQUEST: '10',
  DEMAND: '10',
  ACCUSE: '11',
  DISAPPROVE: '11',
  REJECT: '12',
  THREATEN: '13',
  PROTEST: '14',
  MOBILIZE: '15',
  SANCTION: '16',
  COERCE: '17',
  ASSAULT: '18',
};

/** GDELT's QuadClass of a CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadClass(root: string): number {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}
