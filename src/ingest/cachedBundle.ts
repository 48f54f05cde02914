import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { build, version as esbuildVersion } from "esbuild";

/** A bundle left by another version of the sources is removed once it is this old (a running process may still load it). */
const STALE_AFTER_MS = 7 * 24 * 3_600_000;

/** What `cachedBundle` keeps beside its bundles: the source files the latest bundle was built from. */
interface BuiltFrom {
  inputs: string[];
}

/** What to bundle, and where. */
export interface BundleSpec {
  /** The entry module's absolute path. */
  entry: string;
  /** The project's folder: the sources' paths are digested relative to it. */
  root: string;
  /**
   * Where the bundles are kept: inside `root` (under its `node_modules/.cache`, say), so that the bundle's
   * package imports resolve as its sources' do.
   */
  cacheDir: string;
  /** The bundles' file name, before the digest. */
  name: string;
}

/**
 * The path of a plain-JavaScript ES module bundling `entry` and every source file it imports (npm packages
 * stay imports, loaded as they are), built with esbuild into `cacheDir` at the first call and reused while
 * those sources are unchanged: it is named after a digest of them, and the list of them is kept beside it.
 * A source changed, added or removed changes a file the previous build read, so the digest differs and the
 * bundle is built again. Bundles of other sources older than a week are
 * removed. Safe against other processes building the same bundle at once (each writes a file of its own and
 * renames it). Throws what esbuild throws for sources that do not compile, and for a cache that cannot be
 * written.
 */
export async function cachedBundle({ entry, root, cacheDir, name }: BundleSpec): Promise<string> {
  const listFile = join(cacheDir, `${name}.inputs.json`);
  const listed = await readFile(listFile, "utf8").then(
    (text) => (JSON.parse(text) as BuiltFrom).inputs,
    () => null,
  );
  if (listed) {
    const file = join(cacheDir, `${name}-${await digest(root, listed)}.mjs`);
    if (await exists(file)) return file;
  }

  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: `node${process.versions.node}`,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const file = join(cacheDir, `${name}-${await digest(root, inputs)}.mjs`);
  const unique = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeAtomically(file, result.outputFiles[0]?.contents ?? new Uint8Array(), unique);
  await writeAtomically(listFile, JSON.stringify({ inputs } satisfies BuiltFrom), unique);
  await removeStale(cacheDir, name, file);
  return file;
}

/** A digest of esbuild's version and of each file's path (relative to `root`) and contents. */
async function digest(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash("sha256").update(`esbuild ${esbuildVersion}\u0000`);
  for (const file of files) {
    const contents = await readFile(join(root, file)).catch(() => null);
    hash.update(`${file}\u0000${contents === null ? "(missing)" : contents.length}\u0000`);
    if (contents) hash.update(contents);
  }
  return hash.digest("base64url").slice(0, 16);
}

/** Writes `file` whole or not at all, as seen by other processes. */
async function writeAtomically(file: string, contents: Uint8Array | string, unique: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${unique}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Removes this bundle's older builds (other digests) not touched for a week. */
async function removeStale(cacheDir: string, name: string, current: string): Promise<void> {
  for (const entry of await readdir(cacheDir)) {
    const file = join(cacheDir, entry);
    if (!entry.startsWith(`${name}-`) || file === current) continue;
    const modified = await stat(file).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - modified > STALE_AFTER_MS) await unlink(file).catch(() => undefined);
  }
}
