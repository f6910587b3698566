import { describe, expect, test } from "vitest";

import { checkItems } from "./check";
import { editDistance, skeleton } from "./confusables";
import { extractItems } from "./extract";
import { displayDomain, normaliseDomain, normalisePhone, normaliseUrl } from "./normalise";
import { demoIndex } from "./test-index";

const SCAM_SMS =
  "กรมสรรพากร: ท่านได้รับเงินคืนภาษี 3,250 บาท กรุณายืนยันตัวตนที่ https://rd-go-th.com/refund ภายใน 24 ชม.";

describe("reading items out of free text", () => {
  test("finds the link in a Thai scam SMS and not the amount or hours", () => {
    expect(extractItems(SCAM_SMS)).toEqual([{ type: "link", raw: "https://rd-go-th.com/refund" }]);
  });

  test("finds links without a scheme, e-mail, phones in Thai digits, short codes and LINE ids", () => {
    const text =
      "ติดต่อ refund@rd-go-th.com หรือเข้า rd-go-th.com/refund, โทร ๐๘๑-๒๓๔-๕๖๗๘ สายด่วน 1161 ไลน์ไอดี: rd.thailand หรือ @rdtax";
    expect(extractItems(text)).toEqual([
      { type: "email", raw: "refund@rd-go-th.com" },
      { type: "link", raw: "rd-go-th.com/refund" },
      { type: "phone", raw: "081-234-5678" },
      { type: "phone", raw: "1161" },
      { type: "line", raw: "rd.thailand" },
      { type: "line", raw: "@rdtax" },
    ]);
  });

  test("reads a line.me link as the LINE account it opens", () => {
    expect(extractItems("เพิ่มเพื่อน https://line.me/R/ti/p/@rdthai1and")).toEqual([
      { type: "line", raw: "@rdthai1and" },
    ]);
  });

  test("keeps a look-alike written in Cyrillic letters whole", () => {
    expect(extractItems("เข้า rԁ.go.th ด่วน")).toEqual([{ type: "link", raw: "rԁ.go.th" }]);
  });

  test("reads a four-digit number as a phone only when it is called one", () => {
    expect(extractItems("ชำระ 1500 บาท")).toEqual([]);
    expect(extractItems("call 1548")).toEqual([{ type: "phone", raw: "1548" }]);
  });
});

describe("normalising", () => {
  test("turns IDN hosts to punycode and back", () => {
    const ascii = normaliseDomain("ตัวอย่าง.ไทย");
    expect(ascii).toBe("xn--72c1a1bt4awk9o.xn--o3cw4h");
    expect(displayDomain(ascii!)).toBe("ตัวอย่าง.ไทย");
  });

  test("drops tracking parameters and the fragment but keeps the rest", () => {
    expect(normaliseUrl("HTTPS://WWW.RD.GO.TH/a?id=1&utm_source=sms&fbclid=x#top")).toEqual({
      host: "www.rd.go.th",
      href: "https://www.rd.go.th/a?id=1",
    });
  });

  test("writes Thai phone numbers one way", () => {
    expect(normalisePhone("02-612-6000")).toBe("+6626126000");
    expect(normalisePhone("+66 2 612 6000")).toBe("+6626126000");
    expect(normalisePhone("1161")).toBe("1161");
    expect(normalisePhone("12")).toBeNull();
  });

  test("gives look-alike strings one skeleton", () => {
    expect(skeleton("rԁ.gо.th")).toBe(skeleton("rd.go.th"));
    expect(skeleton("imrnigratlon")).toBe(skeleton("immigration"));
    expect(skeleton("dopa")).not.toBe(skeleton("dbd"));
  });

  test("counts a swap of neighbours as one edit", () => {
    expect(editDistance("rdgoth", "rdgoht", 2)).toBe(1);
    expect(editDistance("immigration", "imigratoin", 2)).toBe(2);
    expect(editDistance("google", "dopagoth", 2)).toBe(3);
  });
});

describe("the verdict for a whole message", () => {
  const index = demoIndex();

  test("calls the scam SMS dangerous and names the real channel", () => {
    const result = checkItems(index, extractItems(SCAM_SMS));
    expect(result.overall).toBe("danger");
    expect(result.items[0]).toMatchObject({
      verdict: "lookalike",
      reason: "separators",
      channel: { displayValue: "www.rd.go.th" },
      agency: { code: "RD", nameTh: "กรมสรรพากร" },
    });
    expect(result.items[0]!.explanation.th).toContain("www.rd.go.th");
  });

  test("calls a message safe only when every item is official", () => {
    expect(checkItems(index, extractItems("ยื่นภาษีที่ efiling.rd.go.th โทร 1161")).overall).toBe(
      "safe",
    );
    expect(checkItems(index, extractItems("efiling.rd.go.th หรือ google.com")).overall).toBe(
      "caution",
    );
    expect(checkItems(index, extractItems("ไม่มีลิงก์")).overall).toBe("caution");
  });

  test("calls a shortened link dangerous", () => {
    const result = checkItems(index, extractItems("คืนภาษีที่ bit.ly/3xRd"));
    expect(result.overall).toBe("danger");
    expect(result.items[0]).toMatchObject({ verdict: "unknown", hidesDestination: true });
  });
});
