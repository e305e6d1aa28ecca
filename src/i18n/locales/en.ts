/**
 * English: every text of Kontrakttjek in English, the second language. Loaded on first use in the
 * browser (`./index.ts`). Typed by `Locale`, so a missing key fails the type check.
 */
import type { Locale } from "../locale";

export const en: Locale = {
  code: "en",
  intl: "en-GB",
  number: { group: ",", decimal: "." },
  date: (year, month, day) => `${year}-${month}-${day}`,
  plural: (n) => (n === 1 || n === -1 ? 0 : 1),
  findings: {
    place: {
      sheet: 'Sheet "{sheet}"',
      table: "Table {table}",
      row: "row {row}",
      column: 'column "{column}"',
    },
    generic: {
      title: "Finding",
      message: 'The value "{value}" fails the check {rule}. Check the cell.',
    },
    rules: {
      "formula-not-calculated": {
        title: "Formula without a calculated value",
        message:
          "The cell holds a formula, but the file was saved without its result (typically an export from another program). Open the file in Excel and save it again; until then the cell is left out.",
      },
      "cell-error-value": {
        title: "Error value in cell",
        message:
          "The cell holds the error value {value}. Fix the formula or type the value; until then the cell is left out.",
      },
      "cvr-blank": {
        title: "CVR number missing",
        message:
          "The CVR number is missing. Enter the company's CVR number (8 digits); without it the row cannot be linked to a company.",
      },
      "cvr-format": {
        title: "CVR number is not 8 digits",
        message:
          '"{value}" is not a CVR number. Correct it to 8 digits (e.g. 12345674); the value is left out of the calculations.',
      },
      "cvr-leading-zero": {
        title: "CVR number starts with 0",
        message:
          'The CVR number "{value}" starts with 0, which no CVR number does. Look it up in the CVR register and correct it.',
      },
      "cvr-check-digit": {
        title: "CVR number fails the check digit",
        message:
          'The CVR number "{value}" fails the check (modulus 11) and is probably mistyped. Look it up in the CVR register and correct it.',
      },
      "cvr-normalised": {
        title: "CVR number read with spaces/DK",
        message: '"{value}" was read as CVR number {cvr}. Consider writing it as 8 digits without spaces or DK.',
      },
      "pnummer-missing": {
        title: "P-number missing",
        message:
          "The P-number is missing. Rammeaftale 2024–27 §9 requires courses to be registered with a P-number. Enter the production unit's P-number (10 digits).",
      },
      "pnummer-format": {
        title: "P-number is not 10 digits",
        message: '"{value}" is not a P-number. Correct it to 10 digits.',
      },
      "segment-invalid": {
        title: "Unknown customer segment",
        message: '"{value}" is not a customer segment. Enter drift or vækst.',
      },
      "segment-missing": {
        title: "Customer segment missing",
        message:
          "The customer segment is missing. Rammeaftale 2024–27 §9 requires courses to be registered with a segment. Enter drift or vækst.",
      },
      "tema-missing": {
        title: "Theme missing",
        message:
          "The theme of the guidance is missing. Rammeaftale 2024–27 §9 requires courses to be registered with a theme. Enter the theme (e.g. export or digitalisation).",
      },
      "henvist-missing": {
        title: "Referral missing",
        message:
          'The actor the company was referred to is not registered. Rammeaftale 2024–27 §9 requires it. Enter the actor (several separated by ;) or "ingen" (none).',
      },
      "score-invalid": {
        title: "Invalid recommendation score",
        message:
          '"{value}" is not a recommendation score. Enter a whole number from 0 to 10; the answer is left out of the NPS until fixed.',
      },
      "effect-invalid": {
        title: "Invalid effect answer",
        message:
          '"{value}" is not an answer on the effect scale. Enter i høj grad, i nogen grad, i lav grad, slet ikke or ved ikke.',
      },
      "referral-invalid": {
        title: "Invalid referral answer",
        message: '"{value}" is not a valid answer on the use of the referral. Enter ja, forventer, nej or ved ikke.',
      },
      "sustainability-invalid": {
        title: "Invalid sustainability answer",
        message:
          '"{value}" is not an answer on the scale. Enter i høj grad, i nogen grad, i lav grad, slet ikke or ved ikke, or leave the cell blank if the company had no sustainability guidance.',
      },
      "date-invalid": {
        title: "Invalid date",
        message:
          '"{value}" is not a valid date. Enter the date as dd-mm-yyyy (e.g. 04-03-2025) or use an Excel date format.',
      },
      "startdate-missing": {
        title: "Start date missing",
        message:
          "The start date is missing, so the course cannot be placed in a period and does not count towards its goals. Enter the start date.",
      },
      "start-after-end": {
        title: "End date before start date",
        message: "The end date {end} is before the start date {start} (column {startColumn}). Correct the wrong date.",
      },
      "founded-after-start": {
        title: "Founded after the course started",
        message:
          "The founding date {founded} is after the course start {start}. The company is counted as under 3 years. Look the date up in the CVR register and correct it.",
      },
      "number-invalid": {
        title: "Not a number",
        message: '"{value}" is not a number. Enter a number, e.g. 2,5 or 1.234,5 (Danish) or 2.5.',
      },
      "hours-implausible": {
        title: "Implausible hours",
        message:
          "{value} hours cannot be right for one course (more than 8,784 hours, a whole year). Correct the hours; until then they are left out.",
      },
      "hours-negative": {
        title: "Negative hours",
        message: "The number of hours {value} is negative. Enter 0 or more hours.",
      },
      "yesno-invalid": {
        title: "Neither yes nor no",
        message: '"{value}" is neither ja (yes) nor nej (no). Enter ja or nej.',
      },
      "hours-over-3-not-evaluated": {
        title: "Over 3 hours without user evaluation",
        message:
          "The company has {hours} hours of guidance in the year (its other courses: rows {otherRows}), but none of its courses was sent to user evaluation. Under rammeaftale 2024–27 §9 a company must always be evaluated when the guidance lasts more than {limit} hours. Send it to evaluation and enter ja.",
      },
      "service-missing": {
        title: "Service given is missing",
        message:
          "The row has neither {typeColumn} nor {temaColumn}. Rammeaftale 2019–20 requires the house to register the service given. Fill in the course type or the theme.",
      },
      "answer-cvr-unregistered": {
        title: "Answer from a company without a course",
        message:
          'CVR number {cvr} answered the user evaluation but is not in the course list (sheet "{coursesSheet}"). The framework agreement requires every guided company to be registered. Register the company\'s course, or correct the CVR number.',
      },
      "hours-over-20-no-decision": {
        title: "Over 20 hours without management decision",
        message:
          "The company (CVR {cvr}) received {total} hours of guidance from {windowStart} to {windowEnd} — over {limit} hours within 12 months (the other courses are in rows {otherRows}) — and there is no management decision. Under rammeaftale 2024–27 §5.1 management must decide explicitly. Enter ja once management has assessed the course.",
        whenBlank: {
          param: "otherRows",
          message:
            "The company (CVR {cvr}) received {total} hours of guidance from {windowStart} to {windowEnd} in this one course — over {limit} hours within 12 months — and there is no management decision. Under rammeaftale 2024–27 §5.1 management must decide explicitly. Enter ja once management has assessed the course.",
        },
      },
      "totals-row-skipped": {
        title: "Totals row below the data",
        message:
          'The row looks like a totals row ("{value}" and otherwise only numbers) and is not counted as data. If it is a real course or answer, enter it without "{value}".',
      },
      "duplicate-row": {
        title: "Duplicate row",
        message:
          "The row ({value}) is identical to row {firstRow}. Delete it if it was entered twice; otherwise it counts twice.",
      },
      "noegle-duplicate": {
        title: "Key figure listed twice",
        message:
          'The key figure "{value}" is also in row {firstRow}, and only the first row is used. Delete or rename one of them.',
      },
      "kommunetype-invalid": {
        title: "Unknown municipality type",
        message: '"{value}" is not a municipality type. Enter by (urban) or land (rural).',
      },
      "municipality-unknown": {
        title: "Unknown municipality",
        message:
          'The municipality "{value}" is not a Danish municipality and is not in the Kommuner table, so the course is left out wherever the municipality counts (e.g. the split over urban and rural municipalities). Did you mean "{candidate}"? Correct the name, or add the municipality to the Kommuner table if it is missing there.',
        whenBlank: {
          param: "candidate",
          message:
            'The municipality "{value}" is not a Danish municipality and is not in the Kommuner table, so the course is left out wherever the municipality counts (e.g. the split over urban and rural municipalities). Correct the name to a known municipality, or add it to the Kommuner table if it is missing there.',
        },
      },
      "activity-status-invalid": {
        title: "Unknown status",
        message: '"{value}" is not a status. Enter opfyldt (met), delvist (partly) or ikke opfyldt (not met).',
      },
      "required-blank": {
        title: "Required field blank",
        message: "{column} must be filled in but is blank. Fill in the cell or delete the row.",
      },
      "field-missing": {
        title: "Column missing",
        message:
          "The table has no column {field}, which the contract uses. Add the column or bind an existing column to it.",
      },
      "rule-not-checked": {
        title: "Rule not checked",
        message:
          'The rule "{ruleTitle}" cannot be checked because {fields} is not bound. Add the column or adjust the binding.',
      },
      "more-findings": {
        title: "More findings not shown",
        message:
          '{count} more {count:finding|findings} of the kind "{ruleTitle}" {count:is|are} not shown (at most {limit} per rule and table). Fix those shown and check again.',
      },
      "internal-error": {
        title: "The check stopped",
        message:
          "Checking the table stopped unexpectedly ({reason}), and the table is left out of the calculations. Contact the developers with the workbook.",
      },
      "binding-missing-required": {
        title: "Required column not found",
        message:
          'The table has no column "{header}". Add it (with exactly that header) or choose the column in the binding.',
      },
      "binding-guessed-column": {
        title: "Column guessed from its header",
        message:
          'The column "{value}" was bound to "{header}" on a partial match. Check that it is right, or choose another column in the binding.',
      },
      "binding-duplicate-header": {
        title: "Same header more than once",
        message:
          'The header "{value}" appears in several columns ({columns}); only the first is used. Give the columns distinct headers.',
      },
      "binding-merged-cells": {
        title: "Merged cells in the table",
        message:
          "The table has merged cells ({ranges}). Only the top-left cell of a merge holds a value; unmerge and fill in the cells.",
      },
      "binding-hidden-sheet": {
        title: "The table is on a hidden sheet",
        message:
          "The table is on a hidden sheet and is read all the same. Unhide the sheet if colleagues should see it.",
      },
      "binding-role-unbound": {
        title: "No table found",
        message:
          'No table matches {table}. Goals that use it show "mangler data". Add the table (see the fill-in template) or choose it in the binding.',
      },
      "binding-file-unknown-sheet": {
        title: "Binding file names an unknown sheet",
        message: 'The sheet "{sheet}" is not in the workbook. Fix the sheet name in the binding file.',
      },
      "binding-file-unknown-table": {
        title: "Binding file names an unknown table",
        message: 'The table "{table}" is not on the sheet. Fix the table name in the binding file.',
      },
      "binding-file-header-row": {
        title: "No headers in the given row",
        message:
          "The binding file says {path}: {headerRow}, but row {headerRow} of the sheet is not a table's header row, so the table {table} is not read and goal {goals} cannot be computed. The headers are in row {found}. Fix headerRow in the binding file, or delete the line so Kontrakttjek finds the row itself.",
        whenBlank: {
          param: "goals",
          message:
            "The binding file says {path}: {headerRow}, but row {headerRow} of the sheet is not the header row of the table {table}. The headers are in row {found}. Fix headerRow in the binding file, or delete the line so Kontrakttjek finds the row itself.",
        },
      },
      "binding-file-unknown-column": {
        title: "Binding file names an unknown column",
        message:
          'The binding file says {path}: "{written}", but the sheet has no column "{written}" for {header}, so goal {goals} cannot be computed. The most similar headers: {headers}. Write one of them exactly as it stands, or the column letter (see docs/data-dictionary.md).',
        whenBlank: {
          param: "goals",
          message:
            'The binding file says {path}: "{written}", but the sheet has no column "{written}" for {header}. The most similar headers: {headers}. Write one of them exactly as it stands, or the column letter (see docs/data-dictionary.md).',
        },
      },
      "binding-file-column-twice": {
        title: "Same column bound twice",
        message:
          'The column "{written}" is bound to both {other} and {field}. Fix one in the binding file so each field has its own column.',
      },
      "binding-file-letter-conflict": {
        title: "Header and column letter disagree",
        message:
          'The binding file says {path}: "column" is "{written}" (column {refLetter}), but "letter" is {letter} ("{letterHeader}"). Column {used} is read for {header} — the one changed from what Kontrakttjek found itself. Fix one so the two agree, or delete "letter".',
      },
      "binding-file-unknown-row": {
        title: "The binding file names a row that does not exist",
        message:
          'The binding file says {path}: "{written}", but {table} has no row with that text, so it is not used. The most similar texts: {known}. Write one of them exactly as it stands, or set null so Kontrakttjek finds the row itself.',
        whenBlank: {
          param: "known",
          message:
            'The binding file says {path}: "{written}", but {table} has no row with that text, so it is not used. Write the text exactly as it stands in the workbook, or set null so Kontrakttjek finds the row itself.',
        },
      },
      "binding-file-unknown-key": {
        title: "The binding file names an unknown key figure",
        message:
          'The binding file names the key figure "{name}" ({path}), which the contract does not have. Known key figures: {known}.',
      },
      "binding-file-unknown-activity": {
        title: "The binding file names an unknown activity",
        message: 'The binding file names "{name}" ({path}), which the contract does not have. Known: {known}.',
      },
      "binding-values-mismatch": {
        title: "Guessed column does not fit the field",
        message:
          'The column was guessed as "{header}" from its header, but {bad} of {seen} filled cells are not valid values of that field (e.g. "{value}"), so it is not read as "{header}". Choose the right column under Tables in the pane or in the binding file (kontrakttjek bind).',
      },
      "input-table-missing": {
        title: "A goal lacks a table",
        message:
          '{goalCount:Goal|Goals} {goals} {goalCount:needs|need} the table {table}, but no table in the workbook fits it, so the goal cannot be computed. Did you mean "{candidate}" (sheet {candidateSheet})? Choose the table under Tables in the pane or in the binding file (kontrakttjek bind).',
        whenBlank: {
          param: "candidate",
          message:
            "{goalCount:Goal|Goals} {goals} {goalCount:needs|need} the table {table}, but the workbook has no table like it, so the goal cannot be computed. Add it with the headers in docs/data-dictionary.md (or make a fill-in workbook with kontrakttjek template).",
        },
      },
      "input-municipalities-missing": {
        title: "The Kommuner table is missing",
        message:
          '{goalCount:Goal|Goals} {goals} {goalCount:spreads|spread} the courses over municipality types and needs the table Kommuner (Kommune, Befolkning, Kommunetype), but it was not found. Did you mean "{candidate}" (sheet {candidateSheet})? Choose it under Tables in the pane or in the binding file.',
        whenBlank: {
          param: "candidate",
          message:
            "{goalCount:Goal|Goals} {goals} {goalCount:spreads|spread} the courses over municipality types and needs the table Kommuner (Kommune, Befolkning, Kommunetype), but the workbook has none. Add the region's municipalities with their population and type (see docs/data-dictionary.md).",
        },
      },
      "input-column-missing": {
        title: "A goal lacks a column",
        message:
          '{goalCount:Goal|Goals} {goals} {goalCount:needs|need} the column "{header}" of the table {tableName}, but it was not found, so the goal cannot be computed. Did you mean "{candidate}" (column {candidateColumn} on sheet {candidateSheet})? Choose the column under Tables in the pane or in the binding file (kontrakttjek bind), or head it "{header}" (see docs/data-dictionary.md).',
        whenBlank: {
          param: "candidate",
          message:
            '{goalCount:Goal|Goals} {goals} {goalCount:needs|need} the column "{header}" of the table {tableName}, but no column of the table is like it, so the goal cannot be computed. Add the column headed "{header}" (see docs/data-dictionary.md).',
        },
      },
      "input-key-missing": {
        title: "A goal lacks a key figure",
        message:
          '{goalCount:Goal|Goals} {goals} {goalCount:needs|need} the key figure "{key}", but it is not in Nøgletal, so the goal cannot be computed. Did you mean "{candidate}" (row {candidateRow})? Choose the row under Tables in the pane or under keyFigures in the binding file, or write "{key}" in the Nøgle column.',
        whenBlank: {
          param: "candidate",
          message:
            '{goalCount:Goal|Goals} {goals} {goalCount:needs|need} the key figure "{key}", but it is not in Nøgletal, so the goal cannot be computed. Add a row with Nøgle "{key}" and its Værdi.',
        },
      },
      "input-item-missing": {
        title: "An activity was not found",
        message:
          'The activity "{item}" (goal {goal}) was not found in Aktiviteter and counts as not done. Did you mean "{candidate}" (row {candidateRow})? Choose the row under Tables in the pane or under activities in the binding file.',
        whenBlank: {
          param: "candidate",
          message:
            'The activity "{item}" (goal {goal}) was not found in Aktiviteter and counts as not done. Add a row with Mål {goal}, the activity and its Status.',
        },
      },
      "input-key-matched": {
        title: "Key figure found by its words",
        message:
          'The key figure "{key}" is read from the row "{matched}" (found by its words, not its name). Choose another row under Tables or in the binding file if this is wrong.',
      },
      "input-item-matched": {
        title: "Activity found by its words",
        message:
          'The activity "{item}" (goal {goal}) is read from the row "{matched}" (found by its words or position). Choose another row under Tables or in the binding file if this is wrong.',
      },
    },
  },
  notes: {
    "table-missing":
      "The table {table} is not bound in the workbook. Add it (or bind a table to it) to compute this goal.",
    "fields-missing": "The column(s) {fields} are missing from the table {table}. Add them or adjust the binding.",
    "no-rows": "No valid rows in {table} to compute from.",
    "key-missing": 'The key figure "{key}" is not in the Nøgletal table. Add a row with Nøgle "{key}" and a Værdi.',
    "key-other-year":
      'The key figure "{key}" is in Nøgletal only for {years}, not for {year}. Add a row "{key} {year}" with the year\'s Værdi.',
    "key-duplicate": 'The key figure "{key}" appears {count} times in Nøgletal; the first row ({row}) is used.',
    "key-fraction-percent":
      'The key figure "{key}" holds {raw} (a cell formatted as a percentage, or a fraction) and is read as {value} %.',
    "activities-missing":
      "No activities for goal {goal} in the Aktiviteter table. Fill in Status for the goal's activities.",
    "activities-unmatched":
      "{count} of the goal's {items} activities {count:was|were} not found in Aktiviteter and {count:counts|count} as not met: {list}.",
    "target-missing": 'The target is not set. Give it as the option "{option}".',
    "population-missing": "Population figures are missing from the Kommuner table. Fill in Befolkning and Kommunetype.",
    "kommune-unknown":
      "{count} {count:course has|courses have} a municipality not listed in Kommuner and {count:is|are} left out: {list}.",
    "period-unplaced":
      "{count} {count:row|rows} without a valid {field} cannot be placed in the period and {count:is|are} left out.",
    "answers-all-periods":
      "The user evaluation has no Besvarelsesdato (answer date), so every answer in the sheet is used, whatever its period. Add the Besvarelsesdato column to count the period's answers.",
    "answers-without-company":
      "{count} {count:answer|answers} without a CVR number each count as one company. Fill in CVR-nummer in Brugerevaluering.",
    "blank-left-out":
      "{count} {count:row|rows} in {table} without {field} {count:is|are} left out here. Fill in {field}.",
    "types-uncounted":
      "{count} {count:course|courses} in the period {count:has|have} a Forløbstype (course type) that no goal of the contract counts: {list}. Correct the type if the course should count.",
    "half-year-not-agreed":
      "The contract reports once a year; a half-year status is not agreed. Key figures and answers without a half-year date are the year's.",
    "option-fallback":
      "Option '{option}' needs the column {fields}, which is not bound; the goal is therefore computed without it (the template's base reading). Add the column to follow the text.",
    "founded-unknown":
      "{count} {count:company|companies} in the period have no Stiftelsesdato (founding date) on any row and are not counted as under 3 years. Fill in Stiftelsesdato in Forløb.",
    "key-year-at-half":
      'The key figure "{key}" has no row for the half-year; the year\'s figure is used in the half-year status. Add a row "{key} 1. halvår {year}".',
    "period-field-missing":
      "The column {field} is missing from {table}, so which courses belong to the period cannot be told, and there is no figure for the period. Add the column {field}, or bind an existing column to it, and the period's courses are counted.",
    "period-field-unbound": "The column {field} is not bound, so all courses count regardless of period.",
    "default-proportional": "Default rule: fulfilment = realised / target, at most 100 % (uncapped: {uncapped} %).",
    "default-threshold": "Default rule: 100 % when the target is met, otherwise 0 %.",
    "default-checklist": "Default rule: fulfilment = share of activities with status opfyldt (met).",
    "default-mean": "The goal's fulfilment is the mean of its sub-targets.",
    "partial-data":
      'Only {available} of {total} sub-targets have data. The goal therefore reads "missing data", and its fulfilment ({pct} %) is a lower bound in which the sub-targets without data count as 0 %. Provide data for the missing sub-targets.',
    "pace-pro-rata":
      "Pace: the target accumulates over the year, so {due} of the year's {target} are due by 30 June ({share} of the target).",
    "pace-level":
      "Pace: the target is a level (a score, share, ratio or checklist), so the current figure is compared with the whole target ({target}) — no pro-rata share.",
    "weight-zero": "Shown for information; not part of the goal's mean (it is the sum of other sub-targets).",
    "whatif-unreachable": "The target cannot be reached by adding rows alone.",
    "division-by-zero": "The denominator ({key}) is 0, so the ratio cannot be computed.",
  },
  strings: {
    "status.opfyldt": "met",
    "status.delvist": "partly met",
    "status.ikke-opfyldt": "not met",
    "status.mangler-data": "missing data",
    "status.mangler-data-partial": "missing data ({known} of {total} sub-targets)",
    "col.goal": "Goal",
    "col.sub": "Sub-target",
    "col.title": "Title",
    "col.target": "Target",
    "col.realised": "Realised",
    "col.fulfilment": "Fulfilment",
    "col.status": "Status",
    "col.remarks": "Remarks",
    "col.severity": "Severity",
    "col.rule": "Rule",
    "col.sheet": "Sheet",
    "col.row": "Row",
    "col.column": "Column",
    "col.value": "Value",
    "col.message": "Message",
    "severity.error": "Error",
    "severity.warning": "Warning",
    "severity.info": "Note",
    "exit.file-missing": "The file {file} does not exist. Check the path.",
    "exit.not-xlsx": "The file {file} is not an .xlsx workbook. Save it as an Excel workbook (.xlsx) and try again.",
    "exit.no-table-binds":
      "No table in {file} matches the contract {contract}. Use the headers of the fill-in template, or give a binding.",
    "exit.unknown-contract": 'The contract "{contract}" does not exist. Known contracts: {known}.',
    "check.none": "No errors or warnings.",
    "check.summary":
      "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:note|notes}.",
    "check.more": "{count} more {count:finding is|findings are} not shown.",
    "scenario.sheet": "What if – goal",
    "scenario.indicator": "Sub-target",
    "scenario.realised": "Realised",
    "scenario.realisedScenario": "Realised in the scenario",
    "scenario.target": "Target",
    "scenario.targetScenario": "Target in the scenario",
    "scenario.fulfilment": "Fulfilment",
    "scenario.fulfilmentScenario": "Fulfilment in the scenario",
    "scenario.needed100": "Needed for 100 %",
    "scenario.needed50": "Needed for 50 %",
    "scenario.goal": "Goal {goal} in all",
    "scenario.contract": "Contract: {title}, {period}. Realised and fulfilment are computed from the workbook's data.",
    "scenario.changed": "Changed in the scenario: {list}.",
    "scenario.nothingChanged": "nothing",
    "scenario.saved": "Saved {date} by Kontrakttjek. The figures are a scenario, not registrations.",
    "scenario.yours":
      "The sheet is yours: Kontrakttjek neither edits nor removes it. Delete it when you no longer need it.",
    "write.moved-sheet": "The sheet “{from}” is yours, so Kontrakttjek wrote a new sheet, “{to}”.",
    "write.moved-column":
      "Column {from} of the sheet “{sheet}” holds your data, so Kontrakttjek wrote “{header}” in column {to}.",
    "write.conflict":
      "Cell {sheet}!{address} holds your own data, and Kontrakttjek never writes over it. Move the data – or write beside it (a new sheet “Målopfyldelse 2” or the first free column).",
    "write.conflict-fixed":
      "Cell {sheet}!{address} holds your own data, and Kontrakttjek never writes over it. The Kontrol column must stand right of the table: move or empty the cells of that column and try again.",
    "clean.kept-changed":
      "Left on the sheet “{sheet}”: {count} {count:cell|cells} ({cells}) changed after Kontrakttjek wrote {count:it|them}, and {count:is|are} yours now. Delete {count:it|them} yourself if you do not need {count:it|them}.",
    "clean.kept-missing":
      "The sheet “{sheet}” that Kontrakttjek wrote is no longer there (deleted, or renamed and changed); there was nothing to remove there.",
    "clean.kept-mismatch":
      "Kontrakttjek's column on the sheet “{sheet}” has a different header now and was therefore not removed. Delete it yourself if you do not use it.",
    "statusSheet.goal": "Goal",
    "statusSheet.sub": "Sub-target",
    "statusSheet.title": "Title",
    "statusSheet.target": "Target",
    "statusSheet.realised": "Realised",
    "statusSheet.fulfilment": "Fulfilment",
    "statusSheet.status": "Status",
    "statusSheet.remarks": "Remarks",
    "statusSheet.formulaNote":
      "Realised is a value computed by Kontrakttjek (not expressible as an Excel formula); updated on the next run.",
    "statusSheet.footer": "Written by Kontrakttjek; edit Måltal to see fulfilment change.",
    "statusSheet.year": "år",
    "statusSheet.h1": "1. halvår",
    "statusSheet.reportPeriodYear": "Status {year}",
    "statusSheet.reportPeriodH1": "Status first half of {year}",
    "statusSheet.reportAsOf": "As of {date}",
    "statusSheet.reportSource": "Data: {tables}",
    "statusSheet.reportSummary":
      "{met} of {total} goals met · {partly} partly met · {not} not met · {missing} missing data",
    "statusSheet.reportLegend": "Colours:",
    "statusSheet.due": "Expected by 30 June",
    "statusSheet.pace": "Pace",
    "statusSheet.needed": "Needed for 100 %",
    "statusSheet.note": "Note",
    "statusSheet.house": "House's remark",
    "statusSheet.key": "Id",
    "statusSheet.onTrack": "on track",
    "statusSheet.behind": "behind",
    "statusSheet.methodSheetYear": "Metode",
    "statusSheet.methodSheetH1": "Metode 1. halvår",
    "statusSheet.methodTitle": "Method and notes: {title}",
    "statusSheet.methodNo": "Note",
    "statusSheet.methodWhere": "Goal / sub-target",
    "statusSheet.methodText": "Explanation",
    "statusSheet.chartTitle": "Fulfilment per goal",
    "statusSheet.chartTarget": "100 %",
    "statusSheet.chartShort": "Short title",
    "statusSheet.page": "Page &P of &N",
    "statusSheet.orphan": "Remark on a goal no longer in the contract ({key})",
    "scenario.status.opfyldt": "met",
    "scenario.status.delvist": "partly met",
    "scenario.status.ikke-opfyldt": "not met",
    "scenario.status.mangler-data": "missing data",
    "scenario.noYear": "no year",
    "scenario.h1": "first half of {year}",
    "contract.copyNote":
      "Created as a copy of {id} ({title}). Goals, targets and rules are copied; edit them for the new contract.",
    "whatIf.rows": "rows",
  },
  pane: {
    appTitle: "Kontrakttjek",
    appSubtitle: "Check data, compute and write goal fulfilment for the performance contract",
    navLabel: "Steps",
    tabContract: "Contract",
    tabBinding: "Tables",
    tabCheck: "Check",
    tabGoals: "Goals",
    tabWrite: "Write",
    tabStart: "Start from scratch",
    tabAuthor: "New contract",
    contractLabel: "Contract",
    contractPlaceholder: "Choose a contract",
    contractHint: "Choose the performance contract or framework agreement to measure the figures against.",
    periodLabel: "Period",
    periodYear: "Full year",
    periodH1: "First half (status at 30 June)",
    bindAuto: "Find the tables automatically",
    contractChosen: "{title} · {goals} goals",
    contractWorkbook: "The workbook's contract: {title}",
    contractOffer: "The workbook has its own contract: {title}.",
    contractOfferUse: "Use the workbook's contract",
    authorIntro:
      "Make next year's contract from a known one: edit titles and targets, see the contract file, and save the contract in the workbook so it travels with the file.",
    authorFrom: "New contract from …",
    authorFromSheet: "The sheet “{sheet}” in the workbook",
    authorId: "Id (lower-case letters, digits and hyphens)",
    authorTitle: "Title",
    authorYear: "Year",
    authorCreate: "Create draft",
    authorImport: "Load JSON",
    authorImportFile: "Contract file (JSON)",
    authorLoaded: "Loaded from {name}: {title}.",
    authorDraft: "Draft: {title} ({id})",
    authorGoals: "Goals and targets",
    authorGoalTitle: "Goal title",
    authorIndicator: "Indicator: {label}",
    authorLabel: "Name",
    authorTarget: "Target {op}",
    authorTargetParam: "Target {op} for {param} {value}",
    authorTargetOption: "The target is set locally in the option “{option}”.",
    authorNotANumber: "“{text}” is not a number. Enter e.g. 45 or 45.5.",
    authorChecks: "Contract check",
    authorNoProblems: "No errors – the contract can be saved.",
    authorProblemsTitle: "The contract could not be created",
    authorJson: "The contract file (JSON)",
    authorDownload: "Download JSON",
    authorSave: "Save in the workbook",
    authorSavePreview: "This will be saved",
    authorSaveNewSheet: "The sheet “{sheet}” is created: {rows} rows × {columns} columns.",
    authorSaveSheet:
      "The sheet “{sheet}” exists and gets the contract's {rows} rows × {columns} columns. If the sheet says something else, Kontrakttjek asks before overwriting it.",
    authorSaveSettings:
      "The contract is saved in the workbook and can then be chosen as “The workbook's contract”. The sheet is yours: “Remove what Kontrakttjek wrote” leaves it alone.",
    authorSaveGo: "Save",
    authorConflict:
      "Cell {sheet}!{address} says something else than the contract – perhaps the sheet was edited by hand. Overwrite the sheet with the contract?",
    authorOverwrite: "Overwrite the sheet",
    authorSaved: "Saved in the workbook: “{title}” and the sheet “{sheet}” ({cells} cells). Choose it under Contract.",
    authorDiscard: "Discard the draft",
    authorInvalid: "The contract has errors. Correct them first (see “Contract check”).",
    authorFileTooLarge: "{name} is {size} bytes; a contract file may be at most {max} bytes.",
    authorSheetMissing: "The workbook has no sheet “{sheet}”.",
    authorSheetProblems:
      "The sheet “{sheet}” has {count} {count:error|errors} and is not used as a contract. See them under “New contract”.",
    lacksTitle: "What the goals lack",
    lacksIntro:
      "Choose where the data is yourself – suggestions first. The goals are computed again at once; «Save the binding» keeps the choice in the workbook.",
    lacksCheckFirst: "Run the check to see what the goals lack.",
    lacksNothing: "The goals lack no data.",
    lacksTable: "The table {table} – goal {goals}",
    lacksColumn: "The column «{header}» ({table}) – goal {goals}",
    lacksKey: "The key figure «{key}» – goal {goals}",
    lacksItem: "The activity «{item}» – goal {goal}",
    lacksGuessed: "Found by its words: «{text}». Correct it if it is wrong.",
    lacksPick: "(choose)",
    lacksSuggested: "Suggestions",
    lacksShowAll: "Also show key figures and activities that were found",
    lacksOthers: "All others",
    bindingIntro:
      "Kontrakttjek has linked the workbook's tables to the contract's data. Change a column if the guess is wrong; the choice is saved in the workbook.",
    bindingNone: "No tables linked yet. Choose a contract and press “Find the tables automatically”.",
    bindingSource: "Table",
    bindingSourceNone: "(not linked)",
    bindingSourceAuto: "(detect automatically)",
    bindingColumn: "Column for {field}",
    bindingColumnNone: "(none)",
    bindingFit: "Fits {pct} %",
    confidenceHigh: "certain",
    confidenceMedium: "likely",
    confidenceLow: "guess",
    confidenceLabel: "{level} ({pct} %)",
    requiredField: "required",
    bindingSave: "Save the links in the workbook",
    bindingSaved: "The links are saved in the workbook.",
    bindingIssues: "Notes on the links",
    roleForloeb: "Courses",
    roleEvaluering: "User evaluation",
    roleNoegletal: "Key figures",
    roleKommuner: "Municipalities",
    roleAktiviteter: "Activities",
    sourceName: "{sheet} · {table}",
    sourceRange: "{sheet} · range from row {row}",
    sourceRows: "{rows} rows",
    checkRun: "Check the entries",
    checkSummary: "{errors} {errors:error|errors} and {warnings} {warnings:warning|warnings} in {rows} {rows:row|rows}",
    checkClean: "No errors found – well done.",
    checkAuto: "Check again when the tables change",
    checkGroupCount: "{count}",
    checkGoTo: "Show cell {sheet}!{cell}",
    checkMore: "… and {count} more",
    checkNotRun: "The check has not run yet.",
    severityError: "Error",
    severityWarning: "Warning",
    severityInfo: "Note",
    findingsLabel: "Findings grouped by rule",
    checkedAgain: "The tables changed – the check ran again.",
    goalsRun: "Compute goal fulfilment",
    goalsNone: "Goal fulfilment has not been computed yet.",
    goalsSummary: "{title} · {period}",
    periodYearOf: "year {year}",
    periodH1Of: "first half {year}",
    goalFulfilment: "Fulfilment",
    goalFulfilmentValue: "{pct} % fulfilled",
    goalFulfilmentPartial: "at least {pct} % fulfilled — only {known} of {total} sub-targets have data",
    goalNoData: "no data",
    statusOpfyldt: "Met",
    statusDelvist: "Partly met",
    statusIkkeOpfyldt: "Not met",
    statusManglerData: "No data",
    statusManglerDataPartial: "Missing data ({known} of {total} sub-targets)",
    indicatorFigures: "Realised {value} · target {op} {target} {unit}",
    valueMissing: "–",
    unitAntal: "",
    unitProcent: "%",
    unitPoint: "points",
    unitProcentpoint: "percentage points",
    unitFaktor: "",
    unitVirksomheder: "companies",
    unitAktiviteter: "activities",
    goalCard: "Goal {id}: {title}",
    indicatorPct: "{pct} %",
    paceOnTrack: "On track: {due} was due by 30 June",
    paceBehind: "Behind: {due} was due by 30 June",
    goalOnTrack: "On track at the half-year",
    goalBehind: "Behind at the half-year",
    needed100: "For 100 %: {add} more {of}",
    needed50: "For 50 %: {add} more {of}",
    notesLabel: "Notes",
    whatIfOpen: "What if …",
    whatIfTitle: "What if – {goal}",
    whatIfHint: "Try other figures. The workbook is not changed.",
    whatIfRealised: "Realised ({label})",
    whatIfTarget: "Target ({label})",
    whatIfResult: "The goal becomes {pct} % fulfilled",
    whatIfReset: "Reset",
    whatIfClose: "Close",
    whatIfSave: "Save as a sheet …",
    whatIfSavePreview:
      "The scenario goes into a new sheet, “{sheet}”, with the evaluated figures and the scenario's side by side. The sheet is yours: Kontrakttjek neither edits nor removes it.",
    whatIfSaveGo: "Save the sheet",
    whatIfSaved: "The scenario is saved in the sheet “{sheet}” ({cells} {cells:cell|cells}).",
    figureDecimalMark: "Write decimals with a point, e.g. 1234.5 or 1,234.5 (commas only between thousands).",
    figureGrouping: "Group thousands in threes, e.g. 1,234,567 or 1234567.",
    figureNotNumber: "Type a number, e.g. 1,234.5 or 1234.5 – or clear the field to use the evaluated figure.",
    whatIfNoName: "The goal already has {count} scenario sheets. Delete some of them and save again.",
    writePreview: "Show what will be written",
    writeIntro: "Kontrakttjek writes only into its own sheets and columns and can remove all of it again.",
    writeSheet: "Sheet “{sheet}”: {rows} rows × {columns} columns",
    writeSheetChart: "with a chart of fulfilment per goal",
    writeColumn: "Column “{header}” in {sheet}, column {column}, rows {first}–{last} ({notes} rows with notes)",
    writeHighlights: "{count} {count:cell|cells} coloured in {sheet} (e.g. {cells})",
    writeNothing: "There is nothing to write.",
    writeGo: "Write into the workbook",
    writeForce: "Write beside it",
    writeDone: "Written: {sheets}; {cells} cells, {highlights} coloured cells.",
    cleanGo: "Remove what Kontrakttjek wrote",
    cleanDone: "Removed: {sheets} sheets, {columns} columns, {highlights} coloured cells.",
    previewTitle: "This will change",
    startIntro:
      "No tables yet? Insert the contract's fill-in sheets – with headers, tables and data validation – and start typing.",
    startGo: "Insert fill-in sheets",
    startDone: "Inserted: {sheets}.",
    startSkipped: "Already there and left alone: {sheets}.",
    startNoValidation:
      "This Excel version does not support data validation from add-ins; the sheets were inserted without it.",
    busyBind: "Finding the tables …",
    busyRead: "Reading the tables …",
    busyCheck: "Checking …",
    busyEvaluate: "Computing …",
    busyWrite: "Writing …",
    busyClean: "Removing …",
    busyInsert: "Inserting sheets …",
    busyKontrakt: "Reading the contract …",
    busyProgress: "{done} of {total}",
    cancel: "Cancel",
    cancelled: "Cancelled. Anything half-written can be removed.",
    dismiss: "Dismiss",
    errorTitle: "That did not work",
    errNotFound: "A sheet or table Kontrakttjek uses no longer exists. Find the tables again.",
    errProtected: "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
    errEditing: "Excel is in cell-editing mode. Press Enter or Esc in the cell and try again.",
    errTooLarge: "Excel refused a request as too large, even in smaller parts. Try with fewer rows.",
    errBusy: "Excel is busy or has hit a limit. Wait a moment and try again.",
    errSettings: "The settings are too large to store in the workbook.",
    errGeneric: "An unexpected error happened: {message}",
    errWriteUndone: "Nothing was written: Kontrakttjek removed what had been written so far.",
    errWritePreviousRemoved:
      "What Kontrakttjek wrote last time had already been removed; write again when Excel responds.",
    errWritePartly:
      "The workbook is partly written, and this could not be undone automatically. Choose “Remove what Kontrakttjek wrote” to clean up.",
    errNoContract: "Choose a contract first.",
    errNoBinding: "Find the tables first.",
    errApiMissing: "This Excel version lacks a feature Kontrakttjek uses ({feature}). Update Excel.",
    demoTitle: "Kontrakttjek – try it in the browser",
    demoIntro: "A made-up example (fixed seed). Nothing leaves your machine.",
    demoSheets: "Sheets",
    demoGrid: "Spreadsheet: {sheet}",
    demoLanguage: "Language",
    demoOwned: "written by Kontrakttjek",
    aboutOpen: "About Kontrakttjek",
    aboutTitle: "About Kontrakttjek",
    aboutVersion: "Version {version}",
    aboutPlatform: "Running in: {platform}",
    aboutDemo: "the browser demo (no Excel)",
    aboutWritesTitle: "What Kontrakttjek writes in the workbook – and nothing else",
    aboutWritesStatus:
      "Status sheets with the goal fulfilment (e.g. “Målopfyldelse”): Kontrakttjek's own sheets, rewritten every time you write.",
    aboutWritesKontrol:
      "A “Kontrol” column beside each table Kontrakttjek reads, with the row's errors and warnings, and colour marks on the cells the errors are in.",
    aboutWritesRecord:
      "A record of exactly the sheets, columns and cells written (a hidden XML part of the workbook). “Remove” here and the command line's clean use it, so nothing else is touched.",
    aboutWritesSettings: "Your choices (contract, tables, parameters) are saved in the workbook's settings.",
    aboutWritesScenario:
      "Scenario sheets you save from “What if” are yours: Kontrakttjek neither changes nor removes them.",
    aboutPrivacyTitle: "Your data",
    aboutPrivacy:
      "The data stays in the workbook. Kontrakttjek sends nothing to any server. The only thing the add-in loads from outside is Office.js from Microsoft's CDN, as Office requires.",
    aboutRemoveTitle: "How to remove everything",
    aboutRemove:
      "On the “{tab}” tab, “{button}” removes the status sheets, Kontrol columns, marks and the record. Cells you typed in yourself stay. The add-in itself is removed under Home › Add-ins.",
    aboutSupport: "Help and support",
    aboutCopy: "Copy the details for a support mail",
    aboutCopied: "Copied.",
    aboutClose: "Back",
    demoOpen: "Open your own workbook (.xlsx)",
    demoOpenHint:
      "Choose a file, or drag it onto the spreadsheet. The file is read here in the browser and sent nowhere – nothing is uploaded.",
    demoOpened: "Opened: {file}. What Kontrakttjek writes goes only into this copy, which you can download.",
    demoDownload: "Download the workbook",
    demoFileEncrypted:
      "“{file}” is password-protected. Remove the password in Excel (File › Info › Protect Workbook), save, and open it again.",
    demoFileOld: "“{file}” is in the old .xls format. Open it in Excel, save it as .xlsx, and open it here again.",
    demoFileBad:
      "“{file}” cannot be read as an Excel workbook (.xlsx): {detail}. Save it as .xlsx in Excel and try again.",
    demoReadOnly: "You edit the cells of your own file in Excel; here you can check, evaluate, write and download.",
    demoRowsShown: "Showing rows {from}–{to} of {rows}",
  },
  cli: {
    usage:
      "Usage: kontrakttjek <command> [flags]\n\nCommands:\n{commands}\n\nkontrakttjek <command> --help shows a command's flags; kontrakttjek --version shows the version. Common flag: --lang {langs}. Tables, columns and headers: docs/data-dictionary.md.",
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
    "bad-lang": 'The language must be {choices} (got "{value}").',
    "bad-period": 'The period must be year or H1 (got "{value}").',
    "binding-invalid":
      "The binding file {file} is not valid: {reason}. Correct that place in the file (the tables' and columns' names are in docs/data-dictionary.md), or make a new one with kontrakttjek bind.",
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
    "reason-json-too-big": "larger than {max} bytes",
    "reason-json-syntax":
      "JSON error at line {line}, column {column} ({detail}) — check commas, quotes and brackets just before this place",
    "reason-folder": "it is a folder",
    "part-package": "the package",
    "cmd-contracts": "List the contract library with goals, parameters and options",
    "cmd-check": "Check every entry, and see what the goals lack",
    "cmd-evaluate": "Compute goal fulfilment (and write it with --write)",
    "cmd-bind": "Write a binding file: where the contract's data is",
    "cmd-clean": "Remove everything Kontrakttjek wrote",
    "cmd-template": "Create an empty fill-in workbook for a contract",
    "cmd-export": "Export a contract (JSON or a Kontrakt sheet)",
    "cmd-examples": "Create example workbooks (fixed seed)",
    "help-contracts":
      "kontrakttjek contracts [--json] [--lang da|en]\n\nLists each contract with its goals, parameters (--param name=value) and options (--option name=value): name, possible values, default and, for the options, what they mean.\n\n  --json   as JSON",
    "help-check":
      "kontrakttjek check <file.xlsx> --contract <id|file.json|sheet> [--binding <b.json>] [--param name=value]… [--json]\n\nChecks every entry (CVR, dates, answer scales, the 3- and 20-hour rules, duplicates …) and says which tables, columns, key figures and activities the goals lack, with what may have been meant.\n\n  --contract   contract id (see kontrakttjek contracts), a contract file (.json) or sheet (the workbook's Kontrakt sheet)\n  --binding    binding file saying where the data is (make one with kontrakttjek bind)\n  --param      the contract's parameters, e.g. year=2025\n  --json       as JSON\n\nExits 0 without errors, 1 with errors or when a goal cannot be computed, 2 on unusable input. Tables and headers: docs/data-dictionary.md.",
    "help-evaluate":
      "kontrakttjek evaluate <file.xlsx> --contract <id|file.json|sheet> [flags]\n\nComputes each goal's fulfilment and shows briefly why a goal lacks data.\n\n  --contract          contract id, contract file (.json) or sheet\n  --param name=value  the contract's parameters, e.g. house=sjælland year=2025 (see kontrakttjek contracts)\n  --option name=value the contract's choices, e.g. npsOmfang=pr-segment\n  --period year|H1    the whole year, or the first half with the pace\n  --binding b.json    binding file (make one with kontrakttjek bind)\n  --json              as JSON\n  --write out.xlsx    write a copy with the Målopfyldelse sheet (--force replaces an existing file)\n\nExits 0 when it could compute, 2 on unusable input (e.g. a missing required parameter).",
    "help-bind":
      "kontrakttjek bind <file.xlsx> --contract <id> --out binding.json [--binding <b.json>] [--param name=value]… [--force]\n\nWrites where each table, column, key figure and activity the contract uses is in the workbook: what was found, how sure, and candidates for what is missing. Edit the file (tables and columns by their Danish names from docs/data-dictionary.md, or their ids) and use it with --binding.\n\n  --out       the file written (an existing one is replaced only with --force)\n  --binding   an earlier binding file to build on",
    "help-clean":
      "kontrakttjek clean <file.xlsx> --write <out.xlsx> [--force]\n\nWrites a copy without what Kontrakttjek wrote (the Målopfyldelse sheet, Kontrol columns, highlights). Cells you typed in stay.",
    "help-template":
      "kontrakttjek template <contract-id> --out <file.xlsx> [--force] [--lang da|en]\n\nCreates an empty fill-in workbook with the contract's tables, data validation, key figures, municipalities and activities.",
    "help-export":
      "kontrakttjek export <contract-id> --out <c.json|c.xlsx> [--as <new-id> --year <year> --title <title>] [--force]\n\nExports a contract as a JSON file or as a Kontrakt sheet; with --as as a copy under a new id (e.g. next year's contract).",
    "help-examples":
      "kontrakttjek examples [--out <dir>] [--force]\n\nCreates an example workbook per contract (fixed seed, with deliberate mistakes).",
    version: "kontrakttjek {version}",
    "why-missing": "lacks: {list}",
    "lacks-table": "the table {table}",
    "lacks-column": 'the column "{header}" ({table})',
    "lacks-key": 'the key figure "{key}"',
    "lacks-item": 'the activity "{item}"',
    "param-required": "The contract {contract} needs the parameter {param}: give --param {param}=<value> ({choices}).",
    "contracts-params": "Parameters:",
    "param-required-mark": "required",
    "param-default": "default {value}",
    "contracts-goals": "Goals:",
    "contracts-options": "Options (--option name=value):",
    "contracts-none": "(none)",
    "option-free-value": "a number or a text",
    "option-no-default": "none (set it yourself)",
    "bind-written":
      "Wrote the binding {file}: {found} of {needed} inputs found. Edit the file and use it with --binding {file}.",
    "bind-description":
      'The binding for {contract}: where the contract\'s data is in {file}. Edit "column" (a header or column letter), "letter" (the column letter alone) or "matched" (the text in the workbook); change only one of "column" and "letter" and the one you changed is used. null means: look for it; suggestions are under "candidates". The names are in docs/data-dictionary.md. Use the file with --binding.',
    "bfp-not-object": "the file must be a JSON object",
    "bfp-bad-version": '{path}: version must be 1 (got "{name}")',
    "bfp-unknown-role": '{path}: unknown table "{name}"; known: {known}',
    "bfp-unknown-field": '{path}: unknown column "{name}"; known: {known}',
    "bfp-unknown-property": '{path}: unknown name "{name}"; known: {known}',
    "bfp-bad-value": "{path}: invalid value ({name})",
  },
  authoring: {
    place: {
      row: "row {row}",
      column: "column {column}",
    },
    rules: {
      "kontrakt-sheet-empty":
        "The sheet {sheet} is empty. Create it with “New contract from …” or fill in the contract rows.",
      "kontrakt-too-big": "The sheet has {count} rows; a contract may use at most {max}. Delete blank or surplus rows.",
      "kontrakt-header-missing":
        "The goals' header row was not found. A row with the headers Mål, Delmål, Titel, Indikator and Måltal is needed.",
      "kontrakt-column-missing": "The column “{column}” is missing from {where}. Add it to the header row.",
      "kontrakt-column-unknown":
        "The column “{value}” is not known and is not read. Correct the header (e.g. {suggestion}) or delete the column.",
      "kontrakt-column-duplicate": "The column “{value}” appears twice; only one may. Delete one of them.",
      "kontrakt-label-unknown": "The row “{value}” is not known and is not read. Known rows: {allowed}.",
      "kontrakt-cell-error": "The cell holds the error value {value}. Enter a value instead.",
      "kontrakt-required": "{what} is missing. Fill in the cell.",
      "kontrakt-id-invalid":
        "The contract id “{value}” is invalid: use 2–64 lower-case letters a–z, digits and hyphens, e.g. sjaelland-2026.",
      "kontrakt-number": "“{value}” is not a number. Enter a number, e.g. 70 or 2.5.",
      "kontrakt-number-range": "{value} is outside the allowed range {min}–{max}.",
      "kontrakt-choice": "“{value}” is not a valid value. Choose one of: {allowed}.",
      "kontrakt-table-unknown": "The table “{value}” does not exist. Choose one of: {allowed}.",
      "kontrakt-table-mismatch":
        "The indicator {kind} always reads from the table {expected}, not “{value}”. Correct or clear the cell.",
      "kontrakt-field-unknown": "The column “{value}” does not exist in the table {table}. Use one of: {allowed}.",
      "kontrakt-filter": "The filter cannot be read at character {pos}: {reason}",
      "kontrakt-kind": "The indicator “{value}” cannot be read: {reason}",
      "kontrakt-items-missing":
        "The checklist {indicator} of goal {goal} has no items. Add rows with Mål, Delmål and Punkt filled in and the item's text in Titel.",
      "kontrakt-rule": "The rule “{value}” cannot be read: {reason}",
      "kontrakt-target": "The target “{value}” cannot be read: {reason}",
      "kontrakt-target-missing": "Sub-goal {indicator} of goal {goal} has no target. Enter it in the Måltal column.",
      "kontrakt-when": "The condition “{value}” cannot be read: {reason}",
      "kontrakt-option-unknown": "“{value}” is neither a parameter nor an option of the contract. Known: {allowed}.",
      "kontrakt-duplicate-id": "{what} “{value}” is already used ({first}). Give each its own id.",
      "kontrakt-goal-missing":
        "The row belongs to goal {goal}, but there is no goal row for goal {goal}. Add a row with Mål {goal}, a blank Delmål and a title.",
      "kontrakt-indicator-missing":
        "The row belongs to sub-goal {indicator} of goal {goal}, which does not exist. Add the sub-goal's row or correct Delmål.",
      "kontrakt-goal-empty": "Goal {goal} has no sub-goals. Add at least one row with Delmål and Indikator.",
      "kontrakt-no-goals": "The contract has no goals. Add rows below the header row.",
      "kontrakt-row-ambiguous":
        "The row has both Punkt and Variant når filled in; a row is either a checklist item or a variant.",
      "kontrakt-not-used": "The column {column} is not used for {what} and is not read. Clear the cell.",
      "kontrakt-notes-en":
        "There are {countEn} English notes for {count} Danish ones; they are paired in order and the surplus is not used.",
      "kontrakt-option-default": "The default “{value}” is not one of the choices ({allowed}).",
      "kontrakt-param-value-unknown":
        "The target names “{value}”, which is not a choice of the parameter {param} ({allowed}).",
      "kontrakt-key-undeclared":
        "The key figure “{value}” is not listed in the Nøgletal section; it is looked up in the Nøgletal table by exactly that name.",
      "kontrakt-schema": "{reason}",
      "json-too-large": "The file is {size} bytes; a contract may be at most {max} bytes.",
      "json-syntax": "The file is not valid JSON: {detail}. Correct the file or export the contract again.",
      "json-too-deep": "The file is nested more than {max} levels deep; it is not a contract.",
      "json-version":
        "The contract has format version {version}; this version of Kontrakttjek reads versions 1 and 2. Update Kontrakttjek.",
      "json-schema": "{reason}",
    },
    reasons: {
      "filter-empty": "the filter is empty.",
      "filter-too-long": "the filter is longer than {max} characters.",
      "filter-too-deep": "the filter has more than {max} levels of parentheses or “ikke”.",
      "filter-too-many": "at most {max} parts or values.",
      "filter-unexpected": "expected {expected}, found “{found}”.",
      "filter-expected-condition": "expected a column name, “(” or “ikke”, found “{found}”.",
      "filter-unknown-field": "the column “{name}” does not exist in the table {table}.",
      "filter-expected-operator":
        "after {field} expected =, ≠, <, >, ≤, ≥, i, ikke i, er tom, er udfyldt or indeholder; found “{found}”.",
      "filter-expected-value": "expected a value (“text” in quotes, a number or a date YYYY-MM-DD), found “{found}”.",
      "filter-expected-number": "expected a number, found {found}.",
      "filter-expected-text": "expected a non-empty text in quotes, found {found}.",
      "filter-unterminated-text": "the text starting with {quote} never ends; add the closing quote.",
      "filter-text-too-long": "a text may be at most {max} characters.",
      "filter-expected-close": "“)” is missing.",
      "filter-list-separator": 'separate the values of a list with semicolons: ("a"; "b").',
      "filter-type": '{field} is a text column; put the value in quotes: "{value}".',
      "filter-age-table":
        "virksomhedsalder (company age) works only on the Forløb table (it needs Startdato and Stiftelsesdato), not {table}.",
      "filter-age-range": "the age must be above 0 and at most 200 years, not {value}.",
      "rule-unknown": "write “andel af mål”, “nået/ikke nået”, “trin: 60=100; 50=50” or “tjekliste”.",
      "rule-steps": "steps are written “trin: limit=percent; limit=percent”, e.g. “trin: 60=100; 50=50”.",
      "rule-steps-pct": "a step's percentage must be between 0 and 100.",
      "rule-checklist": "write “tjekliste” or “tjekliste: krævet 6” (number of activities that must be met).",
      "target-unknown": "write a number (e.g. 70 or 2.5), “efter hus: sjaelland=171; fyn=94” or “indstilling: name”.",
      "target-param": "a target per parameter is written “efter parameter: choice=number; choice=number”.",
      "target-option": "write “indstilling: name” with the option's id.",
      "when-syntax": 'a condition is written “option = "value"”, e.g. npsOmfang = "pr-segment".',
      "kind-unknown": "the indicator must be one of: {allowed}.",
      "kind-qualifier": "only “fordeling (relativ)” and “tjekliste (delvist = 0,5)” take a qualifier in parentheses.",
      "kind-partial": "the credit for “delvist” must be between 0 and 1.",
      "schema-required": "{field} is missing.",
      "schema-type": "{field} must be {expected}, not {received}.",
      "schema-empty": "{field} must not be empty.",
      "schema-too-long": "{field} may be at most {max} characters.",
      "schema-too-few": "{field} needs at least {min}.",
      "schema-too-many": "{field} may have at most {max}.",
      "schema-too-small": "{field} must be at least {min}.",
      "schema-above": "{field} must be above {min}.",
      "schema-too-big": "{field} may be at most {max}.",
      "schema-enum": "{field} must be one of: {allowed}.",
      "schema-unknown-key": "unknown property {keys} in {field}; delete it or correct the spelling.",
      "schema-format": "{field} has an invalid format.",
      "schema-invalid": "{field} is invalid.",
    },
    nouns: {
      "contract-id": "The contract id",
      "contract-title": "The contract title",
      "goal-id": "The goal number (Mål)",
      goal: "Goal",
      indicator: "Sub-goal",
      item: "Item",
      param: "The parameter",
      option: "The option",
      "key-figure": "The key figure",
      choice: "The choice",
      title: "The title",
      kind: "The indicator",
      table: "The table",
      filter: "The filter",
      numerator: "The numerator",
      denominator: "The denominator",
      field: "The field",
      label: "The name",
      "goal-row": "a goal row",
      "item-row": "a checklist item",
      "variant-row": "a variant",
      "goal-header": "the goals' header row",
      params: "the Parametre (parameters) section",
      options: "the Indstillinger (options) section",
      keyFigures: "the Nøgletal (key figures) section",
    },
  },
};
