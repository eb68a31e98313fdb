//! Name search: the one ranking of `region search` and `place search`.
//!
//! A query is Chinese text, matched on the name (exact, short name, prefix, part) and the
//! aliases, or Latin letters, matched on the pinyin: whole (`guangzhou`), initials per
//! syllable (`gz`, `gzdd` for 广州大道), initials per written word where the pinyin has words
//! (`gd` for `Guangzhou Dadao`), or a prefix of the pinyin or of the initials. Spaces,
//! apostrophes and hyphens in a query are ignored, case too; `ü` may be typed `v`.

/// Toneless syllables, `ü` written `v` (the key's spelling), without the interjections
/// (m, n, ng, hm, hng) that would split words anywhere.
const SYLLABLES: &[&str] = &[
    "a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi", "bian", "biang", "biao", "bie", "bin",
    "bing", "bo", "bong", "bu", "ca", "cai", "can", "cang", "cao", "ce", "cei", "cen", "ceng", "cha", "chai", "chan", "chang", "chao",
    "che", "chen", "cheng", "chi", "chong", "chou", "chu", "chua", "chuai", "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong", "cou",
    "cu", "cuan", "cui", "cun", "cuo", "da", "dai", "dan", "dang", "dao", "de", "dei", "den", "deng", "di", "dia", "dian", "diao", "die",
    "din", "ding", "diu", "dong", "dou", "du", "duan", "dui", "dun", "duo", "e", "ei", "en", "eng", "er", "fa", "fan", "fang", "fei",
    "fen", "feng", "fiao", "fo", "fou", "fu", "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou", "gu", "gua",
    "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han", "hang", "hao", "he", "hei", "hen", "heng", "hong", "hou", "hu",
    "hua", "huai", "huan", "huang", "hui", "hun", "huo", "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju",
    "juan", "jue", "jun", "ka", "kai", "kan", "kang", "kao", "ke", "kei", "ken", "keng", "kong", "kou", "ku", "kua", "kuai", "kuan",
    "kuang", "kui", "kun", "kuo", "la", "lai", "lan", "lang", "lao", "le", "lei", "len", "leng", "li", "lia", "lian", "liang", "liao",
    "lie", "lin", "ling", "liu", "lo", "long", "lou", "lu", "luan", "lun", "luo", "lv", "lve", "ma", "mai", "man", "mang", "mao", "me",
    "mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming", "miu", "mo", "mou", "mu", "na", "nai", "nan", "nang", "nao", "ne",
    "nei", "nen", "neng", "ni", "nia", "nian", "niang", "niao", "nie", "nin", "ning", "niu", "nong", "nou", "nu", "nuan", "nun", "nuo",
    "nv", "nve", "o", "ou", "pa", "pai", "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin", "ping", "po",
    "pou", "pu", "qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing", "qiong", "qiu", "qu", "quan", "que", "qun", "ran", "rang",
    "rao", "re", "ren", "reng", "ri", "rong", "rou", "ru", "rua", "ruan", "rui", "run", "ruo", "sa", "sai", "san", "sang", "sao", "se",
    "sen", "seng", "sha", "shai", "shan", "shang", "shao", "she", "shei", "shen", "sheng", "shi", "shou", "shu", "shua", "shuai", "shuan",
    "shuang", "shui", "shun", "shuo", "si", "song", "sou", "su", "suan", "sui", "sun", "suo", "ta", "tai", "tan", "tang", "tao", "te",
    "tei", "teng", "ti", "tian", "tiao", "tie", "ting", "tong", "tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan", "wang",
    "wei", "wen", "weng", "wo", "wong", "wu", "xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong", "xiu", "xu", "xuan",
    "xue", "xun", "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo", "yong", "you", "yu", "yuan", "yue", "yun", "za", "zai",
    "zan", "zang", "zao", "ze", "zei", "zen", "zeng", "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhei", "zhen", "zheng", "zhi",
    "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan", "zhuang", "zhui", "zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui", "zun",
    "zuo",
];

fn is_syllable(s: &str) -> bool {
    SYLLABLES.binary_search(&s).is_ok()
}

