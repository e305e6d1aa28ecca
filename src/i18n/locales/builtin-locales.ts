/**
 * The languages at hand without loading: Danish, the fallback. The browser build (webpack)
 * puts `builtin-locales.web.ts` in this file's place — no language built in — so the task pane
 * carries the texts of the one language it loads before it shows anything.
 */
import type { Locale } from "../locale";
import { da } from "./da";

export const BUILTIN_LOCALES: readonly Locale[] = [da];
