import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { getRequestListener } from "@hono/node-server";

import { type AppDependencies, createApp } from "@/app";

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the web application on a port (0 for any free one). */
export async function startWebServer(dependencies: AppDependencies): Promise<RunningServer> {
  const { config } = dependencies;
  const app = createApp(dependencies);
  const listener = getRequestListener(app.fetch);
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url =
    config.server.port === 0 ? `http://${config.server.host}:${port}` : config.server.publicUrl;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
