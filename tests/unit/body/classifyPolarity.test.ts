import { describe, expect, it } from "vitest";
import { classifyPolarity } from "../../../src/extract/body/classifyPolarity.ts";

const polarity = (sentence: string) => classifyPolarity(sentence).polarity;

describe("classifyPolarity", () => {
  it("reads positive cues as a strength", () => {
    expect(polarity("Thresholds are applied appropriately.")).toBe("STRENGTH");
    expect(polarity("The Channel Panel is well established.")).toBe("STRENGTH");
    expect(polarity("Social workers receive regular and effective supervision.")).toBe("STRENGTH");
  });

  it("reads negative cues as a weakness", () => {
    expect(polarity("Children's risk management plans vary in quality.")).toBe("WEAKNESS");
    expect(polarity("The effectiveness of the approach to quality assurance remains limited.")).toBe(
      "WEAKNESS",
    );
    expect(polarity("Management oversight and supervision continue to need improvement.")).toBe("WEAKNESS");
  });

  it("reverses positive cues after a negator, to the end of the clause", () => {
    expect(polarity("However, some plans are not well written.")).toBe("WEAKNESS");
    expect(
      polarity("Supervision is not always sufficiently focused and plans do not clearly identify needs."),
    ).toBe("WEAKNESS");
    expect(polarity("For children who are not subject to review, decision-making is less strong.")).toBe(
      "WEAKNESS",
    );
    const reading = classifyPolarity("Plans are not clear.");
    expect(reading.cues).toEqual([{ text: "clear", polarity: "negative", negated: true, role: "main" }]);
  });

  it("reverses a negative cue right after a negator", () => {
    expect(polarity("Children are seen without delay.")).toBe("STRENGTH");
    expect(polarity("Supervision does not effectively address drift.")).toBe("WEAKNESS");
  });

  it("reads contrasted clauses with both cues as mixed, and a sentence-opening 'However' as no contrast", () => {
    expect(
      polarity(
        "Most assessments are timely, although there are some delays in recording at times of peak activity.",
      ),
    ).toBe("MIXED");
    expect(
      polarity(
        "While some children benefit from activities, for others there is little evidence of support.",
      ),
    ).toBe("MIXED");
    expect(polarity("However, placement stability is still an issue.")).toBe("WEAKNESS");
  });

  it("leaves descriptive sentences neutral and ignores non-evaluative uses of cue words", () => {
    expect(polarity("Children who go missing are offered return home interviews.")).toBe("NEUTRAL");
    expect(polarity("Leaders promote the well-being of staff as well as children.")).toBe("NEUTRAL");
    expect(polarity("Children are told about their rights.")).toBe("NEUTRAL");
  });

  describe("judges what the inspector evaluates (invented sentences)", () => {
    it("reads two clauses that judge in opposite directions as mixed, whichever connective joins them", () => {
      expect(
        polarity("Although visits are frequent and purposeful, records of them are often out of date."),
      ).toBe("MIXED");
      expect(polarity("Reviews happen on time, but their minutes are vague.")).toBe("MIXED");
      expect(polarity("Foster carers are well trained, while respite for them is limited.")).toBe("MIXED");
      expect(polarity("Whilst transition planning is thorough, some young people move without a plan.")).toBe(
        "MIXED",
      );
      expect(polarity("Return interviews have improved but are not yet consistent.")).toBe("MIXED");
    });

    it("reads a side that only denies harm as a mitigation, not praise", () => {
      expect(
        polarity("Some chronologies are out of date, although this has not led to unnecessary delays."),
      ).toBe("WEAKNESS");
      expect(polarity("There is no evidence of drift for children on plans.")).toBe("STRENGTH");
      expect(polarity("There is no evidence of robust contingency planning.")).toBe("WEAKNESS");
    });

    it("keeps a parenthesis inside the concession it interrupts", () => {
      expect(
        polarity(
          "Although the schools, which attend every conference, describe much improved reports, gaps remain.",
        ),
      ).toBe("MIXED");
    });

    it("settles a tie by the reversed cue, which is what the sentence asserts", () => {
      expect(polarity("Detailed safety plans do not sufficiently involve fathers.")).toBe("WEAKNESS");
    });

    it("reads a contrast as one side when both clauses judge the same way", () => {
      expect(polarity("Plans are clear, but they are also reviewed promptly.")).toBe("STRENGTH");
      expect(polarity("Although audits are infrequent, their findings are seldom acted on.")).toBe(
        "WEAKNESS",
      );
    });

    it("sets a clause without a cue against the judging one ('X happens, but not well')", () => {
      expect(polarity("Parents attend core groups, but their views are not always recorded.")).toBe("MIXED");
      expect(polarity("While health partners join strategy meetings, education partners rarely do.")).toBe(
        "MIXED",
      );
      expect(
        polarity("Most carers attend training, although attendance is inconsistent in one district."),
      ).toBe("MIXED");
    });

    it("lets the main clause decide after 'despite', and treats a conceded statistic as a fact", () => {
      expect(polarity("Despite a rise in referrals, assessments are completed promptly.")).toBe("STRENGTH");
      expect(polarity("Despite several new initiatives, the council has not yet checked their impact.")).toBe(
        "WEAKNESS",
      );
      expect(polarity("While 40 young people are in college, too few are in apprenticeships.")).toBe(
        "WEAKNESS",
      );
    });

    it("reads a sentence-opening or bracketed 'however' as a link to the sentence before, not a contrast", () => {
      expect(polarity("However, some placements end without planning.")).toBe("WEAKNESS");
      expect(polarity("Pathway plans, however, are detailed and regularly updated.")).toBe("STRENGTH");
    });

    it("scopes negation: 'not always', 'no longer', 'not yet', 'never', 'without', 'lack of', 'fail to'", () => {
      expect(polarity("Managers do not always check that actions are completed.")).toBe("WEAKNESS");
      expect(polarity("Families no longer receive a visit after their case closes.")).toBe("WEAKNESS");
      expect(polarity("Families no longer experience delay before a first appointment.")).toBe("STRENGTH");
      expect(polarity("The new tracker is not yet embedded.")).toBe("WEAKNESS");
      expect(polarity("Independent visitors are never offered to disabled children.")).toBe("WEAKNESS");
      expect(polarity("Cases move to court without drift.")).toBe("STRENGTH");
      expect(polarity("Some children return home without a review of their safety plan.")).toBe("WEAKNESS");
      expect(polarity("There is a lack of robust contingency planning.")).toBe("WEAKNESS");
      expect(polarity("Some plans fail to set clear timescales.")).toBe("WEAKNESS");
    });

    it("carries a negation over a list of cues", () => {
      expect(polarity("Some parents do not feel listened to, valued or respected by social workers.")).toBe(
        "WEAKNESS",
      );
      expect(polarity("There have been no placement disruptions this year.")).toBe("STRENGTH");
      expect(polarity("Most children in care do not experience many placement moves.")).toBe("STRENGTH");
    });

    it("reads what would improve practice as a shortfall", () => {
      expect(polarity("Closer tracking would further improve the quality of plans.")).toBe("WEAKNESS");
    });

    it("reads 'more' before a judging word as a comparative, and what needs to be more as wanting", () => {
      expect(polarity("Workloads are more manageable for newly qualified staff.")).toBe("STRENGTH");
      expect(polarity("Managers need to be more visible to frontline staff.")).toBe("WEAKNESS");
      // A thing counted is still an amount.
      expect(polarity("There are fewer delays for children awaiting adoption.")).toBe("STRENGTH");
    });

    it("reads a sentence opening on an aim's -ing form as naming its subject, not praising it", () => {
      expect(polarity("Ensuring enough local homes for teenagers remains a significant challenge.")).toBe(
        "WEAKNESS",
      );
      expect(polarity("Outstanding support ensures that care leavers find work.")).toBe("STRENGTH");
    });

    it("reads a negator that reverses nothing as something not done", () => {
      expect(polarity("The service has not analysed why so many referrals are closed.")).toBe("WEAKNESS");
      expect(polarity("Leaders did not see the audit reports.")).toBe("WEAKNESS");
      expect(polarity("No young people were placed in custody during the year.")).toBe("NEUTRAL");
    });

    it("leaves negation in a relative clause or an idle pair out of the judgement", () => {
      expect(polarity("Children who are not in school are offered tuition by the virtual school.")).toBe(
        "NEUTRAL",
      );
      expect(polarity("The panel considers not only new cases but also cases closed last month.")).toBe(
        "NEUTRAL",
      );
    });

    it("weighs hedges and quantifiers: most and nearly all still praise, not all and too many criticise", () => {
      expect(polarity("Most children are seen regularly by their social worker.")).toBe("STRENGTH");
      expect(polarity("The vast majority of assessments are thorough.")).toBe("STRENGTH");
      expect(polarity("Not all care leavers have a copy of their health history.")).toBe("WEAKNESS");
      expect(polarity("Too many children have had several changes of social worker.")).toBe("WEAKNESS");
      expect(polarity("A small number of reviews are not held on time.")).toBe("WEAKNESS");
      expect(polarity("Only a few carers have received the new training.")).toBe("WEAKNESS");
      expect(polarity("Only 12 children are placed more than 20 miles from home.")).toBe("NEUTRAL");
    });

    it("reads a problem named in a when/where/if clause and the response praised as a strength", () => {
      expect(polarity("When risks increase, managers act promptly to convene a strategy meeting.")).toBe(
        "STRENGTH",
      );
      expect(polarity("Where placements are at risk of breaking down, carers receive swift support.")).toBe(
        "STRENGTH",
      );
      expect(polarity("If a child goes missing, a return interview is offered quickly.")).toBe("STRENGTH");
      expect(polarity("When a plan is not working, it is not reviewed in time.")).toBe("WEAKNESS");
    });

    it("does not count an action's aim as an achievement", () => {
      expect(polarity("The council has created a new panel to improve the timeliness of decisions.")).toBe(
        "NEUTRAL",
      );
      expect(polarity("Further work is required to improve the quality of supervision.")).toBe("WEAKNESS");
      expect(polarity("Young people are helped to develop strong and lasting friendships.")).toBe("STRENGTH");
      expect(polarity("The protocol to guide staff on home visits is clear.")).toBe("STRENGTH");
      expect(polarity("There is more to do to make sure that reviews are consistently timely.")).toBe(
        "WEAKNESS",
      );
      expect(
        polarity("Panel interviews were held to hold managers to account for deficits in recording."),
      ).toBe("NEUTRAL");
      expect(polarity("Leaders have set up a forum to regularly review the quality of plans.")).toBe(
        "NEUTRAL",
      );
      expect(polarity("Delays in allocation cause them to make slow progress.")).toBe("WEAKNESS");
      // The purpose ends at 'but': the failing after it is judged, set against the action before it.
      expect(polarity("Advisers set goals to improve budgeting but do not set out clear actions.")).toBe(
        "MIXED",
      );
    });

    it("knows the inspectors' evaluative vocabulary beyond 'good' and 'poor'", () => {
      for (const sentence of [
        "Return home interviews are useful and inform safety plans.",
        "Staff have built constructive relationships with schools.",
        "Leaders are increasingly using data to target their work.",
        "The new team has successfully cut the time children wait for therapy.",
        "Decisions are timely and appropriate.",
        "Young people are well supported by their personal advisers.",
        "The approach reduces delay for children awaiting adoption.",
        "Staff turnover is now low.",
        "Caseloads in the duty and assessment teams have reduced.",
      ])
        expect(polarity(sentence), sentence).toBe("STRENGTH");
      for (const sentence of [
        "Recording could be improved.",
        "There is more work to do to embed the model.",
        "Caseloads remain high in the assessment teams.",
        "Vacancies in the fostering team are higher than last year.",
        "Caseloads are consistently high in the court team.",
        "Core group minutes are routinely late.",
        "The quality of supervision is variable.",
        "Management oversight is inconsistent.",
        "The quality of chronologies needs to be stronger.",
        "Further work is required before the new framework is effective.",
        "Some children wait too long for an initial health assessment.",
      ])
        expect(polarity(sentence), sentence).toBe("WEAKNESS");
    });

    it("says why: each cue with its reversal and the clause it stands in", () => {
      const reading = classifyPolarity(
        "When plans do not reduce risk, managers escalate decisions promptly.",
      );
      expect(reading.polarity).toBe("STRENGTH");
      expect(reading.cues).toContainEqual({
        text: "promptly",
        polarity: "positive",
        negated: false,
        role: "main",
      });
      expect(reading.cues.find((cue) => cue.text.startsWith("reduce"))).toMatchObject({
        polarity: "negative",
        negated: true,
        role: "circumstance",
      });
    });
  });
});
