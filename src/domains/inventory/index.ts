export {
  type AiSystem,
  changeLifecycle,
  findAiSystem,
  LIFECYCLE,
  type Lifecycle,
  linkServiceToSystem,
  listAiSystems,
  newAiSystemSchema,
  registerAiSystem,
  systemForService,
} from "./ai-systems.ts";
export { aiSystemLifecycleChanged, aiSystemRegistered, aiSystemServiceLinked } from "./inventory-events.ts";
