// The governance pages in process (no browser): the inventory of AI systems, the multi-page assessment form
// with save and resume, submission errors, the explained result, sign-off by one or two officers, the
// control set with its obligations and the evidence of earlier versions, the auditors' JSON and PDF exports,
// and who may do what.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import {
  findAssessment,
  questionnaireFor,
  saveAssessmentDraft,
  startAssessment,
} from "../../src/domains/assessment/index.ts";
import type { User } from "../../src/domains/identity/index.ts";
import { findAiSystem, registerAiSystem } from "../../src/domains/inventory/index.ts";
import { createService } from "../../src/domains/workflow/index.ts";
import { translator } from "../../src/i18n/index.ts";
import { createApp } from "../../src/web/app.ts";
import { maximalRiskAnswers, referenceAnswers } from "../support/aia-answers.ts";
import { makeAgency, makeUser, TEST_PASSWORD } from "../support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.ts";

const ORIGIN = "http://localhost";
const en = translator("en");

/** Decodes the few HTML entities hono/jsx escapes, so that catalogue text can be searched for. */
function text(html: string): string {
  return html
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** The text drawn in an uncompressed PDF: pdfkit writes it as hex strings in TJ arrays. */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const array of source.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    let line = "";
    for (const hex of (array[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g))
      line += Buffer.from(hex[1] ?? "", "hex").toString("latin1");
    lines.push(line);
  }
  return lines.join("\n");
}

interface Session {
  cookie: string;
  csrf: string;
}

