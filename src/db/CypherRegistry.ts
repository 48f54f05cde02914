import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../domain/AppError.ts";
import { STATEMENT_NAMES } from "./statementNames.ts";

/** The repository's `cypher/` folder, where every Cypher statement lives. */
export const CYPHER_DIR = fileURLToPath(new URL("../../cypher", import.meta.url));

/**
 * Every `.cypher` file under a folder, loaded once, looked up by name: the path relative to the folder
 * without its extension (`ingest/merge-visit`). A name in code that has no file cannot slip through:
 * names are typed (`StatementName`, generated from cypher/ by `npm run codegen`), so a typo fails the
 * typecheck, and `load` throws when a file the code names is missing, so a deleted or renamed file
 * fails at start-up rather than in the middle of a request.
 */
export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  /**
   * Loads every `.cypher` file below `dir` (default: the repository's `cypher/`). Throws AppError
   * DATABASE_ERROR naming each of `expected` (default: every statement the code names) that has no file.
   */
  static async load(
    dir: string = CYPHER_DIR,
    expected: readonly string[] = STATEMENT_NAMES,
  ): Promise<CypherRegistry> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const statements = new Map<string, string>();
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(".cypher")) continue;
      const path = join(entry.parentPath, entry.name);
      const name = relative(dir, path)
        .split(sep)
        .join("/")
        .replace(/\.cypher$/, "");
      statements.set(name, (await readFile(path, "utf8")).trim());
    }
    const missing = expected.filter((name) => !statements.has(name));
    if (missing.length > 0) {
      throw new AppError("DATABASE_ERROR", `No Cypher file in ${dir} for: ${missing.join(", ")}`);
    }
    return new CypherRegistry(statements);
  }

  /**
   * A registry with some statements replaced or added, the rest shared: lets a test put a statement of
   * its own (a deliberately slow one, say) behind a name the service runs.
   */
  withStatements(replacements: Readonly<Record<string, string>>): CypherRegistry {
    return new CypherRegistry(new Map([...this.statements, ...Object.entries(replacements)]));
  }

  /** The statement of that name; throws if there is none. */
  get(name: string): string {
    const statement = this.statements.get(name);
    if (statement === undefined) throw new AppError("DATABASE_ERROR", `No Cypher statement named '${name}'`);
    return statement;
  }

  /** Names of all statements, sorted; `prefix` keeps those under one folder (`schema/`). */
  names(prefix = ""): string[] {
    return [...this.statements.keys()].filter((n) => n.startsWith(prefix)).sort();
  }

  /**
   * The statements of a file that holds several separated by `;` (schema files only: a driver call runs
   * exactly one statement).
   */
  split(name: string): string[] {
    return this.get(name)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/^\s*\/\/.*$/gm, "").trim())
      .filter((s) => s.length > 0);
  }
}
