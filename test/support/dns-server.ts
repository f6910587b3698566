import { createSocket } from "node:dgram";

import { type Answer, AUTHORITATIVE_ANSWER, decode, encode } from "dns-packet";

export interface DnsRecords {
  /** TXT records by lower-case name, each as the strings of one record. */
  txt: Map<string, string[][]>;
  /** A records by lower-case name. */
  a: Map<string, string[]>;
}

export interface DnsServer {
  /** What to configure a resolver with: 127.0.0.1:<port>. */
  address: string;
  records: DnsRecords;
  /** Names whose every query gets a server failure, as a broken zone would. */
  failing: Set<string>;
  close(): Promise<void>;
}

const SERVFAIL = 2;

/**
 * A small authoritative DNS server on a free loopback UDP port, answering
 * A and TXT questions from records the test sets (and may change while it
 * runs). A name it has no record of gets an empty answer.
 */
export async function startDnsServer(): Promise<DnsServer> {
  const records: DnsRecords = { txt: new Map(), a: new Map() };
  const failing = new Set<string>();
  const socket = createSocket("udp4");
  socket.on("message", (message, peer) => {
    const query = decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    const answers: Answer[] = [];
    if (question.type === "TXT") {
      for (const record of records.txt.get(name) ?? []) {
        answers.push({ type: "TXT", name: question.name, ttl: 1, data: record });
      }
    }
    if (question.type === "A") {
      for (const address of records.a.get(name) ?? []) {
        answers.push({ type: "A", name: question.name, ttl: 1, data: address });
      }
    }
    const reply = encode({
      type: "response",
      id: query.id ?? 0,
      flags: AUTHORITATIVE_ANSWER | (failing.has(name) ? SERVFAIL : 0),
      questions: [question],
      answers: failing.has(name) ? [] : answers,
    });
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    records,
    failing,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
