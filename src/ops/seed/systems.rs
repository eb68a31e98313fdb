//! A systems inventory (`systems.csv`) with web access logs in combined format
//! (`logs/<id>.log`): active systems with real users, idle ones whose use stopped months ago,
//! and zombies that see nothing but health checks, monitoring agents and crawlers.
use super::area::Area;
use super::rng::Rng;
use super::writer;
use super::{Manifest, SeedOptions};
use anyhow::Result;
use jiff::{civil::Date, ToSpan};
use std::io::Write;

const SYSTEMS: u64 = 3;

/// (slug, name, department, tags)
/// id, name, department, function tags, what it does (功能, for the clean-up register).
const CATALOGUE: &[(&str, &str, &str, &str, &str)] = &[
    ("dibao", "最低生活保障信息系统", "社会救助处", "救助;低保", "低保申请受理、审核审批、资金发放和动态管理"),
    ("tekun", "特困人员供养管理系统", "社会救助处", "救助;特困", "特困人员认定、供养待遇发放和照料服务管理"),
    ("hunyin", "婚姻登记管理系统", "社会事务处", "婚姻登记", "结婚、离婚登记办理和婚姻登记信息查询"),
    ("binzang", "殡葬服务管理平台", "社会事务处", "殡葬", "遗体接运、火化和殡葬服务预约管理"),
    ("yanglao", "养老服务信息平台", "养老服务处", "养老", "养老机构、居家社区养老服务和老年人补贴管理"),
    ("shezu", "社会组织登记管理系统", "社会组织管理局", "社会组织", "社会团体、民办非企业单位和基金会的登记、年检和执法"),
    ("diming", "地名地址信息系统", "区划地名处", "地名;区划", "地名命名更名、地名标志和标准地址管理"),
    ("ertong", "儿童福利信息系统", "儿童福利处", "儿童福利", "孤儿、事实无人抚养儿童保障和儿童福利机构管理"),
    ("cishan", "慈善捐赠信息平台", "慈善事业促进处", "慈善", "慈善组织认定、慈善募捐备案和捐赠款物管理"),
    ("youfu", "优抚对象管理系统", "优抚安置处", "优抚", "优抚对象认定、抚恤补助发放和信息维护"),
    ("jiuzhu-dsj", "社会救助大数据平台", "社会救助处", "救助;低保;特困", "社会救助对象数据汇聚、比对和统计分析"),
    ("dishouru", "低收入人口动态监测平台", "社会救助处", "救助;监测", "低收入人口动态监测、预警和帮扶信息推送"),
    ("wangban", "民政一网通办平台", "办公室", "政务服务", "民政政务服务事项网上申办和进度查询"),
    ("shequ", "社区治理服务平台", "基层政权建设处", "社区", "社区组织、社区服务和居民议事管理"),
    ("zhiyuan", "志愿服务管理系统", "慈善事业促进处", "志愿服务", "志愿者注册、志愿服务项目和时长记录"),
    ("canbu", "残疾人两项补贴系统", "社会事务处", "残疾人补贴", "困难残疾人生活补贴和重度残疾人护理补贴发放"),
    ("dangan", "婚姻档案数字化系统", "社会事务处", "婚姻登记;档案", "婚姻登记历史档案扫描、著录和调阅"),
    ("gongmu", "公墓管理系统", "社会事务处", "殡葬", "公墓、骨灰安放设施和墓穴销售管理"),
    ("jiuzhuzhan", "救助管理站业务系统", "社会事务处", "救助", "流浪乞讨人员救助、寻亲和返乡管理"),
    ("quhua", "行政区划管理系统", "区划地名处", "区划", "行政区划变更、界线和区划代码管理"),
];

const VENDORS: &[&str] =
    &["数字政府建设运营中心", "华南信息技术有限公司", "城市云科技有限公司", "智慧民政软件有限公司", "信达系统集成有限公司"];
const USER_AGENTS: &[&str] = &[
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
];
const BOTS: &[&str] = &[
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
];
const PROBES: &[(&str, &str)] =
    &[("/health", "kube-probe/1.27"), ("/actuator/health", "Zabbix"), ("/", "Prometheus/blackbox-exporter 0.25.0")];
