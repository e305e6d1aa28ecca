/**
 * Why a goal lacks data, in one short line under it in `evaluate`'s text output: the tables,
 * columns, key figures and activities its input findings name (`check` says each in full).
 */
import type { EvaluationResult, Finding } from "../app/types";
import { cliText } from "../i18n/cli";
import type { Lang } from "./context";

const goalsOf = (f: Finding): readonly string[] =>
  String(f.params?.goals ?? f.params?.goal ?? "")
    .split(",")
    .map((g) => g.trim());

/** What one input finding says is missing, in a few words; null for other findings. */
function lack(f: Finding, lang: Lang): string | null {
  const p = f.params ?? {};
  switch (f.rule) {
    case "input-table-missing":
    case "input-municipalities-missing":
      return cliText("lacks-table", lang, { table: String(p.table ?? "Kommuner") });
    case "input-column-missing":
      return cliText("lacks-column", lang, { header: String(p.header ?? ""), table: String(p.tableName ?? "") });
    case "input-key-missing":
      return cliText("lacks-key", lang, { key: String(p.key ?? "") });
    case "input-item-missing":
      return cliText("lacks-item", lang, { item: String(p.item ?? "") });
    default:
      return null;
  }
}

/** "mangler: kolonnen "Brug af henvisning" (Brugerevaluering); nøgletallet "Kendskabsgrad"", or null. */
export function whyMissing(
  goal: EvaluationResult["goals"][number],
  findings: readonly Finding[],
  lang: Lang,
): string | null {
  const lacks = findings.filter((f) => goalsOf(f).includes(goal.id)).flatMap((f) => lack(f, lang) ?? []);
  const unique = [...new Set(lacks)];
  return unique.length === 0 ? null : cliText("why-missing", lang, { list: unique.join("; ") });
}

/**
 * Rows of a text table with one column's long texts wrapped onto rows of their own (the other
 * columns blank), so a title is read whole instead of cut.
 */
export function wrapColumn(rows: readonly (readonly string[])[], column: number, width: number): string[][] {
  return rows.flatMap((row) => {
    const lines = wrapText(row[column] ?? "", width);
    return lines.map((line, k) =>
      k === 0 ? row.map((c, i) => (i === column ? line : c)) : row.map((_, i) => (i === column ? line : "")),
    );
  });
}

/** A text in lines of at most `width` characters, broken between words (a longer word stands alone). */
export function wrapText(text: string, width: number): string[] {
  if ([...text].length <= width) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line === "") line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
