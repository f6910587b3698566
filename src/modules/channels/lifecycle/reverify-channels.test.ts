import { decodeEntities } from "@test/support/browser-session";
import {
  addChannel,
  type ChannelTestWorld,
  shownToken,
  startChannelTestWorld,
} from "@test/support/channel-lifecycle";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { reverifyChannels } from "./reverify-channels";

const DAY_MS = 24 * 60 * 60 * 1000;

type Cast = Awaited<ReturnType<typeof signInOfficersByRole<"dopa" | "operator">>>;

describe("periodic re-verification of domain channels", () => {
  let world: ChannelTestWorld;
  let cast: Cast;
  let channelId: string;
  let record: string;
  const start = Date.now();
  const at = (days: number) => new Date(start + days * DAY_MS);

  beforeAll(async () => {
    world = await startChannelTestWorld();
    cast = await signInOfficersByRole(world.t, {
      dopa: { agencyCode: "DOPA", role: "admin" },
      operator: { agencyCode: "DGA", role: "admin" },
    });
    const dopa = cast.browsers.dopa;
    channelId = await addChannel(dopa, { kind: "email_domain", value: "mail.dopa.go.th" });
    await dopa.post(`/console/channels/${channelId}/verification`, {});
    record = decodeEntities(
      shownToken(await dopa.get(`/console/channels/${channelId}`), "verification-record"),
    );
    world.dns.records.txt.set("mail.dopa.go.th", [[record]]);
    const checked = await dopa.post(`/console/channels/${channelId}/check`, {});
    expect(checked.location).toContain("done=verified");
  });
  afterAll(() => world?.close());

  const reverify = (now: Date) =>
    reverifyChannels({ db: world.t.db, settings: world.t.config.channels, now });
  const row = async () => {
    const { rows } = await world.t.db.query<{
      status: string;
      last_verified_at: Date | null;
      flagged_at: Date | null;
      updated_at: Date;
    }>(
      "select status, last_verified_at, flagged_at, updated_at from agency_channels where id = $1",
      [channelId],
    );
    return rows[0]!;
  };
  const events = async () => {
    const { rows } = await world.t.db.query<{ event: string; actor: string }>(
      "select event, actor from agency_channel_events where channel_id = $1 order by at, id",
      [channelId],
    );
    return rows.map((entry) => entry.event);
  };

  it("leaves a channel checked recently alone", async () => {
    await reverify(at(10));
    expect(await events()).not.toContain("flagged");
    expect((await row()).status).toBe("verified");
  });

  it("verifies a published token again once the last check is 30 days old", async () => {
    const before = await row();
    const outcome = await reverify(at(31));
    expect(outcome.reverified).toBeGreaterThanOrEqual(1);
    const after = await row();
    expect(after.last_verified_at?.toISOString()).toBe(at(31).toISOString());
    expect(after.flagged_at).toBeNull();
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it("flags a channel whose token is gone, tells its agency, then suspends it after the grace period", async () => {
    world.dns.records.txt.delete("mail.dopa.go.th");
    const beforeFlag = await row();
    await reverify(at(62));
    const flagged = await row();
    expect(flagged.status).toBe("verified");
    expect(flagged.flagged_at?.toISOString()).toBe(at(62).toISOString());
    expect(flagged.updated_at.getTime()).toBeGreaterThan(beforeFlag.updated_at.getTime());
    expect((await events()).at(-1)).toBe("flagged");
    const { rows: notices } = await world.t.db.query<{ payload: { notice: string } }>(
      "select payload from jobs where kind = 'channels.notify_admins'",
    );
    expect(notices.map((job) => job.payload.notice)).toContain("flagged");

    const page = await cast.browsers.dopa.get(`/console/channels/${channelId}`);
    expect(page.html).toContain("ตรวจสอบซ้ำไม่ผ่าน");
    const queue = await cast.browsers.operator.get("/console/operator/channels");
    expect(queue.html).toContain("mail.dopa.go.th");

    // Still failing within the grace period: flagged, each failure in the history.
    await reverify(at(70));
    expect((await row()).status).toBe("verified");
    expect((await events()).at(-1)).toBe("verification_failed");

    await reverify(at(62 + 14));
    const suspended = await row();
    expect(suspended.status).toBe("suspended");
    expect((await events()).at(-1)).toBe("suspended");
    const register = await world.t.app.request("/api/v1/agencies/DOPA/channels");
    expect(await register.text()).not.toContain("mail.dopa.go.th");
  });

  it("flags a verified domain with no proof on record rather than keeping it silently", async () => {
    // A demo channel, imported as verified with no token: the rounds above found nothing to check.
    const { rows } = await world.t.db.query<{ event: string; actor: string }>(
      `select e.event, e.actor from agency_channel_events e
         join agency_channels c on c.agency_id = e.agency_id and c.id = e.channel_id
         join agencies a on a.id = c.agency_id
        where a.code = 'DBD' and c.value = 'dbd.go.th' order by e.at, e.id`,
    );
    expect(rows.map((entry) => entry.event)).toEqual(["imported", "flagged", "suspended"]);
    expect(rows.slice(1).every((entry) => entry.actor === "system")).toBe(true);
  });

  it("lets the operator suspend a flagged channel before the grace period ends", async () => {
    const dopa = cast.browsers.dopa;
    const id = await addChannel(dopa, { kind: "website", value: "news.dopa.go.th" });
    await dopa.post(`/console/channels/${id}/verification`, {});
    const token = shownToken(await dopa.get(`/console/channels/${id}`), "verification-record");
    world.dns.records.txt.set("news.dopa.go.th", [[decodeEntities(token)]]);
    await dopa.post(`/console/channels/${id}/check`, {});
    world.dns.records.txt.delete("news.dopa.go.th");
    await reverify(at(40));

    const operator = cast.browsers.operator;
    const missing = await operator.post(`/console/operator/channels/${id}/suspend`, {});
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("กรุณาระบุเหตุผล");
    const suspended = await operator.post(`/console/operator/channels/${id}/suspend`, {
      [`reason-${id}`]: "เว็บไซต์ถูกปิดแล้ว",
    });
    expect(suspended.location).toBe("/console/operator/channels?done=suspended");
    const page = await dopa.get(`/console/channels/${id}`);
    expect(page.html).toContain("เว็บไซต์ถูกปิดแล้ว");
    expect(page.html).toContain("ผู้ดูแลระบบกลาง");
    const { rows } = await world.t.db.query<{ status: string }>(
      "select status from agency_channels where id = $1",
      [id],
    );
    expect(rows[0]?.status).toBe("suspended");
  });
});
