/**
 * One string, a lot of work: a small file whose one 1 MB shared string fills 12,000 cells. Each
 * cell is a header candidate, and binding compares every candidate with every field of every
 * role; before the bound it tokenised the megabyte once per comparison (about 3 minutes of CPU
 * for `check`). Not a timed test: the tokeniser's own count of characters read says it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_HEADER_LENGTH, tokeniserWork } from "../../src/domain/binding/normalise";
import { buildXlsx } from "../../src/workbook/fixture.testing";
import { cli, indicator, STACK, tempDir, type JsonEvaluation } from "./helpers";

const tmp = tempDir();
const MEGABYTE = Array.from({ length: 200_000 }, (_, i) => `o${i % 97} `.padEnd(5, "x"))
  .join("")
  .slice(0, 1_000_000);

const since = (before: { calls: number; chars: number }) => ({
  calls: tokeniserWork.calls - before.calls,
  chars: tokeniserWork.chars - before.chars,
});

describe("a 1 MB shared string in 12,000 cells", () => {
  it("check reads it and stops plainly, tokenising no candidate longer than the bound", async () => {
    const file = join(tmp, "one-megabyte-string.xlsx");
    const rows = Array.from({ length: 1000 }, () => Array.from({ length: 12 }, () => MEGABYTE));
    const bytes = buildXlsx({ sheets: [{ name: "Forløb", rows }] });
    expect(bytes.length).toBeLessThan(200_000); // the whole attack fits in a small file
    writeFileSync(file, bytes);
    const before = { ...tokeniserWork };
    const r = await cli("check", file, "--contract", "sjaelland-2025");
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/^Ingen tabel i .* passer til kontrakten/)]);
    expect(r.err).not.toMatch(STACK);
    // Sheet and table names and the data dictionary at most: never the megabyte.
    const work = since(before);
    expect(work.chars).toBeLessThan(20 * MAX_HEADER_LENGTH);
  });

  it("a 1 MB cell among real headers is passed over; the real ones bind and are checked", async () => {
    const file = join(tmp, "one-megabyte-header.xlsx");
    const headers = ["CVR-nummer", MEGABYTE, "Kundesegment", "Anbefaling (0-10)"];
    const answers = Array.from({ length: 3000 }, () => ["12345674", MEGABYTE, "drift", 9]);
    writeFileSync(file, buildXlsx({ sheets: [{ name: "Brugerevaluering", rows: [headers, ...answers] }] }));
    const before = { ...tokeniserWork };
    const r = await cli("evaluate", file, "--contract", "sjaelland-2025", "--json");
    expect(r.code).toBe(0);
    expect(indicator(JSON.parse(r.out) as JsonEvaluation, "3", "nps").value).toBe(100);
    expect(since(before).chars).toBeLessThan(20 * MAX_HEADER_LENGTH);
  });
});
