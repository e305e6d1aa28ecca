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
const { DEV_ORIGIN, checkManifest, manifestFor } = require("./scripts/manifest.cjs");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
// Office.js loads its host scripts from its own origin; in some hosts it also loads Microsoft's
// Ajax library from this CDN (reported in office-js issue 1005, which asks Microsoft for the list).
const OFFICE_AJAX_ORIGIN = "https://ajax.aspnetcdn.com";

/**
 * Content-Security-Policy for a page: scripts only from us (and Office.js's origins on add-in
 * pages), never inline or eval'd. Styles: the demo allows only Griffel's empty <style> elements
 * (the hash of ""); add-in pages allow inline styles because Office.js itself applies them in
 * Excel on the web (office-js issue 1687: "Refused to apply inline style" and the pane stays
 * blank) — inline style cannot run code, inline script stays forbidden.
 */
function csp({ office }) {
  const extra = office ? ` ${OFFICE_ORIGIN}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${OFFICE_ORIGIN} ${OFFICE_AJAX_ORIGIN}` : ""}`,
    office
      ? "style-src 'self' 'unsafe-inline'"
      : "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${extra}`,
    `frame-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Writes dist/manifest.xml: the development manifest with every URL on ADDIN_ORIGIN (the https
 * address dist/ is served from) and the package's version — the file to upload to the Microsoft
 * 365 admin center. Without ADDIN_ORIGIN it points to the dev server and says so.
 */
class ManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = path.resolve(__dirname, "manifest.xml");
          const origin = process.env.ADDIN_ORIGIN;
          const version = require("./package.json").version;
          const xml = fs.readFileSync(source, "utf8");
          let out = xml;
          if (origin) {
            try {
              out = manifestFor(xml, { origin, version });
            } catch (e) {
              compilation.errors.push(new compiler.webpack.WebpackError(e.message));
              return;
            }
            for (const p of checkManifest(out, { production: true }))
              compilation.errors.push(new compiler.webpack.WebpackError(`dist/manifest.xml: ${p}`));
          } else if (compiler.options.mode === "production") {
            compilation.warnings.push(
              new compiler.webpack.WebpackError(
                `ADDIN_ORIGIN is not set: dist/manifest.xml points to ${DEV_ORIGIN}. Build with ADDIN_ORIGIN=https://… for an organisation.`,
              ),
            );
          }
          compilation.emitAsset("manifest.xml", new compiler.webpack.sources.RawSource(out));
          compilation.fileDependencies.add(source);
        },
      );
    });
  }
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

/**
 * The manifest's SupportUrl as the built manifest has it (on ADDIN_ORIGIN when set), for the
 * pane's "Om Kontrakttjek" view: one support address, kept in the manifest.
 */
function supportUrl() {
  const xml = fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8");
  const origin = process.env.ADDIN_ORIGIN;
  let built = xml;
  try {
    if (origin) built = manifestFor(xml, { origin });
  } catch {
    // A bad ADDIN_ORIGIN fails the manifest's own build step with its message.
  }
  return /<SupportUrl DefaultValue="([^"]+)"/.exec(built)?.[1] ?? "";
}

function common(mode) {
  const production = mode === "production";
  return {
    mode,
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // No language built into the pages: each loads the one it shows (src/i18n/locales/).
      alias: {
        [path.resolve(__dirname, "src/i18n/locales/builtin-locales")]: path.resolve(
          __dirname,
          "src/i18n/locales/builtin-locales.web.ts",
        ),
      },
    },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: "es2020" } }],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: "es2020", legalComments: "none" })],
    },
    performance: { hints: false },
    plugins: [
      new (require("webpack").DefinePlugin)({
        __KONTRAKTTJEK_SUPPORT_URL__: JSON.stringify(supportUrl()),
      }),
    ],
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
      ...common(mode).plugins,
      page("./src/taskpane/taskpane.html", "taskpane.html", ["taskpane"], true, "Kontrakttjek"),
      page("./src/commands/commands.html", "commands.html", ["commands"], true, "Kontrakttjek"),
      new CopyIconsPlugin(),
      new ManifestPlugin(),
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
    plugins: [
      ...common(mode).plugins,
      page("./src/demo/index.html", "index.html", ["demo"], false, "Kontrakttjek – demo"),
      // The xlsx adapter opens files from disk in Node only (`openFile`); the demo reads a user's
      // file in the browser and hands it the bytes, so that import becomes an empty module.
      new (require("webpack").NormalModuleReplacementPlugin)(/^node:fs\/promises$/, (resource) => {
        resource.request = "data:text/javascript,export{}";
      }),
    ],
    devServer: {
      port: 3001,
      host: "127.0.0.1",
      hot: false,
      liveReload: true,
      static: false,
    },
  };
  // Serving the add-in: the dev server's HTTPS uses office-addin-dev-certs (a local CA that is
  // installed and trusted once, then a localhost certificate valid 30 days and renewed by the
  // same call), so Excel on Windows and Mac accepts the pane; webpack-dev-server's own
  // certificate changes every 30 days and desktop Excel refuses it until it is trusted again.
  const names = [].concat(argv.configName ?? []);
  if (process.env.WEBPACK_SERVE && (names.length === 0 || names.includes("addin"))) {
    return require("office-addin-dev-certs")
      .getHttpsServerOptions()
      .then((options) => {
        addin.devServer = { ...addin.devServer, server: { type: "https", options } };
        return [addin, demo];
      });
  }
  return [addin, demo];
};
