export { serviceConsoleSection } from "./console-section";
export { countPublishedServices } from "./count-published-services";
export * from "./form";
export { getPublishedService } from "./get-published-service";
export { listPublishedServices } from "./list-published-services";
export { publishService } from "./publish-service";
export { formForRequirements, type RequirementState } from "./registry-form";
export {
  fillSourceKeys,
  type IndexedRegistryRequirement,
  type RegistryRequirement,
  RegistryRequirementSchema,
  registryRequirementsOf,
  SUBJECT_FILL,
} from "./registry-requirement";
export { fillableFieldTypes } from "./registry-requirement-problems";
export { retireService } from "./retire-service";
export { serviceRoutes } from "./routes";
export { saveServiceDraft } from "./save-service-draft";
export {
  type PublishedService,
  type ServiceDefinition,
  ServiceDefinitionSchema,
  type ServiceSummary,
} from "./schema";
export { getServiceStanding, isServiceOpenForApplications } from "./service-availability";
export { type ServiceAuthor, servicePolicy } from "./service-policy";
export {
  addServiceRating,
  getServiceSatisfaction,
  type ServiceSatisfaction,
} from "./service-satisfaction";
export { runServicesCommand, servicesCommandUsage } from "./services-command";
