import { Command, CommanderError } from "commander";
import { AppError } from "../domain/AppError.ts";

type Register = (program: Command, setExitCode: (code: number) => void) => void;

/**
 * Each file's sub-commands, imported only when one of them is run (or for help, or a name not listed): a
 * command then loads no library it does not use (`ingest` none of the API's, for one), which keeps its
 * memory down.
 */
export const COMMAND_FILES: Array<{ names: string[]; load: () => Promise<Register> }> = [
  { names: ["db"], load: async () => (await import("./dbCommand.ts")).registerDbCommand },
  { names: ["extract"], load: async () => (await import("./extractCommand.ts")).registerExtractCommand },
  { names: ["ingest"], load: async () => (await import("./ingestCommand.ts")).registerIngestCommand },
  { names: ["seed"], load: async () => (await import("./seedCommand.ts")).registerSeedCommand },
  {
    names: ["export", "import"],
    load: async () => (await import("./backupCommands.ts")).registerBackupCommands,
  },
  { names: ["serve", "start"], load: async () => (await import("./serveCommand.ts")).registerServeCommands },
];

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
  const named = COMMAND_FILES.filter((file) => file.names.includes(argv[0] ?? ""));
  for (const file of named.length > 0 ? named : COMMAND_FILES) (await file.load())(program, setExitCode);
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
