//! Placenames (地名): the 20-digit code of the national placename database, the GB/T 18521
//! category table, and the romanized spelling of a name.
//!
//! # Code (国家地名数据库代码, 民地办发〔2010〕1号)
//!
//! 20 digits: county (6, GB/T 2260) + township (3; `000` for a place directly under the
//! county) + category (5) + sequence (6, from `000001`). Example: `33038100122100000001` is
//! the first 城镇居民点 (`22100`) in township `001` of 瑞安市 (`330381`). Sequences are never
//! reused: the next free one is one past the highest ever given in that county, township and
//! category, retired places included.
//!
//! # Categories (GB/T 18521-2001 《地名分类与类别代码编制规则》)
//!
//! GB/T 18521 classes names hierarchically — 门类 (1 digit: 1 自然地理实体, 2 人文地理实体),
//! 大类 (2), 中类 (3), 小类 (4, some 5) — and the placename code carries the class padded to
//! five digits with zeros (`221` 城镇居民点 → `22100`). The second national placename census
//! (第二次全国地名普查工作规程, 国务院第二次全国地名普查领导小组, 2014) grouped names into 12
//! top categories: 海域, 陆地水系, 陆地地形, 行政区域, 群众自治组织, 非行政区域, 居民点,
//! 交通运输设施, 水利电力通信设施, 纪念地旅游景点, 建筑物, 单位 ([`Category::top`]); two of them
//! (群众自治组织 `216`, 非行政区域 `217`) are 中类 of 行政区域 `21` in the standard.
//!
//! Sources of [`CATEGORIES`]: the 12 top categories and their names from the census rules
//! above; the two 门类 and the code structure from GB/T 18521-2001 §6 and Table 2 (which
//! also gives 亭 `2621`, 台 `2622`, 碑 `2623`, 塔 `2624`); the other subcategory codes as they
//! appear in census records and in the category lists of public placename systems built for
//! the census (城镇居民点 `221`, 农村居民点 `222`, 行政村 `21610`, 县道 `23213`, 乡道 `23214`,
//! …). The table lists only classes whose code and name were found that way; the standard
//! has more. A code not in the table is refused rather than guessed.
//!
//! # Romanization
//!
//! [`romanize`] spells a name in Hanyu Pinyin after GB/T 16159 and the placename rules: the
//! specific part (专名) and the generic term (通名: 村, 路, 山, …) are written apart, each
//! capitalized, syllables of one word joined, with an apostrophe before a syllable starting
//! with a, o or e (`北二巷` → `Bei'er Xiang`). The name is read word by word, with place-name
//! readings and family names ([`super::pinyin`]: 重庆 → Chongqing, 银行街 → Yinhang Jie,
//! 单家村 → Shanjia Cun); tone marks are not written, and callers let the user override the
//! result.

use std::fmt;

use serde::Serialize;

use super::pinyin;
use super::records::Column;

/// Whether a place and its name are in use (现今地名) or historical (历史地名).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceStatus {
    Current,
    Historical,
}

impl PlaceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceStatus::Current => "current",
            PlaceStatus::Historical => "historical",
        }
    }

    /// `current`/`historical`, or the census terms 现今地名/历史地名.
    pub fn parse(s: &str) -> Option<PlaceStatus> {
        match s.trim() {
            "current" | "现今地名" | "现今" => Some(PlaceStatus::Current),
            "historical" | "历史地名" | "历史" => Some(PlaceStatus::Historical),
            _ => None,
        }
    }
}

impl fmt::Display for PlaceStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One class of GB/T 18521, as used in placename codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Category {
    /// Five digits, zero-padded (`22100`).
    pub code: &'static str,
    pub name: &'static str,
    /// The nearest class above it in the table (`None` for the two 门类).
    pub parent: Option<&'static str>,
    /// One of the 12 top categories of the second national placename census.
    pub top: bool,
}

