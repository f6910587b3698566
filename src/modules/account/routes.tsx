import { findCitizen } from "@/core/auth/citizens";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";

import { AccountPage } from "./views/account-page";

export const accountRoutes = createRouter();

accountRoutes.get("/me", async (c) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") return c.redirect("/sign-in?next=%2Fme", 303);
  if (actor.type !== "citizen") throw new AppError("forbidden", "Only citizens have this page.");
  const citizen = await findCitizen({ db: c.get("db"), citizenId: actor.citizenId });
  if (!citizen) throw new AppError("not_found", "The citizen no longer exists.");
  return c.html(
    <AccountPage page={pageContext(c)} citizen={citizen} assurance={actor.assurance} />,
  );
});
