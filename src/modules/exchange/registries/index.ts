export { importRegistryRecords, saveRecords } from "./import-records";
export { deleteRegistryRecord, getRegistryRecord, saveRegistryRecord } from "./manage-records";
export { dataServiceOpenApi } from "./openapi";
export { type RegistryAuthor, registryPolicy } from "./policy";
export {
  readRegistryRecord,
  type RegistryReading,
  RegistryUnavailableError,
  type RegistryUnavailableKind,
} from "./reader";
export { checkRecordData, type RecordData, recordValidator } from "./record-schema";
export { relocateExternalRegistry } from "./relocate-external-registry";
export { registryApiRoutes } from "./routes";
export { getDataService, saveDataService } from "./save-data-service";
export { getRegistry, saveRegistry } from "./save-registry";
export type { DataServiceDefinition, RegistryDefinition } from "./schema";
export { normaliseSubjectId } from "./write-records";
