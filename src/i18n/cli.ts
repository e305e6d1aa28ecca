import { pluralize } from "./fill";

/** Every text the command line prints, in Danish and English. */
export type CliKey =
  | "usage"
  | "file-missing"
  | "not-xlsx"
  | "xls-unsupported"
  | "csv-unsupported"
  | "unreadable"
  | "no-table-binds"
  | "unknown-contract"
  | "contract-required"
  | "file-required"
  | "unknown-flag"
  | "missing-value"
  | "bad-pair"
  | "unknown-setting"
  | "bad-lang"
  | "bad-period"
  | "binding-invalid"
  | "contract-invalid"
  | "internal"
  | "same-file"
  | "written"
  | "cleaned"
  | "template-written"
  | "examples-written"
  | "findings-none"
  | "findings-summary"
  | "col-goal"
  | "col-sub"
  | "col-title"
  | "col-target"
  | "col-realised"
  | "col-fulfilment"
  | "col-status"
  | "col-needed"
  | "col-pace"
  | "on-track"
  | "behind"
  | "period-year"
  | "period-h1"
  | "severity-error"
  | "severity-warning"
  | "severity-info"
  | "write-conflict"
  | "write-conflict-fixed"
  | "unknown-command"
  | "too-large"
  | "reason-not-zip"
  | "reason-truncated"
  | "reason-corrupt"
  | "reason-unsupported"
  | "reason-not-xlsx"
  | "macro-refused"
  | "password-protected"
  | "reason-empty"
  | "write-failed"
  | "out-extension"
  | "out-exists"
  | "out-protected"
  | "out-not-file"
  | "limit-ratio"
  | "limit-entries"
  | "limit-bytes"
  | "limit-text"
  | "xlsb-unsupported"
  | "strict-ooxml-unsupported"
  | "reason-dtd"
  | "contract-sheet-missing"
  | "contract-sheet-invalid"
  | "contract-exported";

type Table = Record<CliKey, string>;

