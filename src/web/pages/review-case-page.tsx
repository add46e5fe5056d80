import { type CaseRecord, REJECT_REASONS } from "../../domains/workflow/index.ts";
import { textDirection } from "../../i18n/index.ts";
import {
  caseStateLabel,
  flagLabel,
  handoffReasonLabel,
  rejectReasonLabel,
} from "../components/case-labels.ts";
import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  languageName,
  titleWithErrors,
} from "../components/form-errors.tsx";
import { Layout, type PageContext } from "../components/layout.tsx";
import { Notice } from "../components/notice.tsx";

export const ANSWER_MAX = 10_000;

export interface ReviewCasePageProps {
  page: PageContext;
  record: CaseRecord;
  serviceName: string;
  names: Map<string, string>;
  claim: { reviewerId: string; expiresAt: Date } | null;
  original?: string | undefined;
  /** The service's personal-data policy keeps originals from reviewers: personal details stay placeholders. */
  originalsWithheld: boolean;
  can: { revealOriginal: boolean; claim: boolean; decide: boolean };
  notice?: string | undefined;
  errors?: FormError[];
  values?: { text?: string; reason?: string; escalateReason?: string };
}

/** What a reviewer may do with a case in its current state (the review desk enforces the same rules). */
export function availableDecisions(record: CaseRecord) {
  const hasDraft = record.draft !== null;
  const withDraft = ["awaiting_review", "awaiting_second_review", "escalated"].includes(record.state);
  const answerWanted =
    ["handed_off", "appealed"].includes(record.state) || (!hasDraft && record.state === "escalated");
  return {
    approve: hasDraft && withDraft,
    edit: hasDraft && withDraft,
    write: answerWanted,
    reject: withDraft && hasDraft,
    escalate: ["awaiting_review", "awaiting_second_review", "handed_off", "appealed"].includes(record.state),
  };
}

function draftText(record: CaseRecord): string {
  return (record.draft?.sentences ?? []).map((sentence) => sentence.text).join(" ");
}

function CsrfField(props: { page: PageContext }) {
  return <input type="hidden" name="_csrf" value={props.page.csrfToken ?? ""} />;
}

