/**
 * Municipality names per region, for the fill-in `Kommuner` table. Names only: population and
 * by/land type (KL's classification) are reference data the user maintains, never shipped here.
 */

/** Region Hovedstaden: 29 municipalities, Bornholm included. */
export const REGION_HOVEDSTADEN = [
  "Albertslund",
  "Allerød",
  "Ballerup",
  "Bornholm",
  "Brøndby",
  "Dragør",
  "Egedal",
  "Fredensborg",
  "Frederiksberg",
  "Frederikssund",
  "Furesø",
  "Gentofte",
  "Gladsaxe",
  "Glostrup",
  "Gribskov",
  "Halsnæs",
  "Helsingør",
  "Herlev",
  "Hillerød",
  "Hvidovre",
  "Høje-Taastrup",
  "Hørsholm",
  "Ishøj",
  "København",
  "Lyngby-Taarbæk",
  "Rudersdal",
  "Rødovre",
  "Tårnby",
  "Vallensbæk",
] as const;

/** Region Sjælland: 17 municipalities. */
export const REGION_SJAELLAND = [
  "Faxe",
  "Greve",
  "Guldborgsund",
  "Holbæk",
  "Kalundborg",
  "Køge",
  "Lejre",
  "Lolland",
  "Næstved",
  "Odsherred",
  "Ringsted",
  "Roskilde",
  "Slagelse",
  "Solrød",
  "Sorø",
  "Stevns",
  "Vordingborg",
] as const;

/** Region Midtjylland: 19 municipalities. */
export const REGION_MIDTJYLLAND = [
  "Aarhus",
  "Favrskov",
  "Hedensted",
  "Herning",
  "Holstebro",
  "Horsens",
  "Ikast-Brande",
  "Lemvig",
  "Norddjurs",
  "Odder",
  "Randers",
  "Ringkøbing-Skjern",
  "Samsø",
  "Silkeborg",
  "Skanderborg",
  "Skive",
  "Struer",
  "Syddjurs",
  "Viborg",
] as const;

/** Region Nordjylland: 11 municipalities. */
export const REGION_NORDJYLLAND = [
  "Aalborg",
  "Brønderslev",
  "Frederikshavn",
  "Hjørring",
  "Jammerbugt",
  "Læsø",
  "Mariagerfjord",
  "Morsø",
  "Rebild",
  "Thisted",
  "Vesthimmerlands",
] as const;

/** Region Syddanmark: 22 municipalities (Erhvervshus Fyn and Erhvervshus Sydjylland). */
export const REGION_SYDDANMARK = [
  "Aabenraa",
  "Assens",
  "Billund",
  "Esbjerg",
  "Faaborg-Midtfyn",
  "Fanø",
  "Fredericia",
  "Haderslev",
  "Kerteminde",
  "Kolding",
  "Langeland",
  "Middelfart",
  "Nordfyns",
  "Nyborg",
  "Odense",
  "Svendborg",
  "Sønderborg",
  "Tønder",
  "Varde",
  "Vejen",
  "Vejle",
  "Ærø",
] as const;

/** All 98 municipalities, for the national framework agreements. */
export const ALL_MUNICIPALITIES: readonly string[] = [
  ...REGION_HOVEDSTADEN,
  ...REGION_SJAELLAND,
  ...REGION_MIDTJYLLAND,
  ...REGION_NORDJYLLAND,
  ...REGION_SYDDANMARK,
].sort((a, b) => a.localeCompare(b, "da"));

/** How a region is written in `Hovedsæde (region)`; compared folded, so case and spacing do not matter. */
export const HOVEDSTADEN_REGION_NAMES = [
  "Region Hovedstaden",
  "Hovedstaden",
  "Region H",
  "Hovedstadsregionen",
  "Region Hovedstad",
  "Capital Region",
  "Capital Region of Denmark",
  "The Capital Region",
] as const;
export const SJAELLAND_REGION_NAMES = [
  "Region Sjælland",
  "Sjælland",
  "Region S",
  "Sjællandsregionen",
  "Region Zealand",
  "Zealand",
  "Zealand Region",
] as const;
/** The other three regions as a CRM writes them. */
export const OTHER_REGION_NAMES = [
  "Region Midtjylland",
  "Midtjylland",
  "Region Midt",
  "Central Denmark Region",
  "Region Syddanmark",
  "Syddanmark",
  "Region Syd",
  "Region of Southern Denmark",
  "Region Nordjylland",
  "Nordjylland",
  "Region Nord",
  "North Denmark Region",
] as const;
