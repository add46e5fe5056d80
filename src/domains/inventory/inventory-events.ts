import { z } from "zod";
import { defineLedgerEvent } from "../ledger/index.ts";

const id = z.string().min(1).max(200);

export const aiSystemRegistered = defineLedgerEvent("ai-system-registered", { systemId: id });
export const aiSystemChanged = defineLedgerEvent("ai-system-changed", {
  systemId: id,
  fields: z.array(z.string()),
});
export const aiSystemLifecycleChanged = defineLedgerEvent("ai-system-lifecycle-changed", {
  systemId: id,
  from: z.string(),
  to: z.string(),
});
export const aiSystemServiceLinked = defineLedgerEvent("ai-system-service-linked", {
  systemId: id,
  serviceId: id,
});
