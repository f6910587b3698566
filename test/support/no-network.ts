import net from "node:net";

// No test may reach beyond this machine: a connection to any other host
// fails loudly instead of waiting on a closed network.
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
const originalConnect = net.Socket.prototype.connect as (
  this: net.Socket,
  ...args: unknown[]
) => net.Socket;

net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  const [first, second] = args;
  const options =
    typeof first === "object" && first !== null && !Array.isArray(first)
      ? (first as net.NetConnectOpts)
      : undefined;
  const isPipe = options
    ? "path" in options && Boolean(options.path)
    : typeof first === "string" && !/^\d+$/.test(first);
  const host = options
    ? "host" in options
      ? options.host
      : undefined
    : typeof second === "string"
      ? second
      : undefined;
  if (!isPipe && host !== undefined && host !== "" && !LOOPBACK.test(host)) {
    throw new Error(`Tests may not reach the network (tried ${host}).`);
  }
  return originalConnect.apply(this, args);
};
