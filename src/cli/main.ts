import { Command, CommanderError } from "commander";
import { AppError } from "../domain/AppError.ts";
import { registerBackupCommands } from "./backupCommands.ts";
import { registerDbCommand } from "./dbCommand.ts";
import { registerExtractCommand } from "./extractCommand.ts";
import { registerIngestCommand } from "./ingestCommand.ts";
import { registerSeedCommand } from "./seedCommand.ts";
import { registerServeCommands } from "./serveCommand.ts";

/**
 * The `ofsted-graph` command line. Each sub-command lives in its own file and registers itself here.
 * Returns the process exit code.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("ofsted-graph")
    .description("Ofsted children's services inspections as a Neo4j knowledge graph with a GraphQL API")
    .exitOverride()
    .showHelpAfterError();
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const registrations: Array<(program: Command, setExitCode: (code: number) => void) => void> = [
    registerDbCommand,
    registerExtractCommand,
    registerIngestCommand,
    registerSeedCommand,
    registerBackupCommands,
    registerServeCommands,
  ];
  for (const register of registrations) register(program, setExitCode);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof AppError) {
      console.error(`ofsted-graph: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
