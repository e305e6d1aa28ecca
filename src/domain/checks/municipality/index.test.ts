import fc from "fast-check";
import { checkData } from "../checkData";
import { bound, course } from "../_lib/tables.testing";
import { fold } from "../../engine/fold";
import { closestName, editDistance } from ".";

const SJAELLAND = ["Køge", "Næstved", "Roskilde", "Holbæk", "Slagelse", "Lejre", "Faxe"];
const kommuner = bound(
  "Kommuner",
  SJAELLAND.map((kommune) => ({ kommune, befolkning: 50000, kommunetype: "by" })),
  { sheet: "Kommuner" },
);
const unknown = (fs: ReturnType<typeof checkData>["findings"]) => fs.filter((f) => f.rule === "municipality-unknown");

describe("'Erhvervshus Sjællands virksomhedsforløb fordeles på by- og landkommuner': every course's Kommune is known", () => {
  it("'Næsved' in Forløb's Kommune is a finding with sheet, Excel row, column, the value and 'Mente du \"Næstved\"?'", () => {
    const forloeb = bound("Forloeb", [course(), course({ cvr: "87654321", kommune: "Næsved" })], {
      sheet: "CRM-udtræk",
      firstRow: 5,
      headers: { kommune: "Virksomhedens kommune" },
    });
    const { findings } = checkData({ Forloeb: forloeb, Kommuner: kommuner }, { registration: "2024-2027" });
    expect(unknown(findings)).toEqual([
      {
        severity: "warning",
        rule: "municipality-unknown",
        sheet: "CRM-udtræk",
        table: "Forloeb",
        row: 6,
        column: "Virksomhedens kommune",
        value: "Næsved",
        params: { candidate: "Næstved", kommunerSheet: "Kommuner" },
      },
    ]);
  });

  it("without a Kommuner table the contract's municipalities are the list; a far-off name gets no guess", () => {
    const forloeb = bound("Forloeb", [
      course({ kommune: "Roskilde Kommune" }),
      course({ cvr: "87654321", kommune: "Slagelse" }),
      course({ cvr: "11223344", kommune: "Xyzzyville" }),
      course({ cvr: "44332211", kommune: "holbæk" }),
    ]);
    const { findings } = checkData({ Forloeb: forloeb }, { registration: "none", municipalities: SJAELLAND });
    const found = unknown(findings);
    expect(found.map((f) => [f.row, f.value, f.params?.candidate])).toEqual([[4, "Xyzzyville", ""]]);
  });

  it("a name in the Kommuner table but not the contract's list is known (and so is the reverse)", () => {
    const forloeb = bound("Forloeb", [course({ kommune: "Lejre" }), course({ cvr: "87654321", kommune: "Odense" })]);
    const { findings } = checkData(
      { Forloeb: forloeb, Kommuner: kommuner },
      { registration: "none", municipalities: ["Odense"] },
    );
    expect(unknown(findings)).toEqual([]);
  });

  it("nothing to compare with (no Kommuner table, no list): no finding", () => {
    const forloeb = bound("Forloeb", [course({ kommune: "Næsved" })]);
    expect(unknown(checkData({ Forloeb: forloeb }, { registration: "none" }).findings)).toEqual([]);
  });
});

describe("closest names", () => {
  it("finds a known name one typo away, whatever the typo", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SJAELLAND),
        fc.nat(),
        fc.constantFrom("drop", "swap", "change"),
        (name, at, how) => {
          const i = at % (name.length - 1);
          const typo =
            how === "drop"
              ? name.slice(0, i) + name.slice(i + 1)
              : how === "swap"
                ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)
                : name.slice(0, i) + (name[i] === "q" ? "w" : "q") + name.slice(i + 1);
          const best = closestName(typo, SJAELLAND);
          expect(best).not.toBeNull();
          expect(editDistance(fold(typo), fold(best!), 3)).toBeLessThanOrEqual(editDistance(fold(typo), fold(name), 3));
        },
      ),
    );
  });
});
