import { describe, expect, it } from "vitest";
import { serviceKindById } from "../../src/domain/ServiceKinds.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";
import { WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { useSeededApi } from "../helpers/seededApi.ts";

const seeded = useSeededApi(WORKED_EXAMPLE_REPORTS);

interface KindOfService {
  name: string;
  kind: { id: string; name: string; acronym: string | null };
}

/** Every stored kind, and every MASH with the kind it shows. */
async function kindsAndServices() {
  const kinds = await seeded.api.post(`{ serviceKinds(first: 100) { nodes { id name acronym } } }`);
  const services = await seeded.api.post(
    `{ serviceKind(id: "mash") { services(first: 100) { nodes { name kind { id name acronym } } } } }`,
  );
  expect(kinds.body.errors).toBeUndefined();
  expect(services.body.errors).toBeUndefined();
  return {
    kinds: kinds.body.data.serviceKinds.nodes as Array<KindOfService["kind"]>,
    services: services.body.data.serviceKind.services.nodes as KindOfService[],
  };
}

describe("names of the kinds of service", () => {
  it("come from the kinds vocabulary, not from whichever authority's service was stored first", async () => {
    const { kinds, services } = await kindsAndServices();
    expect(kinds.map((k) => k.id)).toContain("mash");
    for (const kind of kinds) {
      expect(kind.name).toBe(serviceKindById(kind.id)?.label);
      expect(kind.acronym).toBe(serviceKindById(kind.id)?.acronym ?? null);
    }
    // A service shows its kind by the same name as the kind itself, whatever the service is called.
    const mashes = services;
    expect(mashes.length).toBeGreaterThan(1);
    expect(mashes.map((s) => s.name)).not.toContain("Multi-agency safeguarding hub");
    expect(new Set(mashes.map((s) => s.kind.name))).toEqual(new Set(["Multi-agency safeguarding hub"]));
    expect(mashes[0]?.kind.acronym).toBe("MASH");
  });

  it("are corrected at start in a graph stored when a kind took its first service's name", async () => {
    // How graphs stored by earlier versions look: the kind named after one authority's service.
    await seeded.executor.driver.executeQuery(
      "MATCH (k:ServiceKind {id: 'mash'}) SET k.name = $name WITH k MATCH (k)<-[:OF_KIND]-(s:Service) SET s.kindName = $name",
      { name: "Hertfordshire MASH" },
    );
    expect((await kindsAndServices()).kinds.find((k) => k.id === "mash")?.name).toBe("Hertfordshire MASH");

    await prepareGraph(seeded.executor);
    const { kinds, services } = await kindsAndServices();
    expect(kinds.find((k) => k.id === "mash")?.name).toBe("Multi-agency safeguarding hub");
    const shown = services.map((s) => s.kind.name);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["Multi-agency safeguarding hub"]));
  });
});
