import type { AgencyKind } from "@/modules/agencies";

export interface DemoAgency {
  code: string;
  parent: string | null;
  kind: AgencyKind;
  nameTh: string;
  nameEn: string;
  shortNameTh?: string;
  shortNameEn?: string;
  provinceTh?: string;
  website?: string;
}

/** Real Thai agencies, from the central operator down to a subdistrict organisation. */
export const demoAgencies: DemoAgency[] = [
  {
    code: "DGA",
    parent: null,
    kind: "central_operator",
    nameTh: "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)",
    nameEn: "Digital Government Development Agency (Public Organization)",
    shortNameTh: "สพร.",
    shortNameEn: "DGA",
    website: "https://www.dga.or.th",
  },
  {
    code: "MOI",
    parent: null,
    kind: "ministry",
    nameTh: "กระทรวงมหาดไทย",
    nameEn: "Ministry of Interior",
    shortNameTh: "มท.",
    shortNameEn: "MOI",
    website: "https://www.moi.go.th",
  },
  {
    code: "DOPA",
    parent: "MOI",
    kind: "department",
    nameTh: "กรมการปกครอง",
    nameEn: "Department of Provincial Administration",
    shortNameTh: "ปค.",
    shortNameEn: "DOPA",
    website: "https://www.dopa.go.th",
  },
  {
    code: "CHIANGMAI",
    parent: "MOI",
    kind: "provincial_office",
    nameTh: "จังหวัดเชียงใหม่ (ศาลากลางจังหวัดเชียงใหม่)",
    nameEn: "Chiang Mai Province (Provincial Hall)",
    provinceTh: "เชียงใหม่",
    website: "https://www.chiangmai.go.th",
  },
  {
    code: "CHIANGMAI-MUEANG",
    parent: "CHIANGMAI",
    kind: "district_office",
    nameTh: "ที่ว่าการอำเภอเมืองเชียงใหม่",
    nameEn: "Mueang Chiang Mai District Office",
    provinceTh: "เชียงใหม่",
  },
  {
    code: "CHIANGMAI-PAO",
    parent: "CHIANGMAI",
    kind: "provincial_administrative_organisation",
    nameTh: "องค์การบริหารส่วนจังหวัดเชียงใหม่",
    nameEn: "Chiang Mai Provincial Administrative Organization",
    shortNameTh: "อบจ.เชียงใหม่",
    provinceTh: "เชียงใหม่",
    website: "https://www.chiangmaipao.go.th",
  },
  {
    code: "CHIANGMAI-CITY",
    parent: "CHIANGMAI",
    kind: "municipality",
    nameTh: "เทศบาลนครเชียงใหม่",
    nameEn: "Chiang Mai City Municipality",
    shortNameTh: "ทน.เชียงใหม่",
    provinceTh: "เชียงใหม่",
    website: "https://www.cmcity.go.th",
  },
  {
    code: "BANPONG-SAO",
    parent: "CHIANGMAI",
    kind: "subdistrict_administrative_organisation",
    nameTh: "องค์การบริหารส่วนตำบลบ้านปง อำเภอหางดง",
    nameEn: "Ban Pong Subdistrict Administrative Organization, Hang Dong",
    shortNameTh: "อบต.บ้านปง",
    provinceTh: "เชียงใหม่",
  },
  {
    code: "MOC",
    parent: null,
    kind: "ministry",
    nameTh: "กระทรวงพาณิชย์",
    nameEn: "Ministry of Commerce",
    shortNameTh: "พณ.",
    shortNameEn: "MOC",
    website: "https://www.moc.go.th",
  },
  {
    code: "DBD",
    parent: "MOC",
    kind: "department",
    nameTh: "กรมพัฒนาธุรกิจการค้า",
    nameEn: "Department of Business Development",
    shortNameTh: "พค.",
    shortNameEn: "DBD",
    website: "https://www.dbd.go.th",
  },
  {
    code: "MOF",
    parent: null,
    kind: "ministry",
    nameTh: "กระทรวงการคลัง",
    nameEn: "Ministry of Finance",
    shortNameTh: "กค.",
    shortNameEn: "MOF",
    website: "https://www.mof.go.th",
  },
  {
    code: "RD",
    parent: "MOF",
    kind: "department",
    nameTh: "กรมสรรพากร",
    nameEn: "The Revenue Department",
    shortNameTh: "สรรพากร",
    shortNameEn: "RD",
    website: "https://www.rd.go.th",
  },
  {
    code: "MHESI",
    parent: null,
    kind: "ministry",
    nameTh: "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม",
    nameEn: "Ministry of Higher Education, Science, Research and Innovation",
    shortNameTh: "อว.",
    shortNameEn: "MHESI",
    website: "https://www.mhesi.go.th",
  },
  {
    code: "CMU",
    parent: "MHESI",
    kind: "university",
    nameTh: "มหาวิทยาลัยเชียงใหม่",
    nameEn: "Chiang Mai University",
    shortNameTh: "มช.",
    shortNameEn: "CMU",
    provinceTh: "เชียงใหม่",
    website: "https://www.cmu.ac.th",
  },
];
