export { accountMessages } from "./messages";
export { accountRoutes } from "./routes";
