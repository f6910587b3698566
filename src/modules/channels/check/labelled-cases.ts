import type { Verdict } from "./check";

/** A pasted item and what the checker must say about it; `agency` is the one it is (or imitates). */
export interface LabelledCase {
  input: string;
  verdict: Verdict;
  agency?: string;
  /** A shortener: the checker cannot see where it goes and must say so. */
  hides?: boolean;
}

const official = (agency: string, ...inputs: string[]): LabelledCase[] =>
  inputs.map((input) => ({ input, verdict: "official", agency }));
const lookalike = (agency: string, ...inputs: string[]): LabelledCase[] =>
  inputs.map((input) => ({ input, verdict: "lookalike", agency }));
const unknown = (...inputs: string[]): LabelledCase[] =>
  inputs.map((input) => ({ input, verdict: "unknown" }));
const shortened = (...inputs: string[]): LabelledCase[] =>
  inputs.map((input) => ({ input, verdict: "unknown", hides: true }));

export const labelledCases: LabelledCase[] = [
  // Official channels of the demo agencies, their subdomains and addresses.
  ...official(
    "RD",
    "https://www.rd.go.th",
    "rd.go.th",
    "https://efiling.rd.go.th/rd-efiling-web/login",
  ),
  ...official("RD", "WWW.RD.GO.TH/fileadmin/tax.pdf", "news@rd.go.th", "@rdthailand", "1161"),
  ...official("RD", "โทร ๑๑๖๑", "RD-TAX", "https://www.rd.go.th/?utm_source=sms&fbclid=x"),
  ...official("DOPA", "www.dopa.go.th", "https://bora.dopa.go.th/", "stat.bora.dopa.go.th", "1548"),
  ...official("DOPA", "saraban@dopa.go.th", "@dopa_news", "line.me/R/ti/p/@dopa_news"),
  ...official("DGA", "https://www.dga.or.th/policy", "contact@dga.or.th", "@dgathailand", "1111"),
  ...official("DGA", "02-612-6000", "+66 2 612 6000", "๐๒-๖๑๒-๖๐๐๐"),
  ...official("DBD", "https://www.dbd.go.th", "efiling.dbd.go.th", "datawarehouse.dbd.go.th"),
  ...official("DBD", "1570", "@dbdconnect", "info@dbd.go.th"),
  ...official("CHIANGMAI-CITY", "cmcity.go.th", "@cmcity", "053-259-000", "mayor@cmcity.go.th"),
  ...official(
    "CHIANGMAI",
    "https://www.chiangmai.go.th",
    "053 112 100",
    "governor@chiangmai.go.th",
  ),
  ...official("IMM", "https://www.immigration.go.th/?p=14", "tm30.immigration.go.th", "1178"),
  ...official("IMM", "@immigrationbureau", "visa@immigration.go.th"),
  ...official("CMU", "https://www.cmu.ac.th", "reg.cmu.ac.th", "student@cmu.ac.th"),
  ...official("RTP", "royalthaipolice.go.th", "saraban@police.go.th", "1599"),
  ...official("MOI", "www.moi.go.th", "moi.go.th/en"),

  // Separators inserted or dropped.
  ...lookalike(
    "RD",
    "https://rd-go-th.com/refund",
    "rdgoth.com",
    "rd-go-th.net",
    "www.rd-go.th.com",
  ),
  ...lookalike("DOPA", "dopa-go-th.com", "dopagoth.online", "https://dopa.go-th.info/verify"),
  ...lookalike("DBD", "dbd-go-th.com/register", "dbdgoth.xyz"),
  ...lookalike("IMM", "immigration-go-th.com", "immigrationgoth.net"),
  ...lookalike("CHIANGMAI-CITY", "cmcity-go-th.com", "cm-city.go.th.com"),
  ...lookalike("DGA", "dga-or-th.com", "dgaorth.net"),
  // The official domain in front of another.
  ...lookalike("RD", "rd.go.th.tax-refund.xyz", "https://www.rd.go.th.refund-th.com/login"),
  ...lookalike("DOPA", "dopa.go.th.secure-id.top/kyc", "bora.dopa.go.th.verify.cc"),
  ...lookalike("DBD", "dbd.go.th.update.com"),
  ...lookalike("IMM", "immigration.go.th.visa-online.site"),
  ...lookalike("RD", "refund@rd.go.th.tax-refund.xyz"),
  // Confusable characters.
  ...lookalike("RD", "rԁ.go.th", "https://rd.gо.th/refund", "rd-gο-th.com"),
  ...lookalike("DOPA", "dораgoth.com", "d0pa-go-th.com", "https://dopa.g0.th.com"),
  ...lookalike("DBD", "dbd.gо.th", "dbd-g0-th.com"),
  ...lookalike("IMM", "immigratlon.go.th.com", "immigratіon-go-th.com", "imrnigration.com"),
  ...lookalike("DGA", "dgа.or.th", "dga.0r.th.com"),
  ...lookalike("CHIANGMAI", "chiangmaі.go.th", "chlangmai-go-th.com"),
  ...lookalike("CMU", "crnu-ac-th.com"),
  // Typos.
  ...lookalike("RD", "rdgoht.com", "rdgotth.com", "www.rdg0th.com"),
  ...lookalike(
    "IMM",
    "imigration-go-th.com",
    "immigartion.com",
    "immigrationn.net",
    "immigratoin.com",
  ),
  ...lookalike("DOPA", "dopagoht.com", "dopa-goth.net"),
  ...lookalike("CHIANGMAI", "chiangmia.com", "chaingmai-go-th.com"),
  ...lookalike("CHIANGMAI-CITY", "cmcitty.com", "cmcity-goth.org"),
  ...lookalike("RTP", "royalthaipolise.com", "royal-thai-police.com"),
  // The agency's name with a lure word.
  ...lookalike("RD", "revenue-refund.com", "rdrefund.com", "taxrefund-rd.com", "rd-tax.xyz"),
  ...lookalike("DOPA", "dopa-service.net", "dopa-id.online"),
  ...lookalike("DBD", "dbd-online.com", "dbdpayment.top"),
  ...lookalike("IMM", "immigration-visa.com", "thai-immigration-online.com"),
  ...lookalike("RTP", "police-fine.com"),
  ...lookalike("DGA", "dga-gov.com"),
  // Look-alike LINE accounts.
  ...lookalike(
    "RD",
    "@rd.thailand",
    "@rdthai1and",
    "@rd_thailand",
    "ไลน์ไอดี: rdthaiiand",
    "@rdthailnad",
  ),
  ...lookalike("DOPA", "@dopa.news", "@dopanews"),
  ...lookalike("DBD", "@dbd.connect", "@dbdconect"),
  ...lookalike("IMM", "@immigration.bureau", "@immigrationbureu"),

  // Shorteners.
  ...shortened(
    "https://bit.ly/3xRdTax",
    "tinyurl.com/rd-refund",
    "shorturl.at/abcd1",
    "cutt.ly/tax",
  ),
  ...shortened("https://t.co/AbC", "goo.gl/x", "is.gd/x", "rb.gy/x1", "s.id/refund"),

  // Unrelated sites, other government bodies and numbers: never official.
  ...unknown("google.com", "https://shopee.co.th/", "kasikornbank.com", "www.lazada.co.th"),
  ...unknown("https://www.scb.co.th", "krungthai.com", "facebook.com", "youtube.com", "line.me"),
  ...unknown("cmu.edu", "rd.com", "shop.co.uk"),
  ...unknown("moe.go.th", "www.mfa.go.th", "chiangmaihotel.com", "thairath.co.th", "pantip.com"),
  ...unknown("someone@gmail.com", "rd.refund@gmail.com", "0812345678", "+66 81 234 5678", "1234"),
  ...unknown("@somefriend", "@kbankofficial", "wikipedia.org", "github.com", "microsoft.com"),
];
