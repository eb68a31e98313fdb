//! Name search: short names, place-name pinyin, and the search keys of every version (the
//! ranking is [`crate::domain::pinyin::search`]'s, shared with `place search`).
//!
//! The `pinyin` crate reads one character at a time with its most common
//! reading, which is often wrong in place names (重庆 is *chong*qing, not
//! zhongqing). [`pinyin_syllables`] first applies a table of place-name words,
//! then of characters whose place-name reading differs from the crate's
//! default, then the crate.

use std::collections::HashMap;
use std::sync::OnceLock;

use pinyin::ToPinyin;

use super::{Level, Version};
use crate::domain::pinyin::search::{Keys, Query};

/// A word and its syllables.
type Word = (&'static str, &'static [&'static str]);

/// Words read differently in place names than character by character
/// (longer words before words they start with).
const WORDS: &[Word] = &[
    ("红寺堡", &["hong", "si", "bu"]),
    ("庞家堡", &["pang", "jia", "bu"]),
    ("重庆", &["chong", "qing"]),
    ("六安", &["lu", "an"]),
    ("六合", &["lu", "he"]),
    ("乐清", &["yue", "qing"]),
    ("乐亭", &["lao", "ting"]),
    ("番禺", &["pan", "yu"]),
    ("大埔", &["da", "bu"]),
    ("长子", &["zhang", "zi"]),
    ("单县", &["shan", "xian"]),
    ("蔚县", &["yu", "xian"]),
    ("铅山", &["yan", "shan"]),
    ("涡阳", &["guo", "yang"]),
    ("浚县", &["xun", "xian"]),
    ("荥经", &["ying", "jing"]),
    ("牟平", &["mu", "ping"]),
    ("黄陂", &["huang", "pi"]),
    ("犍为", &["qian", "wei"]),
    ("筠连", &["jun", "lian"]),
    ("珲春", &["hun", "chun"]),
    ("瑷珲", &["ai", "hui"]),
    ("洪洞", &["hong", "tong"]),
    ("枞阳", &["zong", "yang"]),
    ("尉犁", &["yu", "li"]),
    ("泌阳", &["bi", "yang"]),
    ("伽师", &["jia", "shi"]),
    ("曾都", &["zeng", "du"]),
    ("繁峙", &["fan", "shi"]),
    ("东阿", &["dong", "e"]),
    ("吴堡", &["wu", "bu"]),
    ("莘庄", &["xin", "zhuang"]),
    ("通什", &["tong", "za"]),
    ("畹町", &["wan", "ding"]),
    ("丽水", &["li", "shui"]),
    ("蚌埠", &["beng", "bu"]),
    ("厦门", &["xia", "men"]),
];

/// Characters whose reading in place names is not the crate's default.
const CHARS: &[(char, &str)] = &[
    ('长', "chang"), // 长沙, 长春 (default zhang)
    ('都', "du"),    // 成都 (default dou)
    ('藏', "zang"),  // 西藏 (default cang)
    ('佛', "fo"),    // 佛山 (default fu)
    ('厦', "xia"),   // 厦门 (default sha)
    ('蚌', "beng"),  // 蚌埠 (default bang)
    ('什', "shi"),   // 喀什, 什邡 (default shen)
    ('勒', "le"),    // 阿勒泰, 锡林郭勒 (default lei)
];

/// The [`WORDS`] entries starting with `c`, in table order.
fn words_starting_with(c: char) -> &'static [Word] {
    static INDEX: OnceLock<HashMap<char, Vec<Word>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: HashMap<char, Vec<Word>> = HashMap::new();
        for &(word, syllables) in WORDS {
            if let Some(first) = word.chars().next() {
                index.entry(first).or_default().push((word, syllables));
            }
        }
        index
    });
    index.get(&c).map_or(&[], Vec::as_slice)
}

/// Toneless pinyin syllables of a place name, with place-name readings
/// (`重庆市` → `chong qing shi`). Characters without a reading are skipped;
/// `ü` is kept as is.
pub fn pinyin_syllables(name: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut rest = name;
    'scan: while let Some(c) = rest.chars().next() {
        for &(word, syllables) in words_starting_with(c) {
            if let Some(after) = rest.strip_prefix(word) {
                out.extend_from_slice(syllables);
                rest = after;
                continue 'scan;
            }
        }
        if let Some(&(_, s)) = CHARS.iter().find(|(ch, _)| *ch == c) {
            out.push(s);
        } else if let Some(p) = c.to_pinyin() {
            out.push(p.plain());
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

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
    let Some((suffix, mut stem)) = SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s).map(|stem| (s, stem)))
        .filter(|(_, stem)| long_enough(stem))
    else {
        return name;
    };
    if suffix.starts_with("自治") {
        'strip: loop {
            for e in ETHNIC {
                let with_zu = stem.strip_suffix('族').and_then(|s| s.strip_suffix(e));
                let bare = || {
                    Some(stem)
                        .filter(|_| long_enough(e))
                        .and_then(|s| s.strip_suffix(e))
                };
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
                let short_syllables = pinyin_syllables(short);
                let mut full = short_syllables.clone();
                full.extend(pinyin_syllables(&v.name[short.len()..]));
                Entry {
                    short_len: short.len(),
                    keys: Keys::from_syllables(&short_syllables, &full),
                }
            })
            .collect();
        Index { entries }
    }

    /// Ids of the versions accepted by `keep` that match `text`, best first (ties by level,
    /// then code).
    pub(super) fn find(
        &self,
        text: &str,
        versions: &[Version],
        keep: impl Fn(&Version) -> bool,
    ) -> Vec<u32> {
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
