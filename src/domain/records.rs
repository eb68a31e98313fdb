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

/// Benefit payments as paid (the 实发名单): one row per transfer. `month` is the month paid
/// for (YYYY-MM); `reference` (发放流水号), when the paying system gives one, identifies the row.
pub const PAYMENTS: &[Column] = &[
    col("id_number", &["公民身份号码", "身份证号", "身份证号码", "证件号码"], true),
    col("program", &["救助类型", "项目", "保障类型"], true),
    col("region_code", &["行政区划代码", "区划代码", "发放地区"], true),
    col("month", &["发放月份", "所属月份"], true),
    col("amount", &["发放金额", "金额", "实发金额"], true),
    col("paid_on", &["发放日期", "支付日期"], true),
    col("channel", &["发放渠道", "发放方式"], false),
    col("account", &["银行账号", "账号", "社保卡号"], false),
    col("reference", &["发放流水号", "流水号"], false),
];

/// The key a finding on a payment names it by: the holder's ID number first, as every
/// person's finding key begins (so a person's findings are found by that prefix, and masked by
/// it), then the payment. A key made of the payment's fields already begins with the number; a
/// reference (`ref:…`) is prefixed with it.
pub fn payment_finding_key(id_number: &str, pay_key: &str) -> String {
    if pay_key.starts_with(id_number) && pay_key[id_number.len()..].starts_with('|') {
        pay_key.to_string()
    } else {
        format!("{id_number}|{pay_key}")
    }
}

/// Benefit programs: code, Chinese name.
pub const PROGRAMS: &[(&str, &str)] = &[("dibao", "低保"), ("tekun", "特困"), ("elder_allowance", "高龄津贴"), ("youfu", "优抚")];

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

/// The information-system inventory. Headers are matched after trimming, half-width
/// conversion and ASCII lowercasing, so the Chinese headers are listed in that form.
pub const SYSTEMS: &[Column] = &[
    col("id", &["系统编号", "系统标识", "编号"], true),
    col("name", &["系统名称", "名称"], true),
    col("department", &["主管部门", "责任部门", "使用部门"], false),
    col("owner", &["负责人", "系统负责人"], false),
    col("contact", &["联系电话", "联系方式"], false),
    col("tags", &["功能标签"], false),
    col("scope", &["服务对象", "使用范围"], false),
    col("go_live", &["上线时间", "上线日期"], false),
    col("approval_doc", &["立项批复文号", "立项文号", "立项批复"], false),
    col("funding_source", &["资金来源"], false),
    col("funding_amount", &["建设金额", "投资金额", "建设资金(元)"], false),
    col("vendor", &["承建单位", "开发单位", "建设单位"], false),
    col("contract_end", &["运维合同到期", "运维合同到期日", "运维合同截止日期"], false),
    col("mlps_level", &["等保级别", "等级保护级别", "等保等级"], false),
    col("mlps_filing", &["等保备案号", "备案编号"], false),
    col("crypto_assessment", &["密评情况", "密码应用安全性评估"], false),
    col("urls", &["访问地址", "系统网址", "网址"], false),
    col("hosts", &["服务器地址", "部署主机", "主机"], false),
    col("environment", &["部署环境", "部署方式"], false),
    col("vcpu", &["cpu核数", "vcpu数"], false),
    col("memory_gb", &["内存(gb)", "内存"], false),
    col("storage_gb", &["存储(gb)", "存储"], false),
    col("ips", &["ip数量", "ip地址数"], false),
    col("annual_cost", &["年运维费用(元)", "年度费用", "年运维费用"], false),
    col("sharing", &["数据共享情况", "共享情况"], false),
    col("state", &["生命周期状态", "系统状态"], false),
    col("notes", &["备注"], false),
    col("purpose", &["功能", "主要功能", "系统功能", "功能描述"], false),
    col("approved_by", &["审批部门", "批准部门", "审批单位"], false),
    col("approved_on", &["审批时间", "审批日期", "批准时间"], false),
];
