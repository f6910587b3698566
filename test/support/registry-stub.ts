/**
 * An external registry on loopback speaking the adapter protocol
 * (`GET /records/{subjectId}` with a bearer secret → `{data, version}` or
 * 404), whose behaviour a test switches: healthy, failing, answering
 * nonsense, or hanging until it is closed.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type StubBehaviour = "ok" | "error" | "garbage" | "hang";

export interface RegistryStub {
  url: string;
  behaviour: StubBehaviour;
  /** What each request carried, in order. */
  requests: { path: string; authorization: string | undefined; requestId: string | undefined }[];
  /** Drops every hanging answer's connection, as a registry that gives up would. */
  dropHanging(): void;
  close(): Promise<void>;
}

export async function startRegistryStub({
  secret,
  records,
}: {
  secret: string;
  records: Record<string, Record<string, unknown>>;
}): Promise<RegistryStub> {
  const hanging = new Set<ServerResponse>();
  const stub: RegistryStub = {
    url: "",
    behaviour: "ok",
    requests: [],
    dropHanging: () => {
      for (const response of hanging) response.destroy();
      hanging.clear();
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((request, response) => {
    stub.requests.push({
      path: request.url ?? "",
      authorization: request.headers.authorization,
      requestId: request.headers["x-request-id"] as string | undefined,
    });
    switch (stub.behaviour) {
      case "hang":
        hanging.add(response);
        return;
      case "error":
        response.writeHead(500, { "content-type": "text/plain" }).end("database is down");
        return;
      case "garbage":
        response.writeHead(200, { "content-type": "application/json" }).end("{not json");
        return;
      case "ok":
        break;
    }
    if (request.headers.authorization !== `Bearer ${secret}`) {
      response.writeHead(401).end();
      return;
    }
    const match = /^\/records\/(\d{13})$/.exec(request.url ?? "");
    const data = match ? records[match[1]!] : undefined;
    if (!data) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ data, version: 1 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return stub;
}
