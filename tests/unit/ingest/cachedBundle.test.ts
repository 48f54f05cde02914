import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedBundle } from "../../../src/ingest/cachedBundle.ts";

describe("a cached bundle of TypeScript sources", () => {
  let root: string;
  const spec = () => ({
    entry: join(root, "src/entry.ts"),
    root,
    cacheDir: join(root, "node_modules/.cache/test"),
    name: "entry",
  });
  const load = async (file: string) =>
    ((await import(`${pathToFileURL(file).href}?${Math.random()}`)) as { answer: () => string }).answer();

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

  it("throws for sources that do not compile", async () => {
    await writeFile(join(root, "src/word.ts"), "export const word: string = ;\n");
    await expect(cachedBundle(spec())).rejects.toThrow(/word\.ts/);
  });
});