impl Category {
    /// The significant digits: the code without its zero padding (`22100` → `221`). Every
    /// class below this one has a code starting with them.
    pub fn prefix(&self) -> &'static str {
        self.code.trim_end_matches('0')
    }

    /// The census top category this class belongs to (itself if it is one; `None` for a 门类).
    pub fn top_category(&self) -> Option<&'static Category> {
        let mut c = category(self.code)?;
        loop {
            if c.top {
                return Some(c);
            }
            c = category(c.parent?)?;
        }
    }
}

const fn cat(code: &'static str, name: &'static str, parent: &'static str) -> Category {
    Category { code, name, parent: Some(parent), top: false }
}

const fn top(code: &'static str, name: &'static str, parent: &'static str) -> Category {
    Category { code, name, parent: Some(parent), top: true }
}

/// The category table, by code (see the module docs for its sources).
pub const CATEGORIES: &[Category] = &[
    Category { code: "10000", name: "自然地理实体", parent: None, top: false },
    top("11000", "海域", "10000"),
    cat("11500", "海洋岛屿", "11000"),
    top("12000", "陆地水系", "10000"),
    cat("12100", "河流", "12000"),
    cat("12200", "湖泊", "12000"),
    top("13000", "陆地地形", "10000"),
    cat("13400", "山地", "13000"),
    cat("13410", "山口、关隘", "13400"),
    Category { code: "20000", name: "人文地理实体", parent: None, top: false },
    top("21000", "行政区域", "20000"),
    cat("21200", "省级行政区", "21000"),
    cat("21300", "地级行政区", "21000"),
    cat("21400", "县级行政区", "21000"),
    cat("21500", "乡级行政区", "21000"),
    top("21600", "群众自治组织", "20000"),
    cat("21610", "行政村", "21600"),
    cat("21630", "村民小组", "21600"),
    top("21700", "非行政区域", "20000"),
    cat("21730", "工业区、开发区", "21700"),
    cat("21740", "边贸区、口岸", "21700"),
    cat("21750", "军事区", "21700"),
    top("22000", "居民点", "20000"),
    cat("22100", "城镇居民点", "22000"),
    cat("22200", "农村居民点", "22000"),
    cat("22300", "工矿点", "22000"),
    cat("22400", "农、林、牧场等", "22000"),
    cat("22900", "其他居民点", "22000"),
    top("23000", "交通运输设施", "20000"),
    cat("23110", "锚地", "23000"),
    cat("23120", "海港", "23000"),
    cat("23130", "河港", "23000"),
    cat("23140", "船闸、升船机站", "23000"),
    cat("23150", "渡口", "23000"),
    cat("23213", "县道", "23000"),
    cat("23214", "乡道", "23000"),
    cat("23220", "长途汽车站", "23000"),
    cat("23330", "道口", "23000"),
    cat("23410", "航空港", "23000"),
    cat("23530", "公共交通车站", "23000"),
    cat("23540", "停车场", "23000"),
    cat("23610", "桥梁", "23000"),
    cat("23620", "隧道", "23000"),
    cat("23650", "环岛、路口", "23000"),
    cat("23660", "加油站", "23000"),
    cat("23670", "灯塔、导航站", "23000"),
    top("24000", "水利、电力、通信设施", "20000"),
    cat("24100", "井", "24000"),
    cat("24200", "蓄水区", "24000"),
    cat("24210", "池塘", "24200"),
    cat("24230", "水库", "24200"),
    cat("24300", "排灌设施", "24000"),
    cat("24400", "堤堰", "24000"),
    cat("24500", "运河", "24000"),
    cat("24600", "电力设施", "24000"),
    cat("24700", "通信设施", "24000"),
    top("25000", "纪念地、旅游景点", "20000"),
    cat("25100", "纪念地", "25000"),
    cat("25200", "公园", "25000"),
    cat("25300", "风景名胜区（点）", "25000"),
    top("26000", "建筑物", "20000"),
    cat("26210", "亭", "26000"),
    cat("26220", "台", "26000"),
    cat("26230", "碑", "26000"),
    cat("26240", "塔", "26000"),
    cat("26300", "场", "26000"),
    cat("26310", "广场、体育场", "26300"),
    cat("26510", "集贸市场、专业市场", "26000"),
    top("27000", "单位", "20000"),
    cat("27100", "党政机关", "27000"),
    cat("27200", "民间组织", "27000"),
    cat("27300", "事业单位", "27000"),
    cat("27400", "企业", "27000"),
    cat("27410", "酒店", "27400"),
    cat("27500", "军事单位", "27000"),
    cat("27600", "民政事务网点", "27000"),
];

