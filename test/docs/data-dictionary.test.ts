/**
 * docs/data-dictionary.md is the code's data dictionary in words: this test fails when the file
 * and the code disagree. `npm run docs` writes the file anew (UPDATE_DOCS=1).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDictionaryMarkdown } from "../../src/app/data-dictionary";
import { ROLE_SPECS, ROLES } from "../../src/domain/model";

const FILE = join(__dirname, "..", "..", "docs", "data-dictionary.md");
const made = dataDictionaryMarkdown();
if (process.env.UPDATE_DOCS === "1") writeFileSync(FILE, made);

describe("docs/data-dictionary.md", () => {
  it("is what the code says (run npm run docs after changing a table, a column, a header or a value list)", () => {
    expect(readFileSync(FILE, "utf8")).toBe(made);
  });

  it("names every table and every column's Danish header, id and other headers", () => {
    for (const role of ROLES)
      for (const f of ROLE_SPECS[role].fields) {
        expect(made).toContain(`| ${f.header} | \`${f.id}\` |`);
        for (const s of f.synonyms) expect(made).toContain(`«${s.replace(/\|/g, "\\|")}»`);
      }
  });

  it("lists the answers accepted, with the effect scale's 'i høj grad' and its spellings", () => {
    expect(made).toMatch(/\| i høj grad \| «høj grad», «høj», «to a high degree»/);
    expect(made).toMatch(/\| forventer \| «forventer at bruge»/);
  });

  it("says which goals read a column (Sjælland 2025 mål 4 reads Brug af henvisning)", () => {
    expect(made).toMatch(/\| Brug af henvisning \| `henvisning` \|.*sjaelland-2025: 4/);
  });
});
