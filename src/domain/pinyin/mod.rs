//! Pinyin of place names, read word by word.
//!
//! The `pinyin` crate gives every character its most common reading, which is wrong for
//! common words with several readings (银行 is yin*hang*, 大厦 da*sha*, 重阳 *chong*yang) and
//! for place-name readings (重庆 is *chong*qing, 六安 *lu*'an). [`read`] reads a text in this
//! order, at each position taking the first rule that applies:
//!
//! 1. a **surname** at the start of a name, before 家/庄/村/… (单家村, 曾家岩, 区庄): the
//!    character reads as the surname (单 shan, 曾 zeng, 区 ou, …; [`SURNAMES`]);
//! 2. the **longest word** starting there, from the place-name table ([`PLACE_WORDS`]: 重庆,
//!    六安, 朝阳 — place-name readings, which win over a general word with the same letters) and
//!    the phrase table (`phrases.txt`: common words whose reading is not the characters'
//!    readings one by one, from pypinyin's phrase dictionary; see `SOURCES.md`). A phrase
//!    starting with a character that ends place words ([`WORD_ENDS`]: 州, 村, 路, …) is only
//!    taken at the start of a part: 湖州长兴路 is 湖州 + 长兴, not 州长 ("governor");
//! 3. the character's **place-name reading** where it differs from the crate's ([`PLACE_CHARS`]:
//!    长 chang, 都 du, …);
//! 4. the crate's reading.
//!
//! Words never cross the boundary between the parts of a name read separately
//! ([`read_parts`]): 长大街 is 长 + 大街 (Chang Dajie), not 长大 (zhang da, "grow up") + 街.
//!
//! [`search`] holds the one ranking both name searches (`region search`, `place search`) use.

pub mod search;

use std::collections::HashMap;
use std::sync::OnceLock;

use pinyin::ToPinyin;

/// Words read differently in place names than the phrase table or the characters one by one
/// would read them.
pub const PLACE_WORDS: &[(&str, &[&str])] = &[
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
    ("朝阳", &["chao", "yang"]),
    ("漯河", &["luo", "he"]),
    ("马尾", &["ma", "wei"]),
    ("南乐", &["nan", "le"]),
    ("民乐", &["min", "le"]),
    ("浪卡子", &["lang", "ka", "zi"]),
    ("柏林", &["bai", "lin"]),
];

/// Characters whose reading in place names is not the crate's.
pub const PLACE_CHARS: &[(char, &str)] = &[
    ('长', "chang"), // 长沙, 长春 (crate: zhang)
    ('都', "du"),    // 成都 (crate: dou)
    ('藏', "zang"),  // 西藏 (crate: cang)
    ('佛', "fo"),    // 佛山 (crate: fu)
    ('厦', "xia"),   // 厦门 (crate: sha; 大厦 is a word: da sha)
    ('蚌', "beng"),  // 蚌埠 (crate: bang)
    ('什', "shi"),   // 喀什, 什邡 (crate: shen)
    ('勒', "le"),    // 阿勒泰, 锡林郭勒 (crate: lei)
];

/// Surnames read otherwise than the character's common reading (《现代汉语词典》 gives each as
/// a surname with this reading), and read so at the start of a name before [`SURNAME_PLACES`].
pub const SURNAMES: &[(char, &str)] = &[
    ('单', "shan"),
    ('曾', "zeng"),
    ('解', "xie"),
    ('仇', "qiu"),
    ('区', "ou"),
    ('朴', "piao"),
    ('查', "zha"),
    ('盖', "ge"),
    ('缪', "miao"),
    ('覃', "qin"),
    ('翟', "zhai"),
    ('种', "chong"),
    ('折', "she"),
    ('召', "shao"),
    ('隗', "wei"),
    ('阚', "kan"),
];

/// What follows a family name in a place named after the family (单家村, 曾庄, 区庄, 曾厝垵).
pub const SURNAME_PLACES: &[char] = &['家', '庄', '村', '屯', '寨', '营', '堡', '店', '集', '湾', '厝', '坊', '楼', '宅', '窑', '岗'];

/// Characters that end a place word: generic terms (村, 路, 山, …), unit suffixes (市, 县, 州,
/// …). Inside a part of a name, a phrase starting with one is not taken: there the character
/// most likely ends the word before it (湖州 + 长兴, not 州长 "governor"; 李村 + 长街, not 村长).
pub const WORD_ENDS: &[char] = &[
    '省', '市', '区', '县', '州', '旗', '盟', '镇', '乡', '村', '庄', '屯', '寨', '坊', '里', '路', '街', '巷', '弄', '道', '桥', '山',
    '峰', '岭', '河', '江', '湖', '溪', '港', '湾', '岛', '塘', '渠', '堰', '闸', '塔', '亭', '碑', '园', '城', '堡', '营', '门', '口',
    '场', '厂', '站', '院', '所', '队', '局', '楼',
];

/// The phrase table (see `SOURCES.md`): `word syllable syllable…` per line, `#` comments.
const PHRASES: &str = include_str!("phrases.txt");

