/**
 * The files a local Neo4j keeps in its home besides its data: pid, port, log and start lock, and the
 * lock that serialises starts across processes.
 */
import { open, readFile, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { AppError } from "../../domain/AppError.ts";
import { isAlive, sleep } from "./processes.ts";

export interface HomeFiles {
  home: string;
  pid: string;
  port: string;
  log: string;
  lock: string;
}

/** The runtime files of the local Neo4j of `home` (made absolute). */
export function homeFiles(home: string): HomeFiles {
  const abs = resolve(home);
  return {
    home: abs,
    pid: join(abs, "neo4j.pid"),
    port: join(abs, "neo4j.port"),
    log: join(abs, "neo4j.log"),
    lock: join(abs, "neo4j.start.lock"),
  };
}

/** Serialises starts for one home across processes with an exclusive lock file holding the starter's pid. */
export async function withStartLock<T>(files: HomeFiles, deadline: number, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const handle = await open(files.lock, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = await readNumber(files.lock);
      const age = await stat(files.lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if ((holder === null && age > 5_000) || (holder !== null && !isAlive(holder))) {
        await rm(files.lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new AppError(
          "NEO4J_LAUNCH_FAILED",
          `Another process (pid ${holder ?? "unknown"}) is still starting the local Neo4j of ${files.home}.`,
        );
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(files.lock, { force: true });
  }
}

/** The positive whole number a pid or port file holds, or null when it is missing or holds none. */
export async function readNumber(file: string): Promise<number | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const n = Number.parseInt(text.trim(), 10);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export async function removeRuntimeFiles(files: HomeFiles): Promise<void> {
  await rm(files.pid, { force: true });
  await rm(files.port, { force: true });
}

/** The last lines the latest start wrote to the log, formatted to end an error message. */
export async function logTail(file: string, lines = 40): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (!text) return "";
  const lastStart = text.lastIndexOf("\n==== ");
  const sinceStart = lastStart >= 0 ? text.slice(lastStart + 1) : text;
  const tail = sinceStart.slice(-16_384).trimEnd().split("\n").slice(-lines).join("\n");
  return `\nLast lines of ${file}:\n${tail}`;
}
