/**
 * A binding file as people write it (and as `kontrakttjek bind` writes it): roles and fields by
 * their Danish names from the data dictionary ("Forløb", "CVR-nummer") or by their ids
 * ("Forloeb", "cvr"), each column a header text, a column letter, or an object that also says
 * what was matched and how sure (`{"column": "CVR nr.", "confidence": 0.9, "candidates": […]}`).
 * Read into the canonical file (ids only) or into problems that name the JSON path, the name
 * that is not known and the names that are — as codes, put in words by the hosts.
 */
import { ROLE_SPECS, ROLES, type Role } from "../model";
import { BindingFileSchema, type BindingFile } from "./file";
import { headerKey } from "./normalise";

export type BindingFileProblemCode =
  "not-object" | "bad-version" | "unknown-role" | "unknown-field" | "unknown-property" | "bad-value";

export interface BindingFileProblem {
  readonly code: BindingFileProblemCode;
  /** Where in the JSON: `roles.Forløb.columns.CVR nr`. */
  readonly path: readonly (string | number)[];
  /** The name or value not understood. */
  readonly name: string;
  /** The names that are known there (comma separated), when there is a list. */
  readonly known: string;
}

export type BindingFileParse =
  | { readonly ok: true; readonly file: BindingFile }
  | { readonly ok: false; readonly problems: readonly BindingFileProblem[] };

/** The data dictionary's name of a role: its sheet in the fill-in workbook. */
export const roleName = (role: Role): string => ROLE_SPECS[role].sheetName;

const roleOf = (name: string): Role | undefined => {
  const k = headerKey(name);
  return ROLES.find(
    (r) => headerKey(r) === k || headerKey(ROLE_SPECS[r].sheetName) === k || headerKey(ROLE_SPECS[r].tableName) === k,
  );
};

/** A field by its id or its Danish header ("CVR-nummer", "cvr"). */
export const fieldOf = (role: Role, name: string): string | undefined => {
  const k = headerKey(name);
  return ROLE_SPECS[role].fields.find((f) => f.id === name || headerKey(f.header) === k || headerKey(f.id) === k)?.id;
};

/** What `bind` writes beside a column's choice, for the reader: never a choice itself. */
const INFO_KEYS = new Set([
  "column",
  "letter",
  "matched",
  "confidence",
  "via",
  "candidates",
  "goals",
  "header",
  "note",
]);
const ROLE_KEYS = new Set(["sheet", "table", "headerRow", "columns", "score", "rows", "candidates", "goals", "note"]);
const FILE_KEYS = new Set(["$schema", "version", "description", "contract", "roles", "keyFigures", "activities"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An entry's choice: a text, or the `column` of an object; null or "" is no choice (detect it). */
const choiceOf = (v: unknown): string | null | undefined => {
  if (v === null) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (isObject(v)) return choiceOf(v.column ?? v.matched ?? null);
  return undefined;
};

/**
 * @name readBindingJson
 * @category Binding
 * @summary A binding file's parsed JSON as the canonical file, or every problem with its path.
 *
 * @example
 * readBindingJson({ version: 1, roles: { "Forløb": { sheet: "CRM", columns: { "CVR-nummer": "CVR nr." } } } })
 * //=> { ok: true, file: { version: 1, roles: { Forloeb: { sheet: "CRM", columns: { cvr: "CVR nr." } } } } }
 */
export function readBindingJson(json: unknown): BindingFileParse {
  const problems: BindingFileProblem[] = [];
  const problem = (code: BindingFileProblemCode, path: (string | number)[], name: string, known = ""): void =>
    void problems.push({ code, path, name, known });
  if (!isObject(json)) return { ok: false, problems: [{ code: "not-object", path: [], name: "", known: "" }] };
  if (json.version !== 1) problem("bad-version", ["version"], String(json.version ?? ""), "1");
  for (const k of Object.keys(json))
    if (!FILE_KEYS.has(k)) problem("unknown-property", [k], k, [...FILE_KEYS].join(", "));
  const roles: Record<string, unknown> = {};
  const given = json.roles ?? {};
  if (!isObject(given)) problem("bad-value", ["roles"], typeof given);
  else
    for (const [name, entry] of Object.entries(given)) {
      const role = roleOf(name);
      if (!role) {
        problem("unknown-role", ["roles", name], name, ROLES.map(roleName).join(", "));
        continue;
      }
      if (!isObject(entry)) {
        problem("bad-value", ["roles", name], String(entry));
        continue;
      }
      // `bind` writes a table it did not find with `"sheet": null`: no choice, detect it.
      if (entry.sheet === null || entry.sheet === "") continue;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(entry)) {
        if (!ROLE_KEYS.has(k)) problem("unknown-property", ["roles", name, k], k, "sheet, table, headerRow, columns");
        else if (k === "sheet" || k === "table" || k === "headerRow") out[k] = v;
      }
      const columns: Record<string, string> = {};
      const letters: Record<string, string> = {};
      const cols = entry.columns ?? {};
      if (!isObject(cols)) problem("bad-value", ["roles", name, "columns"], String(cols));
      else
        for (const [fieldName, v] of Object.entries(cols)) {
          const field = fieldOf(role, fieldName);
          const path = ["roles", name, "columns", fieldName];
          if (!field) {
            problem("unknown-field", path, fieldName, ROLE_SPECS[role].fields.map((f) => f.header).join(", "));
            continue;
          }
          if (isObject(v))
            for (const k of Object.keys(v))
              if (!INFO_KEYS.has(k)) problem("unknown-property", [...path, k], k, "column");
          // `bind` writes the letter beside the header: either may be edited (file.ts decides).
          const letter = isObject(v) ? v.letter : undefined;
          if (letter !== undefined && letter !== null && typeof letter !== "string")
            problem("bad-value", [...path, "letter"], String(letter));
          else if (typeof letter === "string" && letter.trim() !== "") letters[field] = letter.trim();
          const choice = choiceOf(v);
          if (choice === undefined) problem("bad-value", path, String(v));
          else if (choice !== null) columns[field] = choice;
        }
      if (Object.keys(columns).length > 0) out.columns = columns;
      if (Object.keys(letters).length > 0) out.letters = letters;
      roles[role] = out;
    }
  const keyFigures = textMap(json.keyFigures, ["keyFigures"], problem);
  const activities: Record<string, Record<string, string>> = {};
  if (json.activities !== undefined) {
    if (!isObject(json.activities)) problem("bad-value", ["activities"], String(json.activities));
    else
      for (const [goal, items] of Object.entries(json.activities)) {
        const m = textMap(items, ["activities", goal], problem);
        if (Object.keys(m).length > 0) activities[goal] = m;
      }
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = BindingFileSchema.safeParse({
    version: 1,
    ...(typeof json.description === "string" ? { description: json.description } : {}),
    roles,
    ...(Object.keys(keyFigures).length > 0 ? { keyFigures } : {}),
    ...(Object.keys(activities).length > 0 ? { activities } : {}),
  });
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      code: "bad-value" as const,
      path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
      name: i.message,
      known: "",
    })),
  };
}

/** Name → text, each value a text or an object with the text as its `matched`/`column`. */
function textMap(
  v: unknown,
  path: (string | number)[],
  problem: (code: BindingFileProblemCode, path: (string | number)[], name: string) => void,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined) return out;
  if (!isObject(v)) {
    problem("bad-value", path, String(v));
    return out;
  }
  for (const [name, entry] of Object.entries(v)) {
    const choice = choiceOf(entry);
    if (choice === undefined) problem("bad-value", [...path, name], String(entry));
    else if (choice !== null) out[name] = choice;
  }
  return out;
}