/// The class with this five-digit code.
pub fn category(code: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.code == code)
}

/// A class by five-digit code, by its code without padding (`221`), or by name (`城镇居民点`).
pub fn find_category(text: &str) -> Option<&'static Category> {
    let text = text.trim();
    if !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit()) {
        let padded = format!("{text:0<5}");
        return category(&padded);
    }
    CATEGORIES.iter().find(|c| c.name == text)
}

/// A parsed placename code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlaceCode {
    /// Six digits (GB/T 2260).
    pub county: String,
    /// Three digits; `000` = directly under the county.
    pub township: String,
    /// Five digits, a class of [`CATEGORIES`].
    pub category: &'static Category,
    /// 1 ..= 999 999.
    pub seq: u32,
}

/// Largest sequence number.
pub const MAX_SEQ: u32 = 999_999;

/// Why a placename code is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Not 20 ASCII digits.
    Format,
    /// The category digits are not a class of the table.
    UnknownCategory(String),
    /// Sequence `000000`.
    ZeroSequence,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Format => f.write_str("a placename code is 20 digits: county (6) + township (3) + category (5) + sequence (6)"),
            CodeError::UnknownCategory(c) => write!(f, "category {c} is not in the GB/T 18521 table (see `mzctl place add --help`)"),
            CodeError::ZeroSequence => f.write_str("the sequence (last 6 digits) starts at 000001"),
        }
    }
}

impl std::error::Error for CodeError {}

impl PlaceCode {
    /// Parse and check a 20-digit code (digits, known category, non-zero sequence). Whether
    /// the county exists is for the caller to check against the region data.
    pub fn parse(code: &str) -> Result<PlaceCode, CodeError> {
        if code.len() != 20 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CodeError::Format);
        }
        let category = category(&code[9..14]).ok_or_else(|| CodeError::UnknownCategory(code[9..14].to_string()))?;
        let seq: u32 = code[14..].parse().map_err(|_| CodeError::Format)?;
        if seq == 0 {
            return Err(CodeError::ZeroSequence);
        }
        Ok(PlaceCode { county: code[..6].to_string(), township: code[6..9].to_string(), category, seq })
    }

    /// The 20-digit code.
    pub fn code(&self) -> String {
        format!("{}{}{}{:06}", self.county, self.township, self.category.code, self.seq)
    }

    /// The region the place lies in: the 9-digit township code, or the county for `000`.
    pub fn region(&self) -> String {
        if self.township == "000" {
            self.county.clone()
        } else {
            format!("{}{}", self.county, self.township)
        }
    }
}

impl fmt::Display for PlaceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

/// Split a 6- or 9-digit region code into (county, township); `000` for a county.
pub fn split_region(region: &str) -> Option<(&str, &str)> {
    if !region.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match region.len() {
        6 => Some((region, "000")),
        9 => Some((&region[..6], &region[6..])),
        _ => None,
    }
}

/// Generic terms (通名) written apart from the specific part (the longest that ends a name wins).
const GENERICS: &[&str] = &[
    "居民委员会",
    "村民委员会",
    "自然村",
    "居委会",
    "村委会",
    "开发区",
    "风景区",
    "水库",
    "街道",
    "大道",
    "大街",
    "公路",
    "胡同",
    "广场",
    "公园",
    "大桥",
    "隧道",
    "车站",
    "码头",
    "渡口",
    "水渠",
    "山脉",
    "社区",
    "小区",
    "花园",
    "新村",
    "村",
    "庄",
    "屯",
    "寨",
    "坊",
    "里",
    "路",
    "街",
    "巷",
    "弄",
    "道",
    "桥",
    "山",
    "峰",
    "岭",
    "河",
    "江",
    "湖",
    "溪",
    "港",
    "湾",
    "岛",
    "塘",
    "渠",
    "堰",
    "闸",
    "塔",
    "亭",
    "碑",
    "园",
    "镇",
    "乡",
    "县",
    "区",
    "市",
];

