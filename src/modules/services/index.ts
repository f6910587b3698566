export { getPublishedService } from "./get-published-service";
export { listPublishedServices } from "./list-published-services";
export { publishService } from "./publish-service";
export { serviceRoutes } from "./routes";
export { saveServiceDraft } from "./save-service-draft";
export {
  type PublishedService,
  type ServiceDefinition,
  ServiceDefinitionSchema,
  type ServiceSummary,
} from "./schema";
export { type ServiceAuthor, servicePolicy } from "./service-policy";
export { runServicesCommand, servicesCommandUsage } from "./services-command";
