/**
 * Contract format version 1 read as version 2. Version 1 gave each text an English twin
 * (`title` and `titleEn`, `text` and `textEn`, …); version 2 has one language map per text
 * (`title: { da, en }`). A contract without `schemaVersion` is read either way: its strings
 * are Danish texts, and a twin it has joins its text.
 */

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** `key` and its twin `keyEn` as one language map (where both are strings: anything else is the schema's to judge). */
function fold(o: Json, key: string): Json {
  const twin = `${key}En`;
  const da = o[key];
  const en = o[twin];
  if (typeof da !== "string" || typeof en !== "string" || !Object.prototype.hasOwnProperty.call(o, twin)) return o;
  const { [twin]: _twin, ...rest } = o;
  return { ...rest, [key]: { da, en } };
}

const each = (v: unknown, f: (o: Json) => Json): unknown =>
  Array.isArray(v) ? v.map((x) => (isObject(x) ? f(x) : x)) : v;
const mapKey = (o: Json, key: string, f: (v: unknown) => unknown): Json =>
  Object.prototype.hasOwnProperty.call(o, key) ? { ...o, [key]: f(o[key]) } : o;

const note = (n: Json): Json => fold(n, "text");
const notes = (o: Json): Json => mapKey(o, "notes", (v) => each(v, note));
const choice = (c: Json): Json => fold(c, "label");
const option = (o: Json): Json => mapKey(fold(fold(o, "label"), "description"), "choices", (v) => each(v, choice));
const param = (p: Json): Json => fold(p, "label");
const indicator = (i: Json): Json => notes(fold(fold(i, "label"), "whatIfOf"));
const goal = (g: Json): Json => mapKey(notes(fold(g, "title")), "indicators", (v) => each(v, indicator));

/**
 * @name migrateContract
 * @category contract
 * @summary A contract as read from a file, a sheet or saved settings, in version 2's shape:
 * a version-1 contract (or one without a version) gets language maps for its text twins and
 * version 2. Anything else — a version-2 contract, a newer version, not an object — is left as
 * it is for the schema to judge. Does not mutate its input.
 *
 * @example
 * migrateContract({ schemaVersion: 1, title: "Resultatkontrakt 2025", titleEn: "Performance contract 2025" })
 * //=> { schemaVersion: 2, title: { da: "Resultatkontrakt 2025", en: "Performance contract 2025" } }
 */
export function migrateContract(input: unknown): unknown {
  if (!isObject(input)) return input;
  const version = input.schemaVersion;
  if (version !== undefined && version !== 1) return input;
  let c = mapKey(notes(fold(input, "title")), "goals", (v) => each(v, goal));
  c = mapKey(c, "options", (v) => each(v, option));
  c = mapKey(c, "params", (v) => each(v, param));
  return version === 1 ? { ...c, schemaVersion: 2 } : c;
}
