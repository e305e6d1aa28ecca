/**
 * How a formula is stored in a cell's `<f>`: without the leading "=", en-US syntax, and with the
 * `_xlfn.` prefix on functions newer than Excel 2007 (without it Excel shows #NAME?; LibreOffice
 * reads both forms).
 */
import { stripInvalidXml } from "./xml";

const FUTURE_FUNCTIONS = new Set(
  `ACOT ACOTH AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT
  BITOR BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST
  CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH
  DAYS DECIMAL DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML
  FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT
  FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS
  IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV
  MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST
  NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA
  PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ RRI SEC SECH SEQUENCE SHEET SHEETS
  SKEW.P SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER
  TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VAR.P VAR.S VSTACK WEIBULL.DIST
  WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST`.split(/\s+/),
);
/** Dynamic-array functions that also carry the worksheet namespace. */
const WS_FUNCTIONS = new Set(["FILTER", "SORT"]);

/** Raised for a formula that cannot be stored (empty, or not a formula at all). */
export class FormulaTextError extends Error {
  constructor(readonly formula: string) {
    super(`not a storable formula: ${JSON.stringify(formula)}`);
    this.name = "FormulaTextError";
  }
}

/** `=SUM(A1:A3)` → `SUM(A1:A3)`, with `_xlfn.` where needed. Text in quotes/brackets is untouched. */
export const formulaForStorage = (formula: string): string => {
  const body = stripInvalidXml(formula.trim().replace(/^=/, "").trim());
  if (body === "") throw new FormulaTextError(formula);
  let out = "";
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === '"' || c === "'") {
      // string literal or quoted sheet name; a doubled quote is an escaped quote
      let j = i + 1;
      while (j < body.length) {
        if (body[j] === c) {
          if (body[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      out += body.slice(i, j + 1);
      i = j + 1;
    } else if (c === "[") {
      // structured reference: nested brackets, `'` escapes the next character
      let depth = 0;
      let j = i;
      for (; j < body.length; j++) {
        const d = body[j];
        if (d === "'") j++;
        else if (d === "[") depth++;
        else if (d === "]" && --depth === 0) break;
      }
      out += body.slice(i, j + 1);
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c) && !/[A-Za-z0-9_.!\]]/.test(body[i - 1] ?? "")) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(body.slice(i));
      const name = m ? m[0] : c;
      const upper = name.toUpperCase();
      if (body[i + name.length] === "(" && !upper.startsWith("_XLFN.")) {
        if (WS_FUNCTIONS.has(upper)) out += "_xlfn._xlws.";
        else if (FUTURE_FUNCTIONS.has(upper)) out += "_xlfn.";
      }
      out += name;
      i += name.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
};

/** Text Excel would take for a formula if typed: it must be stored as text. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text);
