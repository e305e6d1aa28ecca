import fc from "fast-check";
import { ROLE_SPECS, ROLES } from "../model";
import { matchHeader } from "./match";
import { proposeBinding } from "./propose";
import { headerKey, headerTokens, MAX_HEADER_LENGTH, normaliseHeader, tokeniserWork } from "./normalise";

describe("normaliseHeader", () => {
  it.each([
    ["  CVR-nummer ", "cvr nummer"],
    ["CVR nr.", "cvr nummer"],
    ["CVRnr", "cvr nummer"],
    ["P-nr", "p nummer"],
    ["Pnr", "p nummer"],
    ["CVR number", "cvr nummer"],
    ["Forløbstype", "forloebstype"],
    ["FORLØBSTYPE", "forloebstype"],
    ["Hovedsæde (region)", "hovedsaede region"],
    ["Bæredygtighed", "baeredygtighed"],
    ["Målopfyldelse", "maalopfyldelse"],
    ["Anbefaling (0–10)", "anbefaling 0 10"],
    ["Kommune\u00a0\tnavn", "kommune navn"],
    ["Café", "cafe"],
    ["", ""],
    ["---", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });

  it("treats NFC and NFD spellings alike", () => {
    const nfc = "Forløb på Ærø".normalize("NFC");
    const nfd = "Forløb på Ærø".normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(normaliseHeader(nfd)).toBe(normaliseHeader(nfc));
    expect(normaliseHeader("Stiftelsesdato".normalize("NFD"))).toBe("stiftelsesdato");
  });

  it("spells æ/ø/å out as ae/oe/aa", () => {
    expect(headerKey("Nøgletal")).toBe(headerKey("Noegletal"));
    expect(headerKey("Værdi")).toBe(headerKey("Vaerdi"));
    expect(headerKey("Mål")).toBe(headerKey("Maal"));
  });

  it("keys ignore word breaks: Start dato = Startdato", () => {
    expect(headerKey("Start dato")).toBe(headerKey("Startdato"));
  });

  it("gives every canonical header a non-empty key", () => {
    for (const r of ROLES) for (const f of ROLE_SPECS[r].fields) expect(headerKey(f.header)).not.toBe("");
  });

  const danish = fc.constantFrom(
    "æ",
    "ø",
    "å",
    "Æ",
    "Ø",
    "Å",
    "a",
    "e",
    "o",
    " ",
    "-",
    ".",
    "(",
    "nr",
    "é",
    "\u0301",
    "1",
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(danish).map((a) => a.join("")),
  );

  it("is idempotent", () => {
    fc.assert(fc.property(text, (s) => normaliseHeader(normaliseHeader(s)) === normaliseHeader(s)));
  });

  it("ignores case, composition and surrounding punctuation", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(" ", "  ", ".", " - ", "\t", "("), (s, pad) => {
        const n = normaliseHeader(s);
        expect(normaliseHeader(s.toUpperCase())).toBe(normaliseHeader(s.toLowerCase()));
        expect(normaliseHeader(s.normalize("NFD"))).toBe(normaliseHeader(s.normalize("NFC")));
        expect(normaliseHeader(pad + s + pad)).toBe(n);
      }),
    );
  });

  it("yields only lower-case words of letters and digits, single-spaced", () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normaliseHeader(s);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/ {2}/);
        expect(n).not.toMatch(/[æøåA-Z]/);
      }),
    );
  });
});

describe("header work is bounded", () => {
  const since = (before: { calls: number; chars: number }) => ({
    calls: tokeniserWork.calls - before.calls,
    chars: tokeniserWork.chars - before.chars,
  });

  it(`does not tokenise a text longer than ${MAX_HEADER_LENGTH} characters: it is data, not a header`, () => {
    const before = { ...tokeniserWork };
    const huge = "CVR-nummer ".repeat(100_000);
    expect(headerTokens(huge)).toEqual([]);
    expect(headerKey(huge)).toBe("");
    expect(matchHeader(huge, ROLE_SPECS.Forloeb.fields[0]!)).toBeNull();
    expect(since(before)).toEqual({ calls: 0, chars: 0 });
    // At the bound, a header is still a header.
    const long = `CVR-nummer${" ".repeat(MAX_HEADER_LENGTH - 10)}`;
    expect(long).toHaveLength(MAX_HEADER_LENGTH);
    expect(headerKey(long)).toBe(headerKey("CVR-nummer"));
  });

  it("tokenises each distinct header once, however often it is compared", () => {
    const source = (headers: readonly string[]) => ({
      sheet: "Ark",
      table: null,
      headerRow: 1,
      firstColumn: 0,
      headers,
      rowCount: 3,
    });
    proposeBinding([source(["CVR-nummer"])]); // the data dictionary's own names, once
    const header = `Kundesegment ${Math.random()}`;
    const before = { ...tokeniserWork };
    proposeBinding(Array.from({ length: 50 }, () => source([header, header, "CVR-nummer"])));
    // Compared with every field of every role in 50 sources, and tokenised once.
    expect(since(before)).toEqual({ calls: 1, chars: header.length });
  });
});
