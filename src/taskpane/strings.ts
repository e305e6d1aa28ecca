/**
 * The task pane's own words, Danish first, English second. Finding messages and engine notes
 * come from `src/i18n/`; these are the labels, buttons and short explanations around them.
 * `strings.test.ts` holds every key to both languages and the same placeholders in each.
 */
import { pluralize } from "../i18n/fill";

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
  tabAuthor: { da: "Ny kontrakt", en: "New contract" },

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
  contractWorkbook: { da: "Projektmappens kontrakt: {title}", en: "The workbook's contract: {title}" },
  contractOffer: {
    da: "Projektmappen har sin egen kontrakt: {title}.",
    en: "The workbook has its own contract: {title}.",
  },
  contractOfferUse: { da: "Brug projektmappens kontrakt", en: "Use the workbook's contract" },

  authorIntro: {
    da: "Lav næste års kontrakt ud fra en kendt kontrakt: ret titler og måltal, se kontraktfilen, og gem kontrakten i projektmappen, så den følger med filen.",
    en: "Make next year's contract from a known one: edit titles and targets, see the contract file, and save the contract in the workbook so it travels with the file.",
  },
  authorFrom: { da: "Ny kontrakt ud fra …", en: "New contract from …" },
  authorFromSheet: { da: "Arket «{sheet}» i projektmappen", en: "The sheet “{sheet}” in the workbook" },
  authorId: { da: "Id (små bogstaver, tal og bindestreg)", en: "Id (lower-case letters, digits and hyphens)" },
  authorTitle: { da: "Titel", en: "Title" },
  authorYear: { da: "År", en: "Year" },
  authorCreate: { da: "Opret udkast", en: "Create draft" },
  authorImport: { da: "Indlæs JSON", en: "Load JSON" },
  authorImportFile: { da: "Kontraktfil (JSON)", en: "Contract file (JSON)" },
  authorLoaded: { da: "Indlæst fra {name}: {title}.", en: "Loaded from {name}: {title}." },
  authorDraft: { da: "Udkast: {title} ({id})", en: "Draft: {title} ({id})" },
  authorGoals: { da: "Mål og måltal", en: "Goals and targets" },
  authorGoalTitle: { da: "Målets titel", en: "Goal title" },
  authorIndicator: { da: "Indikator: {label}", en: "Indicator: {label}" },
  authorLabel: { da: "Navn", en: "Name" },
  authorTarget: { da: "Måltal {op}", en: "Target {op}" },
  authorTargetParam: { da: "Måltal {op} for {param} {value}", en: "Target {op} for {param} {value}" },
  authorTargetOption: {
    da: "Måltallet sættes lokalt i indstillingen «{option}».",
    en: "The target is set locally in the option “{option}”.",
  },
  authorNotANumber: {
    da: "«{text}» er ikke et tal. Skriv fx 45 eller 45,5.",
    en: "“{text}” is not a number. Enter e.g. 45 or 45.5.",
  },
  authorChecks: { da: "Kontrol af kontrakten", en: "Contract check" },
  authorNoProblems: { da: "Ingen fejl – kontrakten kan gemmes.", en: "No errors – the contract can be saved." },
  authorProblemsTitle: {
    da: "Kontrakten kunne ikke oprettes",
    en: "The contract could not be created",
  },
  authorJson: { da: "Kontraktfilen (JSON)", en: "The contract file (JSON)" },
  authorDownload: { da: "Hent JSON", en: "Download JSON" },
  authorSave: { da: "Gem i projektmappen", en: "Save in the workbook" },
  authorSavePreview: { da: "Dette bliver gemt", en: "This will be saved" },
  authorSaveNewSheet: {
    da: "Arket «{sheet}» oprettes: {rows} rækker × {columns} kolonner.",
    en: "The sheet “{sheet}” is created: {rows} rows × {columns} columns.",
  },
  authorSaveSheet: {
    da: "Arket «{sheet}» findes og får kontraktens {rows} rækker × {columns} kolonner. Står der noget andet i arket, spørger Kontrakttjek, før det overskrives.",
    en: "The sheet “{sheet}” exists and gets the contract's {rows} rows × {columns} columns. If the sheet says something else, Kontrakttjek asks before overwriting it.",
  },
  authorSaveSettings: {
    da: "Kontrakten gemmes i projektmappen og kan så vælges som «Projektmappens kontrakt». Arket er jeres: «Fjern det, Kontrakttjek har skrevet» rører det ikke.",
    en: "The contract is saved in the workbook and can then be chosen as “The workbook's contract”. The sheet is yours: “Remove what Kontrakttjek wrote” leaves it alone.",
  },
  authorSaveGo: { da: "Gem", en: "Save" },
  authorConflict: {
    da: "Cellen {sheet}!{address} siger noget andet end kontrakten – måske er arket rettet i hånden. Overskriv arket med kontrakten?",
    en: "Cell {sheet}!{address} says something else than the contract – perhaps the sheet was edited by hand. Overwrite the sheet with the contract?",
  },
  authorOverwrite: { da: "Overskriv arket", en: "Overwrite the sheet" },
  authorSaved: {
    da: "Gemt i projektmappen: «{title}» og arket «{sheet}» ({cells} celler). Vælg den under Kontrakt.",
    en: "Saved in the workbook: “{title}” and the sheet “{sheet}” ({cells} cells). Choose it under Contract.",
  },
  authorDiscard: { da: "Kassér udkastet", en: "Discard the draft" },
  authorInvalid: {
    da: "Kontrakten har fejl. Ret dem først (se «Kontrol af kontrakten»).",
    en: "The contract has errors. Correct them first (see “Contract check”).",
  },
  authorFileTooLarge: {
    da: "{name} fylder {size} byte; en kontraktfil må højst fylde {max} byte.",
    en: "{name} is {size} bytes; a contract file may be at most {max} bytes.",
  },
  authorSheetMissing: { da: "Projektmappen har intet ark «{sheet}».", en: "The workbook has no sheet “{sheet}”." },
  authorSheetProblems: {
    da: "Arket «{sheet}» har {count} fejl og bruges ikke som kontrakt. Se dem under «Ny kontrakt».",
    en: "The sheet “{sheet}” has {count} {count:error|errors} and is not used as a contract. See them under “New contract”.",
  },

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
    da: "{errors} fejl og {warnings} {warnings:advarsel|advarsler} i {rows} {rows:række|rækker}",
    en: "{errors} {errors:error|errors} and {warnings} {warnings:warning|warnings} in {rows} {rows:row|rows}",
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
  whatIfSave: { da: "Gem som ark …", en: "Save as a sheet …" },
  whatIfSavePreview: {
    da: "Scenariet skrives i et nyt ark, «{sheet}», med de beregnede tal og scenariets side om side. Arket bliver dit: Kontrakttjek retter eller fjerner det ikke.",
    en: "The scenario goes into a new sheet, “{sheet}”, with the evaluated figures and the scenario's side by side. The sheet is yours: Kontrakttjek neither edits nor removes it.",
  },
  whatIfSaveGo: { da: "Gem arket", en: "Save the sheet" },
  whatIfSaved: {
    da: "Scenariet er gemt i arket «{sheet}» ({cells} {cells:celle|celler}).",
    en: "The scenario is saved in the sheet “{sheet}” ({cells} {cells:cell|cells}).",
  },
  whatIfNoName: {
    da: "Der findes allerede {count} scenarieark for målet. Slet nogle af dem, og gem igen.",
    en: "The goal already has {count} scenario sheets. Delete some of them and save again.",
  },

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
    da: "{count} {count:celle|celler} farves i {sheet} (fx {cells})",
    en: "{count} {count:cell|cells} coloured in {sheet} (e.g. {cells})",
  },
  writeNothing: { da: "Der er intet at skrive.", en: "There is nothing to write." },
  writeGo: { da: "Skriv i projektmappen", en: "Write into the workbook" },
  writeForce: { da: "Skriv ved siden af", en: "Write beside it" },
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
  busyKontrakt: { da: "Læser kontrakten …", en: "Reading the contract …" },
  busyProgress: { da: "{done} af {total}", en: "{done} of {total}" },
  cancel: { da: "Annullér", en: "Cancel" },
  cancelled: {
    da: "Annulleret. Intet halvt arbejde er efterladt uden at kunne fjernes.",
    en: "Cancelled. Anything half-written can be removed.",
  },
  dismiss: { da: "Luk", en: "Dismiss" },

  errorTitle: { da: "Det gik ikke", en: "That did not work" },
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
  return pluralize(S[key][lang], params).replace(/\{(\w+)\}/g, (m, name: string) => {
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