/// The (specific, generic) parts of a name: `北二巷` → (`北二`, `巷`). A name that is only a
/// generic term, or has none, is all specific.
pub fn split_generic(name: &str) -> (&str, &str) {
    GENERICS
        .iter()
        .filter(|g| name.len() > g.len() && name.ends_with(*g))
        .max_by_key(|g| g.len())
        .map_or((name, ""), |g| (&name[..name.len() - g.len()], g))
}

/// One capitalized word of joined syllables, with apostrophes before a, o, e after the first.
fn word(syllables: &[&str], out: &mut String) {
    for (i, s) in syllables.iter().enumerate() {
        if i > 0 && s.starts_with(['a', 'o', 'e']) {
            out.push('\'');
        }
        let mut chars = s.chars();
        if i == 0 {
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
            }
        }
        out.push_str(chars.as_str());
    }
}

/// Pinyin of a name after GB/T 16159 (see the module docs): `北二巷` → `Bei'er Xiang`,
/// `重庆路` → `Chongqing Lu`, `黄村` → `Huang Cun`, `银行街` → `Yinhang Jie`. Characters without
/// a reading (Latin letters, digits) are kept in place.
pub fn romanize(name: &str) -> String {
    let (specific, generic) = split_generic(name);
    let mut readings = pinyin::read_parts(&[specific, generic]).into_iter();
    let mut out = String::new();
    // Runs of Chinese characters become words; anything else is copied as written.
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut String| {
        if run.is_empty() {
            return;
        }
        if out.chars().last().is_some_and(|c| !c.is_whitespace()) {
            out.push(' ');
        }
        word(run, out);
        run.clear();
    };
    for part in [specific, generic].into_iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in part.chars() {
            match readings.next().flatten() {
                Some(syllable) => run.push(syllable),
                None => {
                    flush(&mut run, &mut out);
                    out.push(c);
                }
            }
        }
        flush(&mut run, &mut out);
    }
    out
}