export function ReviewCasePage(props: ReviewCasePageProps) {
  const { i18n, user } = props.page;
  const { t, locale } = i18n;
  const { record } = props;
  const errors = props.errors ?? [];
  const time = (value: Date) => new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(value);
  const dateTime = (value: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
  const name = (id: string) => props.names.get(id) ?? id;
  const decisions = availableDecisions(record);
  const anyDecision = Object.values(decisions).some(Boolean);
  const fourEyes = record.controls.reviewMode === "four_eyes";
  const passages = record.retrieved ?? [];
  const firstApprovedText = record.state === "awaiting_second_review" ? record.answerText : null;
  const prefill = props.values?.text ?? record.answerText ?? draftText(record);
  const decisionAction = `/review/cases/${record.id}/decision`;
  const title = t("review.caseTitle", { reference: record.reference });
  const claimedByOther = props.claim !== null && props.claim.reviewerId !== user?.id;
  // The case's own text (question, draft, passages) keeps its language and direction inside any interface.
  const caseDirection = textDirection(record.language);

  return (
    <Layout page={props.page} title={titleWithErrors(i18n, title, errors.length > 0)}>
      <p>
        <a href="/review">{t("review.backToQueue")}</a>
      </p>
      <h1>{title}</h1>
      <Notice text={props.notice} />
      <ErrorSummary i18n={i18n} errors={errors} />

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t("review.detailsTitle")}</h2>
        <dl class="summary-list">
          <div>
            <dt>{t("review.service")}</dt>
            <dd>{props.serviceName}</dd>
          </div>
          <div>
            <dt>{t("review.state")}</dt>
            <dd data-testid="case-state">{caseStateLabel(i18n, record.state)}</dd>
          </div>
          <div>
            <dt>{t("review.language")}</dt>
            <dd>{languageName(i18n, record.language)}</dd>
          </div>
          <div>
            <dt>{t("review.received")}</dt>
            <dd>{dateTime(record.createdAt)}</dd>
          </div>
          <div>
            <dt>{t("review.reviewMode")}</dt>
            <dd>{t(`reviewMode.${record.controls.reviewMode}`)}</dd>
          </div>
          <div>
            <dt>{t("review.secondReviewer")}</dt>
            <dd data-testid="second-reviewer">
              {!fourEyes
                ? t("review.secondReviewerNo")
                : record.firstApprover && record.state === "awaiting_second_review"
                  ? t("review.secondReviewerNeeded", { name: name(record.firstApprover) })
                  : t("review.secondReviewerNotYet")}
            </dd>
          </div>
          <div>
            <dt>{t("review.claim")}</dt>
            <dd data-testid="claim-status">
              {props.claim === null
                ? t("review.claimNone")
                : props.claim.reviewerId === user?.id
                  ? t("review.claimYou", { time: time(props.claim.expiresAt) })
                  : t("review.claimOther", {
                      name: name(props.claim.reviewerId),
                      time: time(props.claim.expiresAt),
                    })}
            </dd>
          </div>
          {record.handoffReason && (
            <div>
              <dt>{t("review.handoffReason")}</dt>
              <dd>{handoffReasonLabel(i18n, record.handoffReason)}</dd>
            </div>
          )}
          <div>
            <dt>{t("review.flags")}</dt>
            <dd>
              {record.flags.length === 0 ? (
                t("review.noFlags")
              ) : (
                <ul class="compact-list flags">
                  {record.flags.map((flag) => (
                    <li>{flagLabel(i18n, flag)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
        {props.can.claim && props.claim?.reviewerId !== user?.id && anyDecision && (
          <form method="post" action={`/review/cases/${record.id}/claim`}>
            <CsrfField page={props.page} />
            <button type="submit">{t("review.claimButton")}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="question-title">
        <h2 id="question-title">{t("review.questionTitle")}</h2>
        <blockquote class="question" lang={record.language} dir={caseDirection}>
          <p>{record.questionRedacted ?? ""}</p>
        </blockquote>
        {props.original !== undefined ? (
          <div class="original" data-testid="original-question">
            <h3>{t("review.originalTitle")}</h3>
            <blockquote lang={record.language} dir={caseDirection}>
              <p>{props.original}</p>
            </blockquote>
            <p class="secondary-text">{t("review.originalRecorded")}</p>
          </div>
        ) : props.originalsWithheld ? (
          <p class="hint" data-testid="originals-withheld">
            {t("review.originalsWithheld")}
          </p>
        ) : (
          props.can.revealOriginal &&
          record.questionSealed && (
            <form method="post" action={`/review/cases/${record.id}/original`}>
              <CsrfField page={props.page} />
              <p id="original-hint" class="hint">
                {t("review.showOriginalHint")}
              </p>
              <button type="submit" class="button-secondary" aria-describedby="original-hint">
                {t("review.showOriginal")}
              </button>
            </form>
          )
        )}
      </section>

      <section aria-labelledby="draft-title">
        <h2 id="draft-title">{t("review.draftTitle")}</h2>
        {record.draft === null ? (
          <p>{t("review.noDraft")}</p>
        ) : (
          <>
            <p class="secondary-text">{t(`review.draftMode.${record.draft.mode}`)}</p>
            <ol class="draft" lang={record.language} dir={caseDirection}>
              {record.draft.sentences.map((sentence) => (
                <li>
                  <span>{sentence.text}</span>{" "}
                  {sentence.passageIds.length === 0 ? (
                    <span class="citation-missing" lang={locale} dir={i18n.direction}>
                      ({t("review.noCitation")})
                    </span>
                  ) : (
                    sentence.passageIds.map((id) => (
                      <>
                        <a href={`#passage-${id}`} class="citation" lang={locale} dir={i18n.direction}>
                          {t("review.citation", { id })}
                        </a>{" "}
                      </>
                    ))
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
        {firstApprovedText && (
          <div class="first-approved">
            <h3>{t("review.firstApprovedAnswer")}</h3>
            <p lang={record.language} dir={caseDirection}>
              {firstApprovedText}
            </p>
          </div>
        )}
        {record.state === "delivered" || record.state === "approved" ? (
          <div>
            <h3>{t("review.answerTitle")}</h3>
            <p lang={record.language} dir={caseDirection}>
              {record.answerText ?? ""}
            </p>
          </div>
        ) : null}
      </section>

      {props.can.decide && (
        <section aria-labelledby="actions-title" class="decisions">
          <h2 id="actions-title">{t("review.actionsTitle")}</h2>
          {!anyDecision && <p>{t("review.noActions")}</p>}
          {claimedByOther && anyDecision && <p class="notice">{t("review.error.claimedByOther")}</p>}
          {decisions.approve && (
            <div class="decision">
              <h3>{t("review.approveTitle")}</h3>
              <form method="post" action={decisionAction}>
                <CsrfField page={props.page} />
                <input type="hidden" name="action" value="approve" />
                <button type="submit">
                  {record.state === "awaiting_second_review"
                    ? t("review.approveSecondButton")
                    : t("review.approveButton")}
                </button>
              </form>
            </div>
          )}
          {(decisions.edit || decisions.write) && (
            <div class="decision">
              <h3>{decisions.write ? t("review.writeTitle") : t("review.editTitle")}</h3>
              <form method="post" action={decisionAction}>
                <CsrfField page={props.page} />
                <input type="hidden" name="action" value="edit" />
                <label for="text">{t("review.editLabel")}</label>
                <FieldError i18n={i18n} field="text" errors={errors} />
                <textarea
                  id="text"
                  name="text"
                  rows={8}
                  lang={record.language}
                  dir={caseDirection}
                  {...fieldAria("text", errors)}
                >
                  {prefill}
                </textarea>
                <div>
                  <button type="submit">
                    {decisions.write ? t("review.writeButton") : t("review.editButton")}
                  </button>
                </div>
              </form>
            </div>
          )}
          {decisions.reject && (
            <div class="decision">
              <h3>{t("review.rejectTitle")}</h3>
              <form method="post" action={decisionAction}>
                <CsrfField page={props.page} />
                <input type="hidden" name="action" value="reject" />
                <label for="reason">{t("review.rejectReasonLabel")}</label>
                <FieldError i18n={i18n} field="reason" errors={errors} />
                <select id="reason" name="reason" {...fieldAria("reason", errors)}>
                  {REJECT_REASONS.map((reason) => (
                    <option value={reason} selected={props.values?.reason === reason}>
                      {rejectReasonLabel(i18n, reason)}
                    </option>
                  ))}
                </select>
                <div>
                  <button type="submit" class="button-warning">
                    {t("review.rejectButton")}
                  </button>
                </div>
              </form>
            </div>
          )}
          {decisions.escalate && (
            <div class="decision">
              <h3>{t("review.escalateTitle")}</h3>
              <form method="post" action={decisionAction}>
                <CsrfField page={props.page} />
                <input type="hidden" name="action" value="escalate" />
                <label for="escalate-reason">{t("review.escalateReasonLabel")}</label>
                <input
                  id="escalate-reason"
                  name="escalateReason"
                  type="text"
                  maxlength={200}
                  value={props.values?.escalateReason ?? ""}
                />
                <div>
                  <button type="submit" class="button-secondary">
                    {t("review.escalateButton")}
                  </button>
                </div>
              </form>
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="passages-title">
        <h2 id="passages-title">{t("review.passagesTitle")}</h2>
        {passages.length === 0 ? (
          <p>{t("review.noPassages")}</p>
        ) : (
          <ol class="passages">
            {passages.map((passage) => (
              <li id={`passage-${passage.id}`} tabindex={-1}>
                <h3>
                  <span class="passage-id">{passage.id}</span>{" "}
                  <span lang={record.language} dir={caseDirection}>
                    {passage.title}
                  </span>{" "}
                  <span class="source-version">
                    ({t("status.sourceVersion", { version: passage.sourceVersion })})
                  </span>
                </h3>
                {passage.headingPath.length > 0 && (
                  <p class="heading-path" lang={record.language} dir={caseDirection}>
                    {passage.headingPath.join(" › ")}
                  </p>
                )}
                <blockquote lang={record.language} dir={caseDirection}>
                  <p>{passage.text}</p>
                </blockquote>
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}
