/** A figure measured elsewhere, read from the `Noegletal` table by key. */
import { keyFigureKind } from "./_lib/key-figure-kind";

export const keyFigure = keyFigureKind("keyFigure", "procent", ["nøgletal", "key figure"]);
