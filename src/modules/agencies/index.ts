export { getAgency, listAgencies } from "./list-agencies";
export { agencyMessages } from "./messages";
export {
  type AgencyUpsertOutcome,
  type NewAgency,
  selectAgencies,
  selectAgencyByCode,
  selectAgencyById,
  selectAllAgencies,
  upsertAgencies,
  upsertAgency,
} from "./repo";
export { agencyRoutes } from "./routes";
export { type Agency, AgencyCodeSchema, type AgencyKind, agencyKinds } from "./schema";
