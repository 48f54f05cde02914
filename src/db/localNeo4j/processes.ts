/** Processes of the local Neo4j, seen from Node: alive or not, ours or not, signalled, waited for, run. */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** True while the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return true;
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== "Z" && state !== "X";
}

/** Guards against a reused pid: on Linux the process's command line must name the launcher. */
export function isOurLauncher(pid: number): boolean {
  const cmdline = readProc(`/proc/${pid}/cmdline`);
  return cmdline === null || cmdline.includes("Launcher.java");
}

function readProc(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Sends a signal to a process; a process already gone is not an error. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Polls `check` every 200 ms until it is true (true) or `timeoutMs` has passed (false). */
export async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  return waitUntilAsync(async () => check(), timeoutMs);
}

export async function waitUntilAsync(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
}

/** Runs a command and returns its exit code and combined output; code null means it could not be run. */
export function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string; missing: boolean }> {
  return new Promise((done) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) return done({ code: 0, output, missing: false });
      const err = error as NodeJS.ErrnoException & { code?: unknown };
      if (err.code === "ENOENT") return done({ code: null, output, missing: true });
      done({
        code: typeof err.code === "number" ? err.code : null,
        output: output || err.message,
        missing: false,
      });
    });
  });
}
