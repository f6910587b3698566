import { z } from "zod";

import { findCitizen } from "@/core/auth/citizens";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";

import { changeNoticePhone } from "./change-notice-phone";
import { accountMessages as m } from "./messages";
import { AccountPage } from "./views/account-page";

export const accountRoutes = createRouter();

accountRoutes.get("/me", async (c) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") return c.redirect("/sign-in?next=%2Fme", 303);
  if (actor.type !== "citizen") throw new AppError("forbidden", "Only citizens have this page.");
  const citizen = await findCitizen({ db: c.get("db"), citizenId: actor.citizenId });
  if (!citizen) throw new AppError("not_found", "The citizen no longer exists.");
  return c.html(
    <AccountPage
      page={pageContext(c)}
      citizen={citizen}
      assurance={actor.assurance}
      isNoticeSaved={c.req.query("done") === "notices"}
    />,
  );
});

/** A Thai mobile number as people type it (spaces, dashes, +66), or empty for none. */
const NoticePhoneSchema = z
  .string()
  .max(30)
  .transform((value) => value.replace(/[\s().-]/g, "").replace(/^\+66/, "0"))
  .pipe(z.union([z.literal(""), z.string().regex(/^0[689][0-9]{8}$/)]));

accountRoutes.post("/me/notices", async (c) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") return c.redirect("/sign-in?next=%2Fme", 303);
  if (actor.type !== "citizen") throw new AppError("forbidden", "Only citizens have this page.");
  const db = c.get("db");
  const body = await c.req.parseBody();
  const typed = typeof body.noticePhone === "string" ? body.noticePhone : "";
  const phone = NoticePhoneSchema.safeParse(typed);
  if (!phone.success) {
    const citizen = await findCitizen({ db, citizenId: actor.citizenId });
    if (!citizen) throw new AppError("not_found", "The citizen no longer exists.");
    return c.html(
      <AccountPage
        page={pageContext(c)}
        citizen={citizen}
        assurance={actor.assurance}
        noticePhone={typed.slice(0, 30)}
        problems={[{ field: "noticePhone", message: c.get("t")(m.noticePhoneInvalid) }]}
      />,
      400,
    );
  }
  await changeNoticePhone({
    db,
    actor,
    phone: phone.data || null,
    requestId: c.get("requestId"),
  });
  return c.redirect("/me?done=notices", 303);
});
