import { availableParallelism } from "node:os";
import { z } from "zod";
import { AppError } from "../domain/AppError.ts";
import { formatIssues } from "../domain/formatIssues.ts";

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** Longest a read transaction may hold the database by default: ten times the slowest national query. */
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

const Port = z.coerce.number().int().min(1).max(65535);

/** API processes by default: one per core, up to four (the database, not Node, limits beyond that). */
export const DEFAULT_API_PROCESSES = Math.min(availableParallelism(), 4);

/** The environment variables the service reads, with their defaults. */
const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "a Bolt URI such as bolt://localhost:7687")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: Port.default(7687),
  NEO4J_HOME: z.string().min(1).default(".neo4j"),
  PORT: Port.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  API_KEY: z.string().min(16, "at least 16 characters").optional(),
  LOG_LEVEL: LogLevel.default("info"),
  API_PROCESSES: z.coerce
    .number()
    .int()
    .min(1, "at least 1")
    .max(64, "at most 64")
    .default(DEFAULT_API_PROCESSES),
  QUERY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100, "at least 100 (milliseconds)")
    .max(3_600_000, "at most 3600000 (an hour)")
    .default(DEFAULT_QUERY_TIMEOUT_MS),
});

export interface Config {
  /** Bolt URI of an existing server; unset means the project starts its own local Neo4j. */
  readonly neo4jUri: string | undefined;
  readonly neo4jUser: string;
  readonly neo4jPassword: string;
  readonly neo4jDatabase: string | undefined;
  /** Bolt port of the local Neo4j the project starts. */
  readonly neo4jBoltPort: number;
  /** Folder of the local Neo4j's data, jars and log. */
  readonly neo4jHome: string;
  readonly port: number;
  readonly host: string;
  /** Processes serving the API on `port`: Node runs a request's work on one core, so one per core. */
  readonly apiProcesses: number;
  /** Mutations need `Authorization: Bearer <apiKey>`; with none set they are refused. */
  readonly apiKey: string | undefined;
  readonly logLevel: z.infer<typeof LogLevel>;
  /** Longest a read transaction may run before Neo4j stops it and the request ends with QUERY_TIMEOUT. */
  readonly queryTimeoutMs: number;
}

/**
 * Reads the configuration from an environment (by default `process.env`).
 * Empty strings count as unset. Throws `AppError` CONFIG_INVALID naming each bad variable and what it expects.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new AppError("CONFIG_INVALID", `Invalid configuration: ${formatIssues(parsed.error)}`);
  }
  const e = parsed.data;
  return Object.freeze({
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    neo4jBoltPort: e.NEO4J_BOLT_PORT,
    neo4jHome: e.NEO4J_HOME,
    port: e.PORT,
    host: e.HOST,
    apiProcesses: e.API_PROCESSES,
    apiKey: e.API_KEY,
    logLevel: e.LOG_LEVEL,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
  });
}
