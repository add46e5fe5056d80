import { HUMAN_QUEUE_STATES, type QueueItem, type Service } from "../../domains/workflow/index.ts";
import { caseStateLabel, flagLabel, handoffReasonLabel } from "../components/case-labels.ts";
import { Layout, type PageContext } from "../components/layout.tsx";

export interface QueueFilterValues {
  service: string;
  state: string;
  flagged: boolean;
  older: string;
}

export function ReviewQueuePage(props: {
  page: PageContext;
  items: QueueItem[];
  services: Service[];
  filters: QueueFilterValues;
  names: Map<string, string>;
}) {
  const { i18n, user } = props.page;
  const { t } = i18n;
  const filtered =
    props.filters.service !== "" ||
    props.filters.state !== "" ||
    props.filters.flagged ||
    props.filters.older !== "";
  return (
    <Layout page={props.page} title={t("review.queueTitle")}>
      <h1>{t("review.queueTitle")}</h1>
      <p>{t("review.queueLead")}</p>
      <form method="get" action="/review" class="filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t("review.filtersTitle")}</h2>
        <div class="filter-row">
          <div>
            <label for="filter-service">{t("review.filterService")}</label>
            <select id="filter-service" name="service">
              <option value="" selected={props.filters.service === ""}>
                {t("review.filterAny")}
              </option>
              {props.services.map((service) => (
                <option value={service.id} selected={props.filters.service === service.id}>
                  {service.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="filter-state">{t("review.filterState")}</label>
            <select id="filter-state" name="state">
              <option value="" selected={props.filters.state === ""}>
                {t("review.filterAny")}
              </option>
              {HUMAN_QUEUE_STATES.map((state) => (
                <option value={state} selected={props.filters.state === state}>
                  {caseStateLabel(i18n, state)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="filter-older">{t("review.filterOlderThan")}</label>
            <input
              id="filter-older"
              name="older"
              type="number"
              min="0"
              inputmode="numeric"
              class="input-short"
              value={props.filters.older}
            />
          </div>
        </div>
        <div class="checkbox">
          <input
            id="filter-flagged"
            name="flagged"
            type="checkbox"
            value="1"
            checked={props.filters.flagged}
          />
          <label for="filter-flagged">{t("review.filterFlagged")}</label>
        </div>
        <div>
          <button type="submit">{t("review.filterApply")}</button>{" "}
          {filtered && (
            <a href="/review" class="button button-secondary">
              {t("review.filterClear")}
            </a>
          )}
        </div>
      </form>
      <h2 id="queue-title">{t("review.queueCount", { count: props.items.length })}</h2>
      {props.items.length > 0 && (
        <table aria-labelledby="queue-title">
          <thead>
            <tr>
              <th scope="col">{t("review.columnReference")}</th>
              <th scope="col">{t("review.columnService")}</th>
              <th scope="col">{t("review.columnState")}</th>
              <th scope="col">{t("review.columnWaiting")}</th>
              <th scope="col">{t("review.columnFlags")}</th>
              <th scope="col">{t("review.columnClaimedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => (
              <tr>
                <td>
                  <a href={`/review/cases/${item.id}`} class="case-link">
                    {item.reference}
                  </a>
                </td>
                <td>{item.serviceName}</td>
                <td>
                  {caseStateLabel(i18n, item.state)}
                  {item.handoffReason && (
                    <>
                      <br />
                      <span class="secondary-text">{handoffReasonLabel(i18n, item.handoffReason)}</span>
                    </>
                  )}
                </td>
                <td>{t("review.waitingMinutes", { minutes: item.waitingMinutes })}</td>
                <td>
                  {item.flags.length === 0 ? (
                    t("review.noFlags")
                  ) : (
                    <ul class="compact-list">
                      {item.flags.map((flag) => (
                        <li>{flagLabel(i18n, flag)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {item.claimedBy === null
                    ? t("review.notClaimed")
                    : item.claimedBy === user?.id
                      ? t("review.claimedByYou")
                      : (props.names.get(item.claimedBy) ?? item.claimedBy)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
