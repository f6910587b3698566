export { getAgency, listAgencies } from "./list-agencies";
export { agencyMessages } from "./messages";
export { type NewAgency, selectAgencyByCode, selectAgencyById, upsertAgency } from "./repo";
export { agencyRoutes } from "./routes";
export { type Agency, type AgencyKind, agencyKinds } from "./schema";
