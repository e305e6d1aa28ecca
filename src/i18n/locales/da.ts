/**
 * Dansk: every text of Kontrakttjek in Danish — the first language, and the one a text falls back
 * to (a contract's texts are Danish first). Typed by `Locale`, so a missing key fails the type check.
 */
import type { Locale } from "../locale";

export const da: Locale = {
  code: "da",
  intl: "da-DK",
  number: { group: ".", decimal: "," },
  date: (year, month, day) => `${day}-${month}-${year}`,
  plural: (n) => (n === 1 || n === -1 ? 0 : 1),
  findings: {
    place: {
      sheet: 'Ark "{sheet}"',
      table: "Tabel {table}",
      row: "række {row}",
      column: 'kolonne "{column}"',
    },
    generic: {
      title: "Fund",
      message: 'Værdien "{value}" fejler kontrollen {rule}. Tjek cellen.',
    },
    rules: {
      "formula-not-calculated": {
        title: "Formel uden beregnet værdi",
        message:
          "Cellen har en formel, men filen er gemt uden formlens resultat (typisk et udtræk fra et andet program). Åbn filen i Excel, og gem den igen; indtil da tæller cellen ikke med.",
      },
      "cell-error-value": {
        title: "Fejlværdi i cellen",
        message:
          "Cellen indeholder fejlværdien {value}. Ret formlen, eller skriv værdien direkte; indtil da tæller cellen ikke med.",
      },
      "cvr-blank": {
        title: "CVR-nummer mangler",
        message:
          "CVR-nummeret mangler. Skriv virksomhedens CVR-nummer (8 cifre); uden det kan rækken ikke knyttes til en virksomhed.",
      },
      "cvr-format": {
        title: "CVR-nummer har ikke 8 cifre",
        message:
          '"{value}" er ikke et CVR-nummer. Ret CVR-nummeret til 8 cifre (fx 12345674); værdien er udeladt af beregningerne.',
      },
      "cvr-leading-zero": {
        title: "CVR-nummer begynder med 0",
        message:
          'CVR-nummeret "{value}" begynder med 0, og det gør intet CVR-nummer. Slå nummeret op i CVR-registret, og ret det.',
      },
      "cvr-check-digit": {
        title: "CVR-nummer fejler kontrolcifferet",
        message:
          'CVR-nummeret "{value}" fejler kontrollen (modulus 11) og er sandsynligvis tastet forkert. Slå nummeret op i CVR-registret, og ret det.',
      },
      "cvr-normalised": {
        title: "CVR-nummer læst med mellemrum/DK",
        message: '"{value}" er læst som CVR-nummer {cvr}. Skriv det gerne som 8 cifre uden mellemrum og DK.',
      },
      "pnummer-missing": {
        title: "P-nummer mangler",
        message:
          "P-nummeret mangler. Rammeaftale 2024–27 §9 kræver, at forløbet registreres med P-nummer. Skriv produktionsenhedens P-nummer (10 cifre).",
      },
      "pnummer-format": {
        title: "P-nummer har ikke 10 cifre",
        message: '"{value}" er ikke et P-nummer. Ret P-nummeret til 10 cifre.',
      },
      "segment-invalid": {
        title: "Ukendt kundesegment",
        message: '"{value}" er ikke et kundesegment. Skriv drift eller vækst.',
      },
      "segment-missing": {
        title: "Kundesegment mangler",
        message:
          "Kundesegmentet mangler. Rammeaftale 2024–27 §9 kræver, at forløbet registreres med kundesegment. Skriv drift eller vækst.",
      },
      "tema-missing": {
        title: "Tema mangler",
        message:
          "Temaet for vejledningen mangler. Rammeaftale 2024–27 §9 kræver, at forløbet registreres med tema. Skriv temaet (fx eksport eller digitalisering).",
      },
      "henvist-missing": {
        title: "Henvisning mangler",
        message:
          'Det er ikke registreret, hvilken aktør virksomheden er henvist til. Rammeaftale 2024–27 §9 kræver det. Skriv aktøren (flere adskilt med ;) eller "ingen".',
      },
      "score-invalid": {
        title: "Ugyldig anbefalingsscore",
        message:
          '"{value}" er ikke en anbefalingsscore. Skriv et helt tal fra 0 til 10; svaret er udeladt af NPS, indtil det er rettet.',
      },
      "effect-invalid": {
        title: "Ugyldigt effektsvar",
        message:
          '"{value}" er ikke et svar på effektskalaen. Skriv i høj grad, i nogen grad, i lav grad, slet ikke eller ved ikke.',
      },
      "referral-invalid": {
        title: "Ugyldigt svar om henvisning",
        message: '"{value}" er ikke et gyldigt svar om brug af henvisning. Skriv ja, forventer, nej eller ved ikke.',
      },
      "sustainability-invalid": {
        title: "Ugyldigt svar om bæredygtighed",
        message:
          '"{value}" er ikke et svar på skalaen. Skriv i høj grad, i nogen grad, i lav grad, slet ikke eller ved ikke, eller lad cellen stå tom, hvis virksomheden ikke er vejledt om bæredygtighed.',
      },
      "date-invalid": {
        title: "Ugyldig dato",
        message:
          '"{value}" er ikke en gyldig dato. Skriv datoen som dd-mm-åååå (fx 04-03-2025), eller brug et datoformat i Excel.',
      },
      "startdate-missing": {
        title: "Startdato mangler",
        message:
          "Startdatoen mangler, så forløbet kan ikke placeres i en periode og tæller ikke med i periodens mål. Skriv startdatoen.",
      },
      "start-after-end": {
        title: "Slutdato før startdato",
        message: "Slutdatoen {end} ligger før startdatoen {start} (kolonne {startColumn}). Ret den forkerte dato.",
      },
      "founded-after-start": {
        title: "Stiftet efter forløbets start",
        message:
          "Stiftelsesdatoen {founded} ligger efter forløbets start {start}. Virksomheden er talt som under 3 år. Slå stiftelsesdatoen op i CVR-registret og ret den.",
      },
      "number-invalid": {
        title: "Ikke et tal",
        message: '"{value}" er ikke et tal. Skriv et tal, fx 2,5 eller 1.234,5.',
      },
      "hours-implausible": {
        title: "Urimeligt timetal",
        message:
          "Timetallet {value} kan ikke passe for ét forløb (over 8.784 timer, et helt år). Ret timetallet; indtil da tæller det ikke med.",
      },
      "hours-negative": {
        title: "Negativt timetal",
        message: "Timetallet {value} er negativt. Skriv et timetal på 0 eller mere.",
      },
      "yesno-invalid": {
        title: "Hverken ja eller nej",
        message: '"{value}" er hverken ja eller nej. Skriv ja eller nej.',
      },
      "hours-over-3-not-evaluated": {
        title: "Over 3 timer uden brugerevaluering",
        message:
          "Virksomheden har {hours} timers vejledning i året (dens øvrige forløb: række {otherRows}), men intet af forløbene er sendt til brugerevaluering. Efter rammeaftale 2024–27 §9 skal virksomheden altid udtages til brugerevaluering, når vejledningen varer mere end {limit} timer. Send den til evaluering, og skriv ja.",
      },
      "service-missing": {
        title: "Ydet service mangler",
        message:
          "Rækken har hverken {typeColumn} eller {temaColumn}. Rammeaftale 2019–20 kræver, at erhvervshuset registrerer den service, som er ydet. Udfyld forløbstypen eller temaet.",
      },
      "answer-cvr-unregistered": {
        title: "Svar fra en virksomhed uden forløb",
        message:
          'CVR-nummeret {cvr} har svaret i brugerevalueringen, men står ikke i forløbslisten (ark "{coursesSheet}"). Rammeaftalen kræver, at alle vejledte virksomheder registreres. Registrér virksomhedens forløb, eller ret CVR-nummeret.',
      },
      "hours-over-20-no-decision": {
        title: "Over 20 timer uden ledelsesvurdering",
        message:
          "Virksomheden (CVR {cvr}) har fået {total} timers vejledning i perioden {windowStart} til {windowEnd} — over {limit} timer inden for 12 måneder (de øvrige forløb står i række {otherRows}) — og der er ingen ledelsesvurdering. Efter rammeaftale 2024–27 §5.1 skal ledelsen tage eksplicit stilling. Skriv ja, når ledelsen har vurderet forløbet.",
        whenBlank: {
          param: "otherRows",
          message:
            "Virksomheden (CVR {cvr}) har fået {total} timers vejledning i perioden {windowStart} til {windowEnd} i dette ene forløb — over {limit} timer inden for 12 måneder — og der er ingen ledelsesvurdering. Efter rammeaftale 2024–27 §5.1 skal ledelsen tage eksplicit stilling. Skriv ja, når ledelsen har vurderet forløbet.",
        },
      },
      "totals-row-skipped": {
        title: "Sumrække under data",
        message:
          'Rækken ligner en sumrække ("{value}" og ellers kun tal) og er ikke talt med som data. Er det et rigtigt forløb eller svar, så skriv det uden "{value}".',
      },
      "duplicate-row": {
        title: "Dobbelt række",
        message:
          "Rækken ({value}) er magen til række {firstRow}. Slet den, hvis den er tastet to gange; ellers tæller den med to gange.",
      },
      "noegle-duplicate": {
        title: "Nøgletal står to gange",
        message:
          'Nøgletallet "{value}" står også i række {firstRow}, og kun den første række bruges. Slet eller omdøb den ene.',
      },
      "kommunetype-invalid": {
        title: "Ukendt kommunetype",
        message: '"{value}" er ikke en kommunetype. Skriv by eller land.',
      },
      "municipality-unknown": {
        title: "Ukendt kommune",
        message:
          'Kommunen "{value}" er ikke en dansk kommune og står ikke i tabellen Kommuner, så forløbet tæller ikke med, hvor kommunen bruges (fx fordelingen på by- og landkommuner). Mente du "{candidate}"? Ret navnet, eller tilføj kommunen i tabellen Kommuner, hvis den mangler dér.',
        whenBlank: {
          param: "candidate",
          message:
            'Kommunen "{value}" er ikke en dansk kommune og står ikke i tabellen Kommuner, så forløbet tæller ikke med, hvor kommunen bruges (fx fordelingen på by- og landkommuner). Ret navnet til en kendt kommune, eller tilføj kommunen i tabellen Kommuner, hvis den mangler dér.',
        },
      },
      "activity-status-invalid": {
        title: "Ukendt status",
        message: '"{value}" er ikke en status. Skriv opfyldt, delvist eller ikke opfyldt.',
      },
      "required-blank": {
        title: "Påkrævet felt er tomt",
        message: "{column} skal udfyldes, men er tom. Udfyld cellen, eller slet rækken.",
      },
      "field-missing": {
        title: "Kolonne mangler",
        message:
          "Tabellen har ingen kolonne {field}, som kontrakten bruger. Tilføj kolonnen, eller bind en eksisterende kolonne til den.",
      },
      "rule-not-checked": {
        title: "Regel ikke kontrolleret",
        message:
          'Reglen "{ruleTitle}" kan ikke kontrolleres, fordi {fields} ikke er bundet. Tilføj kolonnen, eller ret bindingen.',
      },
      "more-findings": {
        title: "Flere fund ikke vist",
        message:
          '{count} fund mere af typen "{ruleTitle}" er ikke vist (højst {limit} pr. regel og tabel). Ret de viste, og kontrollér igen.',
      },
      "internal-error": {
        title: "Kontrollen stoppede",
        message:
          "Kontrollen af tabellen stoppede uventet ({reason}), og tabellen er udeladt af beregningerne. Kontakt udviklerne med projektmappen.",
      },
      "binding-missing-required": {
        title: "Påkrævet kolonne ikke fundet",
        message:
          'Tabellen mangler kolonnen "{header}". Tilføj den (med netop den overskrift), eller vælg kolonnen i bindingen.',
      },
      "binding-guessed-column": {
        title: "Kolonne gættet ud fra overskriften",
        message:
          'Kolonnen "{value}" er bundet til "{header}" ud fra en delvis match. Tjek, at det er rigtigt, eller vælg en anden kolonne i bindingen.',
      },
      "binding-duplicate-header": {
        title: "Samme overskrift flere gange",
        message:
          'Overskriften "{value}" står i flere kolonner ({columns}); kun den første bruges. Giv kolonnerne forskellige overskrifter.',
      },
      "binding-merged-cells": {
        title: "Flettede celler i tabellen",
        message:
          "Tabellen har flettede celler ({ranges}). Kun den øverste venstre celle i en fletning har en værdi; ophæv fletningen, og udfyld cellerne.",
      },
      "binding-hidden-sheet": {
        title: "Tabellen står på et skjult ark",
        message: "Tabellen står på et skjult ark og læses med. Vis arket, hvis det ikke skal skjules for kolleger.",
      },
      "binding-role-unbound": {
        title: "Ingen tabel fundet",
        message:
          'Der er ingen tabel, der passer til {table}. Mål, der bruger den, viser "mangler data". Tilføj tabellen (se udfyldningsskabelonen), eller vælg den i bindingen.',
      },
      "binding-file-unknown-sheet": {
        title: "Bindingsfilen nævner et ukendt ark",
        message: 'Arket "{sheet}" findes ikke i projektmappen. Ret arknavnet i bindingsfilen.',
      },
      "binding-file-unknown-table": {
        title: "Bindingsfilen nævner en ukendt tabel",
        message: 'Tabellen "{table}" findes ikke på arket. Ret tabelnavnet i bindingsfilen.',
      },
      "binding-file-header-row": {
        title: "Ingen overskrifter i den angivne række",
        message:
          "Bindingsfilen siger {path}: {headerRow}, men række {headerRow} på arket er ikke en tabels overskriftsrække, så tabellen {table} er ikke læst, og mål {goals} kan ikke beregnes. Overskrifterne står i række {found}. Ret headerRow i bindingsfilen, eller slet linjen, så finder Kontrakttjek selv rækken.",
        whenBlank: {
          param: "goals",
          message:
            "Bindingsfilen siger {path}: {headerRow}, men række {headerRow} på arket er ikke overskriftsrækken for tabellen {table}. Overskrifterne står i række {found}. Ret headerRow i bindingsfilen, eller slet linjen, så finder Kontrakttjek selv rækken.",
        },
      },
      "binding-file-unknown-column": {
        title: "Bindingsfilen nævner en ukendt kolonne",
        message:
          'Bindingsfilen siger {path}: "{written}", men arket har ingen kolonne "{written}" til {header}, så mål {goals} kan ikke beregnes. Overskrifterne, der ligner mest: {headers}. Skriv en af dem præcis, som den står, eller kolonnebogstavet (se docs/data-dictionary.md).',
        whenBlank: {
          param: "goals",
          message:
            'Bindingsfilen siger {path}: "{written}", men arket har ingen kolonne "{written}" til {header}. Overskrifterne, der ligner mest: {headers}. Skriv en af dem præcis, som den står, eller kolonnebogstavet (se docs/data-dictionary.md).',
        },
      },
      "binding-file-column-twice": {
        title: "Samme kolonne bundet to gange",
        message:
          'Kolonnen "{written}" er bundet til både {other} og {field}. Ret den ene i bindingsfilen, så hvert felt har sin egen kolonne.',
      },
      "binding-file-letter-conflict": {
        title: "Overskrift og kolonnebogstav er uenige",
        message:
          'Bindingsfilen siger {path}: "column" er "{written}" (kolonne {refLetter}), men "letter" er {letter} ("{letterHeader}"). Kolonne {used} læses for {header} — den, der er ændret i forhold til det, Kontrakttjek selv fandt. Ret det ene, så de to er enige, eller slet "letter".',
      },
      "binding-file-unknown-row": {
        title: "Bindingsfilen nævner en række, der ikke findes",
        message:
          'Bindingsfilen siger {path}: "{written}", men {table} har ingen række med den tekst, så den er ikke brugt. Teksterne, der ligner mest: {known}. Skriv en af dem præcis, som den står, eller sæt null, så finder Kontrakttjek selv rækken.',
        whenBlank: {
          param: "known",
          message:
            'Bindingsfilen siger {path}: "{written}", men {table} har ingen række med den tekst, så den er ikke brugt. Skriv teksten præcis, som den står i projektmappen, eller sæt null, så finder Kontrakttjek selv rækken.',
        },
      },
      "binding-file-unknown-key": {
        title: "Bindingsfilen nævner et ukendt nøgletal",
        message:
          'Bindingsfilen nævner nøgletallet "{name}" ({path}), som kontrakten ikke har. Kendte nøgletal: {known}.',
      },
      "binding-file-unknown-activity": {
        title: "Bindingsfilen nævner en ukendt aktivitet",
        message: 'Bindingsfilen nævner "{name}" ({path}), som kontrakten ikke har. Kendte: {known}.',
      },
      "binding-values-mismatch": {
        title: "Gættet kolonne passer ikke til feltet",
        message:
          'Kolonnen blev gættet som "{header}" ud fra overskriften, men {bad} af {seen} udfyldte celler er ikke gyldige værdier for feltet (fx "{value}"), så den læses ikke som "{header}". Vælg den rigtige kolonne under Tabeller i ruden eller i bindingsfilen (kontrakttjek bind).',
      },
      "input-table-missing": {
        title: "Et mål mangler en tabel",
        message:
          'Mål {goals} skal bruge tabellen {table}, men ingen tabel i projektmappen passer til den, så målet kan ikke beregnes. Mente du "{candidate}" (arket {candidateSheet})? Vælg tabellen under Tabeller i ruden eller i bindingsfilen (kontrakttjek bind).',
        whenBlank: {
          param: "candidate",
          message:
            "Mål {goals} skal bruge tabellen {table}, men projektmappen har ingen tabel, der ligner, så målet kan ikke beregnes. Tilføj den med overskrifterne i docs/data-dictionary.md (eller lav en udfyldningsskabelon med kontrakttjek template).",
        },
      },
      "input-municipalities-missing": {
        title: "Tabellen Kommuner mangler",
        message:
          'Mål {goals} fordeler forløbene på kommunetyper og skal bruge tabellen Kommuner (Kommune, Befolkning, Kommunetype), men den er ikke fundet. Mente du "{candidate}" (arket {candidateSheet})? Vælg den under Tabeller i ruden eller i bindingsfilen.',
        whenBlank: {
          param: "candidate",
          message:
            "Mål {goals} fordeler forløbene på kommunetyper og skal bruge tabellen Kommuner (Kommune, Befolkning, Kommunetype), men projektmappen har den ikke. Tilføj regionens kommuner med befolkningstal og kommunetype (se docs/data-dictionary.md).",
        },
      },
      "input-column-missing": {
        title: "Et mål mangler en kolonne",
        message:
          'Mål {goals} skal bruge kolonnen "{header}" i tabellen {tableName}, men den er ikke fundet, så målet kan ikke beregnes. Mente du "{candidate}" (kolonne {candidateColumn} på arket {candidateSheet})? Vælg kolonnen under Tabeller i ruden eller i bindingsfilen (kontrakttjek bind), eller giv den overskriften "{header}" (se docs/data-dictionary.md).',
        whenBlank: {
          param: "candidate",
          message:
            'Mål {goals} skal bruge kolonnen "{header}" i tabellen {tableName}, men ingen kolonne i tabellen ligner den, så målet kan ikke beregnes. Tilføj kolonnen med overskriften "{header}" (se docs/data-dictionary.md).',
        },
      },
      "input-key-missing": {
        title: "Et mål mangler et nøgletal",
        message:
          'Mål {goals} skal bruge nøgletallet "{key}", men det står ikke i Nøgletal, så målet kan ikke beregnes. Mente du "{candidate}" (række {candidateRow})? Vælg rækken under Tabeller i ruden eller under keyFigures i bindingsfilen, eller skriv "{key}" i kolonnen Nøgle.',
        whenBlank: {
          param: "candidate",
          message:
            'Mål {goals} skal bruge nøgletallet "{key}", men det står ikke i Nøgletal, så målet kan ikke beregnes. Tilføj en række med Nøgle "{key}" og dens Værdi.',
        },
      },
      "input-item-missing": {
        title: "En aktivitet er ikke fundet",
        message:
          'Aktiviteten "{item}" (mål {goal}) er ikke fundet i Aktiviteter og tæller som ikke opfyldt. Mente du "{candidate}" (række {candidateRow})? Vælg rækken under Tabeller i ruden eller under activities i bindingsfilen.',
        whenBlank: {
          param: "candidate",
          message:
            'Aktiviteten "{item}" (mål {goal}) er ikke fundet i Aktiviteter og tæller som ikke opfyldt. Tilføj en række med Mål {goal}, aktiviteten og dens Status.',
        },
      },
      "input-key-matched": {
        title: "Nøgletal fundet på ordene",
        message:
          'Nøgletallet "{key}" er læst fra rækken "{matched}" (fundet på ordene, ikke navnet). Vælg en anden række under Tabeller eller i bindingsfilen, hvis det er forkert.',
      },
      "input-item-matched": {
        title: "Aktivitet fundet på ordene",
        message:
          'Aktiviteten "{item}" (mål {goal}) er læst fra rækken "{matched}" (fundet på ordene eller placeringen). Vælg en anden række under Tabeller eller i bindingsfilen, hvis det er forkert.',
      },
    },
  },
  notes: {
    "table-missing":
      "Tabellen {table} er ikke bundet i projektmappen. Tilføj den (eller bind en tabel til den) for at beregne målet.",
    "fields-missing": "Kolonnen/kolonnerne {fields} mangler i tabellen {table}. Tilføj dem eller ret bindingen.",
    "no-rows": "Ingen gyldige rækker i {table} at beregne ud fra.",
    "key-missing": 'Nøgletallet "{key}" findes ikke i tabellen Nøgletal. Tilføj en række med Nøgle "{key}" og Værdi.',
    "key-other-year":
      'Nøgletallet "{key}" står i Nøgletal kun for {years}, ikke for {year}. Tilføj en række "{key} {year}" med årets Værdi.',
    "key-duplicate": 'Nøgletallet "{key}" står {count} gange i Nøgletal; den første række ({row}) er brugt.',
    "key-fraction-percent":
      'Nøgletallet "{key}" står som {raw} (en procentformateret celle eller en brøk) og er læst som {value} %.',
    "activities-missing":
      "Ingen aktiviteter for mål {goal} i tabellen Aktiviteter. Udfyld Status for målets aktiviteter.",
    "activities-unmatched":
      "{count} af målets {items} aktiviteter blev ikke fundet i Aktiviteter og tæller som ikke opfyldt: {list}.",
    "target-missing": 'Måltallet er ikke fastsat. Angiv det som indstillingen "{option}".',
    "population-missing":
      "Befolkningstal mangler i tabellen Kommuner. Udfyld Befolkning og Kommunetype for regionens kommuner.",
    "kommune-unknown": "{count} forløb har en kommune, der ikke står i tabellen Kommuner, og er udeladt: {list}.",
    "period-unplaced": "{count} {count:række|rækker} uden gyldig {field} kan ikke placeres i perioden og er udeladt.",
    "answers-all-periods":
      "Brugerevalueringen har ingen Besvarelsesdato, så alle svar i arket er brugt, uanset periode. Tilføj kolonnen Besvarelsesdato for at regne på periodens svar.",
    "answers-without-company":
      "{count} {count:svar|svar} uden CVR-nummer tæller hver som én virksomhed. Udfyld CVR-nummer i Brugerevaluering.",
    "blank-left-out": "{count} {count:række|rækker} i {table} uden {field} er udeladt her. Udfyld {field}.",
    "types-uncounted":
      "{count} {count:forløb|forløb} i perioden har en Forløbstype, som intet mål i kontrakten tæller: {list}. Ret typen, hvis forløbet skal tælle.",
    "half-year-not-agreed":
      "Kontrakten afrapporteres én gang om året; en halvårsstatus er ikke aftalt. Nøgletal og svar uden halvårsdato er årets.",
    "option-fallback":
      "Indstillingen '{option}' kræver kolonnen {fields}, som ikke er bundet; derfor er målet opgjort uden den (skabelonens grundlæsning). Tilføj kolonnen for at følge teksten.",
    "founded-unknown":
      "{count} {count:virksomhed|virksomheder} i perioden har ingen Stiftelsesdato på nogen række og er ikke talt som under 3 år. Udfyld Stiftelsesdato i Forløb.",
    "key-year-at-half":
      'Nøgletallet "{key}" har ingen række for halvåret; årets tal er brugt i halvårsstatus. Tilføj en række "{key} 1. halvår {year}".',
    "period-field-missing":
      "Kolonnen {field} mangler i {table}, så det kan ikke afgøres, hvilke forløb der hører til perioden, og der er ingen tal for perioden. Tilføj kolonnen {field}, eller bind en eksisterende kolonne til den, så tælles periodens forløb.",
    "period-field-unbound": "Kolonnen {field} er ikke bundet, så alle forløb tælles uanset periode.",
    "default-proportional": "Standardregel: opfyldelse = realiseret / måltal, højst 100 % (ukappet: {uncapped} %).",
    "default-threshold": "Standardregel: 100 % når målet er nået, ellers 0 %.",
    "default-checklist": "Standardregel: opfyldelse = andel af aktiviteter med status opfyldt.",
    "default-mean": "Målets opfyldelse er gennemsnittet af delmålene.",
    "partial-data":
      'Kun {available} af {total} delmål har data. Målet står derfor som "mangler data", og opfyldelsen ({pct} %) er en nedre grænse, hvor delmålene uden data tæller som 0 %. Skaf data til de manglende delmål.',
    "pace-pro-rata":
      "Tempo: målet tælles op over året, så {due} af årets {target} skal være nået pr. 30. juni ({share} af måltallet).",
    "pace-level":
      "Tempo: målet er et niveau (score, andel, forhold eller tjekliste), så det nuværende tal sammenlignes med hele måltallet ({target}) — ingen pro rata-andel.",
    "weight-zero": "Vises til orientering; indgår ikke i målets gennemsnit (det er summen af andre delmål).",
    "whatif-unreachable": "Målet kan ikke nås alene ved at tilføje flere rækker.",
    "division-by-zero": "Nævneren ({key}) er 0, så forholdet kan ikke beregnes.",
  },
  strings: {
    "status.opfyldt": "opfyldt",
    "status.delvist": "delvist",
    "status.ikke-opfyldt": "ikke opfyldt",
    "status.mangler-data": "mangler data",
    "status.mangler-data-partial": "mangler data ({known} af {total} delmål)",
    "col.goal": "Mål",
    "col.sub": "Delmål",
    "col.title": "Titel",
    "col.target": "Måltal",
    "col.realised": "Realiseret",
    "col.fulfilment": "Opfyldelse",
    "col.status": "Status",
    "col.remarks": "Bemærkninger",
    "col.severity": "Alvor",
    "col.rule": "Regel",
    "col.sheet": "Ark",
    "col.row": "Række",
    "col.column": "Kolonne",
    "col.value": "Værdi",
    "col.message": "Besked",
    "severity.error": "Fejl",
    "severity.warning": "Advarsel",
    "severity.info": "Info",
    "exit.file-missing": "Filen {file} findes ikke. Tjek stien.",
    "exit.not-xlsx":
      "Filen {file} er ikke en .xlsx-projektmappe. Gem den som Excel-projektmappe (.xlsx), og prøv igen.",
    "exit.no-table-binds":
      "Ingen tabel i {file} passer til kontrakten {contract}. Brug overskrifterne fra udfyldningsskabelonen, eller angiv en binding.",
    "exit.unknown-contract": 'Kontrakten "{contract}" findes ikke. Kendte kontrakter: {known}.',
    "check.none": "Ingen fejl eller advarsler.",
    "check.summary": "{errors} fejl, {warnings} {warnings:advarsel|advarsler}, {infos} {infos:oplysning|oplysninger}.",
    "check.more": "{count} fund mere er ikke vist.",
    "scenario.sheet": "Hvad nu hvis – mål",
    "scenario.indicator": "Delmål",
    "scenario.realised": "Realiseret",
    "scenario.realisedScenario": "Realiseret i scenariet",
    "scenario.target": "Måltal",
    "scenario.targetScenario": "Måltal i scenariet",
    "scenario.fulfilment": "Opfyldelse",
    "scenario.fulfilmentScenario": "Opfyldelse i scenariet",
    "scenario.needed100": "Mangler for 100 %",
    "scenario.needed50": "Mangler for 50 %",
    "scenario.goal": "Mål {goal} i alt",
    "scenario.contract": "Kontrakt: {title}, {period}. Realiseret og opfyldelse er beregnet fra projektmappens data.",
    "scenario.changed": "Ændret i scenariet: {list}.",
    "scenario.nothingChanged": "intet",
    "scenario.saved": "Gemt {date} af Kontrakttjek. Tallene er et scenarie, ikke registreringer.",
    "scenario.yours":
      "Arket er dit: Kontrakttjek retter eller fjerner det ikke. Slet det, når du ikke har brug for det længere.",
    "write.moved-sheet": "Arket «{from}» er jeres, så Kontrakttjek skrev i et nyt ark, «{to}».",
    "write.moved-column":
      "Kolonne {from} på arket «{sheet}» indeholder jeres data, så Kontrakttjek skrev «{header}» i kolonne {to}.",
    "write.conflict":
      "Cellen {sheet}!{address} indeholder jeres egne data, og Kontrakttjek skriver aldrig hen over dem. Flyt dataene – eller skriv ved siden af (et nyt ark «Målopfyldelse 2» eller den første ledige kolonne).",
    "write.conflict-fixed":
      "Cellen {sheet}!{address} indeholder jeres egne data, og Kontrakttjek skriver aldrig hen over dem. Kontrol-kolonnen skal stå lige til højre for tabellen: flyt eller tøm cellerne i den kolonne, og prøv igen.",
    "clean.kept-changed":
      "Ikke fjernet fra arket «{sheet}»: {count} {count:celle|celler} ({cells}) er ændret, efter Kontrakttjek skrev {count:den|dem}, og er jeres nu. Slet {count:den|dem} selv, hvis I ikke skal bruge {count:den|dem}.",
    "clean.kept-missing":
      "Arket «{sheet}», som Kontrakttjek skrev, findes ikke længere (slettet, eller omdøbt og ændret); der var intet at fjerne dér.",
    "clean.kept-mismatch":
      "Kontrakttjeks kolonne på arket «{sheet}» har fået en anden overskrift og er derfor ikke fjernet. Slet den selv, hvis I ikke bruger den.",
    "statusSheet.goal": "Mål",
    "statusSheet.sub": "Delmål",
    "statusSheet.title": "Titel",
    "statusSheet.target": "Måltal",
    "statusSheet.realised": "Realiseret",
    "statusSheet.fulfilment": "Opfyldelse",
    "statusSheet.status": "Status",
    "statusSheet.remarks": "Bemærkninger",
    "statusSheet.formulaNote":
      "Realiseret er en værdi beregnet af Kontrakttjek (kan ikke udtrykkes som en Excel-formel); opdateres ved næste kørsel.",
    "statusSheet.footer": "Skrevet af Kontrakttjek; ret Måltal for at se opfyldelsen ændre sig.",
    "statusSheet.year": "år",
    "statusSheet.h1": "1. halvår",
    "statusSheet.reportPeriodYear": "Status {year}",
    "statusSheet.reportPeriodH1": "Status 1. halvår {year}",
    "statusSheet.reportAsOf": "Opgjort pr. {date}",
    "statusSheet.reportSource": "Data: {tables}",
    "statusSheet.reportSummary":
      "{met} af {total} mål opfyldt · {partly} delvist · {not} ikke opfyldt · {missing} mangler data",
    "statusSheet.reportLegend": "Farver:",
    "statusSheet.due": "Forventet pr. 30/6",
    "statusSheet.pace": "Tempo",
    "statusSheet.needed": "Mangler for 100 %",
    "statusSheet.note": "Note",
    "statusSheet.house": "Husets bemærkning",
    "statusSheet.key": "Id",
    "statusSheet.onTrack": "på rette spor",
    "statusSheet.behind": "bagud",
    "statusSheet.methodSheetYear": "Metode",
    "statusSheet.methodSheetH1": "Metode 1. halvår",
    "statusSheet.methodTitle": "Metode og noter: {title}",
    "statusSheet.methodNo": "Note",
    "statusSheet.methodWhere": "Mål / delmål",
    "statusSheet.methodText": "Forklaring",
    "statusSheet.chartTitle": "Opfyldelse pr. mål",
    "statusSheet.chartTarget": "100 %",
    "statusSheet.chartShort": "Kort titel",
    "statusSheet.page": "Side &P af &N",
    "statusSheet.orphan": "Bemærkning til et mål, der ikke længere er i kontrakten ({key})",
    "scenario.status.opfyldt": "opfyldt",
    "scenario.status.delvist": "delvist opfyldt",
    "scenario.status.ikke-opfyldt": "ikke opfyldt",
    "scenario.status.mangler-data": "mangler data",
    "scenario.noYear": "uden år",
    "scenario.h1": "1. halvår {year}",
    "contract.copyNote":
      "Oprettet som kopi af {id} ({title}). Mål, måltal og regler er kopieret; ret dem til den nye kontrakt.",
    "whatIf.rows": "rækker",
  },
  pane: {
    appTitle: "Kontrakttjek",
    appSubtitle: "Tjek data, beregn og skriv målopfyldelse for resultatkontrakten",
    navLabel: "Trin",
    tabContract: "Kontrakt",
    tabBinding: "Tabeller",
    tabCheck: "Tjek",
    tabGoals: "Mål",
    tabWrite: "Skriv",
    tabStart: "Start fra bunden",
    tabAuthor: "Ny kontrakt",
    contractLabel: "Kontrakt",
    contractPlaceholder: "Vælg en kontrakt",
    contractHint: "Vælg den resultatkontrakt eller rammeaftale, som tallene skal holdes op imod.",
    periodLabel: "Periode",
    periodYear: "Hele året",
    periodH1: "1. halvår (status pr. 30. juni)",
    bindAuto: "Find tabellerne automatisk",
    contractChosen: "{title} · {goals} mål",
    contractWorkbook: "Projektmappens kontrakt: {title}",
    contractOffer: "Projektmappen har sin egen kontrakt: {title}.",
    contractOfferUse: "Brug projektmappens kontrakt",
    authorIntro:
      "Lav næste års kontrakt ud fra en kendt kontrakt: ret titler og måltal, se kontraktfilen, og gem kontrakten i projektmappen, så den følger med filen.",
    authorFrom: "Ny kontrakt ud fra …",
    authorFromSheet: "Arket «{sheet}» i projektmappen",
    authorId: "Id (små bogstaver, tal og bindestreg)",
    authorTitle: "Titel",
    authorYear: "År",
    authorCreate: "Opret udkast",
    authorImport: "Indlæs JSON",
    authorImportFile: "Kontraktfil (JSON)",
    authorLoaded: "Indlæst fra {name}: {title}.",
    authorDraft: "Udkast: {title} ({id})",
    authorGoals: "Mål og måltal",
    authorGoalTitle: "Målets titel",
    authorIndicator: "Indikator: {label}",
    authorLabel: "Navn",
    authorTarget: "Måltal {op}",
    authorTargetParam: "Måltal {op} for {param} {value}",
    authorTargetOption: "Måltallet sættes lokalt i indstillingen «{option}».",
    authorNotANumber: "«{text}» er ikke et tal. Skriv fx 45 eller 45,5.",
    authorChecks: "Kontrol af kontrakten",
    authorNoProblems: "Ingen fejl – kontrakten kan gemmes.",
    authorProblemsTitle: "Kontrakten kunne ikke oprettes",
    authorJson: "Kontraktfilen (JSON)",
    authorDownload: "Hent JSON",
    authorSave: "Gem i projektmappen",
    authorSavePreview: "Dette bliver gemt",
    authorSaveNewSheet: "Arket «{sheet}» oprettes: {rows} rækker × {columns} kolonner.",
    authorSaveSheet:
      "Arket «{sheet}» findes og får kontraktens {rows} rækker × {columns} kolonner. Står der noget andet i arket, spørger Kontrakttjek, før det overskrives.",
    authorSaveSettings:
      "Kontrakten gemmes i projektmappen og kan så vælges som «Projektmappens kontrakt». Arket er jeres: «Fjern det, Kontrakttjek har skrevet» rører det ikke.",
    authorSaveGo: "Gem",
    authorConflict:
      "Cellen {sheet}!{address} siger noget andet end kontrakten – måske er arket rettet i hånden. Overskriv arket med kontrakten?",
    authorOverwrite: "Overskriv arket",
    authorSaved: "Gemt i projektmappen: «{title}» og arket «{sheet}» ({cells} celler). Vælg den under Kontrakt.",
    authorDiscard: "Kassér udkastet",
    authorInvalid: "Kontrakten har fejl. Ret dem først (se «Kontrol af kontrakten»).",
    authorFileTooLarge: "{name} fylder {size} byte; en kontraktfil må højst fylde {max} byte.",
    authorSheetMissing: "Projektmappen har intet ark «{sheet}».",
    authorSheetProblems: "Arket «{sheet}» har {count} fejl og bruges ikke som kontrakt. Se dem under «Ny kontrakt».",
    lacksTitle: "Det mangler målene",
    lacksIntro:
      "Vælg selv, hvor dataene står – forslagene øverst. Målene regnes igen med det samme; «Gem koblingen» gemmer valget i projektmappen.",
    lacksCheckFirst: "Kør kontrollen for at se, hvad målene mangler.",
    lacksNothing: "Målene mangler ingen data.",
    lacksTable: "Tabellen {table} – mål {goals}",
    lacksColumn: "Kolonnen «{header}» ({table}) – mål {goals}",
    lacksKey: "Nøgletallet «{key}» – mål {goals}",
    lacksItem: "Aktiviteten «{item}» – mål {goal}",
    lacksGuessed: "Fundet på ordene: «{text}». Ret det, hvis det er forkert.",
    lacksPick: "(vælg)",
    lacksSuggested: "Forslag",
    lacksShowAll: "Vis også nøgletal og aktiviteter, der er fundet",
    lacksOthers: "Alle andre",
    bindingIntro:
      "Kontrakttjek har koblet projektmappens tabeller til kontraktens data. Ret en kolonne, hvis gættet er forkert; valget gemmes i projektmappen.",
    bindingNone: "Ingen tabeller koblet endnu. Vælg en kontrakt og tryk «Find tabellerne automatisk».",
    bindingSource: "Tabel",
    bindingSourceNone: "(ikke koblet)",
    bindingSourceAuto: "(find automatisk)",
    bindingColumn: "Kolonne for {field}",
    bindingColumnNone: "(ingen)",
    bindingFit: "Passer {pct} %",
    confidenceHigh: "sikker",
    confidenceMedium: "sandsynlig",
    confidenceLow: "gæt",
    confidenceLabel: "{level} ({pct} %)",
    requiredField: "skal udfyldes",
    bindingSave: "Gem koblingen i projektmappen",
    bindingSaved: "Koblingen er gemt i projektmappen.",
    bindingIssues: "Bemærkninger til koblingen",
    roleForloeb: "Forløb",
    roleEvaluering: "Brugerevaluering",
    roleNoegletal: "Nøgletal",
    roleKommuner: "Kommuner",
    roleAktiviteter: "Aktiviteter",
    sourceName: "{sheet} · {table}",
    sourceRange: "{sheet} · område fra række {row}",
    sourceRows: "{rows} rækker",
    checkRun: "Tjek registreringerne",
    checkSummary: "{errors} fejl og {warnings} {warnings:advarsel|advarsler} i {rows} {rows:række|rækker}",
    checkClean: "Ingen fejl fundet – flot.",
    checkAuto: "Tjek igen, når tabellerne ændres",
    checkGroupCount: "{count} stk.",
    checkGoTo: "Vis cellen {sheet}!{cell}",
    checkMore: "… og {count} mere",
    checkNotRun: "Tjekket er ikke kørt endnu.",
    severityError: "Fejl",
    severityWarning: "Advarsel",
    severityInfo: "Bemærk",
    findingsLabel: "Fund grupperet efter regel",
    checkedAgain: "Tabellerne er ændret – tjekket er kørt igen.",
    goalsRun: "Beregn målopfyldelse",
    goalsNone: "Målopfyldelsen er ikke beregnet endnu.",
    goalsSummary: "{title} · {period}",
    periodYearOf: "år {year}",
    periodH1Of: "1. halvår {year}",
    goalFulfilment: "Opfyldelse",
    goalFulfilmentValue: "{pct} % opfyldt",
    goalFulfilmentPartial: "mindst {pct} % opfyldt — kun {known} af {total} delmål har data",
    goalNoData: "mangler data",
    statusOpfyldt: "Opfyldt",
    statusDelvist: "Delvist opfyldt",
    statusIkkeOpfyldt: "Ikke opfyldt",
    statusManglerData: "Mangler data",
    statusManglerDataPartial: "Mangler data ({known} af {total} delmål)",
    indicatorFigures: "Realiseret {value} · måltal {op} {target} {unit}",
    valueMissing: "–",
    unitAntal: "",
    unitProcent: "%",
    unitPoint: "point",
    unitProcentpoint: "procentpoint",
    unitFaktor: "",
    unitVirksomheder: "virksomheder",
    unitAktiviteter: "aktiviteter",
    goalCard: "Mål {id}: {title}",
    indicatorPct: "{pct} %",
    paceOnTrack: "På rette spor: {due} skulle være nået pr. 30. juni",
    paceBehind: "Bagud: {due} skulle være nået pr. 30. juni",
    goalOnTrack: "På rette spor ved halvåret",
    goalBehind: "Bagud ved halvåret",
    needed100: "For 100 %: {add} flere {of}",
    needed50: "For 50 %: {add} flere {of}",
    notesLabel: "Noter",
    whatIfOpen: "Hvad nu hvis …",
    whatIfTitle: "Hvad nu hvis – {goal}",
    whatIfHint: "Prøv andre tal. Projektmappen ændres ikke.",
    whatIfRealised: "Realiseret ({label})",
    whatIfTarget: "Måltal ({label})",
    whatIfResult: "Målet bliver {pct} % opfyldt",
    whatIfReset: "Nulstil",
    whatIfClose: "Luk",
    whatIfSave: "Gem som ark …",
    whatIfSavePreview:
      "Scenariet skrives i et nyt ark, «{sheet}», med de beregnede tal og scenariets side om side. Arket bliver dit: Kontrakttjek retter eller fjerner det ikke.",
    whatIfSaveGo: "Gem arket",
    whatIfSaved: "Scenariet er gemt i arket «{sheet}» ({cells} {cells:celle|celler}).",
    figureDecimalMark: "Skriv decimaler med komma, fx 1234,5 eller 1.234,5 (punktum kun mellem tusinder).",
    figureGrouping: "Tusinder skrives i grupper af tre cifre, fx 1.234.567 eller 1234567.",
    figureNotNumber: "Skriv et tal, fx 1.234,5 eller 1234,5 – eller tøm feltet for at bruge det opgjorte tal.",
    whatIfNoName: "Der findes allerede {count} scenarieark for målet. Slet nogle af dem, og gem igen.",
    writePreview: "Vis hvad der skrives",
    writeIntro: "Kontrakttjek skriver kun i sine egne ark og kolonner og kan fjerne alt igen.",
    writeSheet: "Arket «{sheet}»: {rows} rækker × {columns} kolonner",
    writeSheetChart: "med et diagram over opfyldelse pr. mål",
    writeColumn:
      "Kolonnen «{header}» i {sheet}, kolonne {column}, række {first}–{last} ({notes} rækker med bemærkninger)",
    writeHighlights: "{count} {count:celle|celler} farves i {sheet} (fx {cells})",
    writeNothing: "Der er intet at skrive.",
    writeGo: "Skriv i projektmappen",
    writeForce: "Skriv ved siden af",
    writeDone: "Skrevet: {sheets}; {cells} celler, {highlights} farvede celler.",
    cleanGo: "Fjern det, Kontrakttjek har skrevet",
    cleanDone: "Fjernet: {sheets} ark, {columns} kolonner, {highlights} farvede celler.",
    previewTitle: "Dette bliver ændret",
    startIntro:
      "Har I ingen tabeller endnu? Indsæt kontraktens udfyldningsark – med overskrifter, tabeller og datavalidering – og begynd at skrive.",
    startGo: "Indsæt udfyldningsark",
    startDone: "Indsat: {sheets}.",
    startSkipped: "Findes allerede og er ikke rørt: {sheets}.",
    startNoValidation:
      "Denne Excel-version understøtter ikke datavalidering fra tilføjelsesprogrammer; arkene er indsat uden.",
    busyBind: "Finder tabellerne …",
    busyRead: "Læser tabellerne …",
    busyCheck: "Tjekker …",
    busyEvaluate: "Beregner …",
    busyWrite: "Skriver …",
    busyClean: "Fjerner …",
    busyInsert: "Indsætter ark …",
    busyKontrakt: "Læser kontrakten …",
    busyProgress: "{done} af {total}",
    cancel: "Annullér",
    cancelled: "Annulleret. Intet halvt arbejde er efterladt uden at kunne fjernes.",
    dismiss: "Luk",
    errorTitle: "Det gik ikke",
    errNotFound: "Et ark eller en tabel, som Kontrakttjek bruger, findes ikke længere. Find tabellerne igen.",
    errProtected: "Arket er beskyttet. Fjern beskyttelsen (Gennemse › Fjern arkbeskyttelse) og prøv igen.",
    errEditing: "Excel er i redigeringstilstand. Tryk Enter eller Esc i cellen og prøv igen.",
    errTooLarge: "Excel afviste en for stor forespørgsel, også i mindre bidder. Prøv med færre rækker.",
    errBusy: "Excel har travlt eller har nået en grænse. Vent et øjeblik og prøv igen.",
    errSettings: "Indstillingerne er for store til at gemme i projektmappen.",
    errGeneric: "Der skete en uventet fejl: {message}",
    errWriteUndone: "Intet er skrevet: Kontrakttjek har fjernet det, der nåede at blive skrevet.",
    errWritePreviousRemoved: "Det, Kontrakttjek skrev sidste gang, var allerede fjernet; skriv igen, når Excel svarer.",
    errWritePartly:
      "Projektmappen er delvist skrevet, og det kunne ikke fjernes automatisk. Vælg «Fjern det, Kontrakttjek har skrevet» for at rydde op.",
    errNoContract: "Vælg først en kontrakt.",
    errNoBinding: "Find først tabellerne.",
    errApiMissing: "Denne Excel-version mangler en funktion, som Kontrakttjek bruger ({feature}). Opdatér Excel.",
    demoTitle: "Kontrakttjek – prøv det i browseren",
    demoIntro: "Et opdigtet eksempel (fast seed). Intet forlader din maskine.",
    demoSheets: "Ark",
    demoGrid: "Regneark: {sheet}",
    demoLanguage: "Sprog",
    demoOwned: "skrevet af Kontrakttjek",
    demoRowsShown: "Viser række {from}–{to} af {rows}",
    aboutOpen: "Om Kontrakttjek",
    aboutTitle: "Om Kontrakttjek",
    aboutVersion: "Version {version}",
    aboutPlatform: "Kører i: {platform}",
    aboutDemo: "browserdemoen (ingen Excel)",
    aboutWritesTitle: "Det skriver Kontrakttjek i projektmappen – og kun det",
    aboutWritesStatus:
      "Statusark med målopfyldelsen (fx «Målopfyldelse»): Kontrakttjeks egne ark, som skrives om, hver gang du skriver.",
    aboutWritesKontrol:
      "En kolonne «Kontrol» ved siden af hver tabel, Kontrakttjek læser, med rækkens fejl og advarsler, og farvemarkeringer på de celler, fejlene står i.",
    aboutWritesRecord:
      "En fortegnelse over præcis de ark, kolonner og celler, der er skrevet (en skjult XML-del i projektmappen). Den bruges af «Fjern» her og af kommandolinjens clean, så intet andet bliver rørt.",
    aboutWritesSettings: "Dine valg (kontrakt, tabeller, parametre) gemmes i projektmappens indstillinger.",
    aboutWritesScenario:
      "Scenarieark, du gemmer fra «Hvad nu hvis», er dine: Kontrakttjek hverken ændrer eller fjerner dem.",
    aboutPrivacyTitle: "Dine data",
    aboutPrivacy:
      "Dataene bliver i projektmappen. Kontrakttjek sender intet til nogen server. Det eneste, tilføjelsesprogrammet henter udefra, er Office.js fra Microsofts CDN, som Office kræver.",
    aboutRemoveTitle: "Sådan fjerner du det hele",
    aboutRemove:
      "Under fanen «{tab}» fjerner «{button}» statusark, Kontrol-kolonner, markeringer og fortegnelsen. Celler, du selv har skrevet i, bliver stående. Selve tilføjelsesprogrammet fjernes under Hjem › Tilføjelsesprogrammer.",
    aboutSupport: "Hjælp og support",
    aboutCopy: "Kopiér oplysningerne til en supportmail",
    aboutCopied: "Kopieret.",
    aboutClose: "Tilbage",
    demoOpen: "Åbn din egen projektmappe (.xlsx)",
    demoOpenHint:
      "Vælg en fil, eller træk den ind over regnearket. Filen læses her i browseren og sendes ingen steder hen – intet uploades.",
    demoOpened: "Åbnet: {file}. Det, Kontrakttjek skriver, kommer kun i denne kopi, som du kan hente.",
    demoDownload: "Hent projektmappen",
    demoFileEncrypted:
      "«{file}» er beskyttet med adgangskode. Fjern adgangskoden i Excel (Filer › Info › Beskyt projektmappe), gem, og åbn den igen.",
    demoFileOld: "«{file}» er i det gamle .xls-format. Åbn den i Excel, gem den som .xlsx, og åbn den her igen.",
    demoFileBad:
      "«{file}» kan ikke læses som en Excel-projektmappe (.xlsx): {detail}. Gem den som .xlsx i Excel, og prøv igen.",
    demoReadOnly: "Cellerne i din egen fil retter du i Excel; her kan du tjekke, beregne, skrive og hente.",
  },
  cli: {
    usage:
      "Brug: kontrakttjek <kommando> [flag]\n\nKommandoer:\n{commands}\n\nkontrakttjek <kommando> --help viser en kommandos flag; kontrakttjek --version viser versionen. Fælles flag: --lang {langs}. Tabeller, kolonner og overskrifter: docs/data-dictionary.md.",
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
    "bad-lang": 'Sproget skal være {choices} (fik "{value}").',
    "bad-period": 'Perioden skal være år eller H1 (fik "{value}").',
    "binding-invalid":
      "Bindingsfilen {file} er ikke gyldig: {reason}. Ret stedet i filen (tabellernes og kolonnernes navne står i docs/data-dictionary.md), eller lav en ny med kontrakttjek bind.",
    "contract-invalid": "Kontraktfilen {file} er ikke gyldig: {reason}.",
    internal: "Uventet fejl: {reason}. Kontakt udviklerne med filen og kommandoen.",
    "same-file": "--write må ikke pege på inputfilen; Kontrakttjek ændrer aldrig inputfilen. Vælg et nyt filnavn.",
    written: "Skrev {file}: {cells} celler, ark {sheets}.",
    cleaned: "Skrev {file}: fjernede {sheets} ark, {columns} kolonner og {highlights} markeringer.",
    "template-written": "Skrev udfyldningsprojektmappen {file} for {contract}.",
    "examples-written": "Skrev {count} {count:eksempelprojektmappe|eksempelprojektmapper} i {dir}.",
    "findings-none": "Ingen fejl eller advarsler.",
    "findings-summary":
      "{errors} fejl, {warnings} {warnings:advarsel|advarsler}, {infos} {infos:oplysning|oplysninger}.",
    "col-goal": "Mål",
    "col-sub": "Delmål",
    "col-title": "Titel",
    "col-target": "Måltal",
    "col-realised": "Realiseret",
    "col-fulfilment": "Opfyldelse",
    "col-status": "Status",
    "col-needed": "Mangler",
    "col-pace": "Tempo",
    "on-track": "på rette spor",
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
    "reason-json-too-big": "større end {max} byte",
    "reason-json-syntax":
      "JSON-fejl i linje {line}, kolonne {column} ({detail}) — tjek kommaer, anførselstegn og klammer lige før dette sted",
    "reason-folder": "det er en mappe",
    "part-package": "pakken",
    "cmd-contracts": "Vis kontraktbiblioteket med mål, parametre og valg",
    "cmd-check": "Kontrollér indtastningerne, og se hvad målene mangler",
    "cmd-evaluate": "Beregn målopfyldelse (og skriv den med --write)",
    "cmd-bind": "Skriv en bindingsfil: hvor kontraktens data står",
    "cmd-clean": "Fjern alt, hvad Kontrakttjek har skrevet",
    "cmd-template": "Lav en tom udfyldningsprojektmappe til en kontrakt",
    "cmd-export": "Eksportér en kontrakt (JSON eller arket Kontrakt)",
    "cmd-examples": "Lav eksempelprojektmapper (fast seed)",
    "help-contracts":
      "kontrakttjek contracts [--json] [--lang da|en]\n\nViser hver kontrakt med dens mål, parametre (--param navn=værdi) og valg (--option navn=værdi): navn, mulige værdier, standardværdi og, for valgene, hvad de betyder.\n\n  --json   som JSON",
    "help-check":
      "kontrakttjek check <fil.xlsx> --contract <id|fil.json|sheet> [--binding <b.json>] [--param navn=værdi]… [--json]\n\nKontrollerer alle indtastninger (CVR, datoer, svarskalaer, 3- og 20-timersreglen, dubletter …) og siger, hvilke tabeller, kolonner, nøgletal og aktiviteter målene mangler, med bud på, hvad der er ment.\n\n  --contract   kontrakt-id (se kontrakttjek contracts), en kontraktfil (.json) eller sheet (projektmappens ark Kontrakt)\n  --binding    bindingsfil, der siger, hvor dataene står (lav en med kontrakttjek bind)\n  --param      kontraktens parametre, fx year=2025\n  --json       som JSON\n\nAfslutter med 0 uden fejl, 1 ved fejl eller når et mål ikke kan beregnes, 2 ved ubrugeligt input. Tabeller og overskrifter: docs/data-dictionary.md.",
    "help-evaluate":
      "kontrakttjek evaluate <fil.xlsx> --contract <id|fil.json|sheet> [flag]\n\nBeregner hvert måls opfyldelse og viser kort, hvorfor et mål mangler data.\n\n  --contract         kontrakt-id, kontraktfil (.json) eller sheet\n  --param navn=værdi  kontraktens parametre, fx house=sjælland year=2025 (se kontrakttjek contracts)\n  --option navn=værdi kontraktens valg, fx npsOmfang=pr-segment\n  --period år|H1      hele året, eller 1. halvår med tempo\n  --binding b.json    bindingsfil (lav en med kontrakttjek bind)\n  --json              som JSON\n  --write ud.xlsx     skriv en kopi med arket Målopfyldelse (--force erstatter en eksisterende fil)\n\nAfslutter med 0, når der kunne regnes, og 2 ved ubrugeligt input (fx en manglende påkrævet parameter).",
    "help-bind":
      "kontrakttjek bind <fil.xlsx> --contract <id> --out binding.json [--binding <b.json>] [--param navn=værdi]… [--force]\n\nSkriver, hvor hver tabel, kolonne, hvert nøgletal og hver aktivitet, kontrakten bruger, står i projektmappen: hvad der blev fundet, hvor sikkert, og bud på det, der mangler. Ret filen (tabeller og kolonner ved deres danske navne fra docs/data-dictionary.md eller deres id'er), og brug den med --binding.\n\n  --out       filen, der skrives (en eksisterende erstattes kun med --force)\n  --binding   en tidligere bindingsfil at bygge videre på",
    "help-clean":
      "kontrakttjek clean <fil.xlsx> --write <ud.xlsx> [--force]\n\nSkriver en kopi uden det, Kontrakttjek har skrevet (arket Målopfyldelse, Kontrol-kolonner, markeringer). Celler, du selv har skrevet i, bliver stående.",
    "help-template":
      "kontrakttjek template <kontrakt-id> --out <fil.xlsx> [--force] [--lang da|en]\n\nLaver en tom udfyldningsprojektmappe med kontraktens tabeller, datavalidering, nøgletal, kommuner og aktiviteter.",
    "help-export":
      "kontrakttjek export <kontrakt-id> --out <k.json|k.xlsx> [--as <nyt-id> --year <år> --title <titel>] [--force]\n\nEksporterer en kontrakt som JSON-fil eller som arket Kontrakt; med --as som en kopi under et nyt id (fx næste års kontrakt).",
    "help-examples":
      "kontrakttjek examples [--out <mappe>] [--force]\n\nLaver en eksempelprojektmappe pr. kontrakt (fast seed, med bevidste fejl).",
    version: "kontrakttjek {version}",
    "why-missing": "mangler: {list}",
    "lacks-table": "tabellen {table}",
    "lacks-column": 'kolonnen "{header}" ({table})',
    "lacks-key": 'nøgletallet "{key}"',
    "lacks-item": 'aktiviteten "{item}"',
    "param-required": "Kontrakten {contract} skal have parameteren {param}: angiv --param {param}=<værdi> ({choices}).",
    "contracts-params": "Parametre:",
    "param-required-mark": "påkrævet",
    "param-default": "standard {value}",
    "contracts-goals": "Mål:",
    "contracts-options": "Valg (--option navn=værdi):",
    "contracts-none": "(ingen)",
    "option-free-value": "et tal eller en tekst",
    "option-no-default": "ingen (sæt det selv)",
    "bind-written":
      "Skrev bindingen {file}: {found} af {needed} input fundet. Ret filen, og brug den med --binding {file}.",
    "bind-description":
      'Bindingen for {contract}: hvor kontraktens data står i {file}. Ret "column" (overskrift eller kolonnebogstav), "letter" (kolonnebogstavet alene) eller "matched" (teksten i projektmappen); ændrer du kun det ene af "column" og "letter", bruges det, du ændrede. null betyder: find selv; forslag står under "candidates". Navnene står i docs/data-dictionary.md. Brug filen med --binding.',
    "bfp-not-object": "filen skal være et JSON-objekt",
    "bfp-bad-version": '{path}: version skal være 1 (fik "{name}")',
    "bfp-unknown-role": '{path}: ukendt tabel "{name}"; kendte: {known}',
    "bfp-unknown-field": '{path}: ukendt kolonne "{name}"; kendte: {known}',
    "bfp-unknown-property": '{path}: ukendt navn "{name}"; kendte: {known}',
    "bfp-bad-value": "{path}: ugyldig værdi ({name})",
  },
  authoring: {
    place: {
      row: "række {row}",
      column: "kolonne {column}",
    },
    rules: {
      "kontrakt-sheet-empty":
        "Arket {sheet} er tomt. Opret det med “Ny kontrakt fra …” eller udfyld kontraktens rækker.",
      "kontrakt-too-big":
        "Arket har {count} rækker; en kontrakt må højst fylde {max}. Slet tomme eller overflødige rækker.",
      "kontrakt-header-missing":
        "Målenes overskriftsrække blev ikke fundet. Der skal være en række med overskrifterne Mål, Delmål, Titel, Indikator og Måltal.",
      "kontrakt-column-missing": "Kolonnen “{column}” mangler i {where}. Tilføj den i overskriftsrækken.",
      "kontrakt-column-unknown":
        "Kolonnen “{value}” kendes ikke og bliver ikke læst. Ret overskriften (fx {suggestion}) eller slet kolonnen.",
      "kontrakt-column-duplicate": "Kolonnen “{value}” står to gange; kun én må være der. Slet den ene.",
      "kontrakt-label-unknown": "Rækken “{value}” kendes ikke og bliver ikke læst. Kendte rækker: {allowed}.",
      "kontrakt-cell-error": "Cellen indeholder fejlværdien {value}. Skriv en værdi i stedet.",
      "kontrakt-required": "{what} mangler. Udfyld cellen.",
      "kontrakt-id-invalid":
        "Kontraktens id “{value}” er ugyldigt: brug 2–64 små bogstaver a–z, tal og bindestreg, fx sjaelland-2026.",
      "kontrakt-number": "“{value}” er ikke et tal. Skriv et tal, fx 70 eller 2,5.",
      "kontrakt-number-range": "{value} ligger uden for det tilladte interval {min}–{max}.",
      "kontrakt-choice": "“{value}” er ikke en gyldig værdi. Vælg en af: {allowed}.",
      "kontrakt-table-unknown": "Tabellen “{value}” findes ikke. Vælg en af: {allowed}.",
      "kontrakt-table-mismatch":
        "Indikatoren {kind} læser altid fra tabellen {expected}, ikke “{value}”. Ret eller tøm cellen.",
      "kontrakt-field-unknown": "Kolonnen “{value}” findes ikke i tabellen {table}. Brug en af: {allowed}.",
      "kontrakt-filter": "Filteret kan ikke læses ved tegn {pos}: {reason}",
      "kontrakt-kind": "Indikatoren “{value}” kan ikke læses: {reason}",
      "kontrakt-items-missing":
        "Tjeklisten {indicator} under mål {goal} har ingen punkter. Tilføj rækker med Mål, Delmål og Punkt udfyldt og punktets tekst i Titel.",
      "kontrakt-rule": "Reglen “{value}” kan ikke læses: {reason}",
      "kontrakt-target": "Måltallet “{value}” kan ikke læses: {reason}",
      "kontrakt-target-missing":
        "Delmål {indicator} under mål {goal} har intet måltal. Skriv måltallet i kolonnen Måltal.",
      "kontrakt-when": "Betingelsen “{value}” kan ikke læses: {reason}",
      "kontrakt-option-unknown":
        "“{value}” er hverken en parameter eller en indstilling i kontrakten. Kendte: {allowed}.",
      "kontrakt-duplicate-id": "{what} “{value}” er allerede brugt ({first}). Giv hver sin id.",
      "kontrakt-goal-missing":
        "Rækken hører til mål {goal}, men der er ingen målrække for mål {goal}. Tilføj en række med Mål {goal}, tomt Delmål og en titel.",
      "kontrakt-indicator-missing":
        "Rækken hører til delmål {indicator} under mål {goal}, som ikke findes. Tilføj delmålets række eller ret Delmål.",
      "kontrakt-goal-empty": "Mål {goal} har ingen delmål. Tilføj mindst én række med Delmål og Indikator.",
      "kontrakt-no-goals": "Kontrakten har ingen mål. Tilføj rækker under overskriftsrækken.",
      "kontrakt-row-ambiguous":
        "Rækken har både Punkt og Variant når udfyldt; en række er enten et tjeklistepunkt eller en variant.",
      "kontrakt-not-used": "Kolonnen {column} bruges ikke for {what} og bliver ikke læst. Tøm cellen.",
      "kontrakt-notes-en":
        "Der er {countEn} engelske bemærkninger til {count} danske; de parres i rækkefølge, og de overskydende bruges ikke.",
      "kontrakt-option-default": "Standardværdien “{value}” er ikke et af valgene ({allowed}).",
      "kontrakt-param-value-unknown":
        "Måltallet nævner “{value}”, som ikke er et valg for parameteren {param} ({allowed}).",
      "kontrakt-key-undeclared":
        "Nøgletallet “{value}” står ikke i afsnittet Nøgletal; det slås op i tabellen Nøgletal under præcis det navn.",
      "kontrakt-schema": "{reason}",
      "json-too-large": "Filen fylder {size} byte; en kontrakt må højst fylde {max} byte.",
      "json-syntax": "Filen er ikke gyldig JSON: {detail}. Ret filen eller eksportér kontrakten igen.",
      "json-too-deep": "Filen er indlejret mere end {max} niveauer dybt; det er ikke en kontrakt.",
      "json-version":
        "Kontrakten har formatversion {version}; denne udgave af Kontrakttjek læser version 1 og 2. Opdatér Kontrakttjek.",
      "json-schema": "{reason}",
    },
    reasons: {
      "filter-empty": "filteret er tomt.",
      "filter-too-long": "filteret er længere end {max} tegn.",
      "filter-too-deep": "filteret har mere end {max} niveauer af parenteser eller “ikke”.",
      "filter-too-many": "højst {max} dele eller værdier.",
      "filter-unexpected": "forventede {expected}, fandt “{found}”.",
      "filter-expected-condition": "forventede et kolonnenavn, “(” eller “ikke”, fandt “{found}”.",
      "filter-unknown-field": "kolonnen “{name}” findes ikke i tabellen {table}.",
      "filter-expected-operator":
        "efter {field} forventede =, ≠, <, >, ≤, ≥, i, ikke i, er tom, er udfyldt eller indeholder; fandt “{found}”.",
      "filter-expected-value":
        "forventede en værdi (“tekst” i anførselstegn, et tal eller en dato ÅÅÅÅ-MM-DD), fandt “{found}”.",
      "filter-expected-number": "forventede et tal, fandt {found}.",
      "filter-expected-text": "forventede en ikke-tom tekst i anførselstegn, fandt {found}.",
      "filter-unterminated-text":
        "teksten, der begynder med {quote}, slutter aldrig; tilføj det afsluttende anførselstegn.",
      "filter-text-too-long": "en tekst må højst være {max} tegn.",
      "filter-expected-close": "mangler “)”.",
      "filter-list-separator": 'adskil værdierne i en liste med semikolon: ("a"; "b").',
      "filter-type": '{field} er en tekstkolonne; skriv værdien i anførselstegn: "{value}".',
      "filter-age-table":
        "virksomhedsalder kan kun bruges på tabellen Forløb (den kræver Startdato og Stiftelsesdato), ikke {table}.",
      "filter-age-range": "alderen skal være over 0 og højst 200 år, ikke {value}.",
      "rule-unknown": "skriv “andel af mål”, “nået/ikke nået”, “trin: 60=100; 50=50” eller “tjekliste”.",
      "rule-steps": "trin skrives “trin: grænse=procent; grænse=procent”, fx “trin: 60=100; 50=50”.",
      "rule-steps-pct": "et trins procent skal ligge mellem 0 og 100.",
      "rule-checklist": "skriv “tjekliste” eller “tjekliste: krævet 6” (antal aktiviteter, der skal være opfyldt).",
      "target-unknown": "skriv et tal (fx 70 eller 2,5), “efter hus: sjaelland=171; fyn=94” eller “indstilling: navn”.",
      "target-param": "et måltal pr. parameter skrives “efter parameter: valg=tal; valg=tal”.",
      "target-option": "skriv “indstilling: navn” med indstillingens id.",
      "when-syntax": 'en betingelse skrives “indstilling = "værdi"”, fx npsOmfang = "pr-segment".',
      "kind-unknown": "indikatoren skal være en af: {allowed}.",
      "kind-qualifier": "kun “fordeling (relativ)” og “tjekliste (delvist = 0,5)” har en tilføjelse i parentes.",
      "kind-partial": "kredit for “delvist” skal ligge mellem 0 og 1.",
      "schema-required": "{field} mangler.",
      "schema-type": "{field} skal være {expected}, ikke {received}.",
      "schema-empty": "{field} må ikke være tom.",
      "schema-too-long": "{field} må højst være {max} tegn.",
      "schema-too-few": "{field} skal have mindst {min}.",
      "schema-too-many": "{field} må højst have {max}.",
      "schema-too-small": "{field} skal være mindst {min}.",
      "schema-above": "{field} skal være over {min}.",
      "schema-too-big": "{field} må højst være {max}.",
      "schema-enum": "{field} skal være en af: {allowed}.",
      "schema-unknown-key": "ukendt felt {keys} i {field}; slet det eller ret stavningen.",
      "schema-format": "{field} har et ugyldigt format.",
      "schema-invalid": "{field} er ugyldig.",
    },
    nouns: {
      "contract-id": "Kontraktens id",
      "contract-title": "Kontraktens titel",
      "goal-id": "Målets nummer (Mål)",
      goal: "Mål",
      indicator: "Delmål",
      item: "Punkt",
      param: "Parameteren",
      option: "Indstillingen",
      "key-figure": "Nøgletallet",
      choice: "Valget",
      title: "Titlen",
      kind: "Indikatoren",
      table: "Tabellen",
      filter: "Filteret",
      numerator: "Tælleren",
      denominator: "Nævneren",
      field: "Feltet",
      label: "Navnet",
      "goal-row": "en målrække",
      "item-row": "et tjeklistepunkt",
      "variant-row": "en variant",
      "goal-header": "målenes overskriftsrække",
      params: "afsnittet Parametre",
      options: "afsnittet Indstillinger",
      keyFigures: "afsnittet Nøgletal",
    },
  },
};
