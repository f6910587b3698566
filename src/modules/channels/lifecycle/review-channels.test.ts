import { decodeEntities } from "@test/support/browser-session";
import {
  addChannel,
  type ChannelTestWorld,
  readMail,
  shownToken,
  startChannelTestWorld,
} from "@test/support/channel-lifecycle";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Cast = Awaited<
  ReturnType<typeof signInOfficersByRole<"dopa" | "rd" | "operator" | "operatorViewer">>
>;

describe("the central operator's review of channels", () => {
  let world: ChannelTestWorld;
  let cast: Cast;

  beforeAll(async () => {
    world = await startChannelTestWorld();
    cast = await signInOfficersByRole(world.t, {
      dopa: { agencyCode: "DOPA", role: "admin" },
      rd: { agencyCode: "RD", role: "admin" },
      operator: { agencyCode: "DGA", role: "officer" },
      operatorViewer: { agencyCode: "DGA", role: "viewer" },
    });
  });
  afterAll(() => world?.close());

  const channelRow = async (agencyCode: string, kind: string, value: string) => {
    const { rows } = await world.t.db.query<{ id: string; status: string }>(
      `select c.id, c.status from agency_channels c join agencies a on a.id = c.agency_id
        where a.code = $1 and c.kind = $2 and c.value = $3`,
      [agencyCode, kind, value],
    );
    return rows[0];
  };
  const reviewIdOn = (html: string, value: string) => {
    const card = html.split('<li class="card">').find((part) => part.includes(value));
    return /\/console\/operator\/channels\/reviews\/([0-9a-f-]{36})/.exec(card ?? "")?.[1];
  };

  it("reviews a code posted on a LINE account: rejected with a reason, then approved", async () => {
    const dopa = cast.browsers.dopa;
    const id = await addChannel(dopa, { kind: "line_oa", value: "@dopa_help" });
    await dopa.post(`/console/channels/${id}/verification`, {});
    const code = shownToken(await dopa.get(`/console/channels/${id}`), "verification-code");
    expect(code).toMatch(/^PRATU-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const empty = await dopa.post(`/console/channels/${id}/review`, { evidence: "" });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain("กรุณาระบุว่าโพสต์รหัสไว้ที่ใด");
    const sent = await dopa.post(`/console/channels/${id}/review`, {
      evidence: "https://line.me/R/ti/p/@dopa_help (ข้อความต้อนรับ)",
    });
    expect(sent.location).toBe(`/console/channels/${id}?done=in_review`);

    const operator = cast.browsers.operator;
    const queue = await operator.get("/console/operator/channels");
    expect(queue.status).toBe(200);
    expect(queue.html).toContain(code);
    expect(queue.html).toContain("ข้อความต้อนรับ");
    const reviewId = reviewIdOn(queue.html, "@dopa_help")!;
    const action = `/console/operator/channels/reviews/${reviewId}`;

    const noReason = await operator.post(action, { decision: "reject" });
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain("กรุณาระบุเหตุผล");
    const viewer = await cast.browsers.operatorViewer.post(action, {
      decision: "approve",
      [`reason-${reviewId}`]: "x",
    });
    expect(viewer.status).toBe(403);
    const rejected = await operator.post(action, {
      decision: "reject",
      [`reason-${reviewId}`]: "ไม่พบรหัสในข้อความต้อนรับ",
    });
    expect(rejected.location).toBe("/console/operator/channels?done=rejected");
    const told = await dopa.get(`/console/channels/${id}`);
    expect(told.html).toContain("ไม่พบรหัสในข้อความต้อนรับ");
    expect((await channelRow("DOPA", "line_oa", "@dopa_help"))?.status).toBe("pending");

    world.mail.received.length = 0;
    await world.runMailJobs();
    const notice = world.mail.received.find((mail) => mail.to.includes(cast.officers.dopa.email));
    expect((await readMail(notice!.raw)).text).toContain("ไม่พบรหัสในข้อความต้อนรับ");

    await dopa.post(`/console/channels/${id}/verification`, {});
    await dopa.post(`/console/channels/${id}/review`, { evidence: "โพสต์ใหม่ในหน้าโปรไฟล์" });
    const again = reviewIdOn(
      (await operator.get("/console/operator/channels")).html,
      "@dopa_help",
    )!;
    const approved = await operator.post(`/console/operator/channels/reviews/${again}`, {
      decision: "approve",
      [`reason-${again}`]: "พบรหัสในโปรไฟล์",
    });
    expect(approved.location).toBe("/console/operator/channels?done=approved");
    expect((await channelRow("DOPA", "line_oa", "@dopa_help"))?.status).toBe("verified");
    const { rows } = await world.t.db.query<{ actor_id: string; action: string }>(
      `select actor_id, action from audit_log where target_id = $1
          and action in ('channel.review_rejected', 'channel.review_approved')
        order by occurred_at, seq`,
      [id],
    );
    expect(rows).toEqual([
      { actor_id: cast.officers.operator.officer.id, action: "channel.review_rejected" },
      { actor_id: cast.officers.operator.officer.id, action: "channel.review_approved" },
    ]);
  });

  it("sends a claim on another agency's verified domain to the operator, who transfers it", async () => {
    const dopa = cast.browsers.dopa;
    const rdBefore = await channelRow("RD", "website", "www.rd.go.th");
    expect(rdBefore?.status).toBe("verified");
    const id = await addChannel(dopa, { kind: "website", value: "www.rd.go.th" });
    const page = await dopa.get(`/console/channels/${id}`);
    expect(page.html).toContain("ยืนยันไว้แล้วโดยหน่วยงานอื่น (RD)");
    await dopa.post(`/console/channels/${id}/verification`, {});
    const record = decodeEntities(
      shownToken(await dopa.get(`/console/channels/${id}`), "verification-record"),
    );
    world.dns.records.txt.set("www.rd.go.th", [[record]]);

    // Control shown, but another agency holds it: the operator decides, nothing changes yet.
    const checked = await dopa.post(`/console/channels/${id}/check`, {});
    expect(checked.location).toBe(`/console/channels/${id}?done=in_review`);
    expect((await channelRow("DOPA", "website", "www.rd.go.th"))?.status).toBe("pending");
    expect((await channelRow("RD", "website", "www.rd.go.th"))?.status).toBe("verified");

    const operator = cast.browsers.operator;
    const queue = await operator.get("/console/operator/channels");
    expect(queue.html).toContain("ข้อพิพาท");
    expect(queue.html).toContain("กรมสรรพากร (RD)");
    const reviewId = reviewIdOn(queue.html, "www.rd.go.th")!;
    const transferred = await operator.post(`/console/operator/channels/reviews/${reviewId}`, {
      decision: "approve",
      [`reason-${reviewId}`]: "โดเมนโอนตามหนังสือที่ 0001/2569",
    });
    expect(transferred.location).toBe("/console/operator/channels?done=transferred");
    expect((await channelRow("DOPA", "website", "www.rd.go.th"))?.status).toBe("verified");
    expect((await channelRow("RD", "website", "www.rd.go.th"))?.status).toBe("retired");
    const rdPage = await cast.browsers.rd.get(`/console/channels/${rdBefore!.id}`);
    expect(rdPage.html).toContain("โดเมนโอนตามหนังสือที่ 0001/2569");
    const { rows } = await world.t.db.query<{ action: string; code: string }>(
      `select l.action, a.code from audit_log l join agencies a on a.id = l.agency_id
        where l.action like 'channel.transferred_%' order by a.code`,
    );
    expect(rows).toEqual([
      { action: "channel.transferred_in", code: "DOPA" },
      { action: "channel.transferred_away", code: "RD" },
    ]);
  });

  it("rejects a disputed claim and leaves the holder as it was", async () => {
    const rd = cast.browsers.rd;
    const id = await addChannel(rd, { kind: "line_oa", value: "@dopa_news" });
    await rd.post(`/console/channels/${id}/verification`, {});
    await rd.post(`/console/channels/${id}/review`, { evidence: "เราเป็นเจ้าของ" });
    const queue = (await cast.browsers.operator.get("/console/operator/channels")).html;
    const reviewId = reviewIdOn(queue, "@dopa_news")!;
    await cast.browsers.operator.post(`/console/operator/channels/reviews/${reviewId}`, {
      decision: "reject",
      [`reason-${reviewId}`]: "บัญชีนี้เป็นของกรมการปกครอง",
    });
    expect((await channelRow("DOPA", "line_oa", "@dopa_news"))?.status).toBe("verified");
    expect((await channelRow("RD", "line_oa", "@dopa_news"))?.status).toBe("pending");
  });

  it("shows the queue to the operator's officers only, and 404 for a review that is not there", async () => {
    const dopaMenu = (await cast.browsers.dopa.get("/console/channels")).html;
    expect(dopaMenu).not.toContain('href="/console/operator/channels"');
    const operatorMenu = (await cast.browsers.operator.get("/console")).html;
    expect(operatorMenu).toContain('href="/console/operator/channels"');
    const missing = await cast.browsers.operator.post(
      "/console/operator/channels/reviews/01900000-0000-7000-8000-000000000000",
      { decision: "approve" },
    );
    expect(missing.status).toBe(404);
  });
});
