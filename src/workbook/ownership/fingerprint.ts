/**
 * Fingerprints of what Kontrakttjek wrote, so a removal can prove a cell is still ours before it
 * touches it. A cell's fingerprint is a 32-bit hash of its *content key*: the text, number,
 * boolean or formula it holds, spelt so that a re-save by Excel or LibreOffice gives the same key
 * (shared instead of inline strings, `1.0000000000000002` vs `1`, `_xlfn.` prefixes, spacing and
 * case in formulas). Shared by the three adapters: one notion of "still ours".
 */

/** What a cell holds, as the adapters see it. `formula` is the text without its leading "=". */
export type CellContentKey =
  | { readonly t: "string"; readonly v: string }
  | { readonly t: "number"; readonly v: number }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "error"; readonly v: string }
  | { readonly t: "formula"; readonly f: string };

/** A formula cell whose text the file does not carry (a shared formula's follower). */
export const ANY_FORMULA = "f*";

/** 15 significant digits: what Excel keeps; LibreOffice writes more or fewer digits of the same value. */
const numberKey = (n: number): string => (Number.isFinite(n) ? String(Number(n.toPrecision(15))) : "NaN");

/**
 * A formula as the key compares it: outside string literals and quoted sheet names, case and
 * whitespace do not count, nor the `_xlfn.`/`_xlws.`/`_xlpm.` prefixes Excel adds on save.
 */
export const normalizeFormula = (formula: string): string => {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  while (i < f.length) {
    const c = f[i] as string;
    if (c === '"' || c === "'") {
      // a literal runs to the closing quote; a doubled quote inside is part of it
      let j = i + 1;
      while (j < f.length) {
        if (f[j] === c) {
          if (f[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") out += c.toUpperCase();
    i++;
  }
  return out.replace(/_XL(FN|WS|PM)\./g, "");
};

export const contentKey = (c: CellContentKey): string => {
  switch (c.t) {
    case "string":
      return `s${c.v}`;
    case "number":
      return `n${numberKey(c.v)}`;
    case "bool":
      return c.v ? "b1" : "b0";
    case "error":
      return `e${c.v.toUpperCase()}`;
    case "formula":
      return `f${normalizeFormula(c.f)}`;
  }
};

/** FNV-1a over UTF-16 code units: small, fast, and the same in Node and the browser. */
export const hash32 = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** Does a cell's present key match the fingerprint recorded for it? */
export const matchesFingerprint = (presentKey: string | null, recorded: number): boolean => {
  if (presentKey === null) return false;
  if (presentKey === ANY_FORMULA) return true;
  return hash32(presentKey) === recorded;
};

/* ------------------------------------------------------------------ compact storage */

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Hashes as base64 of their little-endian bytes (5⅓ characters a cell in the record). */
export const encodeHashes = (hashes: ArrayLike<number>): string => {
  const bytes = new Uint8Array(hashes.length * 4);
  for (let i = 0; i < hashes.length; i++) {
    const h = (hashes[i] as number) >>> 0;
    bytes[i * 4] = h & 0xff;
    bytes[i * 4 + 1] = (h >>> 8) & 0xff;
    bytes[i * 4 + 2] = (h >>> 16) & 0xff;
    bytes[i * 4 + 3] = h >>> 24;
  }
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2];
    out += B64[((a & 3) << 4) | ((b ?? 0) >> 4)];
    out += b === undefined ? "=" : B64[((b & 15) << 2) | ((c ?? 0) >> 6)];
    out += c === undefined ? "=" : B64[c & 63];
  }
  return out;
};

/** The hashes back; null when the text is not what `encodeHashes` writes (a damaged record). */
export const decodeHashes = (text: string): Uint32Array | null => {
  const s = text.replace(/=+$/, "");
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of s) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  if (bytes.length % 4 !== 0) return null;
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++)
    out[i] =
      ((bytes[i * 4] as number) |
        ((bytes[i * 4 + 1] as number) << 8) |
        ((bytes[i * 4 + 2] as number) << 16) |
        ((bytes[i * 4 + 3] as number) << 24)) >>>
      0;
  return out;
};
