import neo4j, { type BookmarkManager, type Driver, type SessionConfig } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Executor } from "../../src/db/Executor.ts";
import { ingestDocument } from "../../src/ingest/ingestDocument.ts";
import { GraphStore } from "../../src/store/GraphStore.ts";
import { makeRecord } from "../helpers/makeRecord.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

// Causal consistency, checked on the single local server by what the driver is given: every session
// the executor opens shares one bookmark manager, so the bookmark a write commits is among those the
// next read starts from (on a cluster the reader then waits to have that write), and reads open READ
// sessions, which a cluster routes to its readers.

let base: Executor;
let executor: Executor;
const sessions: SessionConfig[] = [];
const supplied: string[][] = [];
const committed: string[][] = [];

/** The real bookmark manager, recording what it hands out and what it is told. */
function recordingBookmarks(): BookmarkManager {
  const real = neo4j.bookmarkManager();
  return {
    async updateBookmarks(previous, next) {
      committed.push([...next]);
      await real.updateBookmarks(previous, next);
    },
    async getBookmarks() {
      const bookmarks = [...(await real.getBookmarks())];
      supplied.push(bookmarks);
      return bookmarks;
    },
  } as BookmarkManager;
}

/** The driver, recording each session's configuration. */
function recordingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") {
        return (config: SessionConfig) => {
          sessions.push(config);
          return target.session(config);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

beforeAll(async () => {
  base = await openTestDatabase();
  executor = new Executor(recordingDriver(base.driver), base.registry, base.database, recordingBookmarks());
});
afterAll(async () => {
  await base?.close();
});

describe("causal consistency", () => {
  it("starts the read after a write from the write's bookmark, in a READ session", async () => {
    const record = makeRecord("a");
    const { documentId } = await ingestDocument(executor, record);
    const written = committed.at(-1) ?? [];
    expect(written.length).toBeGreaterThan(0);
    const writeSession = sessions.at(-1)!;
    expect(writeSession.defaultAccessMode).toBe(neo4j.session.WRITE);
    expect(writeSession.bookmarkManager).toBe(executor.bookmarks);

    const suppliedBefore = supplied.length;
    const [document] = await new GraphStore(executor).nodes("Document", [documentId]);
    expect(document?.id).toBe(documentId);
    const readSession = sessions.at(-1)!;
    expect(readSession.defaultAccessMode).toBe(neo4j.session.READ);
    expect(readSession.bookmarkManager).toBe(executor.bookmarks);
    const givenToRead = supplied.slice(suppliedBefore).flat();
    for (const bookmark of written) expect(givenToRead).toContain(bookmark);
  });

  it("chains bookmarks from one write to the next", async () => {
    await ingestDocument(executor, makeRecord("b"));
    const first = committed.at(-1)!;
    const suppliedBefore = supplied.length;
    await ingestDocument(executor, makeRecord("c"));
    const givenToSecond = supplied.slice(suppliedBefore).flat();
    for (const bookmark of first) expect(givenToSecond).toContain(bookmark);
    expect(committed.at(-1)).not.toEqual(first);
  });
});
