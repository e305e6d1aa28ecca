/**
 * The zip, package-limit and damaged-file suites again with Node's zlib plugged in for inflating,
 * as the CLI runs: native inflate must refuse exactly what fflate refuses, and read the same bytes.
 */
import { crc32, inflateRawSync } from "node:zlib";
import { setNativeInflate } from ".";
import "./zip.test";
import "../read/xlsx-reader.test";
import "../../../../test/hostile/package-limits.test";
import "../../../../test/hostile/files.test";
import "../../../../test/hostile/package-parts.test";

setNativeInflate({ inflateRaw: (d, max) => inflateRawSync(d, { maxOutputLength: max }), crc32: (d) => crc32(d) });
afterAll(() => setNativeInflate(null));
