import type { Executor } from "../db/Executor.ts";
import { SERVICE_KINDS } from "../domain/ServiceKinds.ts";

/** Gives every stored kind of service its name from the kinds vocabulary (idempotent; run at every start). */
export async function nameServiceKinds(executor: Executor): Promise<void> {
  const kinds = SERVICE_KINDS.map(({ id, label }) => ({ id, label }));
  await executor.writeTransaction((tx) => tx.run("graph/name-service-kinds", { kinds }));
}
