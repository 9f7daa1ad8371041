/**
 * Places the GeoNames town and division lists lack: continents and the macro-regions news writes
 * about, with commonly cited central coordinates (data only).
 */
export const MACRO_REGIONS: { names: string[]; lat: number; lon: number }[] = [
  { names: ['Africa'], lat: 7.19, lon: 21.09 },
  { names: ['Asia'], lat: 34.05, lon: 100.62 },
  { names: ['Europe'], lat: 54.53, lon: 15.26 },
  { names: ['North America'], lat: 54.53, lon: -105.26 },
  { names: ['South America'], lat: -8.78, lon: -55.49 },
  { names: ['Latin America'], lat: -4.44, lon: -61.33 },
  { names: ['Central America'], lat: 12.77, lon: -85.6 },
  { names: ['Americas', 'the Americas'], lat: 19, lon: -96 },
  { names: ['Oceania'], lat: -22.74, lon: 140.02 },
  { names: ['Antarctica'], lat: -82.86, lon: 135 },
  { names: ['Middle East', 'Mideast'], lat: 29, lon: 41 },
  { names: ['Mediterranean', 'Mediterranean Sea'], lat: 35, lon: 18 },
  { names: ['Caribbean'], lat: 15, lon: -75 },
  { names: ['West Africa'], lat: 13.53, lon: -2.46 },
  { names: ['East Africa'], lat: 1.96, lon: 37.3 },
  { names: ['Southeast Asia', 'South-East Asia'], lat: 5.1, lon: 112 },
  { names: ['Central Asia'], lat: 45.45, lon: 68.83 },
  { names: ['South Asia'], lat: 23, lon: 80 },
  { names: ['Balkans'], lat: 43, lon: 21 },
  { names: ['Scandinavia'], lat: 63, lon: 14 },
  { names: ['Sub-Saharan Africa'], lat: 0, lon: 20 },
  { names: ['West Bank'], lat: 31.95, lon: 35.25 },
  { names: ['Gaza Strip'], lat: 31.42, lon: 34.35 },
  { names: ['Kashmir'], lat: 34.08, lon: 74.8 },
  { names: ['Darfur'], lat: 13, lon: 25 },
  { names: ['Pacific', 'Pacific Ocean'], lat: 0, lon: -160 },
  { names: ['Atlantic', 'Atlantic Ocean'], lat: 0, lon: -30 },
  { names: ['Indian Ocean'], lat: -20, lon: 80 },
  { names: ['Arctic'], lat: 80, lon: 0 },
  { names: ['Sumatra'], lat: 0, lon: 102 },
];

/** Abbreviations for first-level divisions (AP style for US states), by GeoNames admin1 code. */
export const ADMIN1_ABBREVIATIONS: Record<string, string[]> = {
  'US.AL': ['Ala.'],
  'US.AZ': ['Ariz.'],
  'US.AR': ['Ark.'],
  'US.CA': ['Calif.', 'Cal.'],
  'US.CO': ['Colo.'],
  'US.CT': ['Conn.'],
  'US.DE': ['Del.'],
  'US.FL': ['Fla.'],
  'US.GA': ['Ga.'],
  'US.IL': ['Ill.'],
  'US.IN': ['Ind.'],
  'US.KS': ['Kan.', 'Kans.'],
  'US.KY': ['Ky.'],
  'US.LA': ['La.'],
  'US.MD': ['Md.'],
  'US.MA': ['Mass.'],
  'US.MI': ['Mich.'],
  'US.MN': ['Minn.'],
  'US.MS': ['Miss.'],
  'US.MO': ['Mo.'],
  'US.MT': ['Mont.'],
  'US.NE': ['Neb.', 'Nebr.'],
  'US.NV': ['Nev.'],
  'US.NH': ['N.H.'],
  'US.NJ': ['N.J.'],
  'US.NM': ['N.M.'],
  'US.NY': ['N.Y.'],
  'US.NC': ['N.C.'],
  'US.ND': ['N.D.'],
  'US.OK': ['Okla.'],
  'US.OR': ['Ore.', 'Oreg.'],
  'US.PA': ['Pa.', 'Penn.'],
  'US.RI': ['R.I.'],
  'US.SC': ['S.C.'],
  'US.SD': ['S.D.'],
  'US.TN': ['Tenn.'],
  'US.VT': ['Vt.'],
  'US.VA': ['Va.'],
  'US.WA': ['Wash.'],
  'US.WV': ['W.Va.', 'W. Va.'],
  'US.WI': ['Wis.', 'Wisc.'],
  'US.WY': ['Wyo.'],
  'AU.02': ['NSW'],
  'AU.04': ['Qld'],
};

/**
 * Country points that replace the package's rounded ones where a standard centre is well known:
 * the geographic centre of the contiguous United States (near Lebanon, Kansas), not of all 50 states.
 */
export const COUNTRY_POINTS: Record<string, [number, number]> = { US: [39.83, -98.58] };

/** Words that wrap a division's name in official lists ("Province of Pangasinan", "Hims Governorate"): the bare name is indexed too. */
export const ADMIN_WRAPPERS =
  /^(?:province|state|region|department|prefecture|governorate|district|municipality) of |^(?:provincia|departamento|estado|regione) (?:de |di |del )?| (?:province|region|governorate|prefecture|oblast|district|municipality|voivodeship|state)$/i;
