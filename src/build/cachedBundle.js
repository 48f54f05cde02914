// Plain JavaScript, typed by cachedBundle.d.ts: bin/ofsted-graph.js loads it before any TypeScript can run.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Changed whenever the way bundles are built changes, so that none built the old way is reused. */
const BUILD_FORMAT = "4 (own import.meta.url, split, linked source maps)";
/** The entry module's file in a bundle's folder. */
const ENTRY_FILE = "entry.mjs";
/** A bundle left by another version of the sources is removed once it is this old (a running process may still load it). */
const STALE_AFTER_MS = 7 * 24 * 3_600_000;

/**
 * The path of a plain-JavaScript ES module bundling `entry` and every source file it imports (npm packages
 * stay imports, loaded as they are), built with esbuild into a folder of `cacheDir` at the first call and
 * reused while those sources are unchanged: the folder is named after a digest of them, and the list of them
 * is kept beside it. A source changed, added or removed changes a file the previous build read, so the
 * digest differs and the bundle is built again. What the sources import lazily (`await import(...)`) stays
 * in modules of its own, loaded when asked for, with the packages it imports. In the bundle each source keeps
 * its own `import.meta.url`, so that what it finds beside itself (Cypher files, the schema, a worker's
 * script) is found as from the sources; a source map beside each module leads back to them. Bundles of
 * other sources older than a week are removed. Safe against other processes building the same bundle at
 * once (each builds in a folder of its own and renames it). Throws what esbuild throws for sources that do
 * not compile, and for a cache that cannot be written.
 *
 * @param {import("./cachedBundle.d.ts").BundleSpec} spec
 * @returns {Promise<string>}
 */
export async function cachedBundle({
  entry,
  root,
  cacheDir = join(root, "node_modules/.cache/ofsted-graph"),
  name,
}) {
  const listFile = join(cacheDir, `${name}.inputs.json`);
  const listed = await readFile(listFile, "utf8").then(
    (text) => JSON.parse(text).inputs,
    () => null,
  );
  // Importing esbuild starts nothing (its service starts with the first build): a reused bundle costs a
  // digest of its sources.
  const esbuild = await import("esbuild");
  if (listed) {
    const file = join(cacheDir, `${name}-${await digest(root, listed, esbuild.version)}`, ENTRY_FILE);
    if (await exists(file)) return file;
  }

  const unique = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const building = join(cacheDir, `.${name}-${unique}`);
  const result = await esbuild.build({
    entryPoints: { entry },
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: `node${process.versions.node}`,
    outdir: building,
    outExtension: { ".js": ".mjs" },
    // Read only when Node runs with --enable-source-maps: stack traces then name the TypeScript lines.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "silent",
    plugins: [ownImportMetaUrl],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const folder = join(cacheDir, `${name}-${await digest(root, inputs, esbuild.version)}`);
  // Another process may have finished the same bundle first: then its folder stays and ours goes.
  await rename(building, folder).catch(async (error) => {
    await rm(building, { recursive: true, force: true });
    if (!(await exists(join(folder, ENTRY_FILE)))) throw error;
  });
  await writeAtomically(listFile, JSON.stringify({ inputs }), unique);
  await removeStale(cacheDir, name, folder);
  return join(folder, ENTRY_FILE);
}

/** An esbuild plugin: each TypeScript source's `import.meta.url` replaced by its own file's URL. */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, "utf8")).replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(path).href),
      ),
      loader: "ts",
    }));
  },
};

/**
 * A digest of the build's format, esbuild's version and each file's path (relative to `root`) and contents.
 *
 * @param {string} root
 * @param {readonly string[]} files
 * @param {string} esbuildVersion
 */
async function digest(root, files, esbuildVersion) {
  const hash = createHash("sha256").update(`${BUILD_FORMAT}\u0000esbuild ${esbuildVersion}\u0000`);
  for (const file of files) {
    const contents = await readFile(join(root, file)).catch(() => null);
    hash.update(`${file}\u0000${contents === null ? "(missing)" : contents.length}\u0000`);
    if (contents) hash.update(contents);
  }
  return hash.digest("base64url").slice(0, 16);
}

/**
 * Writes `file` whole or not at all, as seen by other processes.
 *
 * @param {string} file
 * @param {Uint8Array | string} contents
 * @param {string} unique
 */
async function writeAtomically(file, contents, unique) {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${unique}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

/** @param {string} file */
async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Removes this bundle's older builds (other digests), and builds left unfinished, not touched for a week.
 *
 * @param {string} cacheDir
 * @param {string} name
 * @param {string} current
 */
async function removeStale(cacheDir, name, current) {
  for (const entry of await readdir(cacheDir)) {
    const folder = join(cacheDir, entry);
    if (!(entry.startsWith(`${name}-`) || entry.startsWith(`.${name}-`)) || folder === current) continue;
    const modified = await stat(folder).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - modified > STALE_AFTER_MS) await rm(folder, { recursive: true, force: true });
  }
}