/// The key pinyin is compared on: ASCII letters only, lowercase, `ü` as `v`.
pub fn letters(s: &str) -> String {
    s.chars().map(|c| if matches!(c, 'ü' | 'Ü') { 'v' } else { c.to_ascii_lowercase() }).filter(char::is_ascii_lowercase).collect()
}

/// The syllables of one written word of pinyin (letters only, as [`letters`] gives them):
/// the fewest syllables that spell it, a syllable starting with a, o or e only first (pinyin
/// writes an apostrophe before one inside a word), the longer first syllable on a tie.
/// `None` when no split spells it (a word that is not pinyin).
pub fn split_syllables(word: &str) -> Option<Vec<&str>> {
    let n = word.len();
    if n == 0 || !word.is_ascii() {
        return None;
    }
    // fewest[i]: fewest syllables spelling word[i..], and the length of the first of them.
    let mut fewest: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    fewest[n] = Some((0, 0));
    for i in (0..n).rev() {
        for len in (1..=6.min(n - i)).rev() {
            let s = &word[i..i + len];
            let vowel_inside = i > 0 && s.starts_with(['a', 'o', 'e']);
            if vowel_inside || !is_syllable(s) {
                continue;
            }
            if let Some((rest, _)) = fewest[i + len] {
                if fewest[i].is_none_or(|(best, _)| rest + 1 < best) {
                    fewest[i] = Some((rest + 1, len));
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let (_, len) = fewest[i]?;
        out.push(&word[i..i + len]);
        i += len;
    }
    Some(out)
}

/// What a name is matched on by pinyin.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keys {
    /// Letters of the pinyin of the name, or of its short name where it has one (广州 of 广州市).
    pub pinyin: String,
    /// Letters of the pinyin of the whole name.
    pub full: String,
    /// First letter of each syllable (`gzdd`).
    pub syllable_initials: String,
    /// First letter of each written word (`gd` for `Guangzhou Dadao`); empty when the pinyin
    /// is not written in words.
    pub word_initials: String,
}

impl Keys {
    /// Keys of a name read syllable by syllable: the syllables of its short name and of the
    /// whole name.
    pub fn from_syllables(short: &[&str], full: &[&str]) -> Keys {
        Keys {
            pinyin: letters(&short.concat()),
            full: letters(&full.concat()),
            syllable_initials: short.iter().filter_map(|s| s.chars().next()).collect(),
            word_initials: String::new(),
        }
    }

    /// Keys of a written pinyin spelling (`Guangzhou Dadao`, `Bei'er Xiang`): words are split at
    /// spaces, apostrophes and hyphens, and each word into syllables where it spells them (a
    /// word that does not gives its first letter).
    pub fn from_pinyin(text: &str) -> Keys {
        let words: Vec<String> = text.split([' ', '\'', '’', '-']).map(letters).filter(|w| !w.is_empty()).collect();
        let mut syllable_initials = String::new();
        for w in &words {
            match split_syllables(w) {
                Some(syllables) => syllable_initials.extend(syllables.iter().filter_map(|s| s.chars().next())),
                None => syllable_initials.extend(w.chars().next()),
            }
        }
        let all = words.concat();
        Keys { pinyin: all.clone(), full: all, syllable_initials, word_initials: words.iter().filter_map(|w| w.chars().next()).collect() }
    }
}

/// A search text, checked and normalized once.
#[derive(Debug, Clone)]
pub struct Query<'q> {
    text: &'q str,
    /// For a Latin query: its letters (see [`letters`]).
    latin: Option<String>,
}

impl<'q> Query<'q> {
    /// `None` for a text with nothing to match (empty, or only separators).
    pub fn new(text: &'q str) -> Option<Query<'q>> {
        let text = text.trim();
        let latin = text.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, 'ü' | 'Ü' | '\'' | '’' | ' ' | '-')).then(|| letters(text));
        if text.is_empty() || latin.as_ref().is_some_and(String::is_empty) {
            return None;
        }
        Some(Query { text, latin })
    }

    /// How well a name matches, best 0, or `None`. Chinese text: 0 the name, 1 the short name,
    /// 2 a prefix of the name, 3 a part of it, 4 a part of an alias. Latin letters: 5 the pinyin
    /// (of the short name), 6 the initials (per syllable or per word), 7 a prefix of the whole
    /// name's pinyin, 8 a prefix of the initials.
    pub fn rank(&self, name: &str, short: &str, aliases: &[String], keys: &Keys) -> Option<u8> {
        let initials = || [&keys.syllable_initials, &keys.word_initials].into_iter().filter(|i| !i.is_empty());
        match &self.latin {
            None => {
                let q = self.text;
                if name == q {
                    Some(0)
                } else if short == q {
                    Some(1)
                } else if name.starts_with(q) {
                    Some(2)
                } else if name.contains(q) {
                    Some(3)
                } else if aliases.iter().any(|a| a.contains(q)) {
                    Some(4)
                } else {
                    None
                }
            }
            Some(q) => {
                if keys.pinyin == *q {
                    Some(5)
                } else if initials().any(|i| i == q) {
                    Some(6)
                } else if keys.full.starts_with(q.as_str()) {
                    Some(7)
                } else if initials().any(|i| i.starts_with(q.as_str())) {
                    Some(8)
                } else {
                    None
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_table_is_sorted() {
        assert!(SYLLABLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn words_split_into_syllables() {
        let split = |w: &str| split_syllables(w).map(|s| s.join(" "));
        assert_eq!(split("guangzhou").as_deref(), Some("guang zhou"));
        assert_eq!(split("dadao").as_deref(), Some("da dao"));
        assert_eq!(split("xian").as_deref(), Some("xian"), "xi'an is written with an apostrophe");
        assert_eq!(split("xinan").as_deref(), Some("xi nan"));
        assert_eq!(split("zhongguancun").as_deref(), Some("zhong guan cun"));
        assert_eq!(split("lvliang").as_deref(), Some("lv liang"));
        assert_eq!(split("er").as_deref(), Some("er"));
        assert_eq!(split("plaza"), None);
        assert_eq!(split(""), None);
    }

    #[test]
    fn keys_of_written_pinyin() {
        let k = Keys::from_pinyin("Guangzhou Dadao");
        assert_eq!((k.pinyin.as_str(), k.syllable_initials.as_str(), k.word_initials.as_str()), ("guangzhoudadao", "gzdd", "gd"));
        let k = Keys::from_pinyin("Bei'er Xiang");
        assert_eq!((k.syllable_initials.as_str(), k.word_initials.as_str()), ("bex", "bex"));
        let k = Keys::from_pinyin("Lü Cun");
        assert_eq!((k.pinyin.as_str(), k.syllable_initials.as_str()), ("lvcun", "lc"));
        let k = Keys::from_pinyin("S3 Hao Lu");
        assert_eq!(k.syllable_initials, "shl");
    }

    #[test]
    fn ranks() {
        let k = Keys::from_pinyin("Guangzhou Dadao");
        let rank = |q: &str| Query::new(q).and_then(|q| q.rank("广州大道", "广州大道", &["广州大马路".to_string()], &k));
        assert_eq!(rank("广州大道"), Some(0));
        assert_eq!(rank("广州"), Some(2));
        assert_eq!(rank("大道"), Some(3));
        assert_eq!(rank("大马"), Some(4));
        assert_eq!(rank("Guangzhou Dadao"), Some(5));
        assert_eq!(rank("gzdd"), Some(6));
        assert_eq!(rank("gd"), Some(6));
        assert_eq!(rank("guangz"), Some(7));
        assert_eq!(rank("gz"), Some(8));
        assert_eq!(rank("xyz"), None);
        assert!(Query::new(" ' ").is_none() && Query::new("").is_none());
        let region = Keys::from_syllables(&["guang", "zhou"], &["guang", "zhou", "shi"]);
        let rank = |q: &str| Query::new(q).and_then(|q| q.rank("广州市", "广州", &[], &region));
        assert_eq!(
            (rank("广州市"), rank("广州"), rank("guangzhou"), rank("gz"), rank("guangzhoushi")),
            (Some(0), Some(1), Some(5), Some(6), Some(7))
        );
        let place = |q: &str| Query::new(q).and_then(|q| q.rank("广州大道", "广州大道", &[], &k));
        assert_eq!((place("gzd"), place("g")), (Some(8), Some(7)));
    }
}
