/** The Java the local Neo4j runs on: a JDK 17+ (its compiler launches neo4j/Launcher.java from source). */
import { AppError } from "../../domain/AppError.ts";
import { run } from "./processes.ts";

const MIN_JAVA = 17;
/** What to do when Java or Maven is missing, ending every such error's message. */
export const INSTALL_HINT =
  "Install a JDK 17 and Maven (e.g. `apt-get install openjdk-17-jdk-headless maven`), " +
  "or set NEO4J_URI to use an existing Neo4j server instead.";

/** Checks that `java` is a JDK (the source launch needs its compiler) of version 17 or newer. */
export async function checkJava(): Promise<void> {
  const version = await run("java", ["-version"], 30_000);
  if (version.missing) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `Java was not found on PATH; Neo4j needs a JDK 17+. ${INSTALL_HINT}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(version.output);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : Number.NaN;
  if (!(major >= MIN_JAVA)) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `Neo4j 5.26 needs Java ${MIN_JAVA} or newer, but \`java -version\` says: ${version.output.split("\n")[0] ?? "?"}. ${INSTALL_HINT}`,
    );
  }
  const modules = await run("java", ["--list-modules"], 30_000);
  if (!modules.output.includes("jdk.compiler")) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `The installed Java is a runtime without the compiler (module jdk.compiler) that launching neo4j/Launcher.java needs. ${INSTALL_HINT}`,
    );
  }
}
