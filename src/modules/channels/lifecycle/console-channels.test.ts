import { BrowserSession, decodeEntities } from "@test/support/browser-session";
import {
  addChannel,
  type ChannelTestWorld,
  readMail,
  shownToken,
  startChannelTestWorld,
} from "@test/support/channel-lifecycle";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Cast = Awaited<ReturnType<typeof signInOfficersByRole<"admin" | "viewer" | "outsider">>>;

describe("an agency's channels in the console", () => {
  let world: ChannelTestWorld;
  let cast: Cast;

  beforeAll(async () => {
    world = await startChannelTestWorld();
    cast = await signInOfficersByRole(world.t, {
      admin: { agencyCode: "DOPA", role: "admin" },
      viewer: { agencyCode: "DOPA", role: "viewer" },
      outsider: { agencyCode: "DBD", role: "admin" },
    });
  });
  afterAll(() => world?.close());

  const admin = () => cast.browsers.admin;
  const publicRegister = async () =>
    JSON.stringify(await (await world.t.app.request("/api/v1/agencies/DOPA/channels")).json());
  const auditActions = async (channelId: string) => {
    const { rows } = await world.t.db.query<{ action: string }>(
      "select action from audit_log where target_id = $1 order by occurred_at, seq",
      [channelId],
    );
    return rows.map((row) => row.action);
  };

  it("adds a channel without JavaScript, with problems beside the fields in Thai", async () => {
    const wrong = await admin().post("/console/channels", {
      kind: "website",
      value: "not a web site!",
      owner: "",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("ไม่ใช่เว็บไซต์ที่ถูกต้อง");
    expect(wrong.html).toContain('aria-invalid="true"');
    const none = await admin().post("/console/channels", { kind: "", value: "", owner: "" });
    expect(none.html).toContain("กรุณาเลือกประเภทช่องทาง");
    expect(none.html).toContain("กรุณากรอกช่องทาง");

    const id = await addChannel(admin(), {
      kind: "website",
      value: "HTTPS://Portal.DOPA.go.th/",
      owner: "กองการทะเบียน",
    });
    const list = await admin().get("/console/channels");
    expect(list.html).toContain(`href="/console/channels/${id}"`);
    expect(list.html).toContain("portal.dopa.go.th");
    expect(list.html).toContain("กองการทะเบียน");
    expect(list.html).toContain("รอยืนยัน");

    const again = await admin().post("/console/channels", {
      kind: "website",
      value: "portal.dopa.go.th",
      owner: "",
    });
    expect(again.status).toBe(409);
    expect(again.html).toContain("หน่วยงานลงทะเบียนช่องทางนี้ไว้แล้ว");
  });

  it("lets a viewer read the channels but not add, prove or retire one", async () => {
    const list = await cast.browsers.viewer.get("/console/channels");
    expect(list.status).toBe(200);
    expect(list.html).toContain("www.dopa.go.th");
    expect(list.html).not.toContain('action="/console/channels"');
    const added = await cast.browsers.viewer.post("/console/channels", {
      kind: "website",
      value: "viewer.dopa.go.th",
      owner: "",
    });
    expect(added.status).toBe(403);
  });

  it("verifies a domain by its DNS TXT record, after a failed check is recorded", async () => {
    const id = await addChannel(admin(), { kind: "website", value: "txt.dopa.go.th" });
    const started = await admin().post(`/console/channels/${id}/verification`, {});
    expect(started.location).toContain("done=started");
    const page = await admin().get(`/console/channels/${id}`);
    const record = decodeEntities(shownToken(page, "verification-record"));
    expect(record).toMatch(/^pratu-verification=[A-Za-z0-9_-]{32}$/);

    const early = await admin().post(`/console/channels/${id}/check`, {});
    expect(early.location).toBe(`/console/channels/${id}?done=failed`);
    const failed = await admin().get(`/console/channels/${id}?done=failed`);
    expect(failed.html).toContain("ยืนยันไม่สำเร็จ");
    expect(failed.html).toContain("ไม่พบระเบียน");

    world.dns.records.txt.set("_pratu.txt.dopa.go.th", [[record]]);
    const checked = await admin().post(`/console/channels/${id}/check`, {});
    expect(checked.location).toBe(`/console/channels/${id}?done=verified`);
    const verified = await admin().get(`/console/channels/${id}`);
    expect(verified.html).toContain("ระเบียน DNS TXT");
    expect(await publicRegister()).toContain("txt.dopa.go.th");
    expect(await auditActions(id)).toEqual([
      "channel.registered",
      "channel.verification_requested",
      "channel.verification_failed",
      "channel.verified",
    ]);
  });

  it("verifies an e-service's host by the well-known file on its web server", async () => {
    const id = await addChannel(admin(), {
      kind: "eservice_url",
      value: "https://apply.dopa.go.th/start",
    });
    await admin().post(`/console/channels/${id}/verification`, {});
    const token = shownToken(await admin().get(`/console/channels/${id}`), "verification-token");
    world.dns.records.a.set("apply.dopa.go.th", ["127.0.0.1"]);
    world.web.pages.set("apply.dopa.go.th/.well-known/pratu-verification.txt", {
      status: 200,
      body: `${token}\n`,
    });
    const checked = await admin().post(`/console/channels/${id}/check`, {});
    expect(checked.location).toBe(`/console/channels/${id}?done=verified`);
    expect((await admin().get(`/console/channels/${id}`)).html).toContain(
      "ไฟล์ในเว็บไซต์ (.well-known)",
    );
    expect(await publicRegister()).toContain("https://apply.dopa.go.th/start");
  });

  it("verifies an e-mail address only when its holder presses confirm on the linked page", async () => {
    const id = await addChannel(admin(), { kind: "email", value: "Saraban@DOPA.go.th" });
    const sent = await admin().post(`/console/channels/${id}/verification`, {});
    expect(sent.location).toContain("done=sent");
    world.mail.received.length = 0;
    await world.runMailJobs();
    const message = world.mail.received.find((mail) => mail.to.includes("saraban@dopa.go.th"));
    expect(message).toBeDefined();
    const mail = await readMail(message!.raw);
    expect(mail.subject).toContain("กรมการปกครอง");
    const link = /http:\/\/localhost(\/channels\/confirm\/[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    // The token lives in the mail only: the database keeps its hash, no readable copy.
    const { rows } = await world.t.db.query<{ token_sealed: string | null; token_hash: string }>(
      "select token_sealed, token_hash from agency_channel_verifications where channel_id = $1",
      [id],
    );
    expect(rows[0]).toMatchObject({ token_sealed: null });
    expect(rows[0]!.token_hash).not.toContain(link!.split("/").at(-1));

    // Opening the link, as a mail scanner does, confirms nothing.
    const holder = new BrowserSession(world.t.app);
    const opened = await holder.get(link!);
    expect(opened.status).toBe(200);
    expect(opened.html).toContain("saraban@dopa.go.th");
    expect(await publicRegister()).not.toContain("saraban@dopa.go.th");

    const confirmed = await holder.submit(opened, link!);
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain("ยืนยันแล้ว");
    expect(await publicRegister()).toContain("saraban@dopa.go.th");
    expect((await holder.get(link!)).status).toBe(410);
    expect((await holder.get("/channels/confirm/not-a-real-token-at-all-123")).status).toBe(404);
    expect(await auditActions(id)).toContain("channel.verified");
  });

  it("retires a channel with a reason, which then leaves the public register", async () => {
    const id = await addChannel(admin(), { kind: "website", value: "old.dopa.go.th" });
    const missing = await admin().post(`/console/channels/${id}/retire`, { reason: " " });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("กรุณาระบุเหตุผล");
    const retired = await admin().post(`/console/channels/${id}/retire`, {
      reason: "ย้ายไปใช้เว็บไซต์ใหม่",
    });
    expect(retired.location).toBe(`/console/channels/${id}?done=retired`);
    const page = await admin().get(`/console/channels/${id}`);
    expect(page.html).toContain("ช่องทางนี้เลิกใช้แล้ว");
    expect(page.html).toContain("ย้ายไปใช้เว็บไซต์ใหม่");
    expect(page.html).not.toContain(`/console/channels/${id}/verification`);
  });

  it("answers another agency's officers 404 on every channel page and action", async () => {
    const id = await addChannel(admin(), { kind: "website", value: "private.dopa.go.th" });
    const outsider = cast.browsers.outsider;
    expect((await outsider.get(`/console/channels/${id}`)).status).toBe(404);
    for (const action of ["verification", "check", "review", "retire"]) {
      const response = await outsider.post(`/console/channels/${id}/${action}`, {
        reason: "x",
        evidence: "x",
      });
      expect(response.status, action).toBe(404);
    }
    expect((await outsider.get("/console/channels")).html).not.toContain("private.dopa.go.th");
    expect((await outsider.get("/console/operator/channels")).status).toBe(404);
    expect((await admin().get("/console/operator/channels")).status).toBe(404);
    // Nothing the outsider sent changed the channel or its history.
    const { rows } = await world.t.db.query<{ event: string }>(
      "select event from agency_channel_events where channel_id = $1",
      [id],
    );
    expect(rows.map((row) => row.event)).toEqual(["registered"]);
  });
});
