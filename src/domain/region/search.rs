//! Name search: short names, and the search keys of every version (the ranking is
//! [`crate::domain::pinyin::search`]'s, shared with `place search`).

use crate::domain::pinyin::read_parts;
use crate::domain::pinyin::search::{Keys, Query};

use super::{Level, Version};

/// Suffixes dropped for a short name, longest first where one ends another.
const SUFFIXES: &[&str] = &[
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "街道办事处",
    "社区居委会",
    "村民委员会",
    "居民委员会",
    "村委会",
    "居委会",
    "地区",
    "林区",
    "特区",
    "新区",
    "矿区",
    "街道",
    "苏木",
    "社区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
    "镇",
    "乡",
    "村",
];

/// Ethnic groups named before 自治区/州/县/旗 (with or without 族), longest first.
const ETHNIC: &[&str] = &[
    "柯尔克孜",
    "乌孜别克",
    "哈萨克",
    "维吾尔",
    "达斡尔",
    "俄罗斯",
    "鄂温克",
    "鄂伦春",
    "塔吉克",
    "塔塔尔",
    "蒙古",
    "布依",
    "朝鲜",
    "土家",
    "哈尼",
    "傈僳",
    "高山",
    "拉祜",
    "东乡",
    "纳西",
    "景颇",
    "仫佬",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "德昂",
    "保安",
    "裕固",
    "独龙",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "回",
    "藏",
    "苗",
    "彝",
    "壮",
    "满",
    "侗",
    "瑶",
    "白",
    "傣",
    "黎",
    "佤",
    "畲",
    "水",
    "土",
    "羌",
    "怒",
    "京",
    "各",
];

/// At least two characters must remain (`和县` stays `和县`).
fn long_enough(s: &str) -> bool {
    s.chars().nth(1).is_some()
}

/// Common short form of a name: `广州市` → `广州`, `新疆维吾尔自治区` → `新疆`,
/// `湘西土家族苗族自治州` → `湘西`, `天河区` → `天河`. Names that would shrink to
/// one character are kept whole.
pub fn short_name(name: &str) -> &str {
    if name == "市辖区" {
        return name;
    }
    let Some((suffix, mut stem)) =
        SUFFIXES.iter().find_map(|s| name.strip_suffix(s).map(|stem| (s, stem))).filter(|(_, stem)| long_enough(stem))
    else {
        return name;
    };
    if suffix.starts_with("自治") {
        'strip: loop {
            for e in ETHNIC {
                let with_zu = stem.strip_suffix('族').and_then(|s| s.strip_suffix(e));
                let bare = || Some(stem).filter(|_| long_enough(e)).and_then(|s| s.strip_suffix(e));
                if let Some(s) = with_zu.or_else(bare).filter(|s| long_enough(s)) {
                    stem = s;
                    continue 'strip;
                }
            }
            break;
        }
    }
    stem
}

/// Search keys of one version.
#[derive(Debug)]
struct Entry {
    /// Byte length of the short name (a prefix of the name).
    short_len: usize,
    keys: Keys,
}

/// Search keys, parallel to the database's versions.
#[derive(Debug)]
pub(super) struct Index {
    entries: Vec<Entry>,
}

impl Index {
    pub(super) fn new(versions: &[Version]) -> Index {
        let entries = versions
            .iter()
            .map(|v| {
                let short = short_name(&v.name);
                // The short name and the suffix are parts: no word spans 广州 and 市.
                let readings = read_parts(&[short, &v.name[short.len()..]]);
                let n = short.chars().count();
                let full: Vec<&str> = readings.iter().copied().flatten().collect();
                let short_syllables: Vec<&str> = readings[..n].iter().copied().flatten().collect();
                Entry { short_len: short.len(), keys: Keys::from_syllables(&short_syllables, &full) }
            })
            .collect();
        Index { entries }
    }

    /// Ids of the versions accepted by `keep` that match `text`, best first (ties by level,
    /// then code).
    pub(super) fn find(&self, text: &str, versions: &[Version], keep: impl Fn(&Version) -> bool) -> Vec<u32> {
        let Some(query) = Query::new(text) else {
            return Vec::new();
        };
        let mut hits: Vec<(u8, Level, &str, u32)> = Vec::new();
        for (id, (v, e)) in versions.iter().zip(&self.entries).enumerate() {
            if !keep(v) {
                continue;
            }
            if let Some(rank) = query.rank(&v.name, &v.name[..e.short_len], &[], &e.keys) {
                hits.push((rank, v.level, &v.code, id as u32));
            }
        }
        hits.sort_unstable();
        hits.into_iter().map(|(.., id)| id).collect()
    }
}
