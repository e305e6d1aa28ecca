/**
 * The task pane's own words, Danish first, English second. Finding messages and engine notes
 * come from `src/i18n/`; these are the labels, buttons and short explanations around them.
 * `strings.test.ts` holds every key to both languages and the same placeholders in each.
 */
export type Lang = "da" | "en";

const S = {
  appTitle: { da: "Kontrakttjek", en: "Kontrakttjek" },
  appSubtitle: {
    da: "Tjek data, beregn og skriv målopfyldelse for resultatkontrakten",
    en: "Check data, compute and write goal fulfilment for the performance contract",
  },
  navLabel: { da: "Trin", en: "Steps" },
  tabContract: { da: "Kontrakt", en: "Contract" },
  tabBinding: { da: "Tabeller", en: "Tables" },
  tabCheck: { da: "Tjek", en: "Check" },
  tabGoals: { da: "Mål", en: "Goals" },
  tabWrite: { da: "Skriv", en: "Write" },
  tabStart: { da: "Start fra bunden", en: "Start from scratch" },

  contractLabel: { da: "Kontrakt", en: "Contract" },
  contractPlaceholder: { da: "Vælg en kontrakt", en: "Choose a contract" },
  contractHint: {
    da: "Vælg den resultatkontrakt eller rammeaftale, som tallene skal holdes op imod.",
    en: "Choose the performance contract or framework agreement to measure the figures against.",
  },
  periodLabel: { da: "Periode", en: "Period" },
  periodYear: { da: "Hele året", en: "Full year" },
  periodH1: { da: "1. halvår (status pr. 30. juni)", en: "First half (status at 30 June)" },
  bindAuto: { da: "Find tabellerne automatisk", en: "Find the tables automatically" },
  contractChosen: { da: "{title} · {goals} mål", en: "{title} · {goals} goals" },

  bindingIntro: {
    da: "Kontrakttjek har koblet projektmappens tabeller til kontraktens data. Ret en kolonne, hvis gættet er forkert; valget gemmes i projektmappen.",
    en: "Kontrakttjek has linked the workbook's tables to the contract's data. Change a column if the guess is wrong; the choice is saved in the workbook.",
  },
  bindingNone: {
    da: "Ingen tabeller koblet endnu. Vælg en kontrakt og tryk «Find tabellerne automatisk».",
    en: "No tables linked yet. Choose a contract and press “Find the tables automatically”.",
  },
  bindingSource: { da: "Tabel", en: "Table" },
  bindingSourceNone: { da: "(ikke koblet)", en: "(not linked)" },
  bindingSourceAuto: { da: "(find automatisk)", en: "(detect automatically)" },
  bindingColumn: { da: "Kolonne for {field}", en: "Column for {field}" },
  bindingColumnNone: { da: "(ingen)", en: "(none)" },
  bindingFit: { da: "Passer {pct} %", en: "Fits {pct} %" },
  confidenceHigh: { da: "sikker", en: "certain" },
  confidenceMedium: { da: "sandsynlig", en: "likely" },
  confidenceLow: { da: "gæt", en: "guess" },
  confidenceLabel: { da: "{level} ({pct} %)", en: "{level} ({pct} %)" },
  requiredField: { da: "skal udfyldes", en: "required" },
  bindingSave: { da: "Gem koblingen i projektmappen", en: "Save the links in the workbook" },
  bindingSaved: { da: "Koblingen er gemt i projektmappen.", en: "The links are saved in the workbook." },
  bindingIssues: { da: "Bemærkninger til koblingen", en: "Notes on the links" },
  roleForloeb: { da: "Forløb", en: "Courses" },
  roleEvaluering: { da: "Brugerevaluering", en: "User evaluation" },
  roleNoegletal: { da: "Nøgletal", en: "Key figures" },
  roleKommuner: { da: "Kommuner", en: "Municipalities" },
  roleAktiviteter: { da: "Aktiviteter", en: "Activities" },
  sourceName: { da: "{sheet} · {table}", en: "{sheet} · {table}" },
  sourceRange: { da: "{sheet} · område fra række {row}", en: "{sheet} · range from row {row}" },
  sourceRows: { da: "{rows} rækker", en: "{rows} rows" },

  checkRun: { da: "Tjek registreringerne", en: "Check the entries" },
  checkSummary: {
    da: "{errors} fejl og {warnings} advarsler i {rows} rækker",
    en: "{errors} errors and {warnings} warnings in {rows} rows",
  },
  checkClean: { da: "Ingen fejl fundet – flot.", en: "No errors found – well done." },
  checkAuto: { da: "Tjek igen, når tabellerne ændres", en: "Check again when the tables change" },
  checkGroupCount: { da: "{count} stk.", en: "{count}" },
  checkGoTo: { da: "Vis cellen {sheet}!{cell}", en: "Show cell {sheet}!{cell}" },
  checkMore: { da: "… og {count} mere", en: "… and {count} more" },
  checkNotRun: { da: "Tjekket er ikke kørt endnu.", en: "The check has not run yet." },
  severityError: { da: "Fejl", en: "Error" },
  severityWarning: { da: "Advarsel", en: "Warning" },
  severityInfo: { da: "Bemærk", en: "Note" },
  findingsLabel: { da: "Fund grupperet efter regel", en: "Findings grouped by rule" },
  checkedAgain: { da: "Tabellerne er ændret – tjekket er kørt igen.", en: "The tables changed – the check ran again." },

  goalsRun: { da: "Beregn målopfyldelse", en: "Compute goal fulfilment" },
  goalsNone: { da: "Målopfyldelsen er ikke beregnet endnu.", en: "Goal fulfilment has not been computed yet." },
  goalsSummary: { da: "{title} · {period}", en: "{title} · {period}" },
  periodYearOf: { da: "år {year}", en: "year {year}" },
  periodH1Of: { da: "1. halvår {year}", en: "first half {year}" },
  goalFulfilment: { da: "Opfyldelse", en: "Fulfilment" },
  goalFulfilmentValue: { da: "{pct} % opfyldt", en: "{pct} % fulfilled" },
  goalNoData: { da: "mangler data", en: "no data" },
  statusOpfyldt: { da: "Opfyldt", en: "Met" },
  statusDelvist: { da: "Delvist opfyldt", en: "Partly met" },
  statusIkkeOpfyldt: { da: "Ikke opfyldt", en: "Not met" },
  statusManglerData: { da: "Mangler data", en: "No data" },
  indicatorFigures: {
    da: "Realiseret {value} · måltal {op} {target} {unit}",
    en: "Realised {value} · target {op} {target} {unit}",
  },
  valueMissing: { da: "–", en: "–" },
  unitAntal: { da: "", en: "" },
  unitProcent: { da: "%", en: "%" },
  unitPoint: { da: "point", en: "points" },
  unitProcentpoint: { da: "procentpoint", en: "percentage points" },
  unitFaktor: { da: "", en: "" },
  unitVirksomheder: { da: "virksomheder", en: "companies" },
  unitAktiviteter: { da: "aktiviteter", en: "activities" },
  goalCard: { da: "Mål {id}: {title}", en: "Goal {id}: {title}" },
  indicatorPct: { da: "{pct} %", en: "{pct} %" },
  paceOnTrack: { da: "På rette spor: {due} skulle være nået pr. 30. juni", en: "On track: {due} was due by 30 June" },
  paceBehind: { da: "Bagud: {due} skulle være nået pr. 30. juni", en: "Behind: {due} was due by 30 June" },
  goalOnTrack: { da: "På rette spor ved halvåret", en: "On track at the half-year" },
  goalBehind: { da: "Bagud ved halvåret", en: "Behind at the half-year" },
  needed100: { da: "For 100 %: {add} flere {of}", en: "For 100 %: {add} more {of}" },
  needed50: { da: "For 50 %: {add} flere {of}", en: "For 50 %: {add} more {of}" },
  notesLabel: { da: "Noter", en: "Notes" },
  whatIfOpen: { da: "Hvad nu hvis …", en: "What if …" },
  whatIfTitle: { da: "Hvad nu hvis – {goal}", en: "What if – {goal}" },
  whatIfHint: {
    da: "Prøv andre tal. Projektmappen ændres ikke.",
    en: "Try other figures. The workbook is not changed.",
  },
  whatIfRealised: { da: "Realiseret ({label})", en: "Realised ({label})" },
  whatIfTarget: { da: "Måltal ({label})", en: "Target ({label})" },
  whatIfResult: { da: "Målet bliver {pct} % opfyldt", en: "The goal becomes {pct} % fulfilled" },
  whatIfReset: { da: "Nulstil", en: "Reset" },
  whatIfClose: { da: "Luk", en: "Close" },

  writePreview: { da: "Vis hvad der skrives", en: "Show what will be written" },
  writeIntro: {
    da: "Kontrakttjek skriver kun i sine egne ark og kolonner og kan fjerne alt igen.",
    en: "Kontrakttjek writes only into its own sheets and columns and can remove all of it again.",
  },
  writeSheet: {
    da: "Arket «{sheet}»: {rows} rækker × {columns} kolonner",
    en: "Sheet “{sheet}”: {rows} rows × {columns} columns",
  },
  writeSheetChart: { da: "med et diagram over opfyldelse pr. mål", en: "with a chart of fulfilment per goal" },
  writeColumn: {
    da: "Kolonnen «{header}» i {sheet}, kolonne {column}, række {first}–{last} ({notes} rækker med bemærkninger)",
    en: "Column “{header}” in {sheet}, column {column}, rows {first}–{last} ({notes} rows with notes)",
  },
  writeHighlights: {
    da: "{count} celler farves i {sheet} (fx {cells})",
    en: "{count} cells coloured in {sheet} (e.g. {cells})",
  },
  writeNothing: { da: "Der er intet at skrive.", en: "There is nothing to write." },
  writeGo: { da: "Skriv i projektmappen", en: "Write into the workbook" },
  writeForce: { da: "Skriv alligevel (overskriv)", en: "Write anyway (overwrite)" },
  writeDone: {
    da: "Skrevet: {sheets}; {cells} celler, {highlights} farvede celler.",
    en: "Written: {sheets}; {cells} cells, {highlights} coloured cells.",
  },
  cleanGo: { da: "Fjern det, Kontrakttjek har skrevet", en: "Remove what Kontrakttjek wrote" },
  cleanDone: {
    da: "Fjernet: {sheets} ark, {columns} kolonner, {highlights} farvede celler.",
    en: "Removed: {sheets} sheets, {columns} columns, {highlights} coloured cells.",
  },
  previewTitle: { da: "Dette bliver ændret", en: "This will change" },

  startIntro: {
    da: "Har I ingen tabeller endnu? Indsæt kontraktens udfyldningsark – med overskrifter, tabeller og datavalidering – og begynd at skrive.",
    en: "No tables yet? Insert the contract's fill-in sheets – with headers, tables and data validation – and start typing.",
  },
  startGo: { da: "Indsæt udfyldningsark", en: "Insert fill-in sheets" },
  startDone: { da: "Indsat: {sheets}.", en: "Inserted: {sheets}." },
  startSkipped: { da: "Findes allerede og er ikke rørt: {sheets}.", en: "Already there and left alone: {sheets}." },
  startNoValidation: {
    da: "Denne Excel-version understøtter ikke datavalidering fra tilføjelsesprogrammer; arkene er indsat uden.",
    en: "This Excel version does not support data validation from add-ins; the sheets were inserted without it.",
  },

  busyBind: { da: "Finder tabellerne …", en: "Finding the tables …" },
  busyRead: { da: "Læser tabellerne …", en: "Reading the tables …" },
  busyCheck: { da: "Tjekker …", en: "Checking …" },
  busyEvaluate: { da: "Beregner …", en: "Computing …" },
  busyWrite: { da: "Skriver …", en: "Writing …" },
  busyClean: { da: "Fjerner …", en: "Removing …" },
  busyInsert: { da: "Indsætter ark …", en: "Inserting sheets …" },
  busyProgress: { da: "{done} af {total}", en: "{done} of {total}" },
  cancel: { da: "Annullér", en: "Cancel" },
  cancelled: {
    da: "Annulleret. Intet halvt arbejde er efterladt uden at kunne fjernes.",
    en: "Cancelled. Anything half-written can be removed.",
  },
  dismiss: { da: "Luk", en: "Dismiss" },

  errorTitle: { da: "Det gik ikke", en: "That did not work" },
  errConflict: {
    da: "Cellen {sheet}!{address} indeholder jeres egne data, og Kontrakttjek skriver ikke hen over dem. Flyt dataene, eller vælg «Skriv alligevel».",
    en: "Cell {sheet}!{address} holds your own data, and Kontrakttjek does not write over it. Move the data, or choose “Write anyway”.",
  },
  errNotFound: {
    da: "Et ark eller en tabel, som Kontrakttjek bruger, findes ikke længere. Find tabellerne igen.",
    en: "A sheet or table Kontrakttjek uses no longer exists. Find the tables again.",
  },
  errProtected: {
    da: "Arket er beskyttet. Fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse) og prøv igen.",
    en: "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  errEditing: {
    da: "Excel er i redigeringstilstand. Tryk Enter eller Esc i cellen og prøv igen.",
    en: "Excel is in cell-editing mode. Press Enter or Esc in the cell and try again.",
  },
  errTooLarge: {
    da: "Excel afviste en for stor forespørgsel, også i mindre bidder. Prøv med færre rækker.",
    en: "Excel refused a request as too large, even in smaller parts. Try with fewer rows.",
  },
  errBusy: {
    da: "Excel har travlt eller har nået en grænse. Vent et øjeblik og prøv igen.",
    en: "Excel is busy or has hit a limit. Wait a moment and try again.",
  },
  errSettings: {
    da: "Indstillingerne er for store til at gemme i projektmappen.",
    en: "The settings are too large to store in the workbook.",
  },
  errGeneric: { da: "Der skete en uventet fejl: {message}", en: "An unexpected error happened: {message}" },
  errWriteUndone: {
    da: "Intet er skrevet: Kontrakttjek har fjernet det, der nåede at blive skrevet.",
    en: "Nothing was written: Kontrakttjek removed what had been written so far.",
  },
  errWritePreviousRemoved: {
    da: "Det, Kontrakttjek skrev sidste gang, var allerede fjernet; skriv igen, når Excel svarer.",
    en: "What Kontrakttjek wrote last time had already been removed; write again when Excel responds.",
  },
  errWritePartly: {
    da: "Projektmappen er delvist skrevet, og det kunne ikke fjernes automatisk. Vælg «Fjern det, Kontrakttjek har skrevet» for at rydde op.",
    en: "The workbook is partly written, and this could not be undone automatically. Choose “Remove what Kontrakttjek wrote” to clean up.",
  },
  errNoContract: { da: "Vælg først en kontrakt.", en: "Choose a contract first." },
  errNoBinding: { da: "Find først tabellerne.", en: "Find the tables first." },
  errApiMissing: {
    da: "Denne Excel-version mangler en funktion, som Kontrakttjek bruger ({feature}). Opdatér Excel.",
    en: "This Excel version lacks a feature Kontrakttjek uses ({feature}). Update Excel.",
  },

  demoTitle: { da: "Kontrakttjek – prøv det i browseren", en: "Kontrakttjek – try it in the browser" },
  demoIntro: {
    da: "Et opdigtet eksempel (fast seed). Intet forlader din maskine.",
    en: "A made-up example (fixed seed). Nothing leaves your machine.",
  },
  demoSheets: { da: "Ark", en: "Sheets" },
  demoGrid: { da: "Regneark: {sheet}", en: "Spreadsheet: {sheet}" },
  demoLanguage: { da: "Sprog", en: "Language" },
  demoOwned: { da: "skrevet af Kontrakttjek", en: "written by Kontrakttjek" },
  demoRowsShown: { da: "Viser række {from}–{to} af {rows}", en: "Showing rows {from}–{to} of {rows}" },
} as const satisfies Record<string, Record<Lang, string>>;

export const STRINGS: Readonly<Record<StringKey, Readonly<Record<Lang, string>>>> = S;
export type StringKey = keyof typeof S;

/** The text for `key` in `lang`, with `{name}` placeholders filled; unknown placeholders stay. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return S[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === "number" ? formatNumber(v, lang) : v;
  });
}

/** Numbers as a Danish or English reader expects them (1.234,5 or 1,234.5). */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: digits }).format(n);
}

/** Language from Office's display language ("da-DK", "en-US", …): Danish for Danish, else English. */
export const langOf = (displayLanguage: string | undefined): Lang =>
  /^da\b|^da-/i.test(displayLanguage ?? "") ? "da" : "en";
