// Webpack: the add-in (taskpane.html, commands.html, icons) in dist/, and the browser demo as a
// self-contained static copy in dist/demo/ (relative URLs, no CDN: it works from any static
// server or straight from the file system). Two configurations, named "addin" and "demo", so
// `--config-name demo` builds the demo alone. The only external load anywhere is Office.js on
// the add-in pages, from Microsoft's CDN, as Office requires.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** Content-Security-Policy for a page: scripts only from us (and Office.js on add-in pages). */
function csp({ office }) {
  const extra = office ? ` ${OFFICE_ORIGIN}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${extra}`,
    // Fluent UI's CSS-in-JS (Griffel) creates empty <style> elements and fills them through the
    // CSSOM; the hash of the empty string allows exactly those, and no inline style text.
    "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${extra}`,
    `frame-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Copies assets/*.png to dist/assets/ (the manifest's icon URLs) without another dependency. */
class CopyIconsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyIconsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyIconsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const dir = path.resolve(__dirname, "assets");
          for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".png"))) {
            const source = new compiler.webpack.sources.RawSource(fs.readFileSync(path.join(dir, file)));
            compilation.emitAsset(`assets/${file}`, source);
            compilation.fileDependencies.add(path.join(dir, file));
          }
        },
      );
    });
  }
}

function common(mode) {
  const production = mode === "production";
  return {
    mode,
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: production ? false : "source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: "es2020" } }],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: "es2020", legalComments: "none" })],
    },
    performance: { hints: false },
    plugins: [],
  };
}

const page = (template, filename, chunks, office, title) =>
  new HtmlWebpackPlugin({
    template,
    filename,
    chunks,
    inject: "body",
    scriptLoading: "defer",
    templateParameters: { csp: csp({ office }), officeJs: office ? OFFICE_JS : "", title },
  });

module.exports = (_env, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const addin = {
    ...common(mode),
    name: "addin",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: { keep: /^(cli|bench|demo)[\\/]/ },
    },
    plugins: [
      page("./src/taskpane/taskpane.html", "taskpane.html", ["taskpane"], true, "Kontrakttjek"),
      page("./src/commands/commands.html", "commands.html", ["commands"], true, "Kontrakttjek"),
      new CopyIconsPlugin(),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: "https",
      hot: false,
      liveReload: true,
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "https://localhost:3000" },
    },
  };
  const demo = {
    ...common(mode),
    name: "demo",
    entry: { demo: "./src/demo/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist", "demo"),
      filename: "[name].[contenthash:8].js",
      // Relative URLs: the copy works from any folder of any static server, or from file://.
      publicPath: "",
      clean: true,
    },
    // One file, no lazily loaded chunks, so nothing is fetched after the page loads.
    optimization: { ...common(mode).optimization, splitChunks: false, runtimeChunk: false },
    plugins: [page("./src/demo/index.html", "index.html", ["demo"], false, "Kontrakttjek – demo")],
    devServer: {
      port: 3001,
      host: "127.0.0.1",
      hot: false,
      liveReload: true,
      static: false,
    },
  };
  return [addin, demo];
};