describe("governance pages", () => {
  let runtime: TestRuntime;
  let app: ReturnType<typeof createApp>["app"];
  let agencyId: string;
  let officer: User;
  let secondOfficer: User;
  let auditor: User;
  let caseworker: User;
  let outsider: User;
  const sessions = new Map<string, Session>();

  before(async () => {
    runtime = await createTestRuntime();
    app = createApp(runtime, { version: "test" }).app;
    agencyId = (await makeAgency(runtime)).id;
    officer = await makeUser(runtime, agencyId, ["governance_officer"]);
    secondOfficer = await makeUser(runtime, agencyId, ["governance_officer"]);
    auditor = await makeUser(runtime, agencyId, ["auditor"]);
    caseworker = await makeUser(runtime, agencyId, ["caseworker"]);
    const otherAgency = await makeAgency(runtime);
    outsider = await makeUser(runtime, otherAgency.id, ["governance_officer", "auditor"]);
  });
  after(() => runtime.close());

  async function signIn(user: User): Promise<Session> {
    const known = sessions.get(user.id);
    if (known) return known;
    const response = await app.request("/sign-in", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
      body: new URLSearchParams({ email: user.email, password: TEST_PASSWORD }).toString(),
    });
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("steward_session="));
    assert.ok(session, "signed in");
    const cookie = session.split(";")[0]!;
    const staff = await (await app.request("/staff", { headers: { cookie } })).text();
    const csrf = staff.match(/name="_csrf" value="([^"]+)"/)?.[1];
    assert.ok(csrf, "the session has a CSRF token");
    const signedIn = { cookie, csrf };
    sessions.set(user.id, signedIn);
    return signedIn;
  }

  async function get(user: User, path: string): Promise<Response> {
    return app.request(path, { headers: { cookie: (await signIn(user)).cookie } });
  }

  async function post(user: User, path: string, fields: [string, string][] = []): Promise<Response> {
    const session = await signIn(user);
    const body = new URLSearchParams([["_csrf", session.csrf], ...fields]);
    return app.request(path, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: ORIGIN,
        cookie: session.cookie,
      },
      body: body.toString(),
    });
  }

  /** A multipart form, as a browser sends a form with a file input. */
  async function postMultipart(
    user: User,
    path: string,
    fields: [string, string | File][] = [],
    options: { csrf?: boolean } = {},
  ): Promise<Response> {
    const session = await signIn(user);
    const body = new FormData();
    if (options.csrf !== false) body.append("_csrf", session.csrf);
    for (const [name, value] of fields) body.append(name, value);
    return app.request(path, {
      method: "POST",
      headers: { origin: ORIGIN, cookie: session.cookie },
      body,
    });
  }

  function savedFile(data: unknown, name = "AIA Results.json", currentPage = 3): File {
    const content = JSON.stringify({ version: "v1.0.1", currentPage, data, translationsOnResult: {} });
    return new File([content], name, { type: "application/json" });
  }

  async function newSystem(name: string) {
    return registerAiSystem(runtime, agencyId, `user:${officer.id}`, {
      name,
      purpose: "Drafts answers to residents' questions for staff to check",
      accountableOfficial: "Director of Services",
      affectedPeople: "Residents who ask questions",
    });
  }

  async function submitted(systemId: string, answers: Record<string, unknown>): Promise<string> {
    let assessment = await startAssessment(runtime, agencyId, systemId, "aia", officer.id);
    assessment = await saveAssessmentDraft(runtime, assessment, answers, 0, true);
    const response = await post(officer, `/governance/assessments/${assessment.id}/submit`);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get("location"), `/governance/assessments/${assessment.id}/result`);
    return assessment.id;
  }

  test("staff pages need sign-in; other roles are refused", async () => {
    const anonymous = await app.request("/governance/systems");
    assert.equal(anonymous.status, 303);
    assert.equal(anonymous.headers.get("location"), "/sign-in?next=%2Fgovernance%2Fsystems");
    assert.equal((await get(caseworker, "/governance/systems")).status, 403);
  });

  test("a governance officer registers a system, links a service and sees lifecycle errors", async () => {
    const invalid = await post(officer, "/governance/systems", [
      ["name", "X"],
      ["purpose", "short"],
    ]);
    assert.equal(invalid.status, 400);
    const invalidHtml = text(await invalid.text());
    assert.match(invalidHtml, /role="alert"/);
    for (const key of ["name", "purpose", "accountableOfficial", "affectedPeople"])
      assert.ok(invalidHtml.includes(`<a href="#${key}">${en.t(`gov.register.error.${key}`)}</a>`), key);

    const created = await post(officer, "/governance/systems", [
      ["name", "Enquiry assistant"],
      ["purpose", "Drafts answers to benefit enquiries for staff"],
      ["accountableOfficial", "Director of Benefits"],
      ["affectedPeople", "Residents who ask about benefits"],
      ["models", "model-a\nmodel-b"],
      ["dataSources", "Published guidance"],
    ]);
    assert.equal(created.status, 303);
    const location = created.headers.get("location") ?? "";
    const systemId = location.match(/\/governance\/systems\/([0-9a-f-]{36})/)?.[1];
    assert.ok(systemId, location);
    const system = await findAiSystem(runtime.database, agencyId, systemId);
    assert.deepEqual(system?.models, ["model-a", "model-b"]);

    const duplicate = await post(officer, "/governance/systems", [
      ["name", "Enquiry assistant"],
      ["purpose", "Drafts answers to benefit enquiries for staff"],
      ["accountableOfficial", "Director of Benefits"],
      ["affectedPeople", "Residents who ask about benefits"],
    ]);
    assert.equal(duplicate.status, 409);

    const list = text(await (await get(officer, "/governance/systems")).text());
    assert.ok(list.includes("Enquiry assistant"));
    assert.ok(list.includes(en.t("gov.lifecycle.proposed")));

    const service = await createService(runtime, {
      agencyId,
      slug: "benefit-enquiries",
      name: "Benefit enquiries",
      actor: "test",
    });
    assert.equal(
      (await post(officer, `/governance/systems/${systemId}/services`, [["serviceId", service.id]])).status,
      303,
    );
    const detail = text(await (await get(officer, `/governance/systems/${systemId}`)).text());
    assert.ok(detail.includes("Benefit enquiries"));
    assert.ok(detail.includes(en.t("gov.system.startAia")));
    assert.ok((await get(officer, "/governance/systems")).ok);

    const refused = await post(officer, `/governance/systems/${systemId}/lifecycle`, [["to", "live"]]);
    assert.equal(refused.status, 409);
    const refusedHtml = text(await refused.text());
    assert.ok(
      refusedHtml.includes(
        en.t("gov.lifecycle.errorNotAllowed", {
          from: en.t("gov.lifecycle.proposed"),
          to: en.t("gov.lifecycle.live"),
        }),
      ),
    );
    const needsAssessment = await post(officer, `/governance/systems/${systemId}/lifecycle`, [
      ["to", "assessed"],
    ]);
    assert.equal(needsAssessment.status, 303, "proposed → assessed needs no sign-off");
    const approved = await post(officer, `/governance/systems/${systemId}/lifecycle`, [["to", "approved"]]);
    assert.equal(approved.status, 409);
    assert.ok(
      text(await approved.text()).includes(
        en.t("gov.lifecycle.errorNeedsAssessment", { to: en.t("gov.lifecycle.approved") }),
      ),
    );
    const events = await runtime.database.query<{ type: string }>(
      "SELECT type FROM ledger_events WHERE agency_id = $1 AND subject = $2 ORDER BY seq",
      [agencyId, `ai-system:${systemId}`],
    );
    assert.deepEqual(
      events.map((event) => event.type),
      ["ai-system-registered", "ai-system-service-linked", "ai-system-lifecycle-changed"],
    );
  });

  test("the AIA form goes page by page, saves, clears unchecked boxes, refuses invalid answers and resumes", async () => {
    const system = await newSystem("Form walker");
    const started = await post(officer, `/governance/systems/${system.id}/assessments`, [["kind", "aia"]]);
    assert.equal(started.status, 303);
    const formPath = started.headers.get("location") ?? "";
    const id = formPath.match(/assessments\/([0-9a-f-]{36})\?page=1$/)?.[1];
    assert.ok(id, formPath);

    const first = text(await (await get(officer, `/governance/assessments/${id}?page=1`)).text());
    assert.ok(first.includes("<h1>Project Details</h1>"));
    assert.ok(
      first.includes(en.t("gov.form.progress", { number: 1, total: 9 })),
      "9 pages before a phase is chosen",
    );
    assert.match(first, /<fieldset[^>]*><legend>Project Phase<\/legend>/);
    assert.ok(first.includes(en.t("gov.form.saveAndContinue")));
    assert.ok(first.includes(en.t("gov.form.saveLater")));

    const saved = await post(officer, `/governance/assessments/${id}?page=1`, [
      ["projectDetailsPhase", "item1"],
      ["projectDetailsTitle", "Benefit enquiries"],
      ["action", "continue"],
    ]);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get("location"), `/governance/assessments/${id}?page=2`);
    const again = text(await (await get(officer, `/governance/assessments/${id}?page=1`)).text());
    assert.match(again, /value="item1" checked=""/);
    assert.ok(again.includes('value="Benefit enquiries"'));
    assert.ok(
      again.includes(en.t("gov.form.progress", { number: 1, total: 13 })),
      "the design pages now count",
    );

    await post(officer, `/governance/assessments/${id}?page=2`, [
      ["businessDrivers11", "item1-2"],
      ["businessDrivers11", "item3-0"],
      ["action", "continue"],
    ]);
    assert.deepEqual((await findAssessment(runtime.database, agencyId, id))?.answers.businessDrivers11, [
      "item1-2",
      "item3-0",
    ]);
    const back = await post(officer, `/governance/assessments/${id}?page=2`, [["action", "back"]]);
    assert.equal(back.headers.get("location"), `/governance/assessments/${id}?page=1`);
    const cleared = await findAssessment(runtime.database, agencyId, id);
    assert.equal(cleared?.answers.businessDrivers11, undefined, "unchecking every box clears the answer");
    assert.equal(cleared?.answers.projectDetailsPhase, "item1", "other pages keep their answers");

    const invalid = await post(officer, `/governance/assessments/${id}?page=3`, [
      ["riskProfile1", "item9-9"],
      ["action", "continue"],
    ]);
    assert.equal(invalid.status, 400);
    const invalidHtml = text(await invalid.text());
    const title = questionnaireFor("aia").questionById.get("riskProfile1")!.title.en;
    assert.ok(
      invalidHtml.includes(
        `<a href="#q-riskProfile1">${en.t("gov.form.errorNotAnOption", { question: title })}</a>`,
      ),
    );
    assert.match(invalidHtml, /<fieldset aria-describedby="q-riskProfile1-error" aria-invalid="true">/);
    assert.equal((await findAssessment(runtime.database, agencyId, id))?.answers.riskProfile1, undefined);

    const later = await post(officer, `/governance/assessments/${id}?page=3`, [
      ["riskProfile1", "item2-0"],
      ["action", "later"],
    ]);
    assert.equal(later.headers.get("location"), `/governance/systems/${system.id}?notice=saved`);
    const resume = await get(officer, `/governance/assessments/${id}`);
    assert.equal(resume.status, 303);
    assert.equal(resume.headers.get("location"), `/governance/assessments/${id}?page=3`);
    assert.match(
      text(await (await get(officer, `/governance/assessments/${id}?page=3`)).text()),
      /value="item2-0" checked=""/,
    );

    const french = text(await (await get(officer, `/governance/assessments/${id}?page=1&lang=fr`)).text());
    assert.ok(french.includes("<h1>Détails du projet</h1>"));
    assert.ok(french.includes("Page 1 sur 13"));
    assert.equal((await get(officer, `/governance/assessments/${id}?page=99`)).status, 404);
  });

  test("submitting an incomplete assessment lists the missing answers with links to their pages", async () => {
    const system = await newSystem("Incomplete system");
    const assessment = await startAssessment(runtime, agencyId, system.id, "aia", officer.id);
    const response = await post(officer, `/governance/assessments/${assessment.id}/submit`);
    assert.equal(response.status, 400);
    const html = text(await response.text());
    assert.ok(html.includes(en.t("gov.review.errorsTitle")));
    assert.ok(
      html.includes(
        `<a href="/governance/assessments/${assessment.id}?page=1#q-projectDetailsPhase">${en.t("gov.form.errorRequired", { question: "Project Phase" })}</a>`,
      ),
    );
    assert.equal((await findAssessment(runtime.database, agencyId, assessment.id))?.status, "draft");
  });

  test("a level I result explains its score, takes effect with one sign-off and exports JSON and PDF", async () => {
    const system = await newSystem("Level one system");
    const answers = referenceAnswers("answers-000.json");
    const id = await submitted(system.id, answers);

    const result = await get(officer, `/governance/assessments/${id}/result`);
    assert.equal(result.status, 200);
    const html = text(await result.text());
    assert.ok(html.includes(en.t("gov.level", { level: "I" })));
    assert.ok(html.includes(en.t("gov.result.contributionsTitle")));
    assert.ok(html.includes(en.t("gov.signOff.needsOne")));
    assert.match(html, /<td>risk<\/td>/);
    assert.ok(html.includes(en.t("gov.signOff.submit")));

    const signed = await post(officer, `/governance/assessments/${id}/sign-off`);
    assert.equal(signed.status, 303);
    const after = text(await (await get(officer, `/governance/assessments/${id}/result`)).text());
    assert.ok(after.includes(en.t("gov.signOff.inEffect")));
    assert.equal((await findAiSystem(runtime.database, agencyId, system.id))?.lifecycle, "approved");

    const controls = text(await (await get(auditor, `/governance/systems/${system.id}/controls`)).text());
    assert.ok(controls.includes(en.t("gov.reviewMode.samplePercent", { percent: 10 })));
    assert.ok(controls.includes("ca-human-involvement-level-1"));

    const json = await get(auditor, `/governance/assessments/${id}/export.json`);
    assert.equal(json.status, 200);
    assert.match(
      json.headers.get("content-disposition") ?? "",
      /^attachment; filename="assessment-[0-9a-f-]+\.json"$/,
    );
    const saved = (await json.json()) as {
      version: string;
      data: Record<string, unknown>;
      translationsOnResult: unknown;
      steward: { result: { level: number }; status: string; score: { contributions: unknown[] } };
    };
    assert.equal(saved.version, "v1.0.1");
    assert.deepEqual(saved.data, answers);
    assert.deepEqual(saved.translationsOnResult, {});
    assert.equal(saved.steward.result.level, 1);
    assert.equal(saved.steward.status, "signed-off");
    assert.ok(saved.steward.score.contributions.length > 0);

    const pdf = await get(auditor, `/governance/assessments/${id}/export.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get("content-type"), "application/pdf");
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    const drawn = pdfText(bytes);
    assert.match(drawn, /^Level I$/m);
    assert.ok(drawn.includes("Level one system"));
    assert.ok(drawn.includes(en.t("gov.result.contributionsTitle")));
    assert.ok(drawn.includes(en.t("gov.controls.title")));
  });

  test("level IV needs a second, different governance officer; obligations are met with an attestation", async () => {
    const system = await newSystem("High impact system");
    const id = await submitted(system.id, maximalRiskAnswers());
    const page = text(await (await get(officer, `/governance/assessments/${id}/result`)).text());
    assert.ok(page.includes(en.t("gov.level", { level: "IV" })));
    assert.ok(page.includes(en.t("gov.signOff.needsTwo")));

    assert.equal((await post(officer, `/governance/assessments/${id}/sign-off`)).status, 303);
    const waiting = text(await (await get(officer, `/governance/assessments/${id}/result`)).text());
    assert.ok(waiting.includes(en.t("gov.signOff.waitingSecond")));
    assert.ok(
      !waiting.includes(en.t("gov.signOff.submit")),
      "the first signer is not offered the button again",
    );
    const twice = await post(officer, `/governance/assessments/${id}/sign-off`);
    assert.equal(twice.status, 409);
    assert.ok(text(await twice.text()).includes(en.t("gov.signOff.errorAlreadySigned")));
    assert.equal((await findAssessment(runtime.database, agencyId, id))?.status, "submitted");

    assert.equal((await post(secondOfficer, `/governance/assessments/${id}/sign-off`)).status, 303);
    assert.equal((await findAssessment(runtime.database, agencyId, id))?.status, "signed-off");

    const controlsPage = text(await (await get(officer, `/governance/systems/${system.id}/controls`)).text());
    assert.ok(
      controlsPage.includes("two_experts") || controlsPage.includes(en.t("gov.controls.status.open")),
    );
    const action = controlsPage.match(/action="(\/governance\/systems\/[^"]+\/obligations\/([^"]+))"/);
    assert.ok(action, "an open obligation has an evidence form");
    const empty = await post(officer, action[1]!, [["attestation", " "]]);
    assert.equal(empty.status, 400);
    assert.ok(text(await empty.text()).includes(en.t("gov.controls.errorAttestation")));
    const attestation = "Two experts reviewed the system on 1 March; report filed.";
    const met = await post(officer, action[1]!, [
      ["attestation", attestation],
      ["note", "Report in the records system"],
    ]);
    assert.equal(met.status, 303);
    const [event] = await runtime.database.query<{ payload: { evidenceDigest: string; obligation: string } }>(
      "SELECT payload FROM ledger_events WHERE agency_id = $1 AND type = 'obligation-met' ORDER BY seq DESC LIMIT 1",
      [agencyId],
    );
    assert.equal(event?.payload.evidenceDigest, createHash("sha256").update(attestation).digest("hex"));
    assert.equal(event?.payload.obligation, decodeURIComponent(action[2]!));
    const metPage = text(await (await get(officer, `/governance/systems/${system.id}/controls`)).text());
    assert.ok(metPage.includes(en.t("gov.controls.status.met")));
  });

  test("auditors read results, controls and exports but change nothing; other agencies see nothing", async () => {
    const system = await newSystem("Audited system");
    const id = await submitted(system.id, referenceAnswers("answers-000.json"));
    for (const path of [
      "/governance/systems",
      `/governance/systems/${system.id}`,
      `/governance/assessments/${id}/result`,
      `/governance/systems/${system.id}/controls`,
      `/governance/assessments/${id}/export.json`,
      `/governance/assessments/${id}/export.pdf`,
    ]) {
      assert.equal((await get(auditor, path)).status, 200, path);
    }
    const auditorResult = text(await (await get(auditor, `/governance/assessments/${id}/result`)).text());
    assert.ok(!auditorResult.includes(en.t("gov.signOff.submit")), "no sign-off button for an auditor");
    assert.equal((await post(auditor, `/governance/assessments/${id}/sign-off`)).status, 403);
    assert.equal((await post(auditor, "/governance/systems", [["name", "Nope"]])).status, 403);
    assert.equal(
      (await post(auditor, `/governance/systems/${system.id}/assessments`, [["kind", "aia"]])).status,
      403,
    );
    assert.equal((await get(auditor, `/governance/assessments/${id}?page=1`)).status, 403);
    assert.equal((await post(caseworker, `/governance/assessments/${id}/sign-off`)).status, 403);

    for (const path of [
      `/governance/systems/${system.id}`,
      `/governance/assessments/${id}/result`,
      `/governance/systems/${system.id}/controls`,
      `/governance/assessments/${id}/export.json`,
      `/governance/assessments/${id}/export.pdf`,
      "/governance/assessments/not-a-uuid/result",
    ]) {
      assert.equal((await get(outsider, path)).status, 404, path);
    }
    assert.equal((await post(outsider, `/governance/assessments/${id}/sign-off`)).status, 404);
    assert.ok(!text(await (await get(outsider, "/governance/systems")).text()).includes("Audited system"));
  });

  test("answers stored on the other phase fork still count, with a warning, as in the official tool", async () => {
    const system = await newSystem("Fork system");
    const questionnaire = questionnaireFor("aia");
    const hidden = questionnaire.questions.find(
      (question) => question.pageId === "consultationImplementation" && question.scoreArea === "mitigation",
    )!;
    const choice = [...hidden.choices].sort((a, b) => b.score - a.score)[0]!;
    let assessment = await startAssessment(runtime, agencyId, system.id, "aia", officer.id);
    assessment = await saveAssessmentDraft(
      runtime,
      assessment,
      {
        projectDetailsPhase: "item1",
        [hidden.id]: hidden.type === "checkbox" ? [choice.value] : choice.value,
      },
      0,
      true,
    );
    const form = text(await (await get(officer, `/governance/assessments/${assessment.id}?page=1`)).text());
    assert.ok(form.includes(en.t("gov.form.hiddenWarning", { count: 1 })));
    const review = text(await (await get(officer, `/governance/assessments/${assessment.id}/review`)).text());
    assert.ok(review.includes(en.t("gov.review.hiddenTitle")));
    assert.ok(review.includes(hidden.title.en));
  });
  test("an EU AI Act screening shows its category, reasons and obligations with article references", async () => {
    const system = await newSystem("Screened system");
    const started = await post(officer, `/governance/systems/${system.id}/assessments`, [
      ["kind", "eu-ai-act"],
    ]);
    const id = (started.headers.get("location") ?? "").match(/assessments\/([0-9a-f-]{36})/)?.[1];
    assert.ok(id);
    const answers: Record<string, unknown> = {};
    for (const question of questionnaireFor("eu-ai-act").questions) {
      const values = question.choices.map((choice) => choice.value);
      if (question.type === "checkbox")
        answers[question.id] = values.includes("none") ? ["none"] : [values[0]];
      else if (values.length > 0) answers[question.id] = values.includes("no") ? "no" : values[0];
    }
    answers.interactsWithPeople = "yes";
    const assessment = await findAssessment(runtime.database, agencyId, id);
    await saveAssessmentDraft(runtime, assessment!, answers, 0, true);
    assert.equal((await post(officer, `/governance/assessments/${id}/submit`)).status, 303);
    const html = text(await (await get(auditor, `/governance/assessments/${id}/result`)).text());
    assert.ok(html.includes(en.t("gov.eu.category.limited-risk")));
    assert.ok(html.includes("Art. 50 transparency duties"));
    assert.ok(html.includes("Art. 4"));
    assert.ok(html.includes(en.t("gov.signOff.needsOne")));
    const pdf = pdfText(
      Buffer.from(await (await get(auditor, `/governance/assessments/${id}/export.pdf`)).arrayBuffer()),
    );
    assert.ok(pdf.includes(en.t("gov.eu.category.limited-risk")));
  });

  test("a draft AIA assessment imports the official tool's saved file; bad files are explained", async () => {
    const system = await newSystem("Imported system");
    const draft = await startAssessment(runtime, agencyId, system.id, "aia", officer.id);
    const review = `/governance/assessments/${draft.id}/review`;
    const importPath = `/governance/assessments/${draft.id}/import`;
    const systemPage = text(await (await get(officer, `/governance/systems/${system.id}`)).text());
    assert.ok(systemPage.includes(`${review}#import`), "the system page links to the import form");
    const page = text(await (await get(officer, review)).text());
    assert.ok(page.includes(en.t("gov.import.title")));
    assert.ok(page.includes(en.t("gov.import.hint")));
    assert.match(page, new RegExp(`action="${importPath}" enctype="multipart/form-data"`));
    assert.match(page, /<label for="import-file">/);
    assert.match(page, /<input type="file" id="import-file" name="file"/);

    const refused = async (fields: [string, string | File][], message: string) => {
      const response = await postMultipart(officer, importPath, fields);
      assert.equal(response.status, 400, message);
      const html = text(await response.text());
      assert.ok(html.includes(message), message);
      assert.ok(html.includes(en.t("form.errorSummaryTitle")), "an error summary");
      assert.match(html, /href="#import-file"/);
      assert.match(html, /aria-invalid="true"/);
    };
    await refused([["file", new File([], "")]], en.t("gov.import.errorChoose"));
    await refused([["file", new File(["{not json"], "AIA Results.json")]], en.t("gov.import.errorNotJson"));
    await refused(
      [["file", new File([JSON.stringify({ version: "v1.0.1", data: [] })], "x.json")]],
      en.t("gov.import.errorFormat", { detail: "data: Invalid input: expected record, received array" }),
    );
    await refused(
      [["file", savedFile({ notAQuestion: "item1" })]],
      en.t("gov.import.errorUnknownQuestion", { question: "notAQuestion" }),
    );
    const questionnaire = questionnaireFor("aia");
    const radio = questionnaire.questions.find((question) => question.type === "radiogroup")!;
    await refused(
      [["file", savedFile({ [radio.id]: "item999" })]],
      en.t("gov.import.errorAnswer", { question: radio.title.en }),
    );
    await refused(
      [["file", new File(["x".repeat(1024 * 1024 + 1)], "AIA Results.json")]],
      en.t("gov.import.errorTooLarge", { max: "1" }),
    );
    assert.deepEqual((await findAssessment(runtime.database, agencyId, draft.id))?.answers, {});

    // Who may import: governance officers of the agency, with the form's CSRF token.
    const answers = referenceAnswers("answers-000.json");
    assert.equal((await postMultipart(auditor, importPath, [["file", savedFile(answers)]])).status, 403);
    assert.equal((await postMultipart(outsider, importPath, [["file", savedFile(answers)]])).status, 404);
    assert.equal(
      (await postMultipart(officer, importPath, [["file", savedFile(answers)]], { csrf: false })).status,
      403,
    );

    const imported = await postMultipart(officer, importPath, [["file", savedFile(answers)]]);
    assert.equal(imported.status, 303);
    assert.equal(imported.headers.get("location"), `${review}?notice=imported`);
    const stored = await findAssessment(runtime.database, agencyId, draft.id);
    const nonEmpty = Object.fromEntries(
      Object.entries(answers).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
    );
    assert.deepEqual(stored?.answers, nonEmpty, "empty answers are dropped, as when saving a page");
    assert.equal(stored?.currentPage, 3);
    assert.ok(
      text(await (await get(officer, `${review}?notice=imported`)).text()).includes(
        en.t("gov.import.notice"),
      ),
    );

    // The bare data object is accepted too, and replaces the earlier answers.
    const bare = { projectDetailsPhase: "item1" };
    const replaced = await postMultipart(officer, importPath, [
      ["file", new File([JSON.stringify(bare)], "data.json")],
    ]);
    assert.equal(replaced.status, 303);
    assert.deepEqual((await findAssessment(runtime.database, agencyId, draft.id))?.answers, bare);

    const id = await submitted(system.id, answers);
    const afterSubmit = await postMultipart(officer, `/governance/assessments/${id}/import`, [
      ["file", savedFile(answers)],
    ]);
    assert.equal(afterSubmit.status, 409, "a submitted assessment does not change");
  });

  test("an obligation is met with an uploaded document that officers and auditors download", async () => {
    const system = await newSystem("Evidenced system");
    const id = await submitted(system.id, maximalRiskAnswers());
    assert.equal((await post(officer, `/governance/assessments/${id}/sign-off`)).status, 303);
    assert.equal((await post(secondOfficer, `/governance/assessments/${id}/sign-off`)).status, 303);
    const controls = `/governance/systems/${system.id}/controls`;
    const page = text(await (await get(officer, controls)).text());
    const actions = [
      ...page.matchAll(
        /action="(\/governance\/systems\/[^"]+\/obligations\/([^"]+))" enctype="multipart\/form-data"/g,
      ),
    ];
    assert.ok(actions.length >= 2, "open obligations offer an attestation or a file");
    assert.ok(page.includes(en.t("gov.controls.documentHint")));
    assert.match(page, /<input type="file" id="document-\d+" name="document"/);
    const [path, encoded] = [actions[0]![1]!, actions[0]![2]!];
    const position = page.slice(page.indexOf(path)).match(/id="document-(\d+)"/)?.[1];

    const refused = async (
      fields: [string, string | File][],
      message: string,
      field = `document-${position}`,
    ) => {
      const response = await postMultipart(officer, path, fields);
      assert.equal(response.status, 400, message);
      const html = text(await response.text());
      assert.ok(html.includes(message), message);
      assert.match(html, new RegExp(`href="#${field}"`));
    };
    await refused(
      [["document", new File([], "")]],
      en.t("gov.controls.errorAttestation"),
      `attestation-${position}`,
    );
    await refused(
      [["document", new File(["MZ"], "tool.exe")]],
      en.t("gov.controls.errorFileType", { extension: "exe" }),
    );
    await refused([["document", new File([], "empty.pdf")]], en.t("gov.controls.errorEmptyFile"));
    await refused(
      [["document", new File(["just some text"], "report.pdf")]],
      en.t("gov.controls.errorFileContent", { type: en.t("gov.controls.mediaType.application/pdf") }),
    );
    await refused(
      [["document", new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.png")]],
      en.t("gov.controls.errorFileTooLarge", { size: "10", max: "10" }),
    );
    await refused(
      [
        ["attestation", "Reviewed by two experts on 1 March."],
        ["document", new File(["%PDF-1.4"], "report.pdf")],
      ],
      en.t("gov.controls.errorBoth"),
      `attestation-${position}`,
    );
    assert.equal(
      (await postMultipart(auditor, path, [["document", new File(["%PDF-1.4"], "r.pdf")]])).status,
      403,
    );

    const pdf = Buffer.concat([
      Buffer.from("%PDF-1.4\n"),
      Buffer.from([0, 1, 2, 255, 254]),
      Buffer.from("\n%%EOF\n"),
    ]);
    const filename = "Évaluation des pairs 2026.pdf";
    const met = await postMultipart(officer, path, [
      ["document", new File([pdf], filename, { type: "application/octet-stream" })],
      ["note", "Signed report"],
    ]);
    assert.equal(met.status, 303);
    const digest = createHash("sha256").update(pdf).digest("hex");
    const [event] = await runtime.database.query<{ payload: Record<string, unknown> }>(
      "SELECT payload FROM ledger_events WHERE agency_id = $1 AND type = 'obligation-met' ORDER BY seq DESC LIMIT 1",
      [agencyId],
    );
    assert.deepEqual(Object.keys(event?.payload ?? {}).sort(), [
      "controlSetId",
      "evidenceDigest",
      "evidenceKind",
      "obligation",
    ]);
    assert.equal(event?.payload.evidenceKind, "document");
    assert.equal(event?.payload.evidenceDigest, digest);
    const [row] = await runtime.database.query<{ evidence_kind: string; evidence_digest: string }>(
      "SELECT evidence_kind, evidence_digest FROM obligations WHERE obligation = $1 AND evidence_kind IS NOT NULL ORDER BY met_at DESC LIMIT 1",
      [decodeURIComponent(encoded)],
    );
    assert.deepEqual(row, { evidence_kind: "document", evidence_digest: digest });

    const evidence = `${path}/evidence`;
    const metPage = text(await (await get(auditor, controls)).text());
    assert.ok(metPage.includes(filename));
    assert.ok(metPage.includes(`href="${evidence}"`));
    assert.ok(metPage.includes(digest));
    for (const user of [officer, auditor]) {
      const download = await get(user, evidence);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get("content-type"), "application/pdf");
      assert.equal(
        download.headers.get("content-disposition"),
        `attachment; filename="_valuation des pairs 2026.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      );
      assert.equal(download.headers.get("x-content-type-options"), "nosniff");
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);
    }
    assert.equal((await get(caseworker, evidence)).status, 403);
    assert.equal((await get(outsider, evidence)).status, 404);
    assert.equal(
      (await get(officer, `${actions[1]![1]!}/evidence`)).status,
      404,
      "an open obligation has none",
    );
    assert.equal(
      (await postMultipart(officer, path, [["document", new File([pdf], "again.pdf")]])).status,
      404,
    );

    // A plain-text document for another obligation.
    const second = actions[1]![1]!;
    const note = new File(["Minutes of the peer review: approved.\n"], "minutes.txt", { type: "text/plain" });
    assert.equal((await postMultipart(officer, second, [["document", note]])).status, 303);
    const textDownload = await get(auditor, `${second}/evidence`);
    assert.equal(textDownload.headers.get("content-type"), "text/plain; charset=utf-8");
    assert.equal(await textDownload.text(), "Minutes of the peer review: approved.\n");
  });

  test("a document that met an obligation of an earlier control-set version stays downloadable", async () => {
    const system = await newSystem("Reassessed system");
    const levelOne = await submitted(system.id, referenceAnswers("answers-000.json"));
    assert.equal((await post(officer, `/governance/assessments/${levelOne}/sign-off`)).status, 303);
    const controls = `/governance/systems/${system.id}/controls`;
    const [, path, encoded] =
      text(await (await get(officer, controls)).text()).match(
        /action="(\/governance\/systems\/[^"]+\/obligations\/([^"]+))" enctype/,
      ) ?? [];
    assert.ok(path && encoded, "version 1 has an open obligation");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);
    const uploaded = await postMultipart(officer, path, [["document", new File([png], "sign-off.png")]]);
    assert.equal(uploaded.status, 303);

    // A level IV reassessment, signed off by two officers, compiles version 2 with its obligations open.
    const levelFour = await submitted(system.id, maximalRiskAnswers());
    assert.equal((await post(officer, `/governance/assessments/${levelFour}/sign-off`)).status, 303);
    assert.equal((await post(secondOfficer, `/governance/assessments/${levelFour}/sign-off`)).status, 303);
    assert.equal((await get(officer, `${path}/evidence`)).status, 404, "version 2 has no document for it");

    const evidence = `/governance/systems/${system.id}/control-sets/1/obligations/${encoded}/evidence`;
    const page = text(await (await get(auditor, controls)).text());
    assert.ok(page.includes(`<dt>${en.t("gov.controls.version")}</dt><dd>2</dd>`));
    assert.ok(page.includes(en.t("gov.controls.earlierEvidenceTitle")));
    assert.ok(page.includes(en.t("gov.controls.earlierVersion", { version: 1, date: "" })));
    assert.ok(page.includes(`href="${evidence}"`));
    assert.ok(page.includes(createHash("sha256").update(png).digest("hex")));
    for (const user of [officer, auditor]) {
      const download = await get(user, evidence);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get("content-type"), "image/png");
      assert.equal(
        download.headers.get("content-disposition"),
        `attachment; filename="sign-off.png"; filename*=UTF-8''sign-off.png`,
      );
      assert.equal(download.headers.get("x-content-type-options"), "nosniff");
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), png);
    }

    assert.equal((await app.request(evidence)).status, 303, "anonymous visitors are sent to sign in");
    assert.equal((await get(caseworker, evidence)).status, 403);
    assert.equal((await get(outsider, evidence)).status, 404);
    for (const missing of [
      `/governance/systems/${system.id}/control-sets/2/obligations/${encoded}/evidence`,
      `/governance/systems/${system.id}/control-sets/0/obligations/${encoded}/evidence`,
      `/governance/systems/${system.id}/control-sets/latest/obligations/${encoded}/evidence`,
    ]) {
      assert.equal((await get(officer, missing)).status, 404, missing);
    }
  });
});
