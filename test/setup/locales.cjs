// Jest: every language of the list registered before a test file runs, so tests render any
// language at once (the browser loads a language when it is chosen, the CLI before it prints).
// A locale's file is named by its code and exports it under that name (src/i18n/locales/).
const { LOCALES } = require("../../src/i18n/locales");
const { registerLocale } = require("../../src/i18n/locales/registry");

for (const { code } of LOCALES) registerLocale(require(`../../src/i18n/locales/${code}`)[code]);
