/** Every file the CLI writes (`evaluate --write`, `clean`, `template`, `export`, `examples`); the input file is never modified. */
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { BindState } from "../app/application";
import { WriteConflictError } from "../app/errors";
import { packageExtension, type XlsxWorkbook } from "../app/hosts/xlsx";
import type { Contract, EvaluationResult, WorkbookData } from "../app/types";
import { cliText } from "../i18n/cli";
import { has } from "./args";
import { CliFailure, type CliContext } from "./context";
import { openWorkbook, reading } from "./inputs";

const same = (a: string, b: string): boolean => {
  const ra = existsSync(a) ? realpathSync(a) : resolve(a);
  const rb = existsSync(b) ? realpathSync(b) : resolve(b);
  return ra === rb;
};

/** How the output path may be written: is there a file to replace, and as whose, with which mode. */
interface Target {
  /** The path written: a symbolic link's own target, so the link stays. */
  readonly path: string;
  readonly existing: Stats | null;
}

const errorCode = (e: unknown): string =>
  typeof e === "object" && e !== null && "code" in e ? String(e.code) : String(e);

/** Can this process write the file by its mode bits? (Root could anyway; a read-only file still means "keep".) */
function writableByMode(st: Stats): boolean {
  const uid = process.getuid?.();
  const gids = process.getgroups?.() ?? [];
  if (uid === undefined) return (st.mode & 0o200) !== 0;
  if (st.uid === uid) return (st.mode & 0o200) !== 0;
  if (st.gid === process.getgid?.() || gids.includes(st.gid)) return (st.mode & 0o020) !== 0;
  return (st.mode & 0o002) !== 0;
}

/**
 * Refuses an output path Kontrakttjek must not replace: never something that is not a regular
 * file (a folder, `/dev/null`), and an existing file only with `--force` — one that is read-only
 * or another user's gets its own message. Called before any work, and again by `writeOutput`.
 */
export function checkTarget(out: string, force: boolean): Target {
  let path = out;
  let existing: Stats | null = null;
  try {
    path = existsSync(out) ? realpathSync(out) : out;
    existing = statSync(path);
  } catch (e) {
    if (errorCode(e) !== "ENOENT") throw new CliFailure("write-failed", { file: out, reason: errorCode(e) });
  }
  // A link to nothing is not a file to write into, nor one to replace.
  if (existing === null && lstatIfAny(out) !== null) throw new CliFailure("out-not-file", { file: out });
  if (existing === null) return { path, existing };
  if (!existing.isFile()) throw new CliFailure("out-not-file", { file: out });
  const mine = process.getuid === undefined || existing.uid === process.getuid();
  if (!force && (!mine || !writableByMode(existing))) throw new CliFailure("out-protected", { file: out });
  if (!force) throw new CliFailure("out-exists", { file: out });
  return { path, existing };
}

const lstatIfAny = (path: string): Stats | null => {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
};

/** The replaced file's mode and, where this process may set it, its owner (`--force`). */
function keepOwnerAndMode(tmp: string, st: Stats): void {
  // Permission bits only: a setuid bit does not carry over to new content.
  chmodSync(tmp, st.mode & 0o777);
  try {
    chownSync(tmp, st.uid, st.gid);
  } catch {
    // Only root may give a file away; then it stays ours, with the old mode.
  }
}

/**
 * Writes the new file whole or not at all: into a temporary file beside it (created afresh, never
 * through a link planted there), then moved to the target, so a full disk or a killed process
 * never leaves a half-written workbook. Without `force` the move is a hard link, which fails
 * rather than replace a file that appeared since the check.
 */
export function writeOutput(out: string, bytes: Uint8Array, force = false): void {
  const target = checkTarget(out, force);
  const suffix = `${process.pid}.${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(dirname(resolve(target.path)), `.${basename(target.path)}.${suffix}.kontrakttjek-tmp`);
  try {
    writeFileSync(tmp, bytes, { flag: "wx" });
    if (target.existing !== null) {
      keepOwnerAndMode(tmp, target.existing);
      renameSync(tmp, target.path);
    } else moveNew(tmp, target.path, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof CliFailure) throw e;
    throw new CliFailure("write-failed", { file: out, reason: errorCode(e) });
  }
}

/** Moves the temporary file to a path that was free: never over a file another process put there. */
function moveNew(tmp: string, path: string, out: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    const code = errorCode(e);
    if (code === "EEXIST") throw new CliFailure("out-exists", { file: out });
    // File systems without hard links (FAT, some shares): the check above has to do.
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"].includes(code)) throw e;
    if (existsSync(path)) throw new CliFailure("out-exists", { file: out });
    renameSync(tmp, path);
    return;
  }
  rmSync(tmp, { force: true });
}

/** A macro workbook saved as .xlsx (or the reverse) is a file Excel refuses to open. */
function checkExtension(port: XlsxWorkbook, out: string): void {
  const ext = packageExtension(port);
  if (extname(out).toLowerCase() !== ext) throw new CliFailure("out-extension", { file: out, ext });
}

async function applying<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof WriteConflictError)
      throw new CliFailure(e.besideWithForce ? "write-conflict" : "write-conflict-fixed", {
        sheet: e.sheet,
        address: e.address,
      });
    throw e;
  }
}

export async function writeResults(
  ctx: CliContext,
  input: {
    readonly file: string;
    readonly out: string;
    readonly port: XlsxWorkbook;
    readonly contract: Contract;
    readonly result: EvaluationResult;
    readonly data: WorkbookData;
    readonly binding: BindState["binding"];
  },
): Promise<string> {
  if (same(input.file, input.out)) throw new CliFailure("same-file");
  const force = has(ctx.args, "force");
  checkTarget(input.out, force);
  checkExtension(input.port, input.out);
  const plan = ctx.app.planWrite(input.contract, input.result, input.data, input.binding, ctx.lang);
  // A file error found only now (a part the write needs, a Strict workbook) is explained like any other.
  const { report, moved } = await reading(input.file, ctx.lang, () =>
    applying(() => ctx.app.apply(input.port, plan, ctx.lang, { force })),
  );
  writeOutput(input.out, input.port.toBytes(), force);
  return [
    cliText("written", ctx.lang, {
      file: input.out,
      cells: report.cellsWritten,
      sheets: report.sheetsWritten.join(", "),
    }),
    ...moved,
  ].join("\n");
}

export async function cleanFile(ctx: CliContext, file: string, out: string): Promise<string> {
  if (same(file, out)) throw new CliFailure("same-file");
  const force = has(ctx.args, "force");
  checkTarget(out, force);
  const port = openWorkbook(file, ctx.lang);
  checkExtension(port, out);
  const { report, kept } = await reading(file, ctx.lang, () => ctx.app.clean(port, ctx.lang));
  writeOutput(out, port.toBytes(), force);
  return [
    cliText("cleaned", ctx.lang, {
      file: out,
      sheets: report.sheetsRemoved.length,
      columns: report.columnsRemoved,
      highlights: report.highlightsRemoved,
    }),
    ...kept,
  ].join("\n");
}
