/**
 * The one script a form page carries, inline with the page's nonce (the
 * content security policy allows no other inline script). It only enhances:
 * it shows and hides questions whose conditions look at answers on the same
 * page, and fills the district and subdistrict lists and the postcode of an
 * address from the address API. Without it the page works by posting.
 */
export const formScript = `(() => {
  const form = document.querySelector("form[data-pratu-form]");
  if (!form) return;
  const known = JSON.parse(form.dataset.known || "{}");
  const lang = document.documentElement.lang === "en" ? "en" : "th";
  const isAnswered = (v) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);
  const valueOf = (id) => {
    const inputs = [...form.querySelectorAll("[name]")].filter((el) => el.name === id);
    if (inputs.length === 0) return known[id];
    const first = inputs[0];
    if (first.type === "radio") {
      const chosen = inputs.find((el) => el.checked);
      if (!chosen) return undefined;
      return first.dataset.kind === "yes_no" ? chosen.value === "yes" : chosen.value;
    }
    if (first.type === "checkbox") {
      if (first.dataset.kind === "declaration") return first.checked;
      return inputs.filter((el) => el.checked).map((el) => el.value);
    }
    const text = first.value.trim();
    if (text === "") return undefined;
    return first.dataset.kind === "number" ? Number(text.replace(/[\\s,]/g, "")) : text;
  };
  const test = (c) => {
    if (c.all) return c.all.every(test);
    if (c.any) return c.any.some(test);
    if (c.not) return !test(c.not);
    const v = valueOf(c.field);
    if ("answered" in c) return isAnswered(v) === c.answered;
    if ("includes" in c) return Array.isArray(v) && v.includes(c.includes);
    if ("in" in c) return c.in.includes(v);
    if ("notEquals" in c) return v !== c.notEquals;
    return v === c.equals;
  };
  const update = () => {
    for (const el of form.querySelectorAll("[data-show-if],[data-hide-if]")) {
      const show = (!el.dataset.showIf || test(JSON.parse(el.dataset.showIf))) &&
        !(el.dataset.hideIf && test(JSON.parse(el.dataset.hideIf)));
      el.hidden = !show;
    }
  };
  for (const hint of form.querySelectorAll("[data-condition-hint]")) hint.hidden = true;
  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();

  const load = async (url) => {
    try {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      return response.ok ? (await response.json()).items : [];
    } catch {
      return [];
    }
  };
  const fill = (select, items) => {
    select.replaceChildren(new Option(select.dataset.placeholder || "", ""));
    const key = lang === "en" ? "nameEn" : "nameTh";
    items.sort((a, b) => a[key].localeCompare(b[key], lang));
    for (const item of items) select.add(new Option(item[key], item.code));
    select.disabled = items.length === 0;
  };
  for (const box of form.querySelectorAll("[data-address]")) {
    const level = (name) => box.querySelector('[data-level="' + name + '"]');
    const [province, district, subdistrict, postcode] =
      ["province", "district", "subdistrict", "postcode"].map(level);
    for (const button of box.querySelectorAll("[data-address-refresh]")) button.hidden = true;
    let subdistricts = [];
    province.addEventListener("change", async () => {
      fill(district, province.value ? await load("/api/v1/addresses/provinces/" + province.value + "/districts") : []);
      fill(subdistrict, []);
      postcode.value = "";
    });
    district.addEventListener("change", async () => {
      subdistricts = district.value ? await load("/api/v1/addresses/districts/" + district.value + "/subdistricts") : [];
      fill(subdistrict, subdistricts.slice());
      postcode.value = "";
    });
    subdistrict.addEventListener("change", async () => {
      if (subdistricts.length === 0 && district.value) {
        subdistricts = await load("/api/v1/addresses/districts/" + district.value + "/subdistricts");
      }
      const chosen = subdistricts.find((item) => item.code === subdistrict.value);
      postcode.value = chosen && chosen.postcodes.length === 1 ? chosen.postcodes[0] : "";
    });
  }
})();`;