/// Place words and phrases by text, and for each first character the longest word starting
/// with it (in characters), so that most positions cost one probe.
struct Words {
    words: HashMap<&'static str, Reading>,
    longest: HashMap<char, usize>,
}

#[derive(Clone, Copy)]
enum Reading {
    Place(&'static [&'static str]),
    /// Space-separated syllables, one per character.
    Phrase(&'static str),
}

impl Reading {
    fn syllables(self) -> impl Iterator<Item = &'static str> {
        let (place, phrase) = match self {
            Reading::Place(s) => (s, ""),
            Reading::Phrase(p) => (&[][..], p),
        };
        place.iter().copied().chain(phrase.split(' ').filter(|s| !s.is_empty()))
    }
}

/// The lines of the phrase table: (word, syllables).
fn phrase_lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    PHRASES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).filter_map(|l| l.split_once(' '))
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = HashMap::with_capacity(PHRASES.len() / 16 + PLACE_WORDS.len());
        for (word, syllables) in phrase_lines() {
            words.insert(word, Reading::Phrase(syllables));
        }
        // Place-name readings replace a phrase with the same characters.
        for &(word, syllables) in PLACE_WORDS {
            words.insert(word, Reading::Place(syllables));
        }
        let mut longest: HashMap<char, usize> = HashMap::new();
        for w in words.keys() {
            if let Some(first) = w.chars().next() {
                let n = longest.entry(first).or_default();
                *n = (*n).max(w.chars().count());
            }
        }
        Words { words, longest }
    })
}

fn lookup(table: &[(char, &'static str)], c: char) -> Option<&'static str> {
    table.iter().find(|(ch, _)| *ch == c).map(|&(_, s)| s)
}

/// The reading of one character on its own: its place-name reading, else the crate's.
pub fn char_reading(c: char) -> Option<&'static str> {
    lookup(PLACE_CHARS, c).or_else(|| c.to_pinyin().map(|p| p.plain()))
}

/// The reading of each character of `text`, in order: its toneless syllable (`ü` as is), or
/// `None` for a character without one (Latin letters, digits, punctuation). `text` is one
/// part of a name; a name starts with it.
pub fn read(text: &str) -> Vec<Option<&'static str>> {
    read_parts(&[text])
}

/// [`read`] for a name given in parts (the specific part and the generic term, `长` + `大街`):
/// words are found within a part, the surname rule looks across.
pub fn read_parts(parts: &[&str]) -> Vec<Option<&'static str>> {
    let mut out = Vec::with_capacity(parts.iter().map(|p| p.len() / 3 + 1).sum());
    let mut chars = parts.iter().flat_map(|p| p.chars());
    if let (Some(first), Some(next)) = (chars.next(), chars.next()) {
        if let Some(s) = lookup(SURNAMES, first).filter(|_| SURNAME_PLACES.contains(&next)) {
            out.push(Some(s));
        }
    }
    let mut skip = out.len();
    for part in parts {
        let start = part.char_indices().nth(skip).map_or(part.len(), |(i, _)| i);
        skip = skip.saturating_sub(part.chars().count());
        read_words(&part[start..], &mut out);
    }
    out
}

/// Longest words first, then characters one by one.
fn read_words(text: &str, out: &mut Vec<Option<&'static str>>) {
    let table = words();
    let mut rest = text;
    let mut start = true;
    while let Some(c) = rest.chars().next() {
        let longest = table.longest.get(&c).copied().unwrap_or(0);
        let phrases_here = start || !WORD_ENDS.contains(&c);
        // The longest word among the first 2..=longest characters.
        let mut found = None;
        let ends = rest.char_indices().map(|(i, _)| i).chain([rest.len()]).skip(2).take(longest.saturating_sub(1));
        for end in ends {
            match table.words.get(&rest[..end]) {
                Some(&r) if phrases_here || matches!(r, Reading::Place(_)) => found = Some((end, r)),
                _ => {}
            }
        }
        start = false;
        match found {
            Some((end, reading)) => {
                let before = out.len();
                out.extend(reading.syllables().map(Some));
                // A malformed entry cannot shift the characters after it.
                out.resize(before + rest[..end].chars().count(), None);
                rest = &rest[end..];
            }
            None => {
                out.push(char_reading(c));
                rest = &rest[c.len_utf8()..];
            }
        }
    }
}

/// Toneless syllables of a personal name: the surname (the first character) in its surname
/// reading where it has one (曾 zeng, 单 shan, 区 ou), the other characters in their common
/// reading.
pub fn person_name(name: &str) -> Vec<&'static str> {
    let mut chars = name.chars();
    let mut out = Vec::with_capacity(4);
    if let Some(first) = chars.next() {
        out.extend(lookup(SURNAMES, first).or_else(|| first.to_pinyin().map(|p| p.plain())));
    }
    out.extend(chars.filter_map(|c| c.to_pinyin().map(|p| p.plain())));
    out
}

/// Toneless syllables of a name (`重庆市` → `chong qing shi`), characters without a reading
/// skipped.
pub fn syllables(name: &str) -> Vec<&'static str> {
    read(name).into_iter().flatten().collect()
}

#[cfg(test)]
mod tests;
