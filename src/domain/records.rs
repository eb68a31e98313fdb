//! The civil-affairs record kinds: canonical column names, the Chinese headers real exports
//! use for them, and the program codes. Shared by seeding (which writes them) and import
//! (which reads them).

/// One column of a record kind.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Canonical English name.
    pub name: &'static str,
    /// Chinese headers seen in government exports; the first is the one mzctl writes.
    pub zh: &'static [&'static str],
    pub required: bool,
}

const fn col(name: &'static str, zh: &'static [&'static str], required: bool) -> Column {
    Column { name, zh, required }
}

pub const PEOPLE: &[Column] = &[
    col("id_number", &["公民身份号码", "身份证号", "身份证号码", "证件号码"], true),
    col("name", &["姓名"], true),
    col("gender", &["性别"], false),
    col("birth_date", &["出生日期"], false),
    col("region_code", &["行政区划代码", "区划代码"], true),
    col("phone", &["联系电话", "手机号码", "电话"], false),
    col("address", &["住址", "地址", "居住地址"], false),
    col("ethnicity", &["民族"], false),
];

pub const ENROLMENTS: &[Column] = &[
    col("id_number", &["公民身份号码", "身份证号", "身份证号码", "证件号码"], true),
    col("program", &["救助类型", "项目", "保障类型"], true),
    col("region_code", &["行政区划代码", "区划代码"], true),
    col("start_date", &["开始日期", "起始日期"], true),
    col("end_date", &["结束日期", "终止日期"], false),
    col("monthly_amount", &["月保障金", "金额", "月发放金额"], true),
    col("status", &["状态"], false),
];

pub const DEATHS: &[Column] = &[
    col("id_number", &["公民身份号码", "身份证号", "身份证号码", "证件号码"], true),
    col("name", &["姓名"], true),
    col("death_date", &["死亡日期"], true),
    col("cremation_no", &["火化证明编号", "火化证号"], false),
    col("source", &["数据来源", "来源"], false),
];

pub const ORGANIZATIONS: &[Column] = &[
    col("uscc", &["统一社会信用代码"], true),
    col("name", &["名称", "组织名称"], true),
    col("type", &["组织类型", "类型"], true),
    col("region_code", &["行政区划代码", "登记管理机关区划代码"], true),
    col("registered_on", &["登记日期", "成立日期"], false),
    col("legal_rep", &["法定代表人"], false),
    col("status", &["状态", "登记状态"], false),
];

/// Benefit programs: code, Chinese name.
pub const PROGRAMS: &[(&str, &str)] =
    &[("dibao", "低保"), ("tekun", "特困"), ("elder_allowance", "高龄津贴"), ("youfu", "优抚")];

/// The Chinese name of a program code, if built in.
pub fn program_zh(code: &str) -> Option<&'static str> {
    PROGRAMS.iter().find(|(c, _)| *c == code).map(|(_, zh)| *zh)
}

/// A program code from its code or Chinese name.
pub fn program_code(s: &str) -> Option<&'static str> {
    let s = s.trim();
    PROGRAMS.iter().find(|(c, zh)| c.eq_ignore_ascii_case(s) || *zh == s).map(|(c, _)| *c)
}

/// Header row for a kind, canonical or Chinese.
pub fn headers(columns: &[Column], zh: bool) -> Vec<&'static str> {
    columns.iter().map(|c| if zh { c.zh[0] } else { c.name }).collect()
}
