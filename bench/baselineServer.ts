import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { pathExists } from "./pathExists.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The service as it was when issue 12 was filed: the commit whose bench run measured the 114.3 req/s the
 * load target doubles (bench/RESULTS.md, 2026-11-23). Run side by side with ours on the same graph, the
 * same mix and the same machine, so that the ratio does not move with the machine's speed from day to day.
 */
export const BASELINE_COMMIT = "df09f11aafae5005e92eba5c25b2ffee65f28964";

/** Where the baseline was unpacked, or why it could not be. */
export type Baseline = { root: string } | { unavailable: string };

/**
 * Unpacks `commit` of this repository into `outDir` (git archive) and installs its own dependencies
 * (npm ci), once: a later run reuses the folder. Needs the clone's history and the npm registry; says why
 * when either is missing, and the bench then compares with the recorded figure instead.
 */
export async function prepareBaseline(
  commit: string,
  outDir: string,
  log: (message: string) => void,
): Promise<Baseline> {
  const root = join(outDir, `baseline-${commit.slice(0, 12)}`);
  const installed = join(root, "node_modules", ".package-lock.json");
  if (await pathExists(installed)) return { root };
  try {
    await run("git", ["-C", ROOT, "cat-file", "-e", `${commit}^{commit}`]);
  } catch {
    return { unavailable: `commit ${commit.slice(0, 12)} is not in this clone's history (a shallow clone?)` };
  }
  log(`load baseline: unpacking ${commit.slice(0, 12)} into ${root} and installing its dependencies`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  try {
    const archive = join(outDir, `baseline-${commit.slice(0, 12)}.tar`);
    await run("git", ["-C", ROOT, "archive", "--format=tar", `--output=${archive}`, commit]);
    await run("tar", ["-xf", archive, "-C", root]);
    await rm(archive);
    await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    const detail = (error as { stderr?: string }).stderr?.trim().split("\n").at(-1) ?? String(error);
    return { unavailable: `could not install ${commit.slice(0, 12)}: ${detail}` };
  }
  return { root };
}
