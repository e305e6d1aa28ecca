/** Growth against a control group (percentage points), a key figure from the effect study. */
import { keyFigureKind } from "./_lib/key-figure-kind";

export const controlGroup = keyFigureKind("controlGroup", "procentpoint", ["kontrolgruppe", "control group"]);
