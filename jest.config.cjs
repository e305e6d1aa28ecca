/** Jest: domain, workbook, app and CLI tests run in node; task-pane tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx", "**/test.ts"],
  setupFiles: ["<rootDir>/test/setup/locales.cjs"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/scripts/jest-summary.cjs"],
};
