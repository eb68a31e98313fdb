use super::*;

fn py(name: &str) -> String {
    syllables(name).join(" ")
}

/// The readings the table's lines give, by the rules of [`read`] without the table.
fn per_char(word: &str) -> Vec<Option<&'static str>> {
    word.chars().map(char_reading).collect()
}

/// A table line is kept when its reading is not what the characters read one by one, and it
/// does not read 长 as zhang: in place names 长 is chang (长江, 长安, 长兴), and the zhang words
/// (州长, 村长, 家长, 成长) would misread them.
fn needed(word: &str, syllables: &[&str]) -> bool {
    let chars = per_char(word);
    chars.len() == syllables.len()
        && chars.iter().all(Option::is_some)
        && chars.iter().zip(syllables).any(|(c, s)| *c != Some(*s))
        && !word.chars().zip(syllables).any(|(c, s)| c == '长' && *s == "zhang")
}

const HEADER: &str = "\
# Words whose pinyin is not the reading of their characters one by one (as mzctl reads
# characters: its place-name readings, then the `pinyin` crate's). Generated from pypinyin's
# phrase dictionary by tools/pinyin_phrases.sh; see SOURCES.md. Do not edit by hand: add
# place-name readings to PLACE_WORDS in mod.rs instead.
";

/// `MZCTL_PHRASES_FROM=dump.tsv` (the output of tools/pinyin_phrases.py) rewrites
/// `phrases.txt`; otherwise the committed table is checked: well-formed, sorted, and every
/// line needed.
#[test]
fn phrase_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/pinyin/phrases.txt");
    if let Ok(from) = std::env::var("MZCTL_PHRASES_FROM") {
        let dump = std::fs::read_to_string(&from).unwrap();
        let mut lines: Vec<(String, String)> = dump
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(w, s)| needed(w, &s.split(' ').collect::<Vec<_>>()))
            .map(|(w, s)| (w.to_owned(), s.to_owned()))
            .collect();
        lines.sort();
        lines.dedup_by(|a, b| a.0 == b.0);
        let source = dump.lines().next().filter(|l| l.starts_with('#')).unwrap_or("#");
        let mut text = format!("{HEADER}# Source: {}\n", source.trim_start_matches("# "));
        for (w, s) in &lines {
            text.push_str(&format!("{w} {s}\n"));
        }
        std::fs::write(path, text).unwrap();
        eprintln!("wrote {} phrases to {path}", lines.len());
        return;
    }
    let mut previous = "";
    let mut count = 0;
    for (word, syllables) in phrase_lines() {
        let s: Vec<&str> = syllables.split(' ').collect();
        assert!(needed(word, &s), "{word} {syllables}: reads so character by character");
        assert!(s.iter().all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == 'ü')), "{word} {syllables}");
        assert!(previous < word, "{previous} before {word}: sorted and unique");
        previous = word;
        count += 1;
    }
    assert!(count > 1000, "{count} phrases");
}

#[test]
fn place_names_keep_their_readings() {
    for (name, want) in [
        ("重庆市", "chong qing shi"),
        ("长沙市", "chang sha shi"),
        ("长春", "chang chun"),
        ("长子县", "zhang zi xian"),
        ("六安市", "lu an shi"),
        ("六盘水", "liu pan shui"),
        ("厦门", "xia men"),
        ("蚌埠", "beng bu"),
        ("丽水", "li shui"),
        ("番禺区", "pan yu qu"),
        ("吐鲁番", "tu lu fan"),
        ("大埔县", "da bu xian"),
        ("黄埔区", "huang pu qu"),
        ("乐清市", "yue qing shi"),
        ("乐山", "le shan"),
        ("成都", "cheng du"),
        ("西藏自治区", "xi zang zi zhi qu"),
        ("佛山", "fo shan"),
        ("喀什", "ka shi"),
        ("阿勒泰", "a le tai"),
        ("单县", "shan xian"),
        ("吕梁", "lü liang"),
        ("朝阳区", "chao yang qu"),
        ("曾都区", "zeng du qu"),
    ] {
        assert_eq!(py(name), want, "{name}");
    }
}

#[test]
fn words_with_several_readings_read_as_words() {
    for (name, want) in [
        ("重阳桥", "chong yang qiao"),
        ("银行街", "yin hang jie"),
        ("大厦", "da sha"),
        ("音乐厅", "yin yue ting"),
        ("中牟县", "zhong mu xian"),
        ("宝坻区", "bao di qu"),
        ("茄子河区", "qie zi he qu"),
        // Place-name readings over the phrase table's.
        ("漯河市", "luo he shi"),
        ("马尾区", "ma wei qu"),
        ("南乐县", "nan le xian"),
        ("民乐县", "min le xian"),
        ("浪卡子县", "lang ka zi xian"),
        ("柏林庄", "bai lin zhuang"),
        // A phrase does not start on a character that ends the word before it.
        ("湖州长兴路", "hu zhou chang xing lu"),
        ("李村长街", "li cun chang jie"),
        ("广州长隆", "guang zhou chang long"),
    ] {
        assert_eq!(py(name), want, "{name}");
    }
    // Words stay within a part: 长 + 大街, not 长大 + 街.
    assert_eq!(read_parts(&["长", "大街"]).into_iter().flatten().collect::<Vec<_>>(), ["chang", "da", "jie"]);
}

#[test]
fn surnames_before_a_family_place() {
    for (name, want) in [
        ("单家村", "shan jia cun"),
        ("曾家岩", "zeng jia yan"),
        ("区庄", "ou zhuang"),
        ("仇家庄", "qiu jia zhuang"),
        ("解家村", "xie jia cun"),
        ("查家湾", "zha jia wan"),
        ("曾厝垵", "zeng cuo an"),
        // Not a family place, or not at the start: the common reading.
        ("单位", "dan wei"),
        ("新区村", "xin qu cun"),
        ("社区家园", "she qu jia yuan"),
    ] {
        assert_eq!(py(name), want, "{name}");
    }
    // Across the parts of a name: 区 + 庄.
    assert_eq!(read_parts(&["区", "庄"]).into_iter().flatten().collect::<Vec<_>>(), ["ou", "zhuang"]);
    assert_eq!(read_parts(&["", "区庄"]).into_iter().flatten().collect::<Vec<_>>(), ["ou", "zhuang"]);
}

#[test]
fn characters_without_a_reading_are_none() {
    assert_eq!(read("S3号路"), [None, None, Some("hao"), Some("lu")]);
    assert_eq!(syllables("A区"), ["qu"]);
    assert!(read("").is_empty());
}

#[test]
fn personal_names_read_the_surname_as_a_surname() {
    assert_eq!(person_name("曾小明"), ["zeng", "xiao", "ming"]);
    assert_eq!(person_name("单雄"), ["shan", "xiong"]);
    assert_eq!(person_name("张三"), ["zhang", "san"]);
}
