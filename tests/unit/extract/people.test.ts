import { describe, expect, it } from "vitest";
import { extractInspectors } from "../../../src/extract/header/extractInspectors.ts";
import { extractAuthor, extractDcs } from "../../../src/extract/header/extractPeople.ts";
import { normalisePersonName } from "../../../src/extract/header/normalisePersonName.ts";

describe("normalisePersonName", () => {
  it.each([
    ["Jane A. Smith", "Jane Smith"],
    ["Jane Smith", "Jane Smith"],
    ["Neil Penswick HMI", "Neil Penswick"],
    ["Marie McGuinness Senior HMI", "Marie McGuinness"],
    ["Carolyn Spray (OI)", "Carolyn Spray"],
    ["Sarah Canto, His Majesty’s Inspector", "Sarah Canto"],
    ["Mr John Harris", "John Harris"],
    ["Paula Thomson -Jones", "Paula Thomson-Jones"],
    ["Paul D’Inverno", "Paul D’Inverno"],
    ["Jenny-ellen Smith, His Majesty’s Inspector", "Jenny-ellen Smith"],
    ["Fiona Parker Associate Inspector.", "Fiona Parker"],
    ["Pam Blackman OI", "Pam Blackman"],
    ["Lolly Rascagneres AI", "Lolly Rascagneres"],
    ["Rachel Holden HMI Designate", "Rachel Holden"],
  ])("%s → %s", (raw, name) => {
    expect(normalisePersonName(raw)).toBe(name);
  });

  it("rejects what is not a name", () => {
    expect(normalisePersonName("the local authority")).toBeNull();
    expect(normalisePersonName("Nigel")).toBeNull();
    expect(normalisePersonName("Multi-agency Safeguarding Hub")).toBeNull();
  });
});

describe("extractInspectors", () => {
  it("takes a report's lead, deputy and team, without the quality assurance manager", () => {
    const text = [
      "Lead inspector: Jane A. Smith",
      "",
      "Deputy lead inspector: Tina Shepherd",
      "",
      "Team inspectors: Louise Hocking, Carolyn Spray (OI) and Ian Young",
      "",
      "Quality assurance manager: Jeremy Gleaden (Senior HMI)",
      "",
    ].join("\n");
    expect(extractInspectors(text, "OFSTED_REPORT")).toEqual([
      { name: "Jane Smith", lead: true },
      { name: "Tina Shepherd", lead: false },
      { name: "Louise Hocking", lead: false },
      { name: "Carolyn Spray", lead: false },
      { name: "Ian Young", lead: false },
    ]);
  });

  it("reads a lead whose hyphenated first name goes on in lower case", () => {
    const text = "Lead inspector: Jenny-ellen Smith, His Majesty’s Inspector\n";
    expect(extractInspectors(text, "OFSTED_REPORT")).toEqual([{ name: "Jenny-ellen Smith", lead: true }]);
  });

  it("takes both joint leads as lead, on one line or wrapped after 'and'", () => {
    const oneLine =
      "Lead inspectors: Priya Marsh, His Majesty’s Inspector, and Owen Tate, His Majesty’s Inspector\n";
    const wrapped =
      "Lead inspectors: Priya Marsh, His Majesty’s Inspector, and\nOwen Tate, His Majesty’s Inspector\n";
    for (const text of [oneLine, wrapped]) {
      expect(extractInspectors(text, "OFSTED_REPORT")).toEqual([
        { name: "Priya Marsh", lead: true },
        { name: "Owen Tate", lead: true },
      ]);
    }
  });

  it("takes every deputy of a 'Deputy lead inspectors:' line", () => {
    const text =
      "Lead inspector: Ann Lowe HMI\n\nDeputy lead inspectors: Bea Cole HMI, Cal Dunn Senior HMI\n";
    expect(extractInspectors(text, "OFSTED_REPORT")).toEqual([
      { name: "Ann Lowe", lead: true },
      { name: "Bea Cole", lead: false },
      { name: "Cal Dunn", lead: false },
    ]);
  });

  it("takes a letter's inspectors, the signatory as lead", () => {
    const text =
      "His Majesty’s Inspectors for this visit were Ceri Evans and Alison Smale.\n\nYours sincerely\n\nAlison Smale\n\nHis Majesty’s Inspector\n";
    expect(extractInspectors(text, "OFSTED_LETTER")).toEqual([
      { name: "Alison Smale", lead: true },
      { name: "Ceri Evans", lead: false },
    ]);
  });
});

describe("extractDcs and extractAuthor", () => {
  it("reads the director from a letter's address block", () => {
    const text =
      "31 August 2021\n\nMs Jenny Coles Director of Children's Services Hertfordshire County Council County Hall Pegs Lane Hertford SG13 8DF\n\nDear Ms. Coles\n";
    expect(extractDcs(text, "Hertfordshire")).toEqual({
      name: "Jenny Coles",
      title: "Director of Children's Services",
    });
    expect(extractDcs("Dear Sir\n", null)).toBeNull();
  });

  it("reads a council report's author and job title", () => {
    expect(extractAuthor("Author: Karen Noble, Performance Improvement Manager Tel: 01992 588394\n")).toEqual(
      {
        name: "Karen Noble",
        title: "Performance Improvement Manager",
      },
    );
  });
});
