import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { getRequestListener } from "@hono/node-server";

import { type AppDependencies, createApp } from "@/app";
import {
  createDevIdentityProvider,
  type DevIdentityProvider,
} from "@/core/auth/dev-identity-provider";
import { demoCitizens } from "@/demo/citizens";

export interface RunningServer {
  server: Server;
  url: string;
  /** The development identity provider it serves, if any (tests act as its clients). */
  devIdentityProvider: DevIdentityProvider | undefined;
  close(): Promise<void>;
}

/** Starts the web application on a port (0 for any free one). */
export async function startWebServer(dependencies: AppDependencies): Promise<RunningServer> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(dependencies.config.server.port, dependencies.config.server.host, () =>
      resolve(),
    );
  });
  const { port } = server.address() as AddressInfo;
  // Port 0 asks for any free port, so the address people (and the built-in
  // identity provider's issuer) use is known only once listening.
  const isAnyPort = dependencies.config.server.port === 0;
  const url = isAnyPort
    ? `http://${dependencies.config.server.host}:${port}`
    : dependencies.config.server.publicUrl;
  const config = isAnyPort
    ? { ...dependencies.config, server: { ...dependencies.config.server, publicUrl: url } }
    : dependencies.config;
  const devIdentityProvider =
    dependencies.devIdentityProvider ??
    (config.auth.devIdentityProvider
      ? createDevIdentityProvider({ ...dependencies, config, people: demoCitizens })
      : undefined);
  const listener = getRequestListener(
    createApp({ ...dependencies, config, devIdentityProvider }).fetch,
  );
  server.on("request", (request, response) => {
    // The development provider answers under /dev-idp beside the application.
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (devIdentityProvider?.handles(path)) devIdentityProvider.callback(request, response);
    else void listener(request, response);
  });
  return {
    server,
    url,
    devIdentityProvider,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