/// The columns of a placename file: canonical names (what `place export` writes) and the
/// Chinese headers of census registers (第二次全国地名普查登记表) that `place import` accepts.
pub const COLUMNS: &[Column] = &[
    Column { name: "code", zh: &["地名代码", "代码"], required: false },
    Column { name: "name", zh: &["标准名称", "地名", "名称"], required: true },
    Column { name: "aliases", zh: &["别名", "简称"], required: false },
    Column { name: "pinyin", zh: &["罗马字母拼写", "汉语拼音", "拼音"], required: false },
    Column { name: "category", zh: &["类别", "类别名称", "地名类别", "类别代码"], required: true },
    Column { name: "region", zh: &["所在行政区", "所在（跨）行政区", "行政区划代码", "区划代码"], required: true },
    Column { name: "longitude", zh: &["东经", "经度"], required: false },
    Column { name: "latitude", zh: &["北纬", "纬度"], required: false },
    Column { name: "meaning", zh: &["含义", "地名含义", "地名的含义"], required: false },
    Column { name: "history", zh: &["历史沿革", "地名的历史沿革"], required: false },
    Column { name: "status", zh: &["使用时间", "状态"], required: false },
    Column { name: "set_up_year", zh: &["设立年份"], required: false },
    Column { name: "abolished_year", zh: &["废止年份"], required: false },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        let tops: Vec<&str> = CATEGORIES.iter().filter(|c| c.top).map(|c| c.name).collect();
        assert_eq!(
            tops,
            [
                "海域",
                "陆地水系",
                "陆地地形",
                "行政区域",
                "群众自治组织",
                "非行政区域",
                "居民点",
                "交通运输设施",
                "水利、电力、通信设施",
                "纪念地、旅游景点",
                "建筑物",
                "单位"
            ]
        );
        for (i, c) in CATEGORIES.iter().enumerate() {
            assert!(c.code.len() == 5 && c.code.bytes().all(|b| b.is_ascii_digit()), "{}", c.code);
            assert!(CATEGORIES[..i].iter().all(|d| d.code != c.code && d.name != c.name), "duplicate {}", c.code);
            if let Some(p) = c.parent {
                let parent = category(p).unwrap();
                assert!(c.code.starts_with(parent.prefix()), "{} under {}", c.code, p);
                assert!(c.top_category().is_some(), "{}", c.code);
            }
        }
        assert!(CATEGORIES.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(find_category("221").unwrap().name, "城镇居民点");
        assert_eq!(find_category("22100").unwrap().name, "城镇居民点");
        assert_eq!(find_category("农村居民点").unwrap().code, "22200");
        assert_eq!(find_category("23213").unwrap().top_category().unwrap().name, "交通运输设施");
        assert_eq!(find_category("99"), None);
        assert_eq!(category("22000").unwrap().prefix(), "22");
    }

    #[test]
    fn codes_parse_and_format() {
        let c = PlaceCode::parse("33038100122100000001").unwrap();
        assert_eq!((c.county.as_str(), c.township.as_str(), c.category.name, c.seq), ("330381", "001", "城镇居民点", 1));
        assert_eq!(c.code(), "33038100122100000001");
        assert_eq!(c.region(), "330381001");
        let county_level = PlaceCode { township: "000".into(), ..c.clone() };
        assert_eq!(county_level.region(), "330381");
        assert_eq!(PlaceCode::parse("3303810012210000001"), Err(CodeError::Format));
        assert_eq!(PlaceCode::parse("33038100122100000000"), Err(CodeError::ZeroSequence));
        assert_eq!(PlaceCode::parse("33038100199999000001"), Err(CodeError::UnknownCategory("99999".into())));
        assert_eq!(PlaceCode::parse("3303810012210000000a"), Err(CodeError::Format));
        assert_eq!(split_region("440106001"), Some(("440106", "001")));
        assert_eq!(split_region("440106"), Some(("440106", "000")));
        assert_eq!(split_region("4401"), None);
    }

    #[test]
    fn romanization() {
        assert_eq!(romanize("北二巷"), "Bei'er Xiang");
        assert_eq!(romanize("黄村"), "Huang Cun");
        assert_eq!(romanize("重庆路"), "Chongqing Lu");
        assert_eq!(romanize("天河"), "Tian He");
        assert_eq!(romanize("西安"), "Xi'an");
        assert_eq!(romanize("长安街"), "Chang'an Jie");
        assert_eq!(romanize("村"), "Cun");
        assert_eq!(romanize("S3号路"), "S3 Hao Lu");
        assert_eq!(split_generic("五山街道"), ("五山", "街道"));
    }

    #[test]
    fn romanization_reads_words_not_characters() {
        // Each was misread character by character (Zhongyang, Yinxing, Daxia, Danjia, Cengjiayan).
        assert_eq!(romanize("重阳桥"), "Chongyang Qiao");
        assert_eq!(romanize("银行街"), "Yinhang Jie");
        assert_eq!(romanize("大厦"), "Dasha");
        assert_eq!(romanize("单家村"), "Shanjia Cun");
        assert_eq!(romanize("曾家岩"), "Zengjiayan");
        // Place-name readings and generic terms as before.
        assert_eq!(romanize("朝阳路"), "Chaoyang Lu");
        assert_eq!(romanize("长大街"), "Chang Dajie");
        assert_eq!(romanize("区庄"), "Ou Zhuang");
        assert_eq!(romanize("六安路"), "Lu'an Lu");
    }
}