const PAGES: &[&str] = &[
    "/",
    "/login",
    "/index",
    "/api/v1/cases?page=1",
    "/api/v1/cases/search",
    "/api/v1/people/verify",
    "/report/monthly",
    "/workbench",
    "/api/v1/audit/todo",
    "/export/list.xlsx",
];
const STATIC: &[&str] = &["/static/js/app.js", "/static/css/main.css", "/favicon.ico", "/static/img/logo.png"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/// Days of log history written for each system.
const LOG_DAYS: i64 = 120;

fn clf_time(d: Date, secs: i64) -> String {
    format!(
        "{:02}/{}/{}:{:02}:{:02}:{:02} +0800",
        d.day(),
        MONTHS[d.month() as usize - 1],
        d.year(),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

pub fn generate(opts: &SeedOptions, area: &Area, manifest: &mut Manifest) -> Result<()> {
    let n = (opts.systems as usize).min(CATALOGUE.len() * 4);
    let logs = opts.out.join("logs");
    if n > 0 {
        crate::files::create_dir(&logs)?;
    }
    let headers = [
        "id",
        "name",
        "department",
        "owner",
        "contact",
        "tags",
        "scope",
        "go_live",
        "approval_doc",
        "funding_source",
        "funding_amount",
        "vendor",
        "contract_end",
        "mlps_level",
        "mlps_filing",
        "crypto_assessment",
        "urls",
        "hosts",
        "environment",
        "vcpu",
        "memory_gb",
        "storage_gb",
        "ips",
        "annual_cost",
        "sharing",
        "state",
        "notes",
        "purpose",
        "approved_by",
        "approved_on",
    ];
    let mut w = writer::create(&opts.out.join("systems.csv"), opts.encoding, &headers)?;
    let city = area.code[..4].to_string();
    let as_of = opts.as_of;
    for i in 0..n {
        let mut rng = Rng::derive(opts.seed, SYSTEMS, i as u64);
        let (slug, name, dept, tags, purpose) = CATALOGUE[i % CATALOGUE.len()];
        let round = i / CATALOGUE.len();
        let id = if round == 0 { slug.to_string() } else { format!("{slug}-{}", round + 1) };
        let state: &'static str = match rng.below(20) {
            0..=9 => "active",
            10..=13 => "idle",
            _ => "zombie",
        };
        let go_live = Date::new(rng.range(2009, 2021) as i16, rng.range(1, 12) as i8, rng.range(1, 28) as i8)?;
        let approved_on = go_live.checked_sub(1.year())?;
        let contract_end = match state {
            "active" => as_of.checked_add(rng.range(60, 700).days())?,
            _ => as_of.checked_sub(rng.range(30, 1500).days())?,
        };
        let owner = if state == "zombie" && rng.chance(0.5) {
            String::new()
        } else {
            format!("{}科长", rng.pick(&["王", "李", "陈", "黄", "刘"]))
        };
        let contact = if owner.is_empty() { String::new() } else { format!("020-8{:07}", rng.below(10_000_000)) };
        let host = format!("10.{}.{}.{}", 20 + i / 200, rng.range(1, 254), rng.range(2, 250));
        let vcpu = *rng.pick(&[2, 4, 8, 16]);
        let memory = vcpu * *rng.pick(&[2, 4]);
        let storage = *rng.pick(&[100, 200, 500, 1000, 2000]);
        let annual_cost = vcpu * 1_800 + memory * 600 + storage * 12;
        let row = [
            id.clone(),
            format!("{}{name}", area.name.trim_end_matches("省")),
            dept.to_string(),
            owner,
            contact,
            tags.to_string(),
            if tags.contains("政务服务") { "公众".to_string() } else { "局内工作人员".to_string() },
            go_live.to_string(),
            format!("{}发改〔{}〕{}号", &area.name.chars().take(1).collect::<String>(), go_live.year() - 1, rng.range(10, 300)),
            rng.pick(&["财政预算", "中央专项资金", "部门自筹"]).to_string(),
            format!("{}.00", rng.range(30, 800) * 10_000),
            rng.pick(VENDORS).to_string(),
            contract_end.to_string(),
            rng.pick(&["2", "3", "3"]).to_string(),
            format!("{city}{:02}-{:05}-{:05}", rng.range(10, 99), go_live.year(), rng.below(100_000)),
            rng.pick(&["passed", "pending", "not_started"]).to_string(),
            format!("https://{id}.mz.example.gov.cn/"),
            format!("{host}:443"),
            rng.pick(&["政务云", "政务云", "机房"]).to_string(),
            vcpu.to_string(),
            memory.to_string(),
            storage.to_string(),
            "1".to_string(),
            format!("{annual_cost}.00"),
            rng.pick(&["shared", "not_shared"]).to_string(),
            "in_service".to_string(),
            String::new(),
            purpose.to_string(),
            // Approved by the development and reform commission the year before going live,
            // as the approval document's number says.
            format!("{}发展和改革委员会", area.name),
            approved_on.to_string(),
        ];
        w.write_record(&row)?;
        write_log(&logs.join(format!("{id}.log")), &mut rng, state, as_of)?;
        manifest.systems.insert(id, state);
    }
    w.flush()?;
    manifest.files.insert("systems.csv".into(), n as u64);
    Ok(())
}

/// One log file: probes and crawlers every day for everyone; real users by state.
fn write_log(path: &std::path::Path, rng: &mut Rng, state: &str, as_of: Date) -> Result<()> {
    let file = crate::files::create(path)?;
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, file);
    let users: Vec<String> = (0..rng.range(8, 60)).map(|k| format!("u{:04}", k * 37 % 9973)).collect();
    let clients: Vec<String> =
        (0..users.len() + 10).map(|_| format!("10.{}.{}.{}", rng.range(30, 60), rng.range(0, 255), rng.range(2, 254))).collect();
    for back in (0..LOG_DAYS).rev() {
        let day = as_of.checked_sub((back + 1).days())?;
        let mut lines: Vec<(i64, String)> = Vec::new();
        for hour in (0..24).step_by(2) {
            let (path, agent) = rng.pick(PROBES);
            lines.push((
                hour * 3600 + rng.range(0, 59),
                format!("10.0.0.5 - - [{}] \"GET {path} HTTP/1.1\" 200 15 \"-\" \"{agent}\"", "{t}"),
            ));
        }
        for _ in 0..rng.range(1, 4) {
            let bot = rng.pick(BOTS);
            lines.push((
                rng.range(0, 86_399),
                format!(
                    "{}.{}.{}.{} - - [{{t}}] \"GET / HTTP/1.1\" 200 5120 \"-\" \"{bot}\"",
                    123,
                    rng.range(100, 130),
                    rng.range(0, 255),
                    rng.range(1, 254)
                ),
            ));
        }
        let visits = match state {
            "active" if day.weekday() != jiff::civil::Weekday::Sunday => rng.range(15, 60),
            "idle" if back > 100 => rng.range(0, 4),
            _ => 0,
        };
        for _ in 0..visits {
            let k = rng.below(users.len() as u64) as usize;
            let (ip, user, agent) = (&clients[k], &users[k], rng.pick(USER_AGENTS));
            let t = rng.range(8 * 3600, 18 * 3600);
            let page = rng.pick(PAGES);
            let status = if rng.chance(0.03) { 500 } else { 200 };
            lines.push((
                t,
                format!(
                    "{ip} - {user} [{{t}}] \"GET {page} HTTP/1.1\" {status} {} \"https://portal.example.gov.cn/\" \"{agent}\"",
                    rng.range(800, 90_000)
                ),
            ));
            let asset = rng.pick(STATIC);
            lines.push((t + 1, format!("{ip} - {user} [{{t}}] \"GET {asset} HTTP/1.1\" 304 0 \"-\" \"{agent}\"")));
        }
        lines.sort_by_key(|(t, _)| *t);
        for (t, line) in lines {
            writeln!(w, "{}", line.replace("{t}", &clf_time(day, t.min(86_399))))?;
        }
    }
    w.flush()?;
    Ok(())
}
