/** The languages of the user interface: Danish first, English second. */
export type Lang = "da" | "en";
export const LANGS: readonly Lang[] = ["da", "en"];
