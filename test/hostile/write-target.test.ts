/**
 * The file `--write` (or `--out`) names. Kontrakttjek writes a temporary file and moves it into
 * place; moved over an existing file that would silently replace it — also one that is read-only
 * or another user's, taking its owner and mode with it. An existing file is replaced only with
 * `--force`, keeping its mode (and owner, where the process may set it); what is not a regular
 * file (a folder, a device) is never replaced.
 */
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, fixture, STACK, tempDir } from "./helpers";

const tmp = tempDir();
// The module object itself, so spies reach the CLI's calls (as in files.test.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs: typeof import("node:fs") = require("node:fs");

const input = fixture("valid.xlsx");
const evaluate = (out: string, ...more: string[]) =>
  cli("evaluate", input, "--contract", "sjaelland-2025", "--write", out, ...more);
const isZip = (path: string): boolean => readFileSync(path).subarray(0, 2).toString() === "PK";
const root = process.getuid?.() === 0;

describe("an existing output file is replaced only with --force", () => {
  it("an earlier report is kept, with a plain message, until --force is given", async () => {
    const out = join(tmp, "rapport.xlsx");
    writeFileSync(out, "an earlier report");
    const r = await evaluate(out);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/^Filen .*rapport\.xlsx findes allerede.*--force/)]);
    expect(r.err).not.toMatch(STACK);
    expect(readFileSync(out, "utf8")).toBe("an earlier report");
    expect((await evaluate(out, "--lang", "en")).err).toMatch(/already exists.*--force to replace it/);
    expect((await evaluate(out, "--force")).code).toBe(0);
    expect(isZip(out)).toBe(true);
  });

  it("a read-only file is refused as such; --force replaces it and keeps it read-only", async () => {
    const out = join(tmp, "skrivebeskyttet.xlsx");
    writeFileSync(out, "keep me");
    chmodSync(out, 0o444);
    const r = await evaluate(out);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/skrivebeskyttet eller ejes af en anden bruger/)]);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await evaluate(out, "--force")).code).toBe(0);
    expect(isZip(out)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o444);
  });

  it("another user's file is refused; with --force its owner is kept where the process may", async () => {
    if (!root) return; // only root can make a file another user's
    const out = join(tmp, "andens.xlsx");
    writeFileSync(out, "theirs");
    chmodSync(out, 0o640);
    chownSync(out, 4242, 4343);
    const r = await evaluate(out, "--lang", "en");
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/read-only or owned by another user/)]);
    expect(readFileSync(out, "utf8")).toBe("theirs");
    expect((await evaluate(out, "--force")).code).toBe(0);
    const st = statSync(out);
    expect([st.uid, st.gid, st.mode & 0o777, isZip(out)]).toEqual([4242, 4343, 0o640, true]);
  });

  it("a folder or a link to nothing is never replaced, not even with --force", async () => {
    const out = join(tmp, "mappe.xlsx");
    mkdirSync(out);
    const r = await evaluate(out, "--force");
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/ikke en almindelig fil/)]);
    expect(statSync(out).isDirectory()).toBe(true);
    const dangling = join(tmp, "intet.xlsx");
    symlinkSync(join(tmp, "findes-ikke.xlsx"), dangling);
    expect((await evaluate(dangling, "--force")).err).toMatch(/ikke en almindelig fil/);
    expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(true);
  });

  it("a symbolic link: the file it points to is the one replaced (with --force), the link stays", async () => {
    const real = join(tmp, "rigtig.xlsx");
    const link = join(tmp, "genvej.xlsx");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    expect((await evaluate(link)).code).toBe(2);
    expect((await evaluate(link, "--force")).code).toBe(0);
    expect([fs.lstatSync(link).isSymbolicLink(), isZip(real)]).toEqual([true, true]);
  });

  it("template, export and examples refuse an existing file too; examples writes none then", async () => {
    const template = join(tmp, "skabelon.xlsx");
    writeFileSync(template, "mine");
    expect((await cli("template", "sjaelland-2025", "--out", template)).code).toBe(2);
    const exported = join(tmp, "kontrakt.json");
    writeFileSync(exported, "{}");
    expect((await cli("export", "sjaelland-2025", "--out", exported)).code).toBe(2);
    expect([readFileSync(template, "utf8"), readFileSync(exported, "utf8")]).toEqual(["mine", "{}"]);
    const dir = join(tmp, "eksempler");
    mkdirSync(dir);
    writeFileSync(join(dir, "sjaelland-2025.xlsx"), "mine");
    expect((await cli("examples", "--out", dir)).code).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(["sjaelland-2025.xlsx"]);
    expect((await cli("examples", "--out", dir, "--force")).code).toBe(0);
    expect(fs.readdirSync(dir)).toHaveLength(5);
  });

  it("a file that appears between the check and the write is not replaced", async () => {
    const out = join(tmp, "kapløb.xlsx");
    const real = fs.linkSync;
    // Another process creates the file just before ours is moved into place.
    const spy = jest.spyOn(fs, "linkSync").mockImplementation((from, to) => {
      writeFileSync(to, "the other process's file");
      real(from, to);
    });
    try {
      const r = await evaluate(out);
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(/findes allerede/)]);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(out, "utf8")).toBe("the other process's file");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith("kontrakttjek-tmp"))).toEqual([]);
  });

  it("on a file system without hard links a new file is still written", async () => {
    const out = join(tmp, "uden-links.xlsx");
    const spy = jest.spyOn(fs, "linkSync").mockImplementation(() => {
      throw Object.assign(new Error("EPERM"), { code: "EPERM" });
    });
    try {
      expect((await evaluate(out)).code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(isZip(out)).toBe(true);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith("kontrakttjek-tmp"))).toEqual([]);
  });
});
