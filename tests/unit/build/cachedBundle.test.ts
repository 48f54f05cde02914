import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedBundle } from "../../../src/build/cachedBundle.js";

describe("a cached bundle of TypeScript sources", () => {
  let root: string;
  const spec = () => ({
    entry: join(root, "src/entry.ts"),
    root,
    cacheDir: join(root, "node_modules/.cache/test"),
    name: "entry",
  });
  /** The bundle's module, imported afresh (a query string past Node's module cache). */
  const importFresh = async <T>(file: string) =>
    (await import(`${pathToFileURL(file).href}?${Math.random()}`)) as T;
  const load = async (file: string) => (await importFresh<{ answer: () => string }>(file)).answer();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "ofsted-graph-bundle-"));
    await mkdir(join(root, "src"));
    await writeFile(
      join(root, "src/entry.ts"),
      'import { word } from "./word.ts";\nexport const answer = (): string => word;\n',
    );
    await writeFile(join(root, "src/word.ts"), 'export const word: string = "first";\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("is built once, as plain JavaScript holding the imported sources, and reused while they are unchanged", async () => {
    const built = await cachedBundle(spec());
    expect(built.startsWith(spec().cacheDir)).toBe(true);
    expect(await load(built)).toBe("first");
    const { mtimeMs } = await stat(built);
    const again = await cachedBundle(spec());
    expect(again).toBe(built);
    expect((await stat(again)).mtimeMs).toBe(mtimeMs);
  });

  it("is built again when an imported source changes", async () => {
    const before = await cachedBundle(spec());
    await writeFile(join(root, "src/word.ts"), 'export const word: string = "second";\n');
    const after = await cachedBundle(spec());
    expect(after).not.toBe(before);
    expect(await load(after)).toBe("second");
  });

  it("keeps each source's own import.meta.url, and what a source imports lazily (packages too) unloaded until asked for", async () => {
    // A package whose loading shows: bundled alongside the entry module, it would load with it.
    await mkdir(join(root, "node_modules/side-effect"), { recursive: true });
    await writeFile(
      join(root, "node_modules/side-effect/package.json"),
      '{ "name": "side-effect", "type": "module", "main": "index.js" }',
    );
    await writeFile(join(root, "node_modules/side-effect/index.js"), "globalThis.packageRan = true;\n");
    await writeFile(
      join(root, "src/entry.ts"),
      [
        'import { word } from "./word.ts";',
        "export const answer = (): string => word;",
        "export const where: string = import.meta.url;",
        'export const later = () => import("./lazy.ts");',
      ].join("\n"),
    );
    await writeFile(
      join(root, "src/lazy.ts"),
      'import "side-effect";\n(globalThis as Record<string, unknown>).lazyRan = true;\n',
    );
    const built = await cachedBundle(spec());
    const module = await importFresh<{ where: string; later: () => Promise<unknown> }>(built);
    expect(module.where).toBe(pathToFileURL(join(root, "src/entry.ts")).href);
    const ran = globalThis as Record<string, unknown>;
    expect([ran.lazyRan, ran.packageRan]).toEqual([undefined, undefined]);
    await module.later();
    expect([ran.lazyRan, ran.packageRan]).toEqual([true, true]);
  });

  it("throws for sources that do not compile", async () => {
    await writeFile(join(root, "src/word.ts"), "export const word: string = ;\n");
    await expect(cachedBundle(spec())).rejects.toThrow(/word\.ts/);
  });
});