const DA: Table = {
  usage: `Brug: kontrakttjek <kommando> [flag]

Kommandoer:
  contracts [--json]                         Vis kontraktbiblioteket
  check <fil.xlsx> --contract <id>           Kontrollér alle indtastninger
                                             (--contract kontrakt.json eller --contract sheet)
  evaluate <fil.xlsx> --contract <id>        Beregn målopfyldelse (og skriv med --write <ud.xlsx>)
  clean <fil.xlsx> --write <ud.xlsx>         Fjern alt, hvad Kontrakttjek har skrevet
  template <kontrakt-id> --out <fil.xlsx>    Lav en udfyldningsprojektmappe
  examples [--out <mappe>]                   Lav eksempelprojektmapper (fast seed)

Flag: --binding <b.json> --param nøgle=værdi --option nøgle=værdi --period år|H1 --json --lang da|en --force`,
  "file-missing": "Filen {file} findes ikke. Tjek stien.",
  "not-xlsx": "Filen {file} er ikke en gyldig .xlsx-projektmappe ({reason}). Gem den som Excel-projektmappe (.xlsx).",
  "xls-unsupported":
    "Filen {file} er i det gamle .xls-format eller adgangskodebeskyttet. Fjern adgangskoden og gem den som .xlsx i Excel.",
  "csv-unsupported": "Filen {file} er en CSV-fil. Åbn den i Excel og gem den som .xlsx med en tabel pr. rolle.",
  unreadable: "Filen {file} kan ikke læses: {reason}.",
  "no-table-binds":
    "Ingen tabel i {file} passer til kontrakten {contract}. Brug overskrifterne fra udfyldningsskabelonen (kontrakttjek template {contract} --out skabelon.xlsx) eller en bindingsfil (--binding).",
  "unknown-contract": 'Kontrakten "{contract}" findes ikke. Kendte kontrakter: {known}.',
  "contract-required": "Angiv en kontrakt med --contract <id>. Kendte kontrakter: {known}.",
  "file-required": "Angiv en .xlsx-fil, fx: kontrakttjek {command} forloeb.xlsx --contract sjaelland-2025.",
  "unknown-flag": "Ukendt flag --{name}. Se kontrakttjek --help.",
  "missing-value": "Flaget --{name} mangler en værdi.",
  "bad-pair": '--{name} skal have formen nøgle=værdi (fik "{value}").',
  "unknown-setting": "Ukendt parameter eller indstilling for {contract}: {list}. Gyldige: {valid}.",
  "bad-lang": 'Sproget skal være da eller en (fik "{value}").',
  "bad-period": 'Perioden skal være år eller H1 (fik "{value}").',
  "binding-invalid": "Bindingsfilen {file} er ikke gyldig: {reason}.",
  "contract-invalid": "Kontraktfilen {file} er ikke gyldig: {reason}.",
  internal: "Uventet fejl: {reason}. Kontakt udviklerne med filen og kommandoen.",
  "same-file": "--write må ikke pege på inputfilen; Kontrakttjek ændrer aldrig inputfilen. Vælg et nyt filnavn.",
  written: "Skrev {file}: {cells} celler, ark {sheets}.",
  cleaned: "Skrev {file}: fjernede {sheets} ark, {columns} kolonner og {highlights} markeringer.",
  "template-written": "Skrev udfyldningsprojektmappen {file} for {contract}.",
  "examples-written": "Skrev {count} {count:eksempelprojektmappe|eksempelprojektmapper} i {dir}.",
  "findings-none": "Ingen fejl eller advarsler.",
  "findings-summary": "{errors} fejl, {warnings} {warnings:advarsel|advarsler}, {infos} {infos:oplysning|oplysninger}.",
  "col-goal": "Mål",
  "col-sub": "Delmål",
  "col-title": "Titel",
  "col-target": "Måltal",
  "col-realised": "Realiseret",
  "col-fulfilment": "Opfyldelse",
  "col-status": "Status",
  "col-needed": "Mangler",
  "col-pace": "Tempo",
  "on-track": "på sporet",
  behind: "bagud",
  "period-year": "hele året {year}",
  "period-h1": "1. halvår {year} (januar–juni)",
  "severity-error": "Fejl",
  "severity-warning": "Advarsel",
  "severity-info": "Info",
  "write-conflict":
    "Cellen {sheet}!{address} indeholder brugerens data, hvor Kontrakttjek vil skrive, og Kontrakttjek skriver aldrig hen over dem. Flyt dataene, eller brug --force: så skriver Kontrakttjek ved siden af (et nyt ark «Målopfyldelse 2» eller den første ledige kolonne).",
  "write-conflict-fixed":
    "Cellen {sheet}!{address} indeholder brugerens data, og Kontrakttjek skriver aldrig hen over dem. Kontrol-kolonnen skal stå lige til højre for tabellen: flyt eller tøm cellerne i den kolonne, og prøv igen (--force ændrer ikke på det).",
  "unknown-command": 'Ukendt kommando "{command}". Se kontrakttjek --help.',
  "too-large":
    "Filen {file} er for stor eller pakket mistænkeligt ({reason}). Del den op, eller fjern indhold, der ikke skal kontrolleres.",
  "reason-not-zip": "filen er ikke en zip-pakke – måske en CSV-, HTML- eller tekstfil med forkert endelse",
  "reason-truncated": "filen er afkortet – måske en afbrudt download eller kopiering",
  "reason-corrupt": "filen er beskadiget",
  "reason-unsupported": "filen bruger en zip-funktion, som ikke understøttes",
  "reason-not-xlsx": "zip-pakken er ikke en Excel-projektmappe (mangler xl/workbook.xml)",
  "macro-refused": "Filen {file} indeholder makroer (.xlsm). {reason}",
  "password-protected":
    "Filen {file} er beskyttet med adgangskode, så den kan ikke læses. Åbn den i Excel, fjern adgangskoden (Filer › Oplysninger › Beskyt projektmappe), og gem den igen.",
  "reason-empty": "filen er tom (0 byte) – måske en afbrudt download eller kopiering",
  "limit-ratio": "{part} er pakket mere end {max}:1 – grænsen mod zip-bomber",
  "limit-entries": "pakken har mere end {max} dele",
  "limit-bytes": "{part} fylder udpakket mere end grænsen på {max} byte",
  "limit-text":
    "{part} indeholder en tekst eller et mærke på mere end {max} byte – Excel tillader højst 32.767 tegn i en celle",
  "xlsb-unsupported":
    "Filen {file} er en binær Excel-projektmappe (.xlsb), som Kontrakttjek ikke kan læse: åbn den i Excel, og gem den som Excel-projektmappe (.xlsx).",
  "strict-ooxml-unsupported":
    "Filen {file} er gemt som 'Strict Open XML', som Kontrakttjek kan læse, men ikke skrive i: åbn den i Excel, og gem den som almindelig Excel-projektmappe (.xlsx).",
  "reason-dtd": "en del af filen indeholder en DTD (<!DOCTYPE …>), hvad Excel aldrig skriver",
  "write-failed":
    "Kunne ikke skrive {file} ({reason}). Intet er skrevet: filen er ikke oprettet eller ændret. Tjek mappen og den ledige plads, og prøv igen.",
  "out-exists":
    "Filen {file} findes allerede, og Kontrakttjek erstatter ikke en fil uden at blive bedt om det. Vælg et nyt filnavn, eller brug --force for at erstatte den.",
  "out-protected":
    "Filen {file} findes allerede og er skrivebeskyttet eller ejes af en anden bruger, så Kontrakttjek erstatter den ikke. Vælg et nyt filnavn, eller brug --force for at erstatte den (rettighederne beholdes).",
  "out-not-file":
    "Kan ikke skrive {file}: det er ikke en almindelig fil (fx en mappe eller en enhed). Vælg et filnavn, fx resultat.xlsx.",
  "out-extension":
    "Kan ikke skrive {file}: projektmappen er en {ext}-fil, og Excel åbner den kun med endelsen {ext}. Skriv til fx resultat{ext}.",
  "contract-sheet-missing":
    'Projektmappen {file} har intet ark "Kontrakt". Lav et med kontrakttjek export <id> --out kontrakt.xlsx, eller angiv en kontrakt-id.',
  "contract-sheet-invalid": 'Arket "Kontrakt" i {file} har {count} fejl (se ovenfor). Ret cellerne, og kør igen.',
  "contract-exported": "Skrev kontrakten {contract} til {file}.",
};

