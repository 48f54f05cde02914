import { describe, expect, it } from "vitest";
import { Service } from "../../../src/domain/InspectionRecord.ts";
import { documentBlocks } from "../../../src/extract/body/documentBlocks.ts";
import { extractServices } from "../../../src/extract/body/extractServices.ts";
import { findServiceMentions } from "../../../src/extract/body/findServiceMentions.ts";

/** The services of invented paragraphs, one per line, each checked against the domain schema. */
function services(...paragraphs: string[]): Service[] {
  const text = `${paragraphs.join("\n")}\n`;
  const blocks = documentBlocks(text);
  const found = extractServices(text, blocks, findServiceMentions(text, blocks));
  for (const service of found) Service.parse(service);
  return found;
}

function names(service: Service | undefined): string[] {
  return service ? [service.name, service.fullName ?? "", ...service.aliases] : [];
}

describe("services named by a phrase", () => {
  it("finds a local name by its head noun and merges its wordings, whatever the head", () => {
    const found = services(
      "Young people value the multi-agency Lantern service, which offers quick advice.",
      "Managers in the Lantern team review every contact within a day.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.id).toBe("lantern");
    expect(names(found[0])).toEqual(expect.arrayContaining(["multi-agency Lantern service", "Lantern team"]));
  });

  it("resolves an acronym defined in brackets inside the name, and its later uses", () => {
    const found = services(
      "The Bright Futures Intervention (BFI) team works with families at risk of breakdown.",
      "Families speak highly of the BFI team and its workers.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: "bright-futures-intervention", acronym: "BFI" });
  });

  it("finds lower-case teams with a sensible left edge and gives them a real kind", () => {
    const found = services(
      "Children are supported well by the edge of care team and by a dedicated private fostering team.",
    );
    expect(found.map((s) => [s.id, s.kind])).toEqual([
      ["edge-of-care-service", "edge-of-care-service"],
      ["private-fostering-team", "private-fostering-team"],
    ]);
    expect(names(found[0])).toContain("edge of care team");
  });

  it("reads a quoted name before a head noun as a proper name", () => {
    const found = services("The innovative ‘step forward’ project helps parents to keep their babies.");
    expect(found).toHaveLength(1);
    expect(found[0]?.fullName).toBe("step forward project");
  });

  it("splits a plural head shared by two services, but not a singular one", () => {
    const two = services("Casework by the emergency duty and youth offending teams was of good quality.");
    expect(two.map((s) => s.kind).sort()).toEqual(["out-of-hours-service", "youth-justice-service"]);
    const one = services("Matches are scrutinised by the fostering and adoption panel.");
    expect(one).toHaveLength(1);
  });
});

describe("what is not a service", () => {
  it("leaves out boards, councils of children, organisations, roles and sector-wide services", () => {
    const found = services(
      "The corporate parenting panel listens to the children in care council.",
      "The safeguarding children partnership and the police work well with the NHS trust.",
      "Independent reviewing officers and social workers visit children regularly.",
      "Children can use housing services, health services and early help services.",
      "Legal planning meetings are held weekly, and the senior leadership team attends.",
    );
    expect(found).toEqual([]);
  });

  it("needs a word that says what a lower-case team does", () => {
    expect(services("The team and the social work teams meet often; the intervention team is new.")).toEqual(
      [],
    );
  });
});

describe("one id per service", () => {
  it("merges the generic wordings of a kind an authority has one of, in any order of mention", () => {
    const a = services("The fostering team recruits carers.", "The fostering service supports them well.");
    const b = services("The fostering service supports carers well.", "The fostering team recruits them.");
    expect(a.map((s) => s.id)).toEqual(["fostering-service"]);
    expect(b.map((s) => s.id)).toEqual(["fostering-service"]);
  });

  it("joins a shorter generic wording to the fuller one of the same kind", () => {
    const found = services(
      "Contacts go to the duty social work team.",
      "The duty team decides quickly what help is needed.",
    );
    expect(found).toHaveLength(1);
    expect(names(found[0])).toEqual(expect.arrayContaining(["duty social work team", "duty team"]));
  });

  it("joins a generic name to the one proper name of its kind in the report", () => {
    const found = services(
      "Adopt Northvale, the regional adoption agency, finds families quickly.",
      "Joint working with the regional adoption agency is strong.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: "adopt-northvale", kind: "adoption-agency" });
  });
});

describe("names that need more than one phrase", () => {
  it("joins proper names with one capitalised core, and the generic name of their kind", () => {
    const found = services(
      "Contacts are received in the Harbour ‘front door’ service.",
      "The Harbour team screens them quickly, so the front door works well.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: "harbour", kind: "front-door" });
  });

  it("reads a defined name whose words hold an apostrophe", () => {
    const found = services("Workers in the children’s single point of access (CSPoA) decide within a day.");
    expect(found[0]).toMatchObject({ id: "cspoa", acronym: "CSPoA", kind: "front-door" });
  });

  it("names each service of a shared plural head as the text would", () => {
    const found = services("Therapists are co-located in the fostering and adoption teams.");
    expect(found.flatMap(names)).toEqual(expect.arrayContaining(["fostering teams", "adoption teams"]));
  });
});

describe("the left edge of a name", () => {
  it("drops an owner's possessive and what comes before it, but keeps a service word's", () => {
    const found = services(
      "Northshire’s ‘Bright Start’ service works with babies, and the Vulnerable Children’s Panel meets weekly.",
    );
    expect(found.map((s) => s.fullName)).toEqual(["Bright Start service", "Vulnerable Children’s Panel"]);
  });

  it("does not take a head noun of another service into a name", () => {
    const found = services("The Kestrel service combines services for young carers.");
    expect(found.map((s) => s.fullName)).toEqual(["Kestrel service"]);
  });
});
