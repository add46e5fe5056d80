import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { maximalRiskAnswers, referenceAnswers } from "../../../test/support/aia-answers.ts";
import { makeAgency, makeServiceWithPages, makeUser } from "../../../test/support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/support/test-runtime.ts";
import { saveAssessmentDraft, startAssessment, submitStoredAssessment } from "../assessment/index.ts";
import type { User } from "../identity/index.ts";
import { changeLifecycle, findAiSystem, linkServiceToSystem, registerAiSystem } from "../inventory/index.ts";
import {
  CaseRunner,
  caseForStaff,
  decideCase,
  publishWorkflowVersion,
  REVIEWER_QUALIFICATION,
  submitCase,
} from "../workflow/index.ts";
import { currentControlSet, obligationsOf, signOffAndApply } from "./index.ts";

describe("assessments compile into controls that the runtime enforces", () => {
  let runtime: TestRuntime;
  let agencyId: string;
  let officer: User;
  let secondOfficer: User;
  let trained: User;
  let secondTrained: User;
  let untrained: User;
  let runner: CaseRunner;

  before(async () => {
    runtime = await createTestRuntime();
    agencyId = (await makeAgency(runtime)).id;
    officer = await makeUser(runtime, agencyId, ["governance_officer"]);
    secondOfficer = await makeUser(runtime, agencyId, ["governance_officer"]);
    trained = await makeUser(runtime, agencyId, ["reviewer"], { qualifications: [REVIEWER_QUALIFICATION] });
    secondTrained = await makeUser(runtime, agencyId, ["reviewer"], {
      qualifications: [REVIEWER_QUALIFICATION],
    });
    untrained = await makeUser(runtime, agencyId, ["reviewer"]);
    runner = new CaseRunner(runtime, { leaseSeconds: 30, workers: 1, maxAttempts: 3 });
  });
  after(() => runtime.close());

  async function assess(systemId: string, answers: Record<string, unknown>, signers: User[]) {
    let assessment = await startAssessment(runtime, agencyId, systemId, "aia", officer.id);
    assessment = await saveAssessmentDraft(runtime, assessment, answers, 0, true);
    assessment = await submitStoredAssessment(runtime, agencyId, assessment, officer.id);
    let outcome: Awaited<ReturnType<typeof signOffAndApply>> | undefined;
    for (const signer of signers) outcome = await signOffAndApply(runtime, signer, assessment.id);
    return { assessment, outcome: outcome! };
  }

  test("level I samples; raising the assessment to level IV makes next cases need two distinct trained reviewers, while a case in flight keeps its controls", async () => {
    const service = await makeServiceWithPages(runtime, agencyId, "governed-benefit", { mode: "none" });
    const system = await registerAiSystem(runtime, agencyId, `user:${officer.id}`, {
      name: "Benefit enquiry assistant",
      purpose: "Drafts answers to housing-benefit questions for staff to check",
      accountableOfficial: "Director of Benefits",
      affectedPeople: "Residents asking about housing benefit",
    });
    await linkServiceToSystem(runtime, system, service.id, `user:${officer.id}`);
    await assert.rejects(
      submitCase(runtime, { serviceSlug: "governed-benefit", question: "How do I claim?", channel: "api" }),
      /no signed-off assessment/,
    );
    await assert.rejects(
      publishWorkflowVersion(
        runtime,
        service,
        { languages: ["en"], defaultLanguage: "en", review: { mode: "none" } },
        "test",
      ),
      /no workflow version can go live/,
    );
    await assert.rejects(
      changeLifecycle(runtime, system, "assessed", "test", false).then(async (assessed) =>
        changeLifecycle(runtime, assessed, "live", "test", false),
      ),
      /cannot become live|signed-off assessment/,
    );

    const levelOne = await assess(system.id, referenceAnswers("answers-000.json"), [officer]);
    assert.equal(levelOne.assessment.result?.kind === "aia" && levelOne.assessment.result.level, 1);
    assert.equal(levelOne.outcome.effective, true, "level I takes effect with one sign-off");
    const first = await currentControlSet(runtime.database, system.id);
    assert.deepEqual(first?.controlSet.settings.reviewMode.value, { mode: "sample", percent: 10 });
    assert.equal((await findAiSystem(runtime.database, agencyId, system.id))?.lifecycle, "approved");

    // Sampling: about 10 % of cases go to review, seeded and recorded.
    const sampled: string[] = [];
    for (let index = 0; index < 30; index++) {
      sampled.push(
        (
          await submitCase(runtime, {
            serviceSlug: "governed-benefit",
            question: `How long does a decision take? ${index}`,
            channel: "api",
          })
        ).caseId,
      );
    }
    // A case in flight under level I: submitted, not yet processed.
    const inFlight = await submitCase(runtime, {
      serviceSlug: "governed-benefit",
      question: "What documents do I need?",
      channel: "api",
    });

    const levelFour = await assess(system.id, maximalRiskAnswers(), [officer]);
    assert.equal(levelFour.assessment.result?.kind === "aia" && levelFour.assessment.result.level, 4);
    assert.equal(levelFour.outcome.effective, false, "level IV needs a second officer");
    assert.equal(levelFour.outcome.required, 2);
    await assert.rejects(signOffAndApply(runtime, officer, levelFour.assessment.id), /different officer/);
    await assert.rejects(signOffAndApply(runtime, trained, levelFour.assessment.id), /governance officer/);
    const signed = await signOffAndApply(runtime, secondOfficer, levelFour.assessment.id);
    assert.equal(signed.effective, true);
    assert.equal(signed.controlSet?.version, 2);
    assert.deepEqual(signed.controlSet?.controlSet.settings.reviewMode.value, { mode: "four_eyes" });
    assert.ok(
      (await obligationsOf(runtime.database, signed.controlSet!)).some(
        (obligation) => obligation.status === "open",
      ),
    );

    const after = await submitCase(runtime, {
      serviceSlug: "governed-benefit",
      question: "Can students claim housing benefit?",
      channel: "api",
    });
    await runner.drain();

    const states = await runtime.database.query<{ state: string; controls: { reviewMode: string } }>(
      "SELECT state, controls FROM cases WHERE id = ANY($1::uuid[])",
      [sampled],
    );
    const reviewed = states.filter((row) => row.state === "awaiting_review").length;
    assert.ok(reviewed <= 12, `about 10 % sampled, got ${reviewed} of 30`);
    assert.ok(states.every((row) => row.controls.reviewMode === "sample"));

    const kept = await caseForStaff(runtime, trained, inFlight.caseId);
    assert.equal(
      kept.controls.reviewMode,
      "sample",
      "the case in flight keeps the control set it began with",
    );
    assert.match(kept.controls.controlSetVersion ?? "", /^1:/);

    const governed = await caseForStaff(runtime, trained, after.caseId);
    assert.equal(governed.controls.reviewMode, "four_eyes");
    assert.match(governed.controls.controlSetVersion ?? "", /^2:/);
    assert.equal(governed.state, "awaiting_review");
    await assert.rejects(
      decideCase(runtime, untrained, after.caseId, { action: "approve" }),
      /qualification/,
    );
    assert.equal(
      (await decideCase(runtime, trained, after.caseId, { action: "approve" })).state,
      "awaiting_second_review",
    );
    await assert.rejects(
      decideCase(runtime, trained, after.caseId, { action: "approve" }),
      /second, different reviewer/,
    );
    assert.equal(
      (await decideCase(runtime, secondTrained, after.caseId, { action: "approve" })).state,
      "approved",
    );
    assert.equal((await runtime.ledger.verify(agencyId)).ok, true);
  });

  test("a submitted assessment is immutable and invalid answers are refused whole, naming the question", async () => {
    const system = await registerAiSystem(runtime, agencyId, "test", {
      name: "Another system",
      purpose: "Testing immutability of submitted assessments",
      accountableOfficial: "Someone",
      affectedPeople: "Nobody in particular",
    });
    const assessment = await startAssessment(runtime, agencyId, system.id, "aia", officer.id);
    await assert.rejects(
      saveAssessmentDraft(runtime, assessment, { noSuchQuestion: "item1" }, 0),
      (error: Error & { fields?: Record<string, string> }) => {
        assert.ok(error.fields?.noSuchQuestion);
        return true;
      },
    );
    await assert.rejects(
      saveAssessmentDraft(runtime, assessment, { riskProfile1: "item9-9" }, 0),
      (error: Error & { fields?: Record<string, string> }) => {
        assert.ok(error.fields?.riskProfile1);
        return true;
      },
    );
    const saved = await saveAssessmentDraft(
      runtime,
      assessment,
      referenceAnswers("answers-003.json"),
      2,
      true,
    );
    const submitted = await submitStoredAssessment(runtime, agencyId, saved, officer.id);
    await assert.rejects(
      saveAssessmentDraft(runtime, submitted, { riskProfile1: "item1-0" }, 0),
      /cannot change/,
    );
    await assert.rejects(
      runtime.database.query("UPDATE assessments SET answers = '{}' WHERE id = $1", [submitted.id]),
      /cannot change/,
    );
  });
});