const EN: Table = {
  usage: `Usage: kontrakttjek <command> [flags]

Commands:
  contracts [--json]                         List the contract library
  check <file.xlsx> --contract <id>          Check every entry
                                             (--contract contract.json or --contract sheet)
  evaluate <file.xlsx> --contract <id>       Compute goal fulfilment (write with --write <out.xlsx>)
  clean <file.xlsx> --write <out.xlsx>       Remove everything Kontrakttjek wrote
  template <contract-id> --out <file.xlsx>   Create a fill-in workbook
  export <contract-id> --out <c.json|c.xlsx> Export a contract (JSON or a Kontrakt sheet);
         [--as <new-id> --year <year> --title <title>]  as a copy, e.g. next year's contract
  examples [--out <dir>]                     Create example workbooks (fixed seed)

Flags: --binding <b.json> --param key=value --option key=value --period year|H1 --json --lang da|en --force`,
  "file-missing": "The file {file} does not exist. Check the path.",
  "not-xlsx": "The file {file} is not a valid .xlsx workbook ({reason}). Save it as an Excel workbook (.xlsx).",
  "xls-unsupported":
    "The file {file} is in the old .xls format or password-protected. Remove the password and save it as .xlsx in Excel.",
  "csv-unsupported": "The file {file} is a CSV file. Open it in Excel and save it as .xlsx with one table per role.",
  unreadable: "The file {file} cannot be read: {reason}.",
  "no-table-binds":
    "No table in {file} matches the contract {contract}. Use the headers of the fill-in template (kontrakttjek template {contract} --out template.xlsx) or a binding file (--binding).",
  "unknown-contract": 'The contract "{contract}" does not exist. Known contracts: {known}.',
  "contract-required": "Give a contract with --contract <id>. Known contracts: {known}.",
  "file-required": "Give an .xlsx file, e.g.: kontrakttjek {command} courses.xlsx --contract sjaelland-2025.",
  "unknown-flag": "Unknown flag --{name}. See kontrakttjek --help.",
  "missing-value": "The flag --{name} needs a value.",
  "bad-pair": '--{name} must look like key=value (got "{value}").',
  "unknown-setting": "Unknown parameter or option for {contract}: {list}. Valid: {valid}.",
  "bad-lang": 'The language must be da or en (got "{value}").',
  "bad-period": 'The period must be year or H1 (got "{value}").',
  "binding-invalid": "The binding file {file} is not valid: {reason}.",
  "contract-invalid": "The contract file {file} is not valid: {reason}.",
  internal: "Unexpected error: {reason}. Contact the developers with the file and the command.",
  "same-file":
    "--write must not point at the input file; Kontrakttjek never modifies the input. Choose a new file name.",
  written: "Wrote {file}: {cells} cells, sheets {sheets}.",
  cleaned: "Wrote {file}: removed {sheets} sheets, {columns} columns and {highlights} highlights.",
  "template-written": "Wrote the fill-in workbook {file} for {contract}.",
  "examples-written": "Wrote {count} example {count:workbook|workbooks} in {dir}.",
  "findings-none": "No errors or warnings.",
  "findings-summary":
    "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:note|notes}.",
  "col-goal": "Goal",
  "col-sub": "Sub-target",
  "col-title": "Title",
  "col-target": "Target",
  "col-realised": "Realised",
  "col-fulfilment": "Fulfilment",
  "col-status": "Status",
  "col-needed": "Needed",
  "col-pace": "Pace",
  "on-track": "on track",
  behind: "behind",
  "period-year": "the whole year {year}",
  "period-h1": "first half of {year} (January–June)",
  "severity-error": "Error",
  "severity-warning": "Warning",
  "severity-info": "Note",
  "write-conflict":
    "The cell {sheet}!{address} holds the user's data where Kontrakttjek would write, and Kontrakttjek never writes over it. Move the data, or use --force: Kontrakttjek then writes beside it (a new sheet “Målopfyldelse 2” or the first free column).",
  "write-conflict-fixed":
    "The cell {sheet}!{address} holds the user's data, and Kontrakttjek never writes over it. The Kontrol column must stand right of the table: move or empty the cells of that column and try again (--force does not change that).",
  "unknown-command": 'Unknown command "{command}". See kontrakttjek --help.',
  "too-large":
    "The file {file} is too large or suspiciously packed ({reason}). Split it, or remove content that need not be checked.",
  "reason-not-zip": "the file is not a zip package – perhaps a CSV, HTML or text file with the wrong extension",
  "reason-truncated": "the file is truncated – perhaps an interrupted download or copy",
  "reason-corrupt": "the file is damaged",
  "reason-unsupported": "the file uses a zip feature that is not supported",
  "reason-not-xlsx": "the zip package is not an Excel workbook (no xl/workbook.xml)",
  "macro-refused": "The file {file} contains macros (.xlsm). {reason}",
  "password-protected":
    "The file {file} is password-protected, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.",
  "reason-empty": "the file is empty (0 bytes) – perhaps an interrupted download or copy",
  "limit-ratio": "{part} is packed more than {max}:1 – the limit against zip bombs",
  "limit-entries": "the package has more than {max} parts",
  "limit-bytes": "{part} unpacks to more than the limit of {max} bytes",
  "limit-text":
    "{part} holds a text or tag of more than {max} bytes – Excel allows at most 32,767 characters in a cell",
  "xlsb-unsupported":
    "The file {file} is a binary Excel workbook (.xlsb), which Kontrakttjek cannot read: open it in Excel and save it as an Excel workbook (.xlsx).",
  "strict-ooxml-unsupported":
    "The file {file} is saved as 'Strict Open XML', which Kontrakttjek can read but not write: open it in Excel and save it as an ordinary Excel workbook (.xlsx).",
  "reason-dtd": "a part of the file holds a DTD (<!DOCTYPE …>), which Excel never writes",
  "write-failed":
    "Could not write {file} ({reason}). Nothing was written: the file was not created or changed. Check the folder and free space, and try again.",
  "out-exists":
    "The file {file} already exists, and Kontrakttjek does not replace a file unless asked to. Choose a new file name, or use --force to replace it.",
  "out-protected":
    "The file {file} already exists and is read-only or owned by another user, so Kontrakttjek does not replace it. Choose a new file name, or use --force to replace it (its permissions are kept).",
  "out-not-file":
    "Cannot write {file}: it is not a regular file (a folder or a device, for instance). Choose a file name, e.g. result.xlsx.",
  "out-extension":
    "Cannot write {file}: the workbook is an {ext} file, and Excel opens it only with the extension {ext}. Write to e.g. result{ext}.",
  "contract-sheet-missing":
    'The workbook {file} has no "Kontrakt" sheet. Make one with kontrakttjek export <id> --out contract.xlsx, or give a contract id.',
  "contract-sheet-invalid":
    'The "Kontrakt" sheet in {file} has {count} {count:error|errors} (see above). Fix the cells and run again.',
  "contract-exported": "Wrote the contract {contract} to {file}.",
};

export function cliText(
  key: CliKey,
  lang: "da" | "en",
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = (lang === "en" ? EN : DA)[key];
  return pluralize(template, params).replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : oneLine(String(params[name])),
  );
}

/** A file, sheet or reason keeps to its message's line: a tab or line break in it is shown (␉ ␊ ␍). */
const oneLine = (text: string): string =>
  text.replace(/[\t\n\r]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));

/** Status words as the contracts write them, and in English. */
export const STATUS_TEXT: Readonly<Record<"da" | "en", Readonly<Record<string, string>>>> = {
  da: { opfyldt: "opfyldt", delvist: "delvist", "ikke opfyldt": "ikke opfyldt", "mangler data": "mangler data" },
  en: { opfyldt: "met", delvist: "partly met", "ikke opfyldt": "not met", "mangler data": "missing data" },
};
